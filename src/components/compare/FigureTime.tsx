/**
 * How long the whole figure took to train: with a stop epoch, once every panel has stopped there (or
 * diverged before), "All panels stopped at epoch 20,000: trained in 2.6 s"; until then, the time so far.
 * The text is written from a store subscription (the time changes with every frame); the live region is
 * busy while training, so a screen reader hears the final sentence, not every tenth of a second.
 */
import { useEffect, useRef } from "react";
import { translate } from "../../i18n/translate.ts";
import type { PlaygroundState } from "../../store/playgroundStore.ts";
import { usePlayground, useStoreApi } from "../StoreContext.tsx";
import { grouped } from "./panelText.ts";

/** Whether every panel listed has a view and has stopped at `until` or diverged, one at least stopped. */
export function allStopped(s: PlaygroundState, ids: readonly string[], until: number): boolean {
  let stopped = 0;
  for (const id of ids) {
    const view = s.panels.get(id);
    if (!view) return false;
    if (view.stoppedAt === until) stopped++;
    else if (!view.divergence) return false;
  }
  return stopped > 0;
}

export function FigureTime({ ids }: { ids: readonly string[] }) {
  const store = useStoreApi();
  const until = usePlayground((s) => s.until);
  const line = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    const el = line.current;
    if (!el || until === null) return;
    const show = (s: PlaygroundState) => {
      const done = allStopped(s, ids, until);
      const params = { epoch: grouped(until, s.lang), seconds: (s.panelsMs / 1000).toFixed(1) };
      const text = translate(s.lang, done ? "compare.time.done" : "compare.time.running", params);
      if (el.textContent !== text) el.textContent = text;
      el.setAttribute("aria-busy", String(!done));
    };
    show(store.getState());
    return store.subscribe((s, prev) => {
      if (s.panels !== prev.panels || s.panelsMs !== prev.panelsMs || s.lang !== prev.lang) show(s);
    });
  }, [store, ids, until]);

  if (until === null) return null;
  return <p className="figure-time" data-testid="figure-time" ref={line} aria-live="polite" />;
}
