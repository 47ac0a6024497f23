/**
 * The network evaluated over a grid of the plane, for the decision-region picture:
 *
 *   P(class 1) at the centre of every cell, and optionally every hidden unit's value h_j there.
 *
 * Along a grid row only x₁ changes, so a_j = (b1_j + w_2j x₂) + w_1j x₁ costs one multiply-add. Hidden
 * tanh/sigmoid units use displayTanh (error ≤ e = 3·10⁻⁸) when that provably moves no P by more than
 * 10⁻⁴: P = σ(a₁ − a₀) (softmax) changes by at most ¼·e·Σ_j |u_j1 − u_j0|, and sigmoid outputs are
 * held to the same bound on Σ_j (|u_j0| + |u_j1|); otherwise the exact fastTanh is used.
 */
import type { Activation } from "./activations.ts";
import { DISPLAY_TANH_MAX_ERROR, displayTanh, fastTanh } from "./fastMath.ts";
import { probabilityOfClass1 } from "./losses.ts";
import type { Network } from "./network.ts";

/** An axis-aligned rectangle of the input plane, [x1Min, x1Max] × [x2Min, x2Max]. */
export interface Rect {
  x1Min: number;
  x1Max: number;
  x2Min: number;
  x2Max: number;
}

/** How far the display approximation may move a drawn probability. */
const DISPLAY_TOLERANCE = 1e-4;

/** Apply f to `count` pre-activations in place, fast where `approximate`, exact otherwise. */
function activateForDisplay(kind: Activation, h: Float64Array, count: number, approximate: boolean): void {
  switch (kind) {
    case "tanh":
      if (approximate) for (let i = 0; i < count; i++) h[i] = displayTanh(h[i]);
      else for (let i = 0; i < count; i++) h[i] = fastTanh(h[i]);
      return;
    case "sigmoid": // σ(a) = ½ + ½ tanh(a/2)
      if (approximate) for (let i = 0; i < count; i++) h[i] = 0.5 + 0.5 * displayTanh(0.5 * h[i]);
      else for (let i = 0; i < count; i++) h[i] = 0.5 + 0.5 * fastTanh(0.5 * h[i]);
      return;
    case "relu":
      for (let i = 0; i < count; i++) if (!(h[i] > 0)) h[i] = 0;
      return;
    case "linear":
      return;
  }
}

/** True when displayTanh cannot move any P(class 1) of `net` by more than DISPLAY_TOLERANCE. */
function displayApproximationIsSafe(net: Network): boolean {
  let spread = 0;
  for (let j = 0; j < net.H; j++) {
    const u0 = net.u[2 * j];
    const u1 = net.u[2 * j + 1];
    spread += net.output === "softmax" ? Math.abs(u1 - u0) : Math.abs(u0) + Math.abs(u1);
  }
  return 0.25 * DISPLAY_TANH_MAX_ERROR * spread <= DISPLAY_TOLERANCE;
}

/** Reusable buffers for one grid size and hidden-layer size. */
interface GridScratch {
  h: Float64Array;
  a: Float64Array;
}
let scratch: GridScratch = { h: new Float64Array(0), a: new Float64Array(0) };

/**
 * Fill `out` (cols·rows) with P(class 1) at the centre of each cell of a cols×rows grid over `rect`,
 * row-major with row 0 at the top (x2 = x2Max), as an image is laid out. With `hiddenMaps`
 * (H·cols·rows), also write unit j's value h_j into hiddenMaps[j·cols·rows + row·cols + col].
 */
export function evaluateGrid(
  net: Network,
  rect: Rect,
  cols: number,
  rows: number,
  out: Float32Array,
  hiddenMaps?: Float32Array,
): void {
  const { H, K, w, b1, u, b2 } = net;
  if (scratch.h.length < K * cols || scratch.a.length < 2 * cols) {
    scratch = { h: new Float64Array(K * cols), a: new Float64Array(2 * cols) };
  }
  const { h, a } = scratch;
  const approximate = displayApproximationIsSafe(net);
  const dx = (rect.x1Max - rect.x1Min) / cols;
  const dy = (rect.x2Max - rect.x2Min) / rows;
  const cells = cols * rows;
  for (let r = 0; r < rows; r++) {
    const x2 = rect.x2Max - (r + 0.5) * dy;
    if (H === 0) {
      for (let c = 0; c < cols; c++) {
        h[c] = rect.x1Min + (c + 0.5) * dx; // the inputs are the layer below the output
        h[cols + c] = x2;
      }
    } else {
      for (let j = 0; j < H; j++) {
        const base = b1[j] + w[H + j] * x2;
        const w1j = w[j];
        const col = j * cols;
        for (let c = 0; c < cols; c++) h[col + c] = base + w1j * (rect.x1Min + (c + 0.5) * dx); // a_j
      }
      activateForDisplay(net.activation, h, H * cols, approximate); // h_j = f(a_j)
    }
    for (let c = 0; c < cols; c++) {
      a[2 * c] = b2[0];
      a[2 * c + 1] = b2[1];
    }
    for (let j = 0; j < K; j++) {
      const u0 = u[2 * j];
      const u1 = u[2 * j + 1];
      const col = j * cols;
      for (let c = 0; c < cols; c++) {
        a[2 * c] += h[col + c] * u0; // a_k = Σ_j u_jk h_j + b_k
        a[2 * c + 1] += h[col + c] * u1;
      }
    }
    const offset = r * cols;
    for (let c = 0; c < cols; c++) out[offset + c] = probabilityOfClass1(net.output, a[2 * c], a[2 * c + 1]);
    if (hiddenMaps && H > 0) {
      for (let j = 0; j < H; j++) {
        for (let c = 0; c < cols; c++) hiddenMaps[j * cells + offset + c] = h[j * cols + c];
      }
    }
  }
}

/**
 * The square of the plane to draw for data sets (all rows of all of them): their bounding box, padded
 * by `padding` of its larger side on every edge, centred, with equal scales on both axes.
 */
export function squareDomain(sets: readonly { x: Float64Array; n: number }[], padding = 0.1): Rect {
  let x1Min = Number.POSITIVE_INFINITY;
  let x1Max = Number.NEGATIVE_INFINITY;
  let x2Min = Number.POSITIVE_INFINITY;
  let x2Max = Number.NEGATIVE_INFINITY;
  for (const { x, n } of sets) {
    for (let r = 0; r < n; r++) {
      x1Min = Math.min(x1Min, x[2 * r]);
      x1Max = Math.max(x1Max, x[2 * r]);
      x2Min = Math.min(x2Min, x[2 * r + 1]);
      x2Max = Math.max(x2Max, x[2 * r + 1]);
    }
  }
  if (!(x1Min <= x1Max && x2Min <= x2Max)) return { x1Min: -1, x1Max: 1, x2Min: -1, x2Max: 1 };
  const half = (Math.max(x1Max - x1Min, x2Max - x2Min, 1e-9) * (1 + 2 * padding)) / 2;
  const c1 = (x1Min + x1Max) / 2;
  const c2 = (x2Min + x2Max) / 2;
  return { x1Min: c1 - half, x1Max: c1 + half, x2Min: c2 - half, x2Max: c2 + half };
}
