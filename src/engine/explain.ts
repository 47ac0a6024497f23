/**
 * One gradient-descent update of one weight, explained with the article's chain rule and real numbers.
 * (CONTRACT written by the lead; the functions below it are the engine helper's.)
 *
 *   example n:  δ_k = ∂L_n/∂a_k (losses.ts),  δ_j = f′(a_j) Σ_k δ_k u_jk
 *               ∂L_n/∂u_jk = δ_k h_j,  ∂L_n/∂b2_k = δ_k,  ∂L_n/∂w_ij = δ_j x_i,  ∂L_n/∂b1_j = δ_j
 *   all of them: ∂L/∂θ = Σ_n ∂L_n/∂θ + λθ (weights only),  θ ← θ − ε ∂L/∂θ
 *
 * The terms are made by the engine's own forward pass and output deltas and summed in row order with the
 * same operations as backprop.ts's computeGradient, so the gradient and the new value are bit for bit the
 * engine's. A switched-off unit's parameters have gradient 0 (and its δ_j is 0: the output ignores it).
 */
import type { Activation } from "./activations.ts";
import type { Dataset } from "./datasets.ts";
import { fastExp, sigmoid } from "./fastMath.ts";
import { type Output, outputDeltas } from "./losses.ts";
import { createLayerValues, forwardRows, type LayerValues, type Network } from "./network.ts";
import { type NamedParameter, parameterByName } from "./weightNames.ts";

/** One weight's update: the chain rule for one example, the sum over the training set, the step. */
export interface Explanation {
  /** The weight's name as the arrows carry it: "w-I-J", "u-J-K", "b1-J", "b2-K" (H = 0: "w-I-K"). */
  weight: string;
  /** Which parameter family: w (input → hidden), u (hidden → output; with H = 0 the inputs' "w" is this layer), biases. */
  layer: "hidden" | "output";
  /** Whether it is a bias (b1 or b2) rather than a weight. */
  bias: boolean;
  /** 1-based indices in the article's notation: i (input), j (hidden unit), k (output); null where not used. */
  i: number | null;
  j: number | null;
  k: number | null;
  activation: Activation;
  output: Output;
  /** Hidden units (0: the perceptron). */
  H: number;
  /** The weight's unit is switched off: its gradient is 0 and it does not move. */
  masked: boolean;
  /** ε and λ of the next update. */
  eps: number;
  lambda: number;
  /** Training examples the gradient sums over. */
  n: number;

  /** The example followed through the chain rule: its row in the training set, inputs and class. */
  example: number;
  x: [number, number];
  t: 0 | 1;
  /** Its forward values: hidden pre-activations a_j and values h_j (length H), output a_k and y_k. */
  a: number[];
  h: number[];
  outputA: [number, number];
  y: [number, number];
  /** Its target one-hot t_k. */
  target: [number, number];
  /** Its deltas: output δ_k = ∂L/∂a_k, and hidden δ_j = f′(a_j) Σ_k δ_k u_jk (length H). */
  outputDelta: [number, number];
  hiddenDelta: number[];
  /** f′(a_j) for this example (length H). */
  slope: number[];
  /** This example's term ∂L_n/∂weight (δ_k h_j, δ_j x_i, δ_k or δ_j). */
  exampleGradient: number;

  /** The weight now. */
  value: number;
  /** Σ over the training examples of their terms, in the engine's order. */
  sum: number;
  /** λ · weight (0 for a bias, and for a masked unit). */
  decay: number;
  /** sum + decay: exactly the engine's ∂L/∂weight for a full-batch update (0 when masked). */
  gradient: number;
  /** value − eps · gradient: exactly the weight after a full-batch Step. */
  next: number;
}

/** Buffers for explaining weights of one network on one data set, grown when a call needs larger ones. */
export interface ExplainWorkspace {
  values: LayerValues;
  /** δ[2r + k] for the output units. */
  delta: Float64Array;
  /** terms[r]: example r's term ∂L_r/∂θ of the weight explained last. */
  terms: Float64Array;
}

/** Empty buffers for explainWeight, which grows them on first use. */
export function createExplainWorkspace(): ExplainWorkspace {
  return { values: createLayerValues(0, 0), delta: new Float64Array(0), terms: new Float64Array(0) };
}

/**
 * The forward pass and output deltas over all of `data` into `ws` (as computeGradient computes them), then
 * every example's term ∂L_r/∂θ of parameter `p` into ws.terms: δ_k h_j (u; with H = 0, δ_k x_i), δ_j x_i
 * (w), δ_k (b2) or δ_j (b1), with δ_j = f′(a_j) Σ_k δ_k u_jk. A switched-off unit's terms are 0.
 */
