/**
 * Keep the address bar and the store in step: settings changes rewrite the hash (replaceState, so Back is
 * not flooded), and a hash edited or pasted by hand is read and applied.
 *
 * Writes are throttled: the first change is written at once, later ones at most once per WRITE_INTERVAL_MS,
 * and the last once more when the changes settle, so a dragged slider costs a few writes a second (Safari
 * throws after 100 replaceState calls in 10 s). A write that throws is retried later; it never reaches the
 * store, so a setting change always gets to the worker.
 */
import type { PlaygroundState, PlaygroundStore } from "./playgroundStore.ts";
import { formatHash, parseHash } from "./urlState.ts";

/** Least time between two hash writes, in ms: about three writes a second at most. */
export const WRITE_INTERVAL_MS = 350;
/** Wait after a refused write before trying again, in ms. */
export const RETRY_MS = 2000;

/** The parts of `window` the sync uses (a test passes a fake). */
export interface UrlWindow {
  location: { readonly hash: string };
  history: { replaceState(data: unknown, unused: string, url?: string | URL | null): void };
  addEventListener(type: "hashchange", listener: () => void): void;
  removeEventListener(type: "hashchange", listener: () => void): void;
}

/**
 * The hash that says what this state holds, as the address bar is kept; `embed: false` gives the same
 * link for the full page (the embedded page's "Open in the playground").
 */
export function hashOf(state: PlaygroundState, { embed = state.embed }: { embed?: boolean } = {}): string {
  const { settings, speed, lang, present, view, masked, until, frame, compare, preset, points } = state;
  const edited = frame?.edited ?? false;
  const shown = view === "compare" ? compare : undefined;
  return formatHash(settings, speed, {
    lang,
    present,
    embed,
    view,
    masked,
    edited,
    until,
    compare: shown,
    preset,
    points: settings.dataset === "custom" ? points : null,
  });
}

/** Start syncing; returns a function that stops (writing any change still waiting). */
export function syncUrl(store: PlaygroundStore, win: UrlWindow = window): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** The store changed since the last successful write. */
  let pending = false;

  const current = () => hashOf(store.getState());
  /** Write the store's hash now; returns false if the browser refused. */
  const write = (): boolean => {
    pending = false;
    const hash = current();
    if (win.location.hash === hash) return true;
    try {
      win.history.replaceState(null, "", hash);
      return true;
    } catch {
      pending = true;
      return false;
    }
  };
  const cooldown = (ms: number) => {
    timer = setTimeout(() => {
      timer = null;
      if (pending) cooldown(write() ? WRITE_INTERVAL_MS : RETRY_MS);
    }, ms);
  };
  const changed = () => {
    pending = true;
    if (timer === null) cooldown(write() ? WRITE_INTERVAL_MS : RETRY_MS);
  };

  changed();
  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.settings !== prev.settings ||
      s.speed !== prev.speed ||
      s.lang !== prev.lang ||
      s.present !== prev.present ||
      s.embed !== prev.embed ||
      s.view !== prev.view ||
      s.masked !== prev.masked ||
      s.until !== prev.until ||
      s.compare !== prev.compare ||
      s.preset !== prev.preset ||
      s.points !== prev.points ||
      (s.frame?.edited ?? false) !== (prev.frame?.edited ?? false)
    )
      changed();
  });
  // Our own writes use replaceState, which fires no hashchange; a hash that already says what the store
  // holds has nothing to apply either. After applying, the hash is rewritten in full, as on load.
  const onHashChange = () => {
    if (win.location.hash === current()) return;
    store.getState().applyHash(parseHash(win.location.hash));
    changed();
  };
  win.addEventListener("hashchange", onHashChange);
  return () => {
    unsubscribe();
    win.removeEventListener("hashchange", onHashChange);
    if (timer !== null) clearTimeout(timer);
    if (pending) write();
  };
}
