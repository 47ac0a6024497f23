import { describe, expect, it } from "vitest";
import { ACTIVATIONS, activateLayer } from "../../src/engine/activations.ts";

const A = Float64Array.of(-25, -3, -0.7, -1e-3, 0, 1e-3, 0.4, 2, 25);

const exact = {
  tanh: (a: number) => Math.tanh(a),
  sigmoid: (a: number) => 1 / (1 + Math.exp(-a)),
  relu: (a: number) => Math.max(a, 0),
  linear: (a: number) => a,
};

describe.each(ACTIVATIONS)("the %s activation", (kind) => {
  it("replaces each a_j by f(a_j) and writes f′(a_j) beside it", () => {
    const h = A.slice();
    const slope = new Float64Array(A.length).fill(Number.NaN);
    activateLayer(kind, h, slope, A.length);
    A.forEach((a, j) => {
      expect(h[j]).toBeCloseTo(exact[kind](a), 15);
      const d = 1e-7;
      if (a !== 0) expect(slope[j]).toBeCloseTo((exact[kind](a + d) - exact[kind](a - d)) / (2 * d), 7);
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

describe("slopes the derivation uses", () => {
  it("tanh′ = 1 − h², σ′ = h(1 − h), relu′ = [a > 0] (0 at 0), linear′ = 1", () => {
    const run = (kind: (typeof ACTIVATIONS)[number]) => {
      const h = A.slice();
      const slope = new Float64Array(A.length);
      activateLayer(kind, h, slope, A.length);
      return { h, slope };
    };
    const tanh = run("tanh");
    tanh.h.forEach((hj, j) => {
      expect(tanh.slope[j]).toBe(1 - hj * hj);
    });
    const sigmoid = run("sigmoid");
    sigmoid.h.forEach((hj, j) => {
      expect(sigmoid.slope[j]).toBe(hj * (1 - hj));
    });
    expect(Array.from(run("relu").slope)).toEqual(Array.from(A, (a) => (a > 0 ? 1 : 0)));
    expect(Array.from(run("linear").slope)).toEqual(new Array(A.length).fill(1));
  });
});
