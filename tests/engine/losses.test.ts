import { describe, expect, it } from "vitest";
import {
  exampleLoss,
  OUTPUTS,
  outputDeltas,
  predictedClass,
  probabilityOfClass1,
} from "../../src/engine/losses.ts";

/** Pre-activation pairs (a₀, a₁) from small to huge, and the classes to pair them with. */
const LOGITS: [number, number][] = [
  [0, 0],
  [0.3, -1.2],
  [-2, 2.5],
  [5, 4.9],
  [-30, 12],
  [800, -900], // e^{a} overflows here in the article's softmax; it must not here
];

describe("softmax + cross-entropy (the article's code)", () => {
  it("is −ln y_t with y = e^{a_k} / Σ e^{a_k′}", () => {
    for (const [a0, a1] of LOGITS.slice(0, 5)) {
      const y0 = Math.exp(a0) / (Math.exp(a0) + Math.exp(a1));
      const y1 = Math.exp(a1) / (Math.exp(a0) + Math.exp(a1));
      expect(exampleLoss("softmax", a0, a1, 1)).toBeCloseTo(-Math.log(y1), 12);
      expect(exampleLoss("softmax", a0, a1, 0)).toBeCloseTo(-Math.log(y0), 12);
    }
  });

  it("stays finite for logits where e^{a} overflows", () => {
    expect(exampleLoss("softmax", 800, -900, 1)).toBe(1700);
    expect(exampleLoss("softmax", 800, -900, 0)).toBe(0);
    const delta = new Float64Array(2);
    outputDeltas("softmax", Float64Array.of(800, -900), Uint8Array.of(1), 1, delta);
    expect(Array.from(delta)).toEqual([1, -1]);
  });

  it("has δ_k = y_k − t_k, which sums to zero over k", () => {
    const a = Float64Array.from(LOGITS.flat());
    const t = Uint8Array.from(LOGITS.map((_, r) => r % 2));
    const delta = new Float64Array(a.length);
    outputDeltas("softmax", a, t, LOGITS.length, delta);
    LOGITS.forEach(([a0, a1], r) => {
      const y1 = probabilityOfClass1("softmax", a0, a1);
      expect(delta[2 * r + 1]).toBeCloseTo(y1 - t[r], 15);
      expect(delta[2 * r] + delta[2 * r + 1]).toBe(0);
    });
  });
});

describe("sigmoid outputs + squared error (the article's derivation)", () => {
  it("is ½ Σ_k (y_k − t_k)² with y_k = σ(a_k)", () => {
    const s = (z: number) => 1 / (1 + Math.exp(-z));
    for (const [a0, a1] of LOGITS) {
      expect(exampleLoss("sigmoid", a0, a1, 1)).toBeCloseTo(0.5 * (s(a0) ** 2 + (s(a1) - 1) ** 2), 14);
      expect(exampleLoss("sigmoid", a0, a1, 0)).toBeCloseTo(0.5 * ((s(a0) - 1) ** 2 + s(a1) ** 2), 14);
    }
  });

  it("has δ_k = (y_k − t_k) y_k (1 − y_k)", () => {
    const s = (z: number) => 1 / (1 + Math.exp(-z));
    const delta = new Float64Array(2);
    outputDeltas("sigmoid", Float64Array.of(0.3, -1.2), Uint8Array.of(1), 1, delta);
    expect(delta[0]).toBeCloseTo((s(0.3) - 0) * s(0.3) * (1 - s(0.3)), 15);
    expect(delta[1]).toBeCloseTo((s(-1.2) - 1) * s(-1.2) * (1 - s(-1.2)), 15);
  });
});

describe.each(OUTPUTS)("%s output", (output) => {
  it("has δ_k = ∂L/∂a_k", () => {
    const h = 1e-6;
    for (const [a0, a1] of LOGITS.slice(0, 5)) {
      for (const t of [0, 1]) {
        const delta = new Float64Array(2);
        outputDeltas(output, Float64Array.of(a0, a1), Uint8Array.of(t), 1, delta);
        const d0 = (exampleLoss(output, a0 + h, a1, t) - exampleLoss(output, a0 - h, a1, t)) / (2 * h);
        const d1 = (exampleLoss(output, a0, a1 + h, t) - exampleLoss(output, a0, a1 - h, t)) / (2 * h);
        expect(delta[0]).toBeCloseTo(d0, 8);
        expect(delta[1]).toBeCloseTo(d1, 8);
      }
    }
  });

  it("returns an upper bound on the summed loss", () => {
    const a = Float64Array.from(LOGITS.flat());
    for (const flip of [0, 1]) {
      const t = Uint8Array.from(LOGITS.map((_, r) => (r + flip) % 2));
      const bound = outputDeltas(output, a, t, LOGITS.length, new Float64Array(a.length));
      const loss = LOGITS.reduce((sum, [a0, a1], r) => sum + exampleLoss(output, a0, a1, t[r]), 0);
      expect(bound).toBeGreaterThanOrEqual(loss);
    }
  });

  it("draws P(class 1) = ½ exactly where the predicted class changes", () => {
    for (const [a0, a1] of LOGITS) {
      const p = probabilityOfClass1(output, a0, a1);
      expect(p >= 0 && p <= 1).toBe(true);
      expect(predictedClass(a0, a1)).toBe(a1 > a0 ? 1 : 0);
      if (a1 !== a0) expect(p > 0.5).toBe(predictedClass(a0, a1) === 1);
    }
    expect(probabilityOfClass1(output, 0.7, 0.7)).toBe(0.5);
  });
});

describe("predictedClass", () => {
  it("is argmax_k y_k, ties going to class 0 as numpy's argmax", () => {
    expect(predictedClass(1, 2)).toBe(1);
    expect(predictedClass(2, 1)).toBe(0);
    expect(predictedClass(0.5, 0.5)).toBe(0);
  });
});
