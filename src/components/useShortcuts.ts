/**
 * The page's keyboard shortcuts, every key in this one place: Space play/pause, S or → one step, R reset,
 * P presenter mode (Esc leaves it), L the other language, ? the list of shortcuts (ShortcutsDialog).
 *
 * None fires while typing in a field, with Ctrl, ⌘ or Alt held, while an input method composes, or while
 * the list is open (it handles its own Esc). A key that the focused control uses keeps its meaning: Space
 * presses a focused button (or ticks a box, opens a select), → moves a slider, and a control that handles
 * a key itself (the network diagram's arrows) marks it `defaultPrevented`, which every shortcut respects.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { LANGUAGES } from "../i18n/catalogue.ts";
import { useStoreApi } from "./StoreContext.tsx";

/** What a shortcut does. */
export type ShortcutAction = "play" | "step" | "reset" | "present" | "leave" | "language" | "help";

/** KeyboardEvent.key → action (letters in either case: Shift or Caps Lock changes nothing). */
const BY_KEY: Readonly<Record<string, ShortcutAction>> = {
  " ": "play",
  s: "step",
  S: "step",
  ArrowRight: "step",
  r: "reset",
  R: "reset",
  p: "present",
  P: "present",
  Escape: "leave",
  l: "language",
  L: "language",
  "?": "help",
};

/** Input types that take no typed text, where letter shortcuts still work (a slider, a checkbox). */
const NOT_TYPED = new Set(["range", "checkbox", "radio", "button", "submit", "reset", "color"]);

/** Whether a key pressed with focus on `target` is typing into a field. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TYPED.has(target.type);
}

/**
 * Controls with their own use for a key: Space presses, ticks or opens them; → moves them (a slider, a
 * tab, a list's choice). Fields (input, select, textarea) keep both.
 */
const OWN_KEY: Readonly<Record<string, string>> = {
  " ": "button, summary, a[href], [role=button], [role=checkbox], [role=switch], [role=menuitem]",
  ArrowRight: "[role=slider], [role=tab], [role=listbox], [role=menu], [role=grid], [role=tree]",
};

/** Whether the focused control has its own use for `key`. */
function controlOwns(target: EventTarget | null, key: string): boolean {
  const own = OWN_KEY[key];
  return (
    own !== undefined &&
    target instanceof Element &&
    target.closest(`input, select, textarea, [role=radio], [role=option], ${own}`) !== null
  );
}

/** The shortcut a key press asks for, or null when it is not one (or not one here). */
export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.isComposing || event.key === "Process") return null;
  const action = BY_KEY[event.key];
  if (!action || isTyping(event.target) || controlOwns(event.target, event.key)) return null;
  if (event.target instanceof Element && event.target.closest("dialog")) return null;
  // Holding → steps again and again; every other shortcut acts once per press.
  if (event.repeat && action !== "step") return null;
  return action;
}

/** The list of shortcuts: whether it is open, and how to open and close it. */
export interface ShortcutsHelp {
  helpOpen: boolean;
  /** Open the list; focus returns to `opener` (by default what has focus now) when it closes. */
  openHelp(opener?: HTMLElement | null): void;
  closeHelp(): void;
}

/** Listen for the shortcuts on the whole page (mount once, in App). */
export function useShortcuts(): ShortcutsHelp {
  const store = useStoreApi();
  const [helpOpen, setHelpOpen] = useState(false);
  const open = useRef(false);
  const opener = useRef<HTMLElement | null>(null);

  const openHelp = useCallback((from?: HTMLElement | null) => {
    const focused = document.activeElement;
    opener.current = from ?? (focused instanceof HTMLElement && focused !== document.body ? focused : null);
    open.current = true;
    setHelpOpen(true);
  }, []);

  const closeHelp = useCallback(() => {
    if (!open.current) return;
    open.current = false;
    setHelpOpen(false);
  }, []);

  // Focus goes back where it was once the list has gone (a control still on the page).
  useEffect(() => {
    if (helpOpen || !opener.current) return;
    const back = opener.current;
    opener.current = null;
    if (back.isConnected) back.focus();
  }, [helpOpen]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (open.current) return; // the list is modal and closes itself on Esc
      const action = shortcutFor(event);
      if (!action) return;
      const s = store.getState();
      switch (action) {
        case "play":
          s.togglePlay();
          break;
        case "step":
          s.step();
          break;
        case "reset":
          s.reset();
          break;
        case "present":
          s.setPresent(!s.present);
          break;
        case "leave":
          // Esc keeps its other meanings (leaving full screen, closing a menu): nothing is prevented.
          if (s.present) s.setPresent(false);
          return;
        case "language":
          s.setLang(LANGUAGES[(LANGUAGES.indexOf(s.lang) + 1) % LANGUAGES.length]);
          break;
        case "help":
          openHelp();
          break;
      }
      event.preventDefault(); // Space would scroll the page, → scroll it sideways
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store, openHelp]);

  return { helpOpen, openHelp, closeHelp };
}
