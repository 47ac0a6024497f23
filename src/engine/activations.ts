/**
 * Hidden-unit activations f and their slopes f′, each slope written beside its forward value:
 *
 *   tanh:    h = tanh a,          f′(a) = 1 − h²       (the article's code)
 *   sigmoid: h = σ(a) = 1/(1+e⁻ᵃ), f′(a) = h(1 − h)    (the article's derivation)
 *   relu:    h = max(0, a),       f′(a) = [a > 0]
 *   linear:  h = a,               f′(a) = 1
 */
import { displayTanh, fastTanh, sigmoid } from "./fastMath.ts";

/** The activations by the names the URL, the CLI and the worker use. */
export const ACTIVATIONS = ["tanh", "sigmoid", "relu", "linear"] as const;
export type Activation = (typeof ACTIVATIONS)[number];

/**
 * Apply f to a layer in place: on entry h[j] = a_j, on return h[j] = f(a_j) and slope[j] = f′(a_j),
 * for j < count. One switch per layer keeps each loop free of branches.
 */
export function activateLayer(kind: Activation, h: Float64Array, slope: Float64Array, count: number): void {
  switch (kind) {
    case "tanh":
      for (let j = 0; j < count; j++) {
        const hj = fastTanh(h[j]);
        h[j] = hj;
        slope[j] = 1 - hj * hj; // f′(a) = 1 − tanh²(a)
      }
      return;
    case "sigmoid":
      for (let j = 0; j < count; j++) {
        const hj = sigmoid(h[j]);
        h[j] = hj;
        slope[j] = hj * (1 - hj); // σ′(a) = σ(a)(1 − σ(a))
      }
      return;
    case "relu":
      for (let j = 0; j < count; j++) {
        const positive = h[j] > 0;
        if (!positive) h[j] = 0;
        slope[j] = positive ? 1 : 0;
      }
      return;
    case "linear":
      slope.fill(1, 0, count);
      return;
  }
}

/**
 * Apply f to a layer in place for a picture, without slopes. `approximate`: tanh and σ(a) = ½ + ½ tanh(a/2)
 * through displayTanh (within DISPLAY_TANH_MAX_ERROR of tanh, see fastMath.ts; grid.ts uses it where that
 * provably moves no drawn probability by more than its tolerance); otherwise exactly as activateLayer.
 */
export function activateLayerForDisplay(
  kind: Activation,
  h: Float64Array,
  count: number,
  approximate: boolean,
): void {
  switch (kind) {
    case "tanh":
      if (approximate) for (let j = 0; j < count; j++) h[j] = displayTanh(h[j]);
      else for (let j = 0; j < count; j++) h[j] = fastTanh(h[j]);
      return;
    case "sigmoid":
      if (approximate) for (let j = 0; j < count; j++) h[j] = 0.5 + 0.5 * displayTanh(0.5 * h[j]);
      else for (let j = 0; j < count; j++) h[j] = sigmoid(h[j]);
      return;
    case "relu":
      for (let j = 0; j < count; j++) if (!(h[j] > 0)) h[j] = 0;
      return;
    case "linear":
      return;
  }
}
