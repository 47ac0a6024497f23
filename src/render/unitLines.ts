/**
 * Each hidden unit's line on the plane, where its linear combination changes sign:
 *
 *   a_j = w_1j x1 + w_2j x2 + b_j = 0
 *
 * drawn in the plot's own units (plotGeometry.ts), clipped to the plot square, and moved by hand: a
 * translation changes b_j and keeps w_j; a turn about a pivot on the line changes w_1j, w_2j, keeps |w_j|
 * and keeps the line through the pivot (b_j = −w_j·pivot).
 */
import type { Rect } from "../engine/grid.ts";
import { parameterByName } from "../engine/weightNames.ts";
import type { WeightValue } from "../worker/protocol.ts";
import { PLOT, type PlotPoint, plotToData } from "./plotGeometry.ts";

/** One hidden unit's incoming weights: a_j = w1·x1 + w2·x2 + b. */
export interface UnitWeights {
  w1: number;
  w2: number;
  b: number;
}

/** The line a_j = 0 in plot units: A·px + B·py + C = 0, with A·px + B·py + C > 0 exactly where a_j > 0. */
export interface PlotLine {
  A: number;
  B: number;
  C: number;
}

/** A line's part inside the plot square, from one edge to another; `to` − `from` runs along (−B, A). */
export interface Segment {
  from: PlotPoint;
  to: PlotPoint;
}

/** Where unit J's (1-based) w_1J, w_2J and b_J sit in `params` of a network with H hidden units. */
export function unitWeightOffsets(H: number, J: number): [number, number, number] | null {
  const w1 = parameterByName(`w-1-${J}`, H);
  const w2 = parameterByName(`w-2-${J}`, H);
  const b = parameterByName(`b1-${J}`, H);
  if (!w1 || !w2 || !b || w1.view !== "w") return null;
  return [w1.offset, w2.offset, b.offset];
}

/** Unit J's (1-based) incoming weights read from `params`, or null if the network has no unit J. */
export function unitWeights(params: ArrayLike<number>, H: number, J: number): UnitWeights | null {
  const at = unitWeightOffsets(H, J);
  return at && { w1: params[at[0]], w2: params[at[1]], b: params[at[2]] };
}

/** The three named values that set unit J's line, as the worker's setWeights takes them. */
export function weightValues(J: number, { w1, w2, b }: UnitWeights): WeightValue[] {
  return [
    { name: `w-1-${J}`, value: w1 },
    { name: `w-2-${J}`, value: w2 },
    { name: `b1-${J}`, value: b },
  ];
}

/** Plot units per unit of x1 and of x2 over `domain`. */
function scales(domain: Rect): { sx: number; sy: number } {
  return { sx: PLOT / (domain.x1Max - domain.x1Min), sy: PLOT / (domain.x2Max - domain.x2Min) };
}

/**
 * a_j as a function of the plot point: x1 = x1Min + px/sx, x2 = x2Max − py/sy, so
 * a_j = (w1/sx)·px − (w2/sy)·py + (w1·x1Min + w2·x2Max + b).
 */
export function lineInPlot({ w1, w2, b }: UnitWeights, domain: Rect): PlotLine {
  const { sx, sy } = scales(domain);
  return { A: w1 / sx, B: -w2 / sy, C: w1 * domain.x1Min + w2 * domain.x2Max + b };
}

