/**
 * The geometry of the hidden-space view: where the output layer changes its mind, in the hidden units'
 * own coordinates, and how to look at up to three of them.
 *
 *   a_k = Σ_j u_jk h_j + b2_k,  the class is argmax_k y_k = argmax_k a_k (softmax and sigmoid outputs alike),
 *   so class 1 exactly where  Σ_j (u_j2 − u_j1) h_j + (b2_2 − b2_1) > 0:  a line (plane) in h-space.
 *
 * A switched-off (masked) unit adds nothing to a_k, so its coefficient is 0. Units not on screen are held at
 * their mean, which moves their part into the constant. The 3-D view is an orthographic projection of the
 * box of shown values scaled to [−1, 1]³, turned by a yaw about the vertical h₃ axis and a pitch.
 */
import type { Activation } from "../engine/activations.ts";
import type { Rect } from "../engine/grid.ts";
import { parameterViews } from "../engine/network.ts";

/** The output's separating hyperplane in h-space: class 1 where Σ_j c[j] h_j + c0 > 0. */
export interface Separator {
  c: Float64Array;
  c0: number;
}

/** The separator of a network with H > 0 hidden units whose parameters are `params`; `masked` is 1-based. */
export function outputSeparator(params: Float64Array, H: number, masked: readonly number[]): Separator {
  const { u, b2 } = parameterViews(params, H);
  const c = new Float64Array(H);
  for (let j = 0; j < H; j++) c[j] = u[2 * j + 1] - u[2 * j]; // u_j2 − u_j1
  for (const unit of masked) if (unit >= 1 && unit <= H) c[unit - 1] = 0;
  return { c, c0: b2[1] - b2[0] };
}

/** Each unit's mean over n rows of unit-major values h[j·n + r] (forwardRows' layout). */
export function unitMeans(h: Float64Array, n: number, H: number): Float64Array {
  const means = new Float64Array(H);
  if (n === 0) return means;
  for (let j = 0; j < H; j++) {
    let sum = 0;
    for (let r = 0; r < n; r++) sum += h[j * n + r];
    means[j] = sum / n;
  }
  return means;
}

/** The separator seen on the units `shown` (0-based), every other unit held at `means[j]`. */
export function separatorOn(
  sep: Separator,
  shown: readonly number[],
  means: ArrayLike<number>,
): {
  c: number[];
  c0: number;
} {
  let c0 = sep.c0;
  for (let j = 0; j < sep.c.length; j++) if (!shown.includes(j)) c0 += sep.c[j] * means[j];
  return { c: shown.map((j) => sep.c[j]), c0 };
}

/**
 * Where the hyperplane Σ c_d p_d + c0 = 0 cuts the box [lo, hi] (2 or 3 dimensions): the segment's two
 * ends in 2-D, the polygon's corners in order around it in 3-D; empty if it misses the box (or c = 0).
 */
export function sliceBox(
  c: readonly number[],
  c0: number,
  lo: readonly number[],
  hi: readonly number[],
): number[][] {
  const d = c.length;
  const f = (p: readonly number[]) => c0 + p.reduce((s, v, i) => s + c[i] * v, 0);
  if (c.every((v) => v === 0)) return [];
  const corner = (bits: number) => lo.map((v, i) => ((bits >> i) & 1 ? hi[i] : v));
  const found: number[][] = [];
  for (let bits = 0; bits < 1 << d; bits++) {
    const a = corner(bits);
    const fa = f(a);
    for (let i = 0; i < d; i++) {
      if ((bits >> i) & 1) continue;
      const b = corner(bits | (1 << i));
      const fb = f(b);
      if (fa === 0) found.push(a);
      if (fb === 0) found.push(b);
      if ((fa < 0 && fb > 0) || (fa > 0 && fb < 0)) {
        const s = fa / (fa - fb);
        found.push(a.map((v, k) => v + s * (b[k] - v)));
      }
    }
  }
  const size = Math.max(...hi.map((v, i) => v - lo[i]));
  const points: number[][] = [];
  for (const p of found) {
    if (!points.some((q) => q.every((v, i) => Math.abs(v - p[i]) <= 1e-12 * size))) points.push(p);
  }
  if (d === 2) return points.length >= 2 ? farthestPair(points) : [];
  return points.length >= 3 ? aroundCentre(points, c) : [];
}

function farthestPair(points: number[][]): number[][] {
  let best = [points[0], points[1]];
  let far = -1;
  for (const p of points)
    for (const q of points) {
      const dist = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;
      if (dist > far) [far, best] = [dist, [p, q]];
    }
  return best;
}

