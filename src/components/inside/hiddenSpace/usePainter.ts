/**
 * Paints the hidden-space picture from store subscriptions, never by a React render: at most 20 times a
 * second, less often when a paint is costly (the next waits COST_FACTOR times the last one's duration, so
 * the view's share of the main thread stays small at H = 64 with thousands of points), and not at all
 * while a <details> around it is folded or it is scrolled out of sight (it catches up when shown). Turning the 3-D box only
 * re-projects the values already computed.
 */
import { type RefObject, useEffect } from "react";
import type { Activation } from "../../../engine/activations.ts";
import { activationRange, followRange, rotation } from "../../../render/hiddenSpace.ts";
import type { PlaygroundStore } from "../../../store/playgroundStore.ts";
import type { Translate } from "../../useT.ts";
import { createHiddenMapper, type HiddenValues } from "./hiddenValues.ts";
import { createOverlayWriter } from "./overlay.ts";
import { createScenePainter } from "./paint.ts";
import type { PlotRefs } from "./plotRefs.ts";
import { type Scene, VIEW } from "./scene.ts";
import type { Turn } from "./useTurn.ts";

const MIN_INTERVAL_MS = 1000 / 20;
const COST_FACTOR = 8;

/** The smallest and largest value of the d-th unit shown over the points. */
function extent(values: HiddenValues, d: number): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const { n, h } of [values.train, values.test]) {
    for (let r = 0; r < n; r++) {
      const v = h[d * n + r];
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return [min, max];
}

/** Paint the units `shownKey` ("0,1,2", 0-based) into `refs`; `redraw` is set to a repaint without recompute. */
export function usePainter(
  store: PlaygroundStore,
  refs: PlotRefs,
  shownKey: string,
  turn: RefObject<Turn>,
  redraw: RefObject<() => void>,
  words: RefObject<Translate>,
): void {
  useEffect(() => {
    const host = refs.root.current;
    const el = refs.canvas.current;
    if (!host || !el) return;
    const shown = shownKey.split(",").map(Number);
    const ctx = el.getContext("2d");
    const mapper = createHiddenMapper();
    const painter = createScenePainter();
    const writeOverlay = createOverlayWriter(refs);
    let values: HiddenValues | null = null;
    let ranges: [number, number][] = [];
    let activation: Activation | null = null;
    let paints = 0;
    let last = Number.NEGATIVE_INFINITY;
    let cost = 0;
    let stale = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: number | undefined;

    const compute = () => {
      const { frame, data, settings } = store.getState();
      const ok = frame && data && frame.dataId === data.dataId && shown.every((j) => j < frame.hiddenUnits);
      values = ok ? mapper(frame, data, settings, shown) : null;
      if (!values) return;
      if (settings.activation !== activation) {
        activation = settings.activation;
        ranges = [];
      }
      const bounded = activationRange(settings.activation);
      const v = values;
      ranges = shown.map((_, d) => bounded ?? followRange(ranges[d] ?? null, ...extent(v, d)));
    };

    const draw = () => {
      pending = undefined;
      const v = values;
      if (!v) {
        ctx?.clearRect(0, 0, el.width, el.height);
        refs.separator.current?.setAttribute("d", "");
        return;
      }
      const { yaw, pitch } = turn.current;
      const scene: Scene = {
        units: shown,
        lo: ranges.map((r) => r[0]),
        hi: ranges.map((r) => r[1]),
        R: shown.length === 3 ? rotation(yaw, pitch) : null,
      };
      if (ctx) painter(ctx, scene, v, el.width / VIEW.width);
      writeOverlay(scene, v, words.current);
      host.dataset.frame = String(++paints);
    };
    redraw.current = () => {
      pending ??= requestAnimationFrame(draw);
    };

    /** Whether the picture is on screen (unknown until the first report: assume so). */
    let inSight = true;
    const folded = () => !inSight || host.closest("details:not([open])") !== null;
    const update = () => {
      timer = undefined;
      if (folded()) {
        stale = true;
        return;
      }
      const start = performance.now();
      compute();
      draw();
      // Only a picture painted counts against the rate: the first frame after none is drawn at once.
      if (values) {
        last = performance.now();
        cost = last - start;
      }
    };
    const schedule = () => {
      const wait = last + Math.max(MIN_INTERVAL_MS, COST_FACTOR * cost) - performance.now();
      if (wait <= 0) update();
      else timer ??= setTimeout(update, wait);
    };
    const details: HTMLDetailsElement[] = [];
    for (let d = host.closest("details"); d; d = d.parentElement?.closest("details") ?? null) details.push(d);
    const onToggle = () => {
      if (stale && !folded()) {
        stale = false;
        schedule();
      }
    };
    for (const d of details) d.addEventListener("toggle", onToggle);

    const resize = () => {
      const ratio = typeof devicePixelRatio === "number" ? devicePixelRatio : 1;
      const width = Math.min(2048, Math.round((host.clientWidth || 2 * VIEW.width) * ratio));
      el.width = width;
      el.height = Math.round((width * VIEW.height) / VIEW.width);
      draw();
    };
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(resize) : null;
    observer?.observe(host);
    const sight =
      typeof IntersectionObserver === "function"
        ? new IntersectionObserver((entries) => {
            inSight = entries.some((e) => e.isIntersecting);
            onToggle();
          })
        : null;
    sight?.observe(host);
    resize();
    update();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.frame !== prev.frame || s.data !== prev.data || s.settings !== prev.settings) schedule();
    });
    return () => {
      unsubscribe();
      observer?.disconnect();
      sight?.disconnect();
      for (const d of details) d.removeEventListener("toggle", onToggle);
      clearTimeout(timer);
      if (pending !== undefined) cancelAnimationFrame(pending);
      redraw.current = () => {};
    };
  }, [store, refs, shownKey, turn, redraw, words]);
}
