/**
 * The two output layers, each with its loss, for two classes k ∈ {0, 1} and a one-hot target t:
 *
 *   softmax + cross-entropy (the article's code):
 *     y_k = e^{a_k} / Σ_k′ e^{a_k′},   L = −ln y_t,            δ_k = ∂L/∂a_k = y_k − t_k
 *   sigmoid + squared error (the article's derivation):
 *     y_k = σ(a_k),                    L = ½ Σ_k (y_k − t_k)²,  δ_k = (y_k − t_k) · y_k(1 − y_k)
 *
 * With two classes softmax depends only on d = a₁ − a₀: y₁ = σ(d), y₀ = σ(−d); evaluating e^{−|d|} keeps
 * it finite for any logits, where the article's e^{a} / Σ e^{a} overflows past a ≈ 709.
 */
import { fastExp, sigmoid } from "./fastMath.ts";

/** The output layers by the names the URL, the CLI and the worker use. */
export const OUTPUTS = ["softmax", "sigmoid"] as const;
export type Output = (typeof OUTPUTS)[number];

/**
 * δ[2r + k] = ∂L_r/∂a_k for rows 0…n−1, from the pre-activations a (n×2) and classes t. Returns an
 * upper bound on Σ_r L_r that costs nothing extra (softmax: ln(1 + e^z) ≤ max(z, 0) + ln 2 with
 * z = a_other − a_t; squared error: L_r ≤ 1), used to notice a run blowing up without evaluating it.
 */
export function outputDeltas(
  kind: Output,
  a: Float64Array,
  t: Uint8Array,
  n: number,
  delta: Float64Array,
): number {
  if (kind === "softmax") {
    let wrongSide = 0;
    for (let r = 0; r < n; r++) {
      const d = a[2 * r + 1] - a[2 * r];
      const e = fastExp(d >= 0 ? -d : d); // e^{−|d|} ∈ (0, 1]
      const yBig = 1 / (1 + e);
      const y1 = d >= 0 ? yBig : e * yBig;
      const delta1 = y1 - t[r]; // δ_k = y_k − t_k
      delta[2 * r + 1] = delta1;
      delta[2 * r] = -delta1; // δ₀ = (1 − y₁) − (1 − t₁) = −δ₁
      const z = t[r] === 1 ? -d : d;
      if (z > 0) wrongSide += z;
    }
    return wrongSide + n * Math.LN2;
  }
  for (let r = 0; r < n; r++) {
    const y0 = sigmoid(a[2 * r]);
    const y1 = sigmoid(a[2 * r + 1]);
    const t1 = t[r];
    delta[2 * r] = (y0 - (1 - t1)) * y0 * (1 - y0); // δ_k = (y_k − t_k) y_k (1 − y_k)
    delta[2 * r + 1] = (y1 - t1) * y1 * (1 - y1);
  }
  return n;
}

/** The loss of one example with class t (exact library functions: this is not on the hot path). */
export function exampleLoss(kind: Output, a0: number, a1: number, t: number): number {
  if (kind === "softmax") {
    const d = t === 1 ? a0 - a1 : a1 - a0; // −ln y_t = ln(1 + e^{a_other − a_t})
    return d > 0 ? d + Math.log1p(Math.exp(-d)) : Math.log1p(Math.exp(d));
  }
  const e0 = 1 / (1 + Math.exp(-a0)) - (t === 0 ? 1 : 0);
  const e1 = 1 / (1 + Math.exp(-a1)) - (t === 1 ? 1 : 0);
  return 0.5 * (e0 * e0 + e1 * e1);
}

/**
 * P(class 1) as drawn on the plane: y₁ for softmax; y₁ / (y₀ + y₁) for sigmoid outputs, which do not
 * sum to one. Either way it is ½ exactly where the predicted class (argmax_k y_k) changes.
 */
export function probabilityOfClass1(kind: Output, a0: number, a1: number): number {
  if (kind === "softmax") return sigmoid(a1 - a0);
  // Far below zero σ(a) = e^a to double precision, so the ratio is σ(a₁ − a₀) there; computed directly it
  // would be 0/0 once both σ underflow (a < −745), and lose digits among subnormals before that.
  if (a0 < -700 && a1 < -700) return sigmoid(a1 - a0);
  const y0 = sigmoid(a0);
  const y1 = sigmoid(a1);
  return y1 / (y0 + y1);
}

/** The predicted class argmax_k y_k, which is argmax_k a_k for both outputs (ties go to class 0, as numpy's). */
export function predictedClass(a0: number, a1: number): number {
  return a1 > a0 ? 1 : 0;
}
