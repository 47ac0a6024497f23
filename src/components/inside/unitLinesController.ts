/**
 * What makes the unit lines live, outside React: it draws every hidden unit's line a_j = 0 from the latest
 * frame (throttled for many units), and lets the user move one by dragging it or turn it by its handle
 * (pointer), or with the keyboard (arrows move it, [ ] or + − turn it), sending the new w_1j, w_2j, b_j
 * to the worker at most every SEND_MS and once more on release. While the user holds a line, and for
 * HOLD_MS after, the line shows the user's weights rather than frames made before the worker had them.
 */
import type { Rect } from "../../engine/grid.ts";
import { HEIGHT, MARGIN, PLOT, type PlotPoint, WIDTH } from "../../render/plotGeometry.ts";
import {
  lineInPlot,
  movedWeights,
  nearestOnLine,
  rotatedWeights,
  turnedWeights,
  type UnitWeights,
  unitWeights,
  weightValues,
} from "../../render/unitLines.ts";
import type { PlaygroundStore } from "../../store/playgroundStore.ts";
import type { WeightValue } from "../../worker/protocol.ts";
import { createThrottle } from "./throttle.ts";
import { drawLine, findLineParts } from "./unitLineDrawing.ts";

/** At most one setWeights per this many ms while dragging (about 10 a second). */
export const SEND_MS = 100;
/** How long after the last change a line keeps showing the user's weights, in ms. */
export const HOLD_MS = 500;
/** Longest wait between two redraws of many lines, in ms. */
const REDRAW_MS = 100;
/** Above this many units the lines are redrawn at most every REDRAW_MS. */
const EVERY_FRAME_UP_TO = 16;
/** From this many units only the focused line is ticked (UnitLines.tsx draws them thin). */
export const DENSE_FROM = 17;
/** A key moves a line this far (plot units), or turns it this much (radians). */
export const MOVE_STEP = 8;
export const TURN_STEP = Math.PI / 36;

/** Arrow keys move a line (plot directions; Shift: 5× as far). */
const MOVES: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};
/** [ and + turn a line counter-clockwise, ] and − clockwise; with Shift, { and } turn 3× as far. */
const TURNS: Readonly<Record<string, number>> = {
  "[": 1,
  "+": 1,
  "=": 1,
  "{": 3,
  "]": -1,
  "-": -1,
  _: -1,
  "}": -3,
};

interface Drag {
  unit: number;
  kind: "move" | "turn";
  pointerId: number;
  start: PlotPoint;
  from: UnitWeights;
  pivot: PlotPoint;
}

export interface UnitLinesController {
  /** Stop listening and drawing. */
  destroy(): void;
}

