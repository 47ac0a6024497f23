import { describe, expect, it } from "vitest";
import { makeMoons } from "../../src/engine/datasets.ts";
import { evaluate, sumOfSquaredWeights } from "../../src/engine/evaluate.ts";
import { createLayerValues, createNetwork, networkFromParams } from "../../src/engine/network.ts";

describe("evaluate, the article's calculate_loss and predict", () => {
  const data = makeMoons(30, 0.2, 6);

  it("is (Σ_n −ln y_t + λ/2 (Σw² + Σu²)) / N, with the accuracy of argmax_k y_k", () => {
    const net = createNetwork({ hiddenUnits: 2, activation: "tanh", output: "softmax" }, 3);
    net.b1.set([0.1, -0.2]);
    net.b2.set([0.05, -0.05]);
    let dataLoss = 0;
    let correct = 0;
    for (let r = 0; r < data.n; r++) {
      const [x1, x2] = [data.x[2 * r], data.x[2 * r + 1]];
      const h = [0, 1].map((j) => Math.tanh(net.b1[j] + net.w[j] * x1 + net.w[2 + j] * x2));
      const a = [0, 1].map((k) => net.b2[k] + h[0] * net.u[k] + h[1] * net.u[2 + k]);
      const y = a.map((ak) => Math.exp(ak) / (Math.exp(a[0]) + Math.exp(a[1])));
      dataLoss += -Math.log(y[data.t[r]]);
      if ((y[1] > y[0] ? 1 : 0) === data.t[r]) correct++;
    }
    const squares = [...net.w, ...net.u].reduce((s, v) => s + v * v, 0);
    const { loss, accuracy } = evaluate(net, data, 0.3);
    expect(loss).toBeCloseTo((dataLoss + (0.3 / 2) * squares) / data.n, 14);
    expect(accuracy).toBe(correct / data.n);
    expect(sumOfSquaredWeights(net)).toBeCloseTo(squares, 15);
  });

  it("leaves the biases out of the λ term", () => {
    const net = networkFromParams(
      { hiddenUnits: 1, activation: "tanh", output: "softmax" },
      [1, 2, 100, 3, 4, 200, 300],
    );
    expect(sumOfSquaredWeights(net)).toBe(1 + 4 + 9 + 16);
  });

  it("gives the same answer with reused buffers", () => {
    const net = createNetwork({ hiddenUnits: 4, activation: "sigmoid", output: "sigmoid" }, 2);
    const buffers = createLayerValues(4, data.n);
    expect(evaluate(net, data, 0.01, buffers)).toEqual(evaluate(net, data, 0.01));
    expect(evaluate(net, data, 0.01, buffers)).toEqual(evaluate(net, data, 0.01));
  });

  it("is NaN on an empty set (no test set)", () => {
    const net = createNetwork({ hiddenUnits: 3, activation: "tanh", output: "softmax" }, 0);
    const empty = { n: 0, x: new Float64Array(0), t: new Uint8Array(0) };
    expect(evaluate(net, empty, 0.01).loss).toBeNaN();
    expect(evaluate(net, empty, 0.01).accuracy).toBeNaN();
  });
});
