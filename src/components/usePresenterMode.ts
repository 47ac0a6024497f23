/**
 * Presenter mode's full screen (its keys, P and Esc, are with the other shortcuts in useShortcuts.ts).
 * Turning it on asks for full screen where the browser allows (a refusal is fine: the
 * mode holds without it, e.g. when a link opens with present=1); turning it off leaves full screen, and
 * leaving full screen (the browser's own Esc) ends the mode.
 */
import { useEffect, useRef } from "react";
import { usePlayground, useStoreApi } from "./StoreContext.tsx";

export function usePresenterMode(): void {
  const store = useStoreApi();
  const present = usePlayground((s) => s.present);
  /** Whether the full screen on now is the one presenter mode asked for. */
  const ours = useRef(false);

  useEffect(() => {
    const onFullscreenChange = () => {
      if (document.fullscreenElement) return;
      const wasOurs = ours.current;
      ours.current = false;
      if (wasOurs && store.getState().present) store.getState().setPresent(false);
    };
    document.addEventListener("fullscreenchange", onFullscreenChange);
    return () => {
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
