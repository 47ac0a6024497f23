/**
 * Whether the controls' hints are shown as text or folded (then each is still its control's description,
 * read aloud, and shown while the control has focus). The user's choice is remembered in this browser,
 * one for the usual page and one for presenter mode. Until they choose, hints are folded in presenter mode
 * (a projector has no room for them) and wherever they would make the controls' panel scroll (the
 * three-column layout fits the window, e.g. at 1366 × 768), and shown everywhere else (a phone or a tablet
 * scrolls the page anyway; a tall screen has room).
 */
import { type RefObject, useCallback, useEffect, useLayoutEffect, useState } from "react";
import { usePlayground } from "./StoreContext.tsx";

/** Where the choice is kept (localStorage), with ".present" for presenter mode's. */
export const STORED_HINTS_KEY = "backprop-playground.hints";

type Mode = "page" | "present";

function storageKey(mode: Mode): string {
  return mode === "present" ? `${STORED_HINTS_KEY}.present` : STORED_HINTS_KEY;
}

/** The stored choice, or null when there is none or storage is refused (private mode, a sandbox). */
function readChoice(mode: Mode): boolean | null {
  try {
    const value = window.localStorage.getItem(storageKey(mode));
    return value === "shown" ? true : value === "folded" ? false : null;
  } catch {
    return null;
  }
}

function writeChoice(mode: Mode, shown: boolean): void {
  try {
    window.localStorage.setItem(storageKey(mode), shown ? "shown" : "folded");
  } catch {
    // Storage refused: the choice holds for this visit only.
  }
}

/**
 * Whether hints show now in `panel` (the controls), and the toggle that flips and remembers it. Shown by
 * default, the panel is measured before the page is painted: if it then has more than it can show, the
 * hints fold for this visit (a layout effect, so nobody sees them unfolded first).
 */
export function useHints(panel: RefObject<HTMLElement | null>): { shown: boolean; toggle(): void } {
  const mode: Mode = usePlayground((s) => (s.present ? "present" : "page"));
  const [choices, setChoices] = useState(() => ({
    page: readChoice("page"),
    present: readChoice("present"),
  }));
  /** The hints made the panel scroll on this screen. */
  const [tooTall, setTooTall] = useState(false);
  const chosen = choices[mode];
  const shown = chosen ?? (mode === "page" && !tooTall);
  useLayoutEffect(() => {
    const el = panel.current;
    if (chosen === null && shown && el && el.scrollHeight > el.clientHeight + 1) setTooTall(true);
  }, [panel, chosen, shown]);
  // The first measure may be made before the page's fonts have come (a CJK font's fallback is taller): once
  // they have, measure again (before the next paint, so nothing flickers).
  useEffect(() => {
    let live = true;
    document.fonts?.ready.then(() => {
      if (live) setTooTall(false);
    });
    return () => {
      live = false;
    };
  }, []);
  const toggle = useCallback(() => {
    writeChoice(mode, !shown);
    setChoices((c) => ({ ...c, [mode]: !shown }));
  }, [mode, shown]);
  return { shown, toggle };
}
