/**
 * Where things go on the hidden-space picture: the shown units' box scaled to [−1, 1]^d, then to the
 * picture's units (an SVG viewBox the canvas shares). One unit: a number line (points spread up and down
 * by class only, so they do not overlap); two: the plane; three: an orthographic projection of the box.
 */
import { project, separatorOn, sliceBox } from "../../../render/hiddenSpace.ts";
import type { HiddenValues } from "./hiddenValues.ts";

/** The picture's size in its own units, and the square it plots in. */
export const VIEW = { width: 468, height: 448, left: 46, top: 8, side: 400 } as const;

/** What is shown and how. */
export interface Scene {
  /** The shown units, 0-based (1 to 3 of them). */
  units: number[];
  /** The box of hidden values shown, per shown unit. */
  lo: number[];
  hi: number[];
  /** The 3-D view's rotation (rows: right, up, depth); null in 1-D and 2-D. */
  R: Float64Array | null;
}

/** The separator on the shown units (others at their mean): class 1 where Σ c_d h_d + c0 > 0. */
export function shownSeparator(scene: Scene, values: HiddenValues): { c: number[]; c0: number } {
  return separatorOn(values.separator, scene.units, values.means);
}

/** The same separator in the box's scaled coordinates s ∈ [−1, 1]^d (h = mid + half·s). */
export function scaledSeparator(scene: Scene, values: HiddenValues): { c: number[]; c0: number } {
  const { c, c0 } = shownSeparator(scene, values);
  let offset = c0;
  const scaled = c.map((cd, d) => {
    const mid = (scene.lo[d] + scene.hi[d]) / 2;
    offset += cd * mid;
    return (cd * (scene.hi[d] - scene.lo[d])) / 2;
  });
  // The number line's second coordinate is the spread, which the output ignores.
  if (scene.units.length === 1) scaled.push(0);
  return { c: scaled, c0: offset };
}

/** A value of shown unit d in the box's scaled coordinate. */
export function scaled(scene: Scene, d: number, h: number): number {
  return (2 * (h - scene.lo[d])) / (scene.hi[d] - scene.lo[d]) - 1;
}

const HALF = VIEW.side / 2;
/** In 3-D the box's corners are √3 from its centre: the whole box fits at every angle. */
const SCALE_3D = HALF / Math.sqrt(3);

/** Picture coordinates of a point at scaled coordinates s (2 or 3 of them). */
export function toPicture(scene: Scene, s0: number, s1: number, s2 = 0): [number, number] {
  if (scene.R) {
    const [right, up] = project(scene.R, s0, s1, s2);
    return [VIEW.left + HALF + right * SCALE_3D, VIEW.top + HALF - up * SCALE_3D];
  }
  return [VIEW.left + HALF + s0 * HALF, VIEW.top + HALF - s1 * HALF];
}

/** The number line's vertical spread of row r of class t: class 0 in the upper half, class 1 the lower. */
export function spread(r: number, t: number): number {
  const jitter = (Math.sin(r * 12.9898 + 78.233) * 43758.5453) % 1;
  return (t === 0 ? 0.5 : -0.5) + 0.35 * jitter;
}

/**
 * Picture coordinates of every row of a mapped set: xy[2r], xy[2r + 1] (t: the rows' classes, 1-D only);
 * with `inside`, whether each row lies in the box shown (1) or not (0).
 */
export function placeRows(
  scene: Scene,
  set: { n: number; h: Float64Array },
  t: Uint8Array | null,
  xy: Float32Array,
  inside?: Uint8Array,
): void {
  const { units } = scene;
  const { n, h } = set;
  for (let r = 0; r < n; r++) {
    const s0 = scaled(scene, 0, h[r]);
    const s1 = units.length > 1 ? scaled(scene, 1, h[n + r]) : spread(r, t?.[r] ?? 0);
    const s2 = units.length > 2 ? scaled(scene, 2, h[2 * n + r]) : 0;
    const [px, py] = toPicture(scene, s0, s1, s2);
    xy[2 * r] = px;
    xy[2 * r + 1] = py;
    if (inside) inside[r] = Math.abs(s0) <= 1 && Math.abs(s1) <= 1 && Math.abs(s2) <= 1 ? 1 : 0;
  }
}

/**
 * The separator where it crosses the box, in hidden values (each point one value per shown unit): the
 * threshold on the number line, the segment's ends in 2-D, the polygon's corners in 3-D; empty when it
 * misses the box.
 */
export function separatorInBox(scene: Scene, values: HiddenValues): number[][] {
  const { c, c0 } = shownSeparator(scene, values);
  if (scene.units.length === 1) {
    const at = c[0] === 0 ? Number.NaN : -c0 / c[0];
    return at >= scene.lo[0] && at <= scene.hi[0] ? [[at]] : [];
  }
  return sliceBox(c, c0, scene.lo, scene.hi);
}

/** Picture coordinates of a point given in hidden values of the shown units. */
export function pictureOfValues(scene: Scene, p: readonly number[]): [number, number] {
  const s = p.map((v, d) => scaled(scene, d, v));
  if (s.length === 1) return toPicture(scene, s[0], 0);
  return toPicture(scene, s[0], s[1], s[2] ?? 0);
}

/** The box's 12 edges in 3-D (pairs of corners in scaled coordinates). */
export function boxEdges(): [number[], number[]][] {
  const edges: [number[], number[]][] = [];
  for (let bits = 0; bits < 8; bits++) {
    const a = [0, 1, 2].map((i) => ((bits >> i) & 1 ? 1 : -1));
    for (let i = 0; i < 3; i++) {
      if ((bits >> i) & 1) continue;
      edges.push([a, a.map((v, k) => (k === i ? 1 : v))]);
    }
  }
  return edges;
}
