import { describe, expect, it } from "vitest";
import type { Activation } from "../../src/engine/activations.ts";
import { type Dataset, makeMoons } from "../../src/engine/datasets.ts";
import { evaluate, sumOfSquaredWeights } from "../../src/engine/evaluate.ts";
import type { Output } from "../../src/engine/losses.ts";
import { createLayerValues, createNetwork, networkFromParams } from "../../src/engine/network.ts";
import fixture from "../fixtures/gradients.json";

/** The fixture's 8 rows of the moons. */
const rows: Dataset = {
  n: fixture.data.t.length,
  x: Float64Array.from(fixture.data.x),
  t: Uint8Array.from(fixture.data.t),
};

describe("evaluate, the article's calculate_loss and predict", () => {
  it.each(fixture.cases)(
    "gives numpy's loss with λ/2 (ΣW1² + ΣW2²) and accuracy ($activation hidden units, $output output, H = $H)",
    (c) => {
      const arch = { hiddenUnits: c.H, activation: c.activation as Activation, output: c.output as Output };
      const net = networkFromParams(arch, fixture.params[String(c.H) as "0" | "3"]);
      const { loss, accuracy } = evaluate(net, rows, fixture.lambda);
      expect(Math.abs(loss - c.loss)).toBeLessThanOrEqual(1e-14 * c.loss);
      expect(accuracy).toBe(c.accuracy);
    },
  );

  it("costs ln 2 (softmax) or ¼ (sigmoid) per example and predicts class 0 everywhere with all parameters 0", () => {
    const data = makeMoons(7, 0.2, 6); // 3 of class 0, 4 of class 1
    for (const [output, perExample] of [
      ["softmax", Math.LN2], // −ln ½
      ["sigmoid", 0.25], // ½ (½² + ½²)
    ] as const) {
      const arch = { hiddenUnits: 2, activation: "tanh", output } as const;
      const { loss, accuracy } = evaluate(networkFromParams(arch, new Array(12).fill(0)), data, 5);
      expect(loss).toBeCloseTo(perExample, 15);
      expect(accuracy).toBe(3 / 7);
    }
  });

  it("adds λ/2 (Σw² + Σu²) / N to the loss, leaving the biases out", () => {
    const params = [1, 2, 100, 3, 4, 200, 300]; // w = (1, 2), b1 = 100, u = (3, 4), b2 = (200, 300)
    const net = networkFromParams({ hiddenUnits: 1, activation: "tanh", output: "softmax" }, params);
    expect(sumOfSquaredWeights(net)).toBe(1 + 4 + 9 + 16);
    const data = makeMoons(10, 0.2, 6);
    const plain = evaluate(net, data, 0).loss;
    expect(evaluate(net, data, 0.2).loss - plain).toBeCloseTo((0.1 * 30) / 10, 12);
  });

  it("gives numpy's answer in buffers left over from evaluating another network", () => {
    const buffers = createLayerValues(3, rows.n);
    const other = createNetwork({ hiddenUnits: 3, activation: "relu", output: "softmax" }, 2);
    evaluate(other, rows, 0.01, buffers);
    for (const c of fixture.cases.filter((c) => c.H === 3)) {
      const arch = { hiddenUnits: 3, activation: c.activation as Activation, output: c.output as Output };
      const { loss, accuracy } = evaluate(
        networkFromParams(arch, fixture.params["3"]),
        rows,
        fixture.lambda,
        buffers,
      );
      expect(Math.abs(loss - c.loss)).toBeLessThanOrEqual(1e-14 * c.loss);
      expect(accuracy).toBe(c.accuracy);
    }
  });

  it("is NaN on an empty set (no test set)", () => {
    const net = createNetwork({ hiddenUnits: 3, activation: "tanh", output: "softmax" }, 0);
    const empty = { n: 0, x: new Float64Array(0), t: new Uint8Array(0) };
    expect(evaluate(net, empty, 0.01).loss).toBeNaN();
    expect(evaluate(net, empty, 0.01).accuracy).toBeNaN();
  });
});