/** Points of a plane with normal n, ordered by angle around their centre. */
function aroundCentre(points: number[][], n: readonly number[]): number[][] {
  const m = [0, 1, 2].map((i) => points.reduce((s, p) => s + p[i], 0) / points.length);
  const e1 = points[0].map((v, i) => v - m[i]);
  const e2 = [n[1] * e1[2] - n[2] * e1[1], n[2] * e1[0] - n[0] * e1[2], n[0] * e1[1] - n[1] * e1[0]];
  const angle = (p: number[]) => {
    const v = p.map((x, i) => x - m[i]);
    return Math.atan2(
      v.reduce((s, x, i) => s + x * e2[i], 0),
      v.reduce((s, x, i) => s + x * e1[i], 0),
    );
  };
  return points
    .map((p) => ({ p, angle: angle(p) }))
    .sort((a, b) => a.angle - b.angle)
    .map(({ p }) => p);
}

/** The part of a convex polygon (2-D corners in order) where c·p + c0 ≥ 0 (Sutherland–Hodgman, one edge). */
export function clipPolygon(
  polygon: readonly (readonly number[])[],
  c: readonly number[],
  c0: number,
): number[][] {
  const f = (p: readonly number[]) => c[0] * p[0] + c[1] * p[1] + c0;
  const kept: number[][] = [];
  for (let i = 0; i < polygon.length; i++) {
    const p = polygon[i];
    const q = polygon[(i + 1) % polygon.length];
    const fp = f(p);
    const fq = f(q);
    if (fp >= 0) kept.push([p[0], p[1]]);
    if (fp >= 0 !== fq >= 0) {
      const s = fp / (fp - fq);
      kept.push([p[0] + s * (q[0] - p[0]), p[1] + s * (q[1] - p[1])]);
    }
  }
  return kept;
}

/**
 * The rotation of the 3-D view as three rows (right, up, depth) of a 3×3 matrix, for a turn of `yaw`
 * radians about the vertical third axis and a camera raised by `pitch` radians (looking down on the box).
 * At yaw = pitch = 0 the first axis points right, the third up and the second into the screen.
 */
export function rotation(yaw: number, pitch: number): Float64Array {
  const [cy, sy, cp, sp] = [Math.cos(yaw), Math.sin(yaw), Math.cos(pitch), Math.sin(pitch)];
  // biome-ignore format: the matrix reads best as its three rows
  return Float64Array.of(
    cy, -sy, 0,
    sp * sy, sp * cy, cp,
    cp * sy, cp * cy, -sp,
  );
}

/** Screen coordinates (right, up) of the point p under rotation R. */
export function project(R: Float64Array, p0: number, p1: number, p2: number): [number, number] {
  return [R[0] * p0 + R[1] * p1 + R[2] * p2, R[3] * p0 + R[4] * p1 + R[5] * p2];
}

/**
 * Points along `lines` lines of constant x₁ and then `lines` of constant x₂ across `domain`, `samples`
 * points each, as rows of x (n×2): line k is rows k·samples … (k + 1)·samples − 1.
 */
export function inputGrid(domain: Rect, lines = 11, samples = 33): Float64Array {
  const x = new Float64Array(2 * 2 * lines * samples);
  const at = (lo: number, hi: number, i: number, of: number) => lo + ((hi - lo) * i) / (of - 1);
  let r = 0;
  for (let along = 0; along < 2; along++) {
    for (let k = 0; k < lines; k++) {
      for (let s = 0; s < samples; s++, r++) {
        const fixed =
          along === 0 ? at(domain.x1Min, domain.x1Max, k, lines) : at(domain.x2Min, domain.x2Max, k, lines);
        const moving =
          along === 0
            ? at(domain.x2Min, domain.x2Max, s, samples)
            : at(domain.x1Min, domain.x1Max, s, samples);
        x[2 * r + along] = fixed;
        x[2 * r + 1 - along] = moving;
      }
    }
  }
  return x;
}

/** The values a hidden unit can take, when bounded: tanh (−1, 1), sigmoid (0, 1); else null. */
export function activationRange(activation: Activation): [number, number] | null {
  if (activation === "tanh") return [-1, 1];
  if (activation === "sigmoid") return [0, 1];
  return null;
}

/**
 * The axis range to show values spanning [min, max] when the activation is unbounded: the current one
 * while the values fill at least a third of it and stay inside, else [min, max] widened by 10 % on each
 * side (so a training run's axes do not twitch every frame); one value v alone (a dead ReLU unit) gets
 * [v − 1, v + 1]. Never empty.
 */
export function followRange(current: [number, number] | null, min: number, max: number): [number, number] {
  if (!(Number.isFinite(min) && Number.isFinite(max))) return current ?? [-1, 1];
  if (current && min >= current[0] && max <= current[1] && max - min >= (current[1] - current[0]) / 3)
    return current;
  const pad = max - min > 1e-9 * Math.max(1, Math.abs(min)) ? 0.1 * (max - min) : 1;
  return [min - pad, max + pad];
}
