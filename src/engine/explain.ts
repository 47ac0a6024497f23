/**
 * One gradient-descent update of one weight, explained with the article's chain rule and real numbers.
 * (CONTRACT written by the lead; the functions below it are the engine helper's.)
 */
import type { Activation } from "./activations.ts";
import type { Output } from "./losses.ts";

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