function fillTerms(net: Network, data: Dataset, p: NamedParameter, ws: ExplainWorkspace): void {
  const { K, u, masked } = net;
  const { n, x } = data;
  if (ws.values.h.length < K * n || ws.delta.length < 2 * n) {
    ws.values = createLayerValues(K, n);
    ws.delta = new Float64Array(2 * n);
    ws.terms = new Float64Array(n);
  }
  const { h, slope } = ws.values;
  const { delta, terms } = ws;
  forwardRows(net, x, n, ws.values);
  outputDeltas(net.output, ws.values.a, data.t, n, delta);
  const j = p.view === "u" ? p.index >> 1 : p.view === "w" ? p.index % net.H : p.index;
  if (p.view !== "b2" && masked[j] === 1) {
    terms.fill(0, 0, n);
    return;
  }
  const col = j * n;
  if (p.view === "b2") {
    for (let r = 0; r < n; r++) terms[r] = delta[2 * r + p.index]; // ∂L_r/∂b2_k = δ_k
  } else if (p.view === "u") {
    const k = p.index & 1;
    for (let r = 0; r < n; r++) terms[r] = h[col + r] * delta[2 * r + k]; // ∂L_r/∂u_jk = δ_k h_j
  } else {
    const u0 = u[2 * j];
    const u1 = u[2 * j + 1];
    const i = p.view === "w" ? (p.index - j) / net.H : -1;
    for (let r = 0; r < n; r++) {
      const d0 = delta[2 * r];
      const d1 = delta[2 * r + 1];
      const dj = slope[col + r] * (d0 * u0 + d1 * u1); // δ_j = f′(a_j) Σ_k δ_k u_jk
      terms[r] = i < 0 ? dj : x[2 * r + i] * dj; // ∂L_r/∂b1_j = δ_j, ∂L_r/∂w_ij = δ_j x_i
    }
  }
}

/**
 * Every training example's term ∂L_r/∂θ of the parameter named `weightName`, in row order (a copy), or null
 * if the network has no such parameter. Their sum, taken in this order, plus λ·θ for a weight is exactly
 * computeGradient's entry.
 */
export function exampleTerms(
  net: Network,
  data: Dataset,
  weightName: string,
  ws: ExplainWorkspace = createExplainWorkspace(),
): Float64Array | null {
  const p = parameterByName(weightName, net.H);
  if (!p) return null;
  fillTerms(net, data, p, ws);
  return ws.terms.slice(0, data.n);
}

/** y_k from the output pre-activations, as outputDeltas computes them. */
function outputValues(output: Output, a0: number, a1: number): [number, number] {
  if (output === "sigmoid") return [sigmoid(a0), sigmoid(a1)];
  const d = a1 - a0;
  const e = fastExp(d >= 0 ? -d : d);
  const yBig = 1 / (1 + e);
  return d >= 0 ? [e * yBig, yBig] : [yBig, e * yBig];
}

/**
 * One full-batch update of the parameter `weightName` of `net` on `data` with learning rate `eps` and
 * decay `lambda`, explained through training example `example` (0-based row): its forward values and
 * deltas, its term, the sum over all examples, and the new value. The gradient and the new value are
 * bit for bit what computeGradient and a full-batch trainStep make. Null if the network has no such
 * parameter or there is no such example.
 */
export function explainWeight(
  net: Network,
  data: Dataset,
  eps: number,
  lambda: number,
  weightName: string,
  example: number,
  ws: ExplainWorkspace = createExplainWorkspace(),
): Explanation | null {
  const p = parameterByName(weightName, net.H);
  if (!p || !Number.isInteger(example) || example < 0 || example >= data.n) return null;
  fillTerms(net, data, p, ws);
  const { H, w, b1, u, masked } = net;
  const { n, x } = data;
  const { h: hs, slope: slopes, a: as } = ws.values;
  const { delta, terms } = ws;
  const r = example;

  let sum = 0;
  for (let q = 0; q < n; q++) sum += terms[q]; // in row order, as computeGradient sums
  const isBias = p.view === "b1" || p.view === "b2";
  const unit = p.view === "b2" || H === 0 ? null : (p.j ?? 0) - 1;
  const off = unit !== null && masked[unit] === 1;
  const value = net.params[p.offset];
  const decay = isBias || off ? 0 : lambda * value;
  const gradient = off ? 0 : isBias ? sum : sum + decay; // dW += λW on weights only

  const x1 = x[2 * r];
  const x2 = x[2 * r + 1];
  const a: number[] = [];
  const h: number[] = [];
  const slope: number[] = [];
  const hiddenDelta: number[] = [];
  const d0 = delta[2 * r];
  const d1 = delta[2 * r + 1];
  for (let j = 0; j < H; j++) {
    a.push(b1[j] + x1 * w[j] + x2 * w[H + j]); // a_j = Σ_i w_ij x_i + b_j, as forwardRows adds it
    h.push(hs[j * n + r]);
    slope.push(slopes[j * n + r]);
    hiddenDelta.push(masked[j] === 1 ? 0 : slopes[j * n + r] * (d0 * u[2 * j] + d1 * u[2 * j + 1]));
  }
  const a0 = as[2 * r];
  const a1 = as[2 * r + 1];
  const t = data.t[r] === 1 ? 1 : 0;
  return {
    weight: weightName,
    layer: p.view === "w" || p.view === "b1" ? "hidden" : "output",
    bias: isBias,
    i: p.i,
    j: p.j,
    k: p.k,
    activation: net.activation,
    output: net.output,
    H,
    masked: off,
    eps,
    lambda,
    n,
    example: r,
    x: [x1, x2],
    t,
    a,
    h,
    outputA: [a0, a1],
    y: outputValues(net.output, a0, a1),
    target: [1 - t, t],
    outputDelta: [d0, d1],
    hiddenDelta,
    slope,
    exampleGradient: terms[r],
    value,
    sum: off ? 0 : sum,
    decay,
    gradient,
    next: value - eps * gradient, // W += −ε dW
  };
}
