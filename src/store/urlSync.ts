/**
 * Keep the address bar and the store in step: every settings change rewrites the hash (replaceState,
 * so Back is not flooded), and a hash edited or pasted by hand is read and applied.
 */
import type { PlaygroundStore } from "./playgroundStore.ts";
import { formatHash, parseHash } from "./urlState.ts";

export function syncUrl(store: PlaygroundStore, win: Window = window): () => void {
  let written = "";
  const write = () => {
    const { settings, speed } = store.getState();
    written = formatHash(settings, speed);
    if (win.location.hash !== written) win.history.replaceState(null, "", written);
  };
  write();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.settings !== prev.settings || s.speed !== prev.speed) write();
  });
  const onHashChange = () => {
    if (win.location.hash !== written) store.getState().applyHash(parseHash(win.location.hash));
  };
  win.addEventListener("hashchange", onHashChange);
  return () => {
    unsubscribe();
    win.removeEventListener("hashchange", onHashChange);
  };
}
