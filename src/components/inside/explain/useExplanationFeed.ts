/**
 * Feeds the one-update panel from the store without re-rendering React per frame: every frame writes the
 * panel's data-weight, data-gradient and data-new at once; the equations (KaTeX) are typeset again at once
 * when the run is not training, and while training at most about twice a second, those on screen
 * only, spread over animation frames (texPaint.ts): KaTeX costs milliseconds per equation, and a frame at
 * H = 64 has few to spare. React re-renders only when the explanation's shape changes (another
 * weight, example, activation or output): then the captions and the list of steps do.
 */
import { type RefObject, useLayoutEffect, useState } from "react";
import type { Explanation } from "../../../engine/explain.ts";
import type { Output } from "../../../engine/losses.ts";
import { explainSteps, type StepId, stepIds, unitOutWeights } from "../../../render/explainTex.ts";
import type { PlaygroundState, PlaygroundStore } from "../../../store/playgroundStore.ts";
import { createStepPainter } from "./texPaint.ts";

/** The least time from the end of one typesetting to the start of the next while training, in ms. */
export const TEX_INTERVAL_MS = 500;

/** What the panel's React part shows of an explanation: the same from frame to frame for one weight. */
export interface ExplanationShape {
  key: string;
  ids: StepId[];
  weight: string;
  output: Output;
  /** Whether the forward pass shows a hidden unit (a_j, h_j). */
  hidden: boolean;
  bias: boolean;
  j: number | null;
  n: number;
  example: number;
}

function shapeOf(ex: Explanation | null | undefined): ExplanationShape | null {
  if (!ex) return null;
  const ids = stepIds(ex);
  const hidden = ex.H > 0 && ex.j !== null;
  const { weight, output, bias, j, n, example } = ex;
  const key = [weight, ids.join(), output, hidden, n, example].join("|");
  return { key, ids, weight, output, hidden, bias, j, n, example };
}

function setData(el: HTMLElement, name: string, value: string | null): void {
  if (value === null) el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** INTERFACES.md's attributes, at full precision (none but the weight while there is no explanation). */
function writeData(el: HTMLElement, s: PlaygroundState): void {
  const ex = s.frame?.explanation;
  setData(el, "data-weight", ex?.weight ?? s.explain?.weight ?? null);
  setData(el, "data-gradient", ex ? String(ex.gradient) : null);
  setData(el, "data-new", ex ? String(ex.next) : null);
}

/** The latest frame's equations, or null when it explains nothing. */
function latestSteps(store: PlaygroundStore) {
  const frame = store.getState().frame;
  const ex = frame?.explanation;
  return frame && ex ? explainSteps(ex, unitOutWeights(ex, frame.params)) : null;
}

/**
 * Keep `root` (the panel) showing the store's latest explanation; returns its shape for React. `shown`:
 * whether the panel is rendered (it renders nothing while no weight is chosen).
 */
export function useExplanationFeed(
  store: PlaygroundStore,
  root: RefObject<HTMLElement | null>,
  shown: boolean,
) {
  const [shape, setShape] = useState(() => shapeOf(store.getState().frame?.explanation));
  const [painter] = useState(createStepPainter);
  /** The key of the shape React shows (kept outside React so that a frame of the same shape costs nothing). */
  const [showing] = useState(() => ({ key: shape?.key }));

  useLayoutEffect(() => {
    let lastEnd = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** A frame came while typesetting was under way or waiting: its numbers are still to be shown. */
    let pending = false;
    const spread = () => {
      timer = undefined;
      pending = false;
      const steps = latestSteps(store);
      if (root.current && steps) painter.paintSpread(root.current, steps, finished);
    };
    const schedule = () => {
      if (timer !== undefined || painter.busy()) {
        pending = true;
        return;
      }
      const wait = lastEnd + TEX_INTERVAL_MS - performance.now();
      if (wait <= 0) spread();
      else timer = setTimeout(spread, wait);
    };
    function finished() {
      lastEnd = performance.now();
      if (pending) schedule();
    }
    const update = (s: PlaygroundState) => {
      if (root.current) writeData(root.current, s);
      const next = shapeOf(s.frame?.explanation);
      if (next?.key !== showing.key) {
        showing.key = next?.key;
        setShape(next); // a rare React render: another weight, example or setting
      }
      if (!root.current || !s.frame?.explanation) return;
      if (s.status === "running") return schedule();
      clearTimeout(timer);
      timer = undefined;
      pending = false;
      const steps = latestSteps(store);
      if (steps) painter.paintNow(root.current, steps);
      lastEnd = performance.now();
    };
    update(store.getState());
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.frame !== prev.frame || s.status !== prev.status || s.explain !== prev.explain) update(s);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
      painter.stop();
    };
  }, [store, root, painter, showing]);

  // Another weight or example, or the panel shown again: React has just made the step containers, so
  // fill them (and the attributes) before the browser paints.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the containers change with shape and shown
  useLayoutEffect(() => {
    const steps = latestSteps(store);
    if (root.current) writeData(root.current, store.getState());
    if (root.current && steps) painter.paintNow(root.current, steps);
  }, [store, root, painter, shape, shown]);

  return shape;
}
