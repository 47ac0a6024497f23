import { describe, expect, it } from "vitest";
import {
  DISPLAY_TANH_MAX_ERROR,
  displayTanh,
  fastExp,
  fastTanh,
  sigmoid,
} from "../../src/engine/fastMath.ts";
import { ulpsBetween } from "./ulps.ts";

/** Every point of a uniform grid of `count` points over [from, to]. */
function sweep(from: number, to: number, count: number): Float64Array {
  const xs = new Float64Array(count);
  for (let i = 0; i < count; i++) xs[i] = from + ((to - from) * i) / (count - 1);
  return xs;
}

/** ±m·2ᵏ for k in [kMin, kMax] and 64 mantissas m in [1, 2): small and large magnitudes alike. */
function magnitudes(kMin: number, kMax: number): number[] {
  const out: number[] = [];
  for (let k = kMin; k <= kMax; k++) {
    for (let m = 0; m < 64; m++) {
      const x = (1 + m / 64 + 1 / 7919) * 2 ** k;
      out.push(x, -x);
    }
  }
  return out;
}

/** The largest distance in ulps between f and reference over xs, with the worst input. */
function worstUlps(xs: ArrayLike<number>, f: (x: number) => number, reference: (x: number) => number) {
  let worst = { ulps: 0, x: Number.NaN };
  for (let i = 0; i < xs.length; i++) {
    const ulps = ulpsBetween(f(xs[i]), reference(xs[i]));
    if (ulps > worst.ulps) worst = { ulps, x: xs[i] };
  }
  return worst;
}

describe("fastExp", () => {
  it("is within 2 ulps of Math.exp over [−708, 709] on a dense grid", () => {
    expect(worstUlps(sweep(-708, 709, 1_000_003), fastExp, Math.exp).ulps).toBeLessThanOrEqual(2);
  });

  it("is within 2 ulps of Math.exp near zero, where softmax logits usually live", () => {
    expect(worstUlps(sweep(-2, 2, 400_001), fastExp, Math.exp).ulps).toBeLessThanOrEqual(2);
    expect(worstUlps(magnitudes(-60, 9), fastExp, Math.exp).ulps).toBeLessThanOrEqual(2);
  });

  it("is Math.exp itself beyond the range: underflow, overflow, infinities and NaN", () => {
    for (const x of [-745.2, -800, 709.8, 1000, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY]) {
      expect(fastExp(x)).toBe(Math.exp(x));
    }
    expect(fastExp(Number.NaN)).toBeNaN();
    expect(fastExp(0)).toBe(1);
  });
});

describe("fastTanh", () => {
  it("is within 2 ulps of Math.tanh over [−25, 25] on a dense grid", () => {
    expect(worstUlps(sweep(-25, 25, 1_000_001), fastTanh, Math.tanh).ulps).toBeLessThanOrEqual(2);
  });

  it("is within 2 ulps of Math.tanh for tiny and large magnitudes, and around the 0.625 switch", () => {
    expect(worstUlps(magnitudes(-1070, 6), fastTanh, Math.tanh).ulps).toBeLessThanOrEqual(2);
    expect(worstUlps(sweep(0.62, 0.63, 100_001), fastTanh, Math.tanh).ulps).toBeLessThanOrEqual(2);
    expect(worstUlps(sweep(-0.63, -0.62, 100_001), fastTanh, Math.tanh).ulps).toBeLessThanOrEqual(2);
  });

  it("is exactly ±1 from 22 on", () => {
    for (const x of [22, 22.5, 30, 100, 1e10, 1e300, Number.POSITIVE_INFINITY]) {
      expect(fastTanh(x)).toBe(1);
      expect(fastTanh(-x)).toBe(-1);
    }
  });

  it("propagates NaN and is 0 at 0", () => {
    expect(fastTanh(Number.NaN)).toBeNaN();
    expect(fastTanh(0)).toBe(0);
  });
});

describe("sigmoid", () => {
  it("is 1/(1 + e⁻ᶻ) within 3 ulps and stays finite in [0, 1] for any z", () => {
    // fastExp's 2 ulps pass through 1/(1 + e) unchanged for z ≪ 0, plus the roundings of 1 + e and 1/·
    const exact = (z: number) => 1 / (1 + Math.exp(-z));
    expect(worstUlps(sweep(-700, 700, 700_001), sigmoid, exact).ulps).toBeLessThanOrEqual(3);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(-800)).toBe(0);
  });
});

describe("displayTanh, for pictures", () => {
  it(`stays within ${DISPLAY_TANH_MAX_ERROR} of Math.tanh on a dense sweep of [−30, 30]`, () => {
    const xs = sweep(-30, 30, 3_000_001);
    let worst = 0;
    for (const x of xs) worst = Math.max(worst, Math.abs(displayTanh(x) - Math.tanh(x)));
    expect(worst).toBeLessThanOrEqual(DISPLAY_TANH_MAX_ERROR);
  });

  it("stays within its bound far out, and is odd", () => {
    for (const x of [50, 1e6, 1e300]) {
      expect(Math.abs(displayTanh(x) - 1)).toBeLessThanOrEqual(DISPLAY_TANH_MAX_ERROR);
      expect(displayTanh(-x)).toBe(-displayTanh(x));
    }
    expect(displayTanh(0)).toBe(0);
  });
});
