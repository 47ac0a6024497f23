/**
 * Backpropagation and gradient descent exactly as the article's code, gradients summed over examples:
 *
 *   output:  δ_k = ∂L/∂a_k (losses.ts)          ∂L/∂u_jk = Σ_n δ_k h_j + λ u_jk     ∂L/∂b2_k = Σ_n δ_k
 *   hidden:  δ_j = f′(a_j) Σ_k δ_k u_jk          ∂L/∂w_ij = Σ_n δ_j x_i + λ w_ij     ∂L/∂b1_j = Σ_n δ_j
 *   step:    θ ← θ − ε ∂L/∂θ                      (λ on weights only, never on biases)
 *
 * A switched-off (masked) hidden unit j is out of the network: every parameter of it (w_1j, w_2j, b1_j,
 * u_j1, u_j2) gets gradient 0, no λ decay either, so it stays as it is.
 *
 * Layer by layer over all rows, like the article's numpy code (δ3 = probs − y, dW2 = a1ᵀδ3, …): each
 * pass is a short loop the JIT compiles whole, with exp and tanh inlined. Full batch is one step per
 * epoch over every example in order (the article); a mini-batch epoch reshuffles the examples with the
 * run's own random stream when its first batch is taken, and takes one step per batch. Nothing here
 * allocates.
 */
import type { Dataset } from "./datasets.ts";
import { outputDeltas } from "./losses.ts";
import { createLayerValues, forwardRows, type LayerValues, type Network, parameterViews } from "./network.ts";
import type { RandomState } from "./random.ts";

/** Buffers for training one network on one data set of n examples. */
export interface Workspace extends LayerValues {
  /** ∂L/∂θ in the layout of `params`, with a view on each part. */
  grad: Float64Array;
  dw: Float64Array;
  db1: Float64Array;
  du: Float64Array;
  db2: Float64Array;
  /** δ[2r + k] for the output units. */
  delta: Float64Array;
  /** Example order for mini-batches: a permutation of 0…n−1, reshuffled every epoch. */
  order: Int32Array;
  /** The current mini-batch's rows, gathered. */
  batch: Dataset;
}

/** Buffers for training `net` on a data set of `n` examples. */
export function createWorkspace(net: Network, n: number): Workspace {
  const grad = new Float64Array(net.params.length);
  const { w: dw, b1: db1, u: du, b2: db2 } = parameterViews(grad, net.H);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return {
    ...createLayerValues(net.K, n),
    grad,
    dw,
    db1,
    du,
    db2,
    delta: new Float64Array(2 * n),
    order,
    batch: { n: 0, x: new Float64Array(2 * n), t: new Uint8Array(n) },
  };
}

/**
 * ws.grad ← Σ over the n rows of `data` of ∂L_n/∂θ, plus λW: the article's dW1, db1, dW2, db2.
 * Returns an upper bound on the summed data loss Σ L_n at these weights (see outputDeltas).
 */
export function computeGradient(net: Network, ws: Workspace, data: Dataset, lambda: number): number {
  const { H, K, w, u, masked } = net;
  const { dw, db1, du, db2, h, slope, delta } = ws;
  const { x, n } = data;
  forwardRows(net, x, n, ws);
  const lossBound = outputDeltas(net.output, ws.a, data.t, n, delta);

  let g0 = 0;
  let g1 = 0;
  for (let r = 0; r < n; r++) {
    g0 += delta[2 * r]; // ∂L/∂b2_k = Σ δ_k
    g1 += delta[2 * r + 1];
  }
  db2[0] = g0;
  db2[1] = g1;
  for (let j = 0; j < K; j++) {
    if (masked[j] === 1) {
      du[2 * j] = 0; // a switched-off unit does not move
      du[2 * j + 1] = 0;
      dw[j] = 0;
      dw[H + j] = 0;
      db1[j] = 0;
      continue;
    }
    const u0 = u[2 * j];
    const u1 = u[2 * j + 1];
    const col = j * n;
    let du0 = 0;
    let du1 = 0;
    let dw1 = 0;
    let dw2 = 0;
    let db = 0;
    for (let r = 0; r < n; r++) {
      const d0 = delta[2 * r];
      const d1 = delta[2 * r + 1];
      const hj = h[col + r];
      du0 += hj * d0; // ∂L/∂u_jk = Σ δ_k h_j
      du1 += hj * d1;
      if (H > 0) {
        const dj = slope[col + r] * (d0 * u0 + d1 * u1); // δ_j = f′(a_j) Σ_k δ_k u_jk
        dw1 += x[2 * r] * dj; // ∂L/∂w_ij = Σ δ_j x_i
        dw2 += x[2 * r + 1] * dj;
        db += dj; // ∂L/∂b1_j = Σ δ_j
      }
    }
    du[2 * j] = du0 + lambda * u0; // dW2 += λ W2
    du[2 * j + 1] = du1 + lambda * u1;
    if (H > 0) {
      dw[j] = dw1 + lambda * w[j]; // dW1 += λ W1
      dw[H + j] = dw2 + lambda * w[H + j];
      db1[j] = db;
    }
  }
  return lossBound;
}