/** The part of `line` inside the square [0, size]², or null when it misses it or is no line (A = B = 0). */
export function clipToSquare({ A, B, C }: PlotLine, size = PLOT): Segment | null {
  const n2 = A * A + B * B;
  if (!(n2 > 0 && Number.isFinite(n2) && Number.isFinite(C))) return null;
  const norm = Math.sqrt(n2);
  // The line as p0 + t·d: p0 its point nearest the origin, d a unit vector along it.
  const p0 = [(-C * A) / n2, (-C * B) / n2];
  const d = [-B / norm, A / norm];
  let tMin = Number.NEGATIVE_INFINITY;
  let tMax = Number.POSITIVE_INFINITY;
  for (let axis = 0; axis < 2; axis++) {
    if (Math.abs(d[axis]) < 1e-12) {
      if (p0[axis] < 0 || p0[axis] > size) return null;
      continue;
    }
    const t0 = -p0[axis] / d[axis];
    const t1 = (size - p0[axis]) / d[axis];
    tMin = Math.max(tMin, Math.min(t0, t1));
    tMax = Math.min(tMax, Math.max(t0, t1));
  }
  if (!(tMax - tMin > 1e-9)) return null;
  return {
    from: { px: p0[0] + tMin * d[0], py: p0[1] + tMin * d[1] },
    to: { px: p0[0] + tMax * d[0], py: p0[1] + tMax * d[1] },
  };
}

/** The unit vector (in plot units) pointing to the side where a_j > 0. */
export function positiveNormal({ A, B }: PlotLine): PlotPoint {
  const norm = Math.hypot(A, B);
  return { px: A / norm, py: B / norm };
}

/** The point of `line` nearest to `p` (the pivot a keyboard turn uses when the line is off the plot). */
export function nearestOnLine({ A, B, C }: PlotLine, p: PlotPoint): PlotPoint {
  const n2 = A * A + B * B;
  const off = (A * p.px + B * p.py + C) / n2;
  return { px: p.px - off * A, py: p.py - off * B };
}

/** How far along the line from its pivot the turning handle sits, at most, in plot units. */
export const HANDLE_REACH = 90;

/** Where a drawn line's pivot (its segment's midpoint) and turning handle (towards `to`) are. */
export function pivotAndHandle(segment: Segment): { pivot: PlotPoint; handle: PlotPoint } {
  const { from, to } = segment;
  const pivot = { px: (from.px + to.px) / 2, py: (from.py + to.py) / 2 };
  const length = Math.hypot(to.px - from.px, to.py - from.py);
  const reach = Math.min(HANDLE_REACH, length / 2);
  const k = length > 0 ? reach / length : 0;
  return { pivot, handle: { px: pivot.px + k * (to.px - from.px), py: pivot.py + k * (to.py - from.py) } };
}

/** The weights after moving the line by (dpx, dpy) plot units: w kept, b' = b − w·Δx. */
export function movedWeights(w: UnitWeights, domain: Rect, dpx: number, dpy: number): UnitWeights {
  const { sx, sy } = scales(domain);
  const dx1 = dpx / sx;
  const dx2 = -dpy / sy;
  return { w1: w.w1, w2: w.w2, b: w.b - (w.w1 * dx1 + w.w2 * dx2) };
}

/**
 * The weights of the line through `pivot` and `handle` (plot points), with the same |w| and oriented so
 * that the handle lies in the direction (w2, −w1) from the pivot, as pivotAndHandle places it: turning the
 * handle a full circle turns w a full circle. Null when the two points coincide.
 */
export function turnedWeights(
  w: UnitWeights,
  domain: Rect,
  pivot: PlotPoint,
  handle: PlotPoint,
): UnitWeights | null {
  const p = plotToData(domain, pivot.px, pivot.py);
  const q = plotToData(domain, handle.px, handle.py);
  const d1 = q.x1 - p.x1;
  const d2 = q.x2 - p.x2;
  const length = Math.hypot(d1, d2);
  if (!(length > 0)) return null;
  const norm = Math.hypot(w.w1, w.w2);
  const w1 = (-norm * d2) / length;
  const w2 = (norm * d1) / length;
  return { w1, w2, b: -(w1 * p.x1 + w2 * p.x2) };
}

/** The weights after turning w by `angle` radians (counter-clockwise on the plane) about `pivot` on the line. */
export function rotatedWeights(w: UnitWeights, domain: Rect, pivot: PlotPoint, angle: number): UnitWeights {
  const p = plotToData(domain, pivot.px, pivot.py);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const w1 = w.w1 * cos - w.w2 * sin;
  const w2 = w.w1 * sin + w.w2 * cos;
  return { w1, w2, b: -(w1 * p.x1 + w2 * p.x2) };
}
