/**
 * The header's "Copy link" button: copies the page's link — the address with the hash urlSync writes, so
 * it reproduces the run, the view, the language and presenter mode — and says "Link copied" in a polite
 * live region (mounted empty, filled, faded out and emptied after COPIED_MS). Where the clipboard is
 * missing or refused, a small panel shows the link selected in a read-only field, to copy by hand;
 * nothing is logged.
 */
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useT } from "./useT.ts";
import "./classroom.css";

/** How long "Link copied" shows, in ms; it fades out over the last FADE_MS. */
export const COPIED_MS = 4000;
export const FADE_MS = 600;
/** The keys that copy a selection, shown in the fallback (Windows and Linux / macOS). */
const COPY_KEYS = "Ctrl+C / ⌘C";

type Confirmation = "none" | "shown" | "fading";

/**
 * The link to copy. urlSync writes a settings change into the address at once (later ones in the same
 * third of a second a moment after), so by the time a pointer or Tab has reached this button the address
 * holds every setting: reading it copies exactly what the page wrote, whatever keys it writes.
 */
function currentLink(): string {
  return window.location.href;
}

export function CopyLinkButton() {
  const t = useT();
  const [confirmation, setConfirmation] = useState<Confirmation>("none");
  const [fallback, setFallback] = useState<string | null>(null);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const fieldId = useId();
  const hintId = useId();

  const clearTimers = useCallback(() => {
    for (const timer of timers.current) clearTimeout(timer);
    timers.current = [];
  }, []);
  useEffect(() => clearTimers, [clearTimers]);

  const confirm = useCallback(() => {
    clearTimers();
    setConfirmation("shown");
    timers.current = [
      setTimeout(() => setConfirmation("fading"), COPIED_MS - FADE_MS),
      setTimeout(() => setConfirmation("none"), COPIED_MS),
    ];
  }, [clearTimers]);

  const copy = async () => {
    const link = currentLink();
    try {
      // Missing outside a secure context (http:// on a school intranet) and in old browsers.
      if (typeof navigator.clipboard?.writeText !== "function") throw new Error("no clipboard");
      await navigator.clipboard.writeText(link);
      setFallback(null);
      confirm();
    } catch {
      // Refused (a permission, a policy, an embedding frame): the link to copy by hand instead.
      clearTimers();
      setConfirmation("none");
      setFallback(link);
    }
  };

  // The fallback's link, selected, so Ctrl+C / ⌘C (or a long press) copies it at once.
  useEffect(() => {
    if (fallback === null || !field.current) return;
    field.current.focus();
    field.current.setSelectionRange(0, fallback.length);
  }, [fallback]);

  const closeFallback = () => {
    setFallback(null);
    button.current?.focus();
  };

  return (
    <div className="copy-link">
      <button type="button" ref={button} className="copy-link-button" onClick={copy}>
        {t("copyLink.button")}
      </button>
      <span className={`copy-link-done ${confirmation}`} role="status">
        {confirmation === "none" ? "" : t("copyLink.copied")}
      </span>
      {fallback !== null && (
        // biome-ignore lint/a11y/noStaticElementInteractions: Esc anywhere in the panel closes it
        <div
          className="copy-link-fallback"
          onKeyDown={(e) => {
            if (e.key !== "Escape") return;
            e.preventDefault(); // the panel's Esc: presenter mode stays
            closeFallback();
          }}
        >
          <label htmlFor={fieldId}>{t("copyLink.fallback.label")}</label>
          <input
            id={fieldId}
            ref={field}
            type="text"
            readOnly
            value={fallback}
            aria-describedby={hintId}
            onFocus={(e) => e.currentTarget.select()}
            onCopy={confirm}
          />
          <p id={hintId}>{t("copyLink.fallback.hint", { keys: COPY_KEYS })}</p>
          <button type="button" onClick={closeFallback}>
            {t("classroom.close")}
          </button>
        </div>
      )}
    </div>
  );
}
