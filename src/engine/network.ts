/**
 * The network 2 → H → 2 of the article's Figure 2, its parameters and its forward pass:
 *
 *   a_j = Σ_i w_ij x_i + b1_j,   h_j = f(a_j)              (hidden layer, j < H)
 *   a_k = Σ_j u_jk h_j + b2_k,   y_k = output(a)_k         (output layer, k ∈ {0, 1})
 *
 * H = 0 is Part 1's perceptron / logistic regression: the inputs feed the output directly, so the code
 * treats the inputs as the layer below the output (h = x, u is 2×2) and w, b1 are empty.
 *
 * Initialisation is the article's code, from its own seed:
 *   np.random.seed(s); W1 = randn(2, H) / √2; b1 = 0; W2 = randn(H, 2) / √H; b2 = 0
 * (H = 0: u = randn(2, 2) / √2).
 *
 * A hidden unit can be switched off (masked): the output layer then treats its u_j· as 0, so it adds
 * nothing to a_k, while h_j is still computed (its map can still be drawn).
 */
import { type Activation, activateLayer, activateLayerForDisplay } from "./activations.ts";
import type { Output } from "./losses.ts";
import { RandomState } from "./random.ts";

/** The largest hidden layer the playground offers. */
export const MAX_HIDDEN = 64;

/** What defines a network's shape and functions (its weights come from a seed). */
export interface Architecture {
  hiddenUnits: number;
  activation: Activation;
  output: Output;
}

/**
 * A network's parameters in one Float64Array, `params` = [w | b1 | u | b2], with a view on each part:
 *   w[i·H + j]  input i → hidden j   (2×H, the article's W1)
 *   b1[j]       hidden bias          (H)
 *   u[j·2 + k]  hidden j → output k  (K×2, K = H, or 2 inputs when H = 0; the article's W2)
 *   b2[k]       output bias          (2)
 */
export interface Network {
  H: number;
  /** Units feeding the output layer: H, or the 2 inputs when H = 0. */
  K: number;
  activation: Activation;
  output: Output;
  params: Float64Array;
  w: Float64Array;
  b1: Float64Array;
  u: Float64Array;
  b2: Float64Array;
  /** masked[j] = 1: hidden unit j is switched off (length K; always 0 when H = 0). */
  masked: Uint8Array;
}

/** Views of a [w | b1 | u | b2] buffer laid out for H hidden units. */
export function parameterViews(buffer: Float64Array, H: number) {
  const K = H === 0 ? 2 : H;
  const nw = 2 * H;
  const nu = 2 * K;
  return {
    K,
    w: buffer.subarray(0, nw),
    b1: buffer.subarray(nw, nw + H),
    u: buffer.subarray(nw + H, nw + H + nu),
    b2: buffer.subarray(nw + H + nu, nw + H + nu + 2),
  };
}

/** Number of parameters of a 2 → H → 2 network (H = 0: 2 → 2). */
export function parameterCount(H: number): number {
  return H === 0 ? 6 : 5 * H + 2;
}

/** A network holding the given parameters (copied), e.g. restored from a snapshot. */
export function networkFromParams(arch: Architecture, params: ArrayLike<number>): Network {
  const H = arch.hiddenUnits;
  if (!Number.isInteger(H) || H < 0 || H > MAX_HIDDEN) {
    throw new RangeError(`hidden units must be an integer from 0 to ${MAX_HIDDEN}, got ${H}`);
  }
  const buffer = new Float64Array(parameterCount(H));
  if (params.length !== buffer.length) {
    throw new RangeError(
      `a network with ${H} hidden units has ${buffer.length} parameters, got ${params.length}`,
    );
  }
  buffer.set(params);
  return {
    H,
    activation: arch.activation,
    output: arch.output,
    params: buffer,
    ...parameterViews(buffer, H),
    masked: new Uint8Array(H === 0 ? 2 : H),
  };
}

/**
 * Switch off exactly the hidden units in `units` (0-based; those not below H are ignored) and switch every
 * other unit on. Without a hidden layer nothing can be switched off.
 */