/** θ ← θ − ε·∂L/∂θ for every parameter; false if any parameter is no longer a finite number. */
export function descend(net: Network, ws: Workspace, eps: number): boolean {
  const { params } = net;
  const { grad } = ws;
  let check = 0;
  for (let i = 0; i < params.length; i++) {
    const p = params[i] - eps * grad[i]; // W += −ε dW
    params[i] = p;
    check += p - p; // stays 0 unless p is NaN or ±∞
  }
  return check === 0;
}

/** Training hyperparameters that may change between epochs without restarting. */
export interface StepSettings {
  /** ε, the learning rate. */
  eps: number;
  /** λ, the L2 weight decay. */
  lambda: number;
  /** Examples per step; 0 or ≥ n means full batch. */
  batchSize: number;
}

/** Whether `batchSize` means one step over all `n` examples (0, or at least n). */
export function isFullBatch(batchSize: number, n: number): boolean {
  return batchSize <= 0 || batchSize >= n;
}

/** Where the step that starts at position `from` of an epoch's example order ends (n ends the epoch). */
export function batchEnd(from: number, batchSize: number, n: number): number {
  return isFullBatch(batchSize, n) ? n : Math.min(from + batchSize, n);
}

/**
 * One gradient update. Full batch: one step over every example in order. Mini-batch: the examples at
 * positions from…batchEnd(from) of the epoch's order, reshuffled with `rng` first when `from` is 0 (the
 * epoch's first batch). Returns the data-loss bound of computeGradient, or NaN when a parameter stopped
 * being finite.
 */
export function trainStep(
  net: Network,
  ws: Workspace,
  data: Dataset,
  settings: StepSettings,
  rng: RandomState,
  from: number,
): number {
  const { eps, lambda, batchSize } = settings;
  if (isFullBatch(batchSize, data.n)) {
    const bound = computeGradient(net, ws, data, lambda);
    return descend(net, ws, eps) ? bound : Number.NaN;
  }
  const { order, batch } = ws;
  if (from === 0) rng.shuffle(order);
  batch.n = batchEnd(from, batchSize, data.n) - from;
  for (let b = 0; b < batch.n; b++) {
    const r = order[from + b];
    batch.x[2 * b] = data.x[2 * r];
    batch.x[2 * b + 1] = data.x[2 * r + 1];
    batch.t[b] = data.t[r];
  }
  const bound = computeGradient(net, ws, batch, lambda);
  return descend(net, ws, eps) ? bound : Number.NaN;
}

/**
 * One epoch (a pass over `data`): one full-batch step, or one step per mini-batch after reshuffling the
 * example order with `rng`. Returns the sum over its steps of the data-loss bound of computeGradient
 * (cheap evidence of a run blowing up), or NaN, stopping at once, when a parameter stops being finite.
 */
export function trainEpoch(
  net: Network,
  ws: Workspace,
  data: Dataset,
  settings: StepSettings,
  rng: RandomState,
): number {
  if (isFullBatch(settings.batchSize, data.n)) return trainStep(net, ws, data, settings, rng, 0);
  let bound = 0;
  let from = 0;
  do {
    const stepBound = trainStep(net, ws, data, settings, rng, from);
    if (Number.isNaN(stepBound)) return Number.NaN;
    bound += stepBound;
    from = batchEnd(from, settings.batchSize, data.n);
  } while (from < data.n);
  return bound;
}
