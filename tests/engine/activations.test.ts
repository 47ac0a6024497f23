import { describe, expect, it } from "vitest";
import { ACTIVATIONS, type Activation, activateLayer } from "../../src/engine/activations.ts";
import fixture from "../fixtures/activations.json";
import { mismatches } from "../fixtures/compare.ts";

/** The points numpy evaluated, from −800 to 800 (tanh and σ saturate; e^{800} overflows). */
const A = Float64Array.from(fixture.a);

/**
 * fastTanh and fastExp are within 2 ulps of tanh and exp, so h agrees with numpy to a few ulps. The
 * slopes are computed from h as 1 − h² and h(1 − h), which cancel where h is within an ulp of ±1:
 * there they are only good to an ulp of 1 (numpy's come from 1/cosh²a and e^{−|a|}/(1 + e^{−|a|})²).
 */
const TOLERANCE = { rel: 1e-14, abs: Number.EPSILON };

function activate(kind: Activation) {
  const h = A.slice();
  const slope = new Float64Array(A.length).fill(Number.NaN);
  activateLayer(kind, h, slope, A.length);
  return { h, slope };
}

describe.each(ACTIVATIONS)("the %s activation", (kind) => {
  const label = (j: number) => `a = ${A[j]}`;

  it("replaces each a_j by numpy's f(a_j)", () => {
    expect(mismatches(activate(kind).h, fixture[kind].h, TOLERANCE, label)).toEqual([]);
  });

  it("writes numpy's f′(a_j) beside it", () => {
    expect(mismatches(activate(kind).slope, fixture[kind].slope, TOLERANCE, label)).toEqual([]);
  });

  it("writes the slope of f, by central differences", () => {
    const { slope } = activate(kind);
    const f = (a: number) => {
      const h = Float64Array.of(a);
      activateLayer(kind, h, new Float64Array(1), 1);
      return h[0];
    };
    A.forEach((a, j) => {
      const d = 1e-7 * Math.max(1, Math.abs(a));
      if (Math.abs(a) > d) expect(slope[j]).toBeCloseTo((f(a + d) - f(a - d)) / (2 * d), 7);
    });
  });

  it("leaves values past `count` alone", () => {
    const h = Float64Array.of(-2, -2, -2);
    const slope = Float64Array.of(9, 9, 9);
    activateLayer(kind, h, slope, 2);
    expect(h[2]).toBe(-2);
    expect(slope[2]).toBe(9);
  });
});

describe("activations by hand", () => {
  it("gives tanh 0 = 0 and σ(0) = ½ with slopes 1 and ¼ at 0", () => {
    const h = Float64Array.of(0, 0);
    const slope = new Float64Array(2);
    activateLayer("tanh", h, slope, 1);
    expect([h[0], slope[0]]).toEqual([0, 1]);
    activateLayer("sigmoid", h.subarray(1), slope.subarray(1), 1);
    expect([h[1], slope[1]]).toEqual([0.5, 0.25]);
  });

  it("cuts relu at 0 with slope 0 there, and passes linear units through with slope 1", () => {
    const relu = activate("relu");
    expect(Array.from(relu.h)).toEqual(Array.from(A, (a) => Math.max(a, 0)));
    expect(Array.from(relu.slope)).toEqual(Array.from(A, (a) => (a > 0 ? 1 : 0)));
    const linear = activate("linear");
    expect(Array.from(linear.h)).toEqual(Array.from(A));
    expect(Array.from(linear.slope)).toEqual(new Array(A.length).fill(1));
  });

  it("saturates tanh at ±1 and σ at 0 and 1 with zero slope, far from 0", () => {
    const far = Float64Array.of(-800, 800);
    for (const [kind, low, high] of [
      ["tanh", -1, 1],
      ["sigmoid", 0, 1],
    ] as const) {
      const h = far.slice();
      const slope = new Float64Array(2);
      activateLayer(kind, h, slope, 2);
      expect(Array.from(h)).toEqual([low, high]);
      expect(Array.from(slope)).toEqual([0, 0]);
    }
  });
});