export function maskUnits(net: Network, units: readonly number[]): void {
  net.masked.fill(0);
  if (net.H === 0) return;
  for (const j of units) if (Number.isInteger(j) && j >= 0 && j < net.H) net.masked[j] = 1;
}

/** The switched-off hidden units, 0-based, ascending. */
export function maskedUnits(net: Network): number[] {
  const units: number[] = [];
  for (let j = 0; j < net.H; j++) if (net.masked[j] === 1) units.push(j);
  return units;
}

/**
 * A fresh network initialised exactly as the article's `build_model` does: from a new stream seeded with
 * `init`, or from the given stream (which then continues, e.g. to shuffle mini-batches).
 */
export function createNetwork(arch: Architecture, init: number | RandomState): Network {
  const net = networkFromParams(arch, new Float64Array(parameterCount(arch.hiddenUnits)));
  const rng = typeof init === "number" ? new RandomState(init) : init;
  const { H, K, w, u } = net;
  for (let i = 0; i < w.length; i++) w[i] = rng.gauss() / Math.sqrt(2); // W1 = randn(2, H) / √2
  for (let i = 0; i < u.length; i++) u[i] = rng.gauss() / Math.sqrt(H === 0 ? 2 : K); // W2 = randn(H, 2) / √H
  return net;
}

/**
 * Per-row values of a forward pass over n rows, stored unit by unit (h[j·n + r]) so that each unit's
 * sums over the rows in backprop run along contiguous memory, as the article's matrix products do.
 */
export interface LayerValues {
  /** h[j·n + r]: the value of unit j below the output for row r (the inputs themselves when H = 0). */
  h: Float64Array;
  /** slope[j·n + r] = f′(a_j) for row r (H > 0). */
  slope: Float64Array;
  /** a[2r + k]: output unit k's pre-activation for row r. */
  a: Float64Array;
}

/** Buffers for forward passes over up to n rows of a network with K units below the output. */
export function createLayerValues(K: number, n: number): LayerValues {
  return {
    h: new Float64Array(n * K),
    slope: new Float64Array(n * K),
    a: new Float64Array(2 * n),
  };
}

/**
 * The forward pass over rows 0…n−1 of x (n×2), layer by layer as the article's code does it:
 * z1 = X·W1 + b1, a1 = f(z1), z2 = a1·W2 + b2. Fills `out.h`, `out.slope` and `out.a` (n at most the
 * rows the buffers were made for). With `display`, no slopes are written and f may be the picture's
 * approximation (activateLayerForDisplay): how grid.ts draws the same network the engine trains.
 */
export function forwardRows(
  net: Network,
  x: Float64Array,
  n: number,
  out: LayerValues,
  display?: "exact" | "approximate",
): void {
  // One function on purpose: split into per-layer calls, Chromium's V8 ran training 1.5–2× slower.
  const { H, K, w, b1, u, b2, masked } = net;
  const { h, a } = out;
  if (H === 0) {
    for (let r = 0; r < n; r++) {
      h[r] = x[2 * r]; // the inputs are the layer below the output
      h[n + r] = x[2 * r + 1];
    }
  } else {
    for (let j = 0; j < H; j++) {
      const w1j = w[j];
      const w2j = w[H + j];
      const bj = b1[j];
      const col = j * n;
      for (let r = 0; r < n; r++) h[col + r] = bj + x[2 * r] * w1j + x[2 * r + 1] * w2j; // a_j = Σ_i w_ij x_i + b_j
    }
    if (display) activateLayerForDisplay(net.activation, h, n * H, display === "approximate");
    else activateLayer(net.activation, h, out.slope, n * H); // h_j = f(a_j)
  }
  for (let r = 0; r < n; r++) {
    a[2 * r] = b2[0];
    a[2 * r + 1] = b2[1];
  }
  for (let j = 0; j < K; j++) {
    if (masked[j] === 1) continue; // a switched-off unit adds nothing: u_j· counts as 0
    const u0 = u[2 * j];
    const u1 = u[2 * j + 1];
    const col = j * n;
    for (let r = 0; r < n; r++) {
      a[2 * r] += h[col + r] * u0; // a_k = Σ_j u_jk h_j + b_k
      a[2 * r + 1] += h[col + r] * u1;
    }
  }
}
