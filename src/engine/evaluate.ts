/**
 * The article's `calculate_loss` and the accuracy of `predict`, over a whole data set:
 *
 *   L = (Σ_n L_n + λ/2 (Σ w² + Σ u²)) / N,      accuracy = #{n : argmax_k y_k = t_n} / N
 */
import type { Dataset } from "./datasets.ts";
import { exampleLoss, predictedClass } from "./losses.ts";
import { createLayerValues, forwardRows, type LayerValues, type Network } from "./network.ts";

/** Loss (with the λ term) and accuracy on a data set; NaN for both when it is empty. */
export interface Evaluation {
  loss: number;
  accuracy: number;
}

/**
 * Loss and accuracy of `net` on `data`, as calculate_loss and predict compute them. Pass `buffers`
 * (from createLayerValues(net.K, data.n)) to evaluate repeatedly without allocating.
 */
export function evaluate(
  net: Network,
  data: Dataset,
  lambda: number,
  buffers: LayerValues = createLayerValues(net.K, data.n),
): Evaluation {
  if (data.n === 0) return { loss: Number.NaN, accuracy: Number.NaN };
  forwardRows(net, data.x, data.n, buffers);
  const { a } = buffers;
  let dataLoss = 0;
  let correct = 0;
  for (let r = 0; r < data.n; r++) {
    dataLoss += exampleLoss(net.output, a[2 * r], a[2 * r + 1], data.t[r]);
    if (predictedClass(a[2 * r], a[2 * r + 1]) === data.t[r]) correct++;
  }
  return { loss: (dataLoss + (lambda / 2) * sumOfSquaredWeights(net)) / data.n, accuracy: correct / data.n };
}

/**
 * Σ w² + Σ u², the weights λ acts on (biases excluded). A switched-off unit's weights are left out: the
 * network trains without it, so they are not part of its loss (and λ does not decay them).
 */
export function sumOfSquaredWeights(net: Network): number {
  const { H, w, u, masked } = net;
  let s = 0;
  for (let i = 0; i < w.length; i++) if (masked[i % H] === 0) s += w[i] * w[i]; // w[i·H + j]
  for (let i = 0; i < u.length; i++) if (masked[i >> 1] === 0) s += u[i] * u[i]; // u[j·2 + k]
  return s;
}
