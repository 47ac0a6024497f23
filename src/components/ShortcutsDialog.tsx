/**
 * The list of keyboard shortcuts: a modal <dialog> with a heading, the keys and what each does, and a
 * Close button. Esc, Close or a click outside it closes it; focus then returns where it was
 * (useShortcuts). The key ? or the header's "Shortcuts (?)" button (for those without a keyboard at
 * hand) opens it.
 */
import { Fragment, useEffect, useId, useRef } from "react";
import type { ShortcutAction } from "./useShortcuts.ts";
import { useT } from "./useT.ts";
import "./shortcutsDialog.css";

/**
 * The shortcuts in the order the list shows them, with their key legends (" " is Space, worded in the
 * page's language; the others are the keys' own legends, the same in every language). useShortcuts
 * handles the keys.
 */
export const SHORTCUTS: readonly { action: ShortcutAction; keys: readonly string[] }[] = [
  { action: "play", keys: [" "] },
  { action: "step", keys: ["S", "→"] },
  { action: "reset", keys: ["R"] },
  { action: "present", keys: ["P"] },
  { action: "leave", keys: ["Esc"] },
  { action: "language", keys: ["L"] },
  { action: "help", keys: ["?"] },
];

/** The list, loaded on demand (App's lazy import): the page's first paint never waits for it. */
export default function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const headingId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    // jsdom (the component tests) has no showModal: the open attribute shows it there.
    if (typeof el.showModal === "function") {
      if (!el.open) el.showModal();
    } else el.setAttribute("open", "");
    close.current?.focus();
    return () => {
      if (typeof el.close === "function" && el.open) el.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-dialog"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.preventDefault(); // ours to handle: no browser cancel, and presenter mode stays
        onClose();
      }}
      onCancel={(e) => {
        e.preventDefault(); // a close request (a phone's Back): React's state closes it
        onClose();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose(); // the backdrop: the content fills the dialog
      }}
    >
      <div className="shortcuts-content">
        <h2 id={headingId}>{t("shortcuts.title")}</h2>
        <dl className="shortcuts-list">
          {SHORTCUTS.map(({ action, keys }) => (
            <div key={action}>
              <dt>
                {keys.map((key, i) => (
                  <Fragment key={key}>
                    {i > 0 && " / "}
                    <kbd translate="no">{key === " " ? t("shortcuts.key.space") : key}</kbd>
                  </Fragment>
                ))}
              </dt>
              <dd>{t(`shortcuts.${action}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="shortcuts-note">{t("shortcuts.plane")}</p>
        <p className="shortcuts-note">{t("shortcuts.note")}</p>
        <button type="button" ref={close} className="shortcuts-close" onClick={onClose}>
          {t("classroom.close")}
        </button>
      </div>
    </dialog>
  );
}
