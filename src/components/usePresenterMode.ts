/**
 * Presenter mode's keys and full screen. `P` toggles it (not while typing in a field, nor with a modifier),
 * `Esc` leaves it. Turning it on asks for full screen where the browser allows (a refusal is fine: the
 * mode holds without it, e.g. when a link opens with present=1); turning it off leaves full screen, and
 * leaving full screen (the browser's own Esc) ends the mode.
 */
import { useEffect, useRef } from "react";
import { usePlayground, useStoreApi } from "./StoreContext.tsx";

/** Input types that take no typed text, where P is still a shortcut. */
const NOT_TYPED = new Set(["range", "checkbox", "radio", "button", "submit", "reset", "color"]);

/** Whether a key pressed with focus on `target` is typing into a field. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TYPED.has(target.type);
}

export function usePresenterMode(): void {
  const store = useStoreApi();
  const present = usePlayground((s) => s.present);
  /** Whether the full screen on now is the one presenter mode asked for. */
  const ours = useRef(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const { present: on, setPresent } = store.getState();
      if (event.key === "Escape") {
        if (on) setPresent(false);
        return;
      }
      if ((event.key === "p" || event.key === "P") && !event.repeat && !isTyping(event.target)) {
        event.preventDefault();
        setPresent(!on);
      }
    };
    const onFullscreenChange = () => {
      if (document.fullscreenElement) return;
      const wasOurs = ours.current;
      ours.current = false;
      if (wasOurs && store.getState().present) store.getState().setPresent(false);
    };
    window.addEventListener("keydown", onKey);
    document.addEventListener("fullscreenchange", onFullscreenChange);
    return () => {
      window.removeEventListener("keydown", onKey);
      document.removeEventListener("fullscreenchange", onFullscreenChange);
    };
  }, [store]);

  useEffect(() => {
    const root = document.documentElement;
    if (present) {
      if (document.fullscreenElement || typeof root.requestFullscreen !== "function") return;
      // Without a user gesture (a link opened with present=1) the browser refuses, and logs it: don't ask.
      const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation;
      if (activation && !activation.isActive) return;
      try {
        root.requestFullscreen().then(
          () => {
            ours.current = true;
          },
          () => {}, // refused (no user gesture, a policy, an iframe): presenter mode holds without it
        );
      } catch {
        // an older browser that throws instead of rejecting
      }
    } else if (ours.current && document.fullscreenElement) {
      ours.current = false;
      document.exitFullscreen?.().catch(() => {});
    }
  }, [present]);
}
