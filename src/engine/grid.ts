/**
 * The network evaluated over a grid of the plane, for the decision-region picture:
 *
 *   P(class 1) at the centre of every cell, and optionally every hidden unit's value h_j there.
 *
 * Each grid row is a batch of cell centres for network.ts's own forward pass (a_j = Σ_i w_ij x_i + b1_j,
 * h_j = f(a_j), a_k = Σ_j u_jk h_j + b2_k), so the picture is the network the engine trains. Only f may
 * differ: hidden tanh/sigmoid units use displayTanh (error ≤ e = 3·10⁻⁸) when that provably moves no P by
 * more than 10⁻⁴: P = σ(a₁ − a₀) (softmax) changes by at most ¼·e·Σ_j |u_j1 − u_j0|, and sigmoid outputs
 * are held to the same bound on Σ_j (|u_j0| + |u_j1|); otherwise f is computed exactly.
 */
import { DISPLAY_TANH_MAX_ERROR } from "./fastMath.ts";
import { probabilityOfClass1 } from "./losses.ts";
import { createLayerValues, forwardRows, type LayerValues, type Network } from "./network.ts";

/** An axis-aligned rectangle of the input plane, [x1Min, x1Max] × [x2Min, x2Max]. */
export interface Rect {
  x1Min: number;
  x1Max: number;
  x2Min: number;
  x2Max: number;
}

/** How far the display approximation may move a drawn probability. */
const DISPLAY_TOLERANCE = 1e-4;

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

/** Buffers for evaluating grids, made anew when a call needs larger ones; one per caller. */
export interface GridWorkspace {
  /** One grid row's cell centres, x[2c + i]. */
  x: Float64Array;
  /** The forward pass's values along one grid row (h[j·cols + c], a[2c + k]). */
  row: LayerValues;
}

/** Empty buffers for evaluateGrid, which grows them on first use. */
export function createGridWorkspace(): GridWorkspace {
  return { x: new Float64Array(0), row: createLayerValues(0, 0) };
}

/**
 * Fill `out` (cols·rows) with P(class 1) at the centre of each cell of a cols×rows grid over `rect`,
 * row-major with row 0 at the top (x2 = x2Max), as an image is laid out. With `hiddenMaps`
 * (H·cols·rows), also write unit j's value h_j into hiddenMaps[j·cols·rows + row·cols + col]. `ws` holds
 * the buffers between calls.
 */
export function evaluateGrid(
  net: Network,
  rect: Rect,
  cols: number,
  rows: number,
  out: Float32Array,
  ws: GridWorkspace,
  hiddenMaps?: Float32Array,
): void {
  const { H, K } = net;
  if (ws.x.length < 2 * cols || ws.row.h.length < K * cols) {
    ws.x = new Float64Array(2 * cols);
    ws.row = createLayerValues(K, cols);
  }
  const { x, row } = ws;
  const { h, a } = row;
  const display = displayApproximationIsSafe(net) ? "approximate" : "exact";
  const dx = (rect.x1Max - rect.x1Min) / cols;
  const dy = (rect.x2Max - rect.x2Min) / rows;
  const cells = cols * rows;
  for (let c = 0; c < cols; c++) x[2 * c] = rect.x1Min + (c + 0.5) * dx;
  for (let r = 0; r < rows; r++) {
    const x2 = rect.x2Max - (r + 0.5) * dy;
    for (let c = 0; c < cols; c++) x[2 * c + 1] = x2;
    forwardRows(net, x, cols, row, display); // the row's cells as a batch of inputs
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
 * The narrowest square drawn, so a few points close together still get a readable plot: the article's
 * view of the moons. Its plot_decision_boundary pads the data's range by 0.5 on every side, and the
 * noise-free moons span 3 along x₁ (from −1 to 2), so that view is 3 + 2 · 0.5 = 4 wide.
 */
export const MIN_DOMAIN_SIDE = 4;

/**
 * The square of the plane to draw for data sets (all rows of all of them): their bounding box, padded
 * by `padding` of its larger side on every edge, centred, with equal scales on both axes, and never
 * narrower than MIN_DOMAIN_SIDE (then centred on the bounding box). [−2, 2]² without points.
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
  const empty = !(x1Min <= x1Max && x2Min <= x2Max);
  const side = empty ? 0 : Math.max(x1Max - x1Min, x2Max - x2Min) * (1 + 2 * padding);
  const half = Math.max(side, MIN_DOMAIN_SIDE) / 2;
  const c1 = empty ? 0 : (x1Min + x1Max) / 2;
  const c2 = empty ? 0 : (x2Min + x2Max) / 2;
  return { x1Min: c1 - half, x1Max: c1 + half, x2Min: c2 - half, x2Max: c2 + half };
}
