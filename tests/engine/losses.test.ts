import { describe, expect, it } from "vitest";
import {
  exampleLoss,
  OUTPUTS,
  outputDeltas,
  predictedClass,
  probabilityOfClass1,
} from "../../src/engine/losses.ts";
import { mismatches } from "../fixtures/compare.ts";
import fixture from "../fixtures/losses.json";

/** Pre-activation pairs (a₀, a₁) from small to huge (e^{a} overflows from a ≈ 709.8), as numpy saw them. */
const LOGITS = fixture.logits as [number, number][];

/**
 * fastExp is within 2 ulps of exp, so the engine agrees with numpy to a few ulps; where its forms
 * 1 − y or y(1 − y) cancel (y within an ulp of 1), only to an ulp of 1.
 */
const TOLERANCE = { rel: 1e-14, abs: Number.EPSILON };

const name = (r: number, t: number) => `(a₀, a₁) = (${LOGITS[r]}), t = ${t}`;

/** outputDeltas over every row of LOGITS, all with class t: δ[2r + k]. */
function deltas(output: (typeof OUTPUTS)[number], t: number): Float64Array {
  const a = Float64Array.from(LOGITS.flat());
  const delta = new Float64Array(a.length).fill(Number.NaN);
  outputDeltas(output, a, new Uint8Array(LOGITS.length).fill(t), LOGITS.length, delta);
  return delta;
}

describe.each(OUTPUTS)("the %s output layer against numpy", (output) => {
  const numpy = fixture[output];

  it("gives numpy's loss for every example and class, including logits where e^{a} overflows", () => {
    for (const t of [0, 1]) {
      const ours = LOGITS.map(([a0, a1]) => exampleLoss(output, a0, a1, t));
      const expected = numpy.loss.map((pair) => pair[t]);
      expect(mismatches(ours, expected, TOLERANCE, (r) => name(r, t))).toEqual([]);
    }
  });

  it("gives numpy's δ_k = ∂L/∂a_k for every example and class, including logits where e^{a} overflows", () => {
    for (const t of [0, 1]) {
      const expected = numpy.delta.flatMap((byClass) => byClass[t]);
      const label = (i: number) => `δ${i % 2} at ${name(Math.floor(i / 2), t)}`;
      expect(mismatches(deltas(output, t), expected, TOLERANCE, label)).toEqual([]);
    }
  });

  it("draws numpy's P(class 1) for every pair of logits", () => {
    const ours = LOGITS.map(([a0, a1]) => probabilityOfClass1(output, a0, a1));
    expect(mismatches(ours, numpy.probabilityOfClass1, TOLERANCE, (r) => `(${LOGITS[r]})`)).toEqual([]);
  });

  it("has δ_k = ∂L/∂a_k by central differences", () => {
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
      const loss = numpy.loss.reduce((sum, byClass, r) => sum + byClass[t[r]], 0);
      expect(bound).toBeGreaterThanOrEqual(loss);
    }
  });

  it("draws P(class 1) = ½ exactly where the predicted class changes", () => {
    for (const [a0, a1] of LOGITS) {
      const p = probabilityOfClass1(output, a0, a1);
      expect(p >= 0 && p <= 1).toBe(true);
      if (a1 !== a0) expect(p > 0.5).toBe(a1 > a0);
    }
    expect(probabilityOfClass1(output, 0.7, 0.7)).toBe(0.5);
  });
});

describe("softmax + cross-entropy (the article's code), by hand", () => {
  it("costs ln 2 when both classes are equally likely, with δ = ±½", () => {
    expect(exampleLoss("softmax", 0.4, 0.4, 0)).toBe(Math.LN2);
    expect(exampleLoss("softmax", 0.4, 0.4, 1)).toBe(Math.LN2);
    const delta = new Float64Array(2);
    outputDeltas("softmax", Float64Array.of(0.4, 0.4), Uint8Array.of(1), 1, delta);
    expect(Array.from(delta)).toEqual([0.5, -0.5]);
  });

  it("costs exactly a₀ − a₁ when the wrong class wins by far, and nothing when the right one does", () => {
    expect(exampleLoss("softmax", 800, -900, 1)).toBe(1700);
    expect(exampleLoss("softmax", 800, -900, 0)).toBe(0);
    const delta = new Float64Array(2);
    outputDeltas("softmax", Float64Array.of(800, -900), Uint8Array.of(1), 1, delta);
    expect(Array.from(delta)).toEqual([1, -1]);
  });

  it("has δ_k = y_k − t_k summing to exactly zero over k", () => {
    for (const t of [0, 1]) {
      const delta = deltas("softmax", t);
      LOGITS.forEach((_, r) => {
        expect(delta[2 * r] + delta[2 * r + 1]).toBe(0);
      });
    }
  });
});

describe("sigmoid outputs + squared error (the article's derivation), by hand", () => {
  it("costs ¼ at a = 0, where y = ½, with δ_k = (y_k − t_k) y_k (1 − y_k) = ±⅛", () => {
    expect(exampleLoss("sigmoid", 0, 0, 1)).toBe(0.25); // ½ (½² + ½²)
    const delta = new Float64Array(2);
    outputDeltas("sigmoid", Float64Array.of(0, 0), Uint8Array.of(1), 1, delta);
    expect(Array.from(delta)).toEqual([0.125, -0.125]);
  });

  it("costs at most 1, reached when both outputs are saturated on the wrong side", () => {
    expect(exampleLoss("sigmoid", 800, -900, 1)).toBe(1);
    expect(exampleLoss("sigmoid", 800, -900, 0)).toBe(0);
  });

  it("draws P(class 1) = y₁ / (y₀ + y₁) where both outputs underflow: its limit σ(a₁ − a₀)", () => {
    // σ(a) → e^a as a → −∞, so y₁ / (y₀ + y₁) → e^{a₁} / (e^{a₀} + e^{a₁}) = 1 / (1 + e^{a₀ − a₁}).
    expect(probabilityOfClass1("sigmoid", -800, -799)).toBeCloseTo(1 / (1 + Math.exp(-1)), 15);
    expect(probabilityOfClass1("sigmoid", -1000, -1000)).toBe(0.5);
    expect(probabilityOfClass1("sigmoid", -760, -800)).toBeCloseTo(1 / (1 + Math.exp(40)), 30);
  });
});

describe("predictedClass", () => {
  it("is argmax_k y_k, ties going to class 0 as numpy's argmax", () => {
    expect(predictedClass(1, 2)).toBe(1);
    expect(predictedClass(2, 1)).toBe(0);
    expect(predictedClass(0.5, 0.5)).toBe(0);
    expect(predictedClass(-900, 800)).toBe(1);
  });
});