/** Drive the lines rendered in `svg` (one g[data-unit-line=J] per unit, 1 … H) from `store`. */
export function createUnitLinesController(
  svg: SVGSVGElement,
  store: PlaygroundStore,
  H: number,
): UnitLinesController {
  const parts = findLineParts(svg);
  /** The user's weights per unit, shown until `until` (ms, performance.now()). */
  const held = new Map<number, { w: UnitWeights; until: number }>();
  /** Where each line's pivot is on the plot (its segment's midpoint), null when it misses the plot. */
  const pivots = new Map<number, PlotPoint | null>();
  let drag: Drag | null = null;

  const domain = (): Rect | null => store.getState().data?.domain ?? null;

  /** Unit J's weights as shown: the user's while held, else the latest frame's. */
  const weightsOf = (J: number): UnitWeights | null => {
    const hold = held.get(J);
    if (hold) {
      if (hold.until > performance.now()) return hold.w;
      held.delete(J);
    }
    const frame = store.getState().frame;
    return frame && frame.hiddenUnits === H ? unitWeights(frame.params, H, J) : null;
  };

  const draw = (J: number) => {
    const p = parts.get(J);
    if (!p) return;
    // With many lines only the focused one is ticked: 64 lines of ticks are a thicket, and their
    // path strings, rebuilt every redraw, cost more than everything else here.
    const ticked = H < DENSE_FROM || store.getState().focusUnit === J;
    pivots.set(J, drawLine(p, weightsOf(J), domain(), ticked));
  };

  const drawAll = () => {
    for (const J of parts.keys()) draw(J);
  };

  const pending = new Map<number, WeightValue[]>();
  const sender = createThrottle(() => {
    const values = [...pending.values()].flat();
    pending.clear();
    store.getState().setWeights(values);
  }, SEND_MS);

  /** Show `w` for unit J at once and send it (throttled). */
  const setUnit = (J: number, w: UnitWeights, until: number) => {
    if (![w.w1, w.w2, w.b].every(Number.isFinite)) return;
    held.set(J, { w, until });
    draw(J);
    pending.set(J, weightValues(J, w));
    sender.schedule();
  };

  const toPlot = (e: PointerEvent): PlotPoint | null => {
    const r = svg.getBoundingClientRect();
    if (!(r.width > 0 && r.height > 0)) return null;
    return {
      px: ((e.clientX - r.left) / r.width) * WIDTH - MARGIN.left,
      py: ((e.clientY - r.top) / r.height) * HEIGHT - MARGIN.top,
    };
  };

  const onPointerDown = (e: PointerEvent) => {
    const target = e.target as Element;
    const owner = target.closest<SVGGElement>("g[data-unit-line], g[data-unit-handle]");
    const kind = target.closest("[data-part]")?.getAttribute("data-part");
    if (!owner || (kind !== "move" && kind !== "turn") || e.button > 0) return;
    const unit = Number(owner.dataset.unitLine ?? owner.dataset.unitHandle);
    const g = parts.get(unit)?.g;
    if (!g) return;
    const from = weightsOf(unit);
    const pivot = pivots.get(unit);
    const start = toPlot(e);
    if (!from || !pivot || !start) return;
    e.preventDefault();
    g.focus({ preventScroll: true });
    svg.setPointerCapture?.(e.pointerId);
    drag = { unit, kind, pointerId: e.pointerId, start, from, pivot };
    held.set(unit, { w: from, until: Number.POSITIVE_INFINITY });
  };

  const onPointerMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    const rect = domain();
    const at = toPlot(e);
    if (!rect || !at) return;
    const w =
      drag.kind === "move"
        ? movedWeights(drag.from, rect, at.px - drag.start.px, at.py - drag.start.py)
        : turnedWeights(drag.from, rect, drag.pivot, at);
    if (w) setUnit(drag.unit, w, Number.POSITIVE_INFINITY);
  };

  const onPointerUp = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.pointerId) return;
    const hold = held.get(drag.unit);
    if (hold) hold.until = performance.now() + HOLD_MS;
    svg.releasePointerCapture?.(e.pointerId);
    drag = null;
    sender.flush();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const g = (e.target as Element).closest<SVGGElement>("g[data-unit-line]");
    const rect = domain();
    if (!g || !rect) return;
    const unit = Number(g.dataset.unitLine);
    const w = weightsOf(unit);
    if (!w) return;
    const move = MOVE_STEP * (e.shiftKey ? 5 : 1);
    const shift = MOVES[e.key];
    const turn = TURNS[e.key];
    let next: UnitWeights;
    if (shift) next = movedWeights(w, rect, move * shift[0], move * shift[1]);
    else if (turn) {
      const pivot = pivots.get(unit) ?? nearestOnLine(lineInPlot(w, rect), { px: PLOT / 2, py: PLOT / 2 });
      next = rotatedWeights(w, rect, pivot, turn * TURN_STEP);
    } else return;
    e.preventDefault();
    setUnit(unit, next, performance.now() + HOLD_MS);
  };

  const redraw = createThrottle(drawAll, H > EVERY_FRAME_UP_TO ? REDRAW_MS : 0);
  drawAll();
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.frame !== prev.frame || s.data !== prev.data) redraw.schedule();
    else if (s.focusUnit !== prev.focusUnit) {
      if (prev.focusUnit !== null) draw(prev.focusUnit);
      if (s.focusUnit !== null) draw(s.focusUnit);
    }
  });
  svg.addEventListener("pointerdown", onPointerDown);
  svg.addEventListener("pointermove", onPointerMove);
  svg.addEventListener("pointerup", onPointerUp);
  svg.addEventListener("pointercancel", onPointerUp);
  svg.addEventListener("keydown", onKeyDown);
  return {
    destroy() {
      unsubscribe();
      redraw.cancel();
      sender.flush();
      svg.removeEventListener("pointerdown", onPointerDown);
      svg.removeEventListener("pointermove", onPointerMove);
      svg.removeEventListener("pointerup", onPointerUp);
      svg.removeEventListener("pointercancel", onPointerUp);
      svg.removeEventListener("keydown", onKeyDown);
    },
  };
}
