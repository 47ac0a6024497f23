import { describe, expect, it } from "vitest";
import type { Rect } from "../../src/engine/grid.ts";
import { LUT_SIZE, regionLookupTable } from "../../src/render/palette.ts";
import {
  contributionRange,
  paintContribution,
  paintQuantisedMap,
  paintValues,
  unitMap,
  unitMapCentre,
  unitMapLookupTable,
  unitMapSpan,
} from "../../src/render/unitMaps.ts";

/** [−1, 1]² in 2 × 2 cells: centres x1 ∈ {−½, ½}, x2 = ½ on the top row and −½ below. */
const SQUARE: Rect = { x1Min: -1, x1Max: 1, x2Min: -1, x2Max: 1 };
const TOP = LUT_SIZE - 1;
const MIDDLE = TOP >> 1;

/** params of a 2 → 1 → 2 network: [w11, w21, b1, u11, u12, b21, b22]. */
const oneUnit = (w1: number, w2: number, b: number) => [w1, w2, b, 0, 0, 0, 0];

describe("a hidden unit's map h_j over the plane", () => {
  it("is f(w1·x1 + w2·x2 + b) at the cell centres, row 0 at the top (tanh)", () => {
    const h = unitMap(oneUnit(1, 2, 0), 1, 1, "tanh", SQUARE, 2);
    // a = x1 + 2·x2: top row (x2 = ½) 0.5, 1.5; bottom row (x2 = −½) −1.5, −0.5
    const expected = [0.5, 1.5, -1.5, -0.5].map(Math.tanh);
    expected.forEach((value, i) => {
      expect(h[i]).toBeCloseTo(value, 14);
    });
  });

  it("applies the chosen activation: sigmoid, relu, linear", () => {
    const a = [0.5, 1.5, -1.5, -0.5];
    const sigmoid = unitMap(oneUnit(1, 2, 0), 1, 1, "sigmoid", SQUARE, 2);
    const relu = unitMap(oneUnit(1, 2, 0), 1, 1, "relu", SQUARE, 2);
    const linear = unitMap(oneUnit(1, 2, 0), 1, 1, "linear", SQUARE, 2);
    a.forEach((value, i) => {
      expect(sigmoid[i]).toBeCloseTo(1 / (1 + Math.exp(-value)), 14);
      expect(relu[i]).toBe(Math.max(0, value));
      expect(linear[i]).toBe(value);
    });
  });

  it("reads unit J's own weights in a wider layer, with its bias", () => {
    // H = 2: w = [w11, w12, w21, w22], b1 = [b1, b2], then u (4) and b2 (2)
    const params = [5, 1, 7, -1, 9, 0.25, 0, 0, 0, 0, 0, 0];
    const h = unitMap(params, 2, 2, "linear", SQUARE, 2);
    // a_2 = 1·x1 − 1·x2 + ¼: top row (x2 = ½) −¾, ¼; bottom row (x2 = −½) ¼, 1¼
    expect([...h]).toEqual([-0.75, 0.25, 0.25, 1.25]);
  });

  it("refuses a unit the network does not have", () => {
    expect(() => unitMap(oneUnit(1, 0, 0), 1, 2, "tanh", SQUARE, 2)).toThrow(RangeError);
  });
});

describe("where a map's colours are centred and how far they reach", () => {
  it("centres sigmoid at ½ and the others at 0", () => {
    expect(unitMapCentre("sigmoid")).toBe(0.5);
    expect(unitMapCentre("tanh")).toBe(0);
    expect(unitMapCentre("relu")).toBe(0);
    expect(unitMapCentre("linear")).toBe(0);
  });

  it("reaches full colour at tanh's ±1, sigmoid's 0 and 1, and at the map's own largest |h| otherwise", () => {
    expect(unitMapSpan("tanh", 0.3)).toBe(1);
    expect(unitMapSpan("sigmoid", 0.3)).toBe(0.5);
    expect(unitMapSpan("relu", 3.5)).toBe(3.5);
    expect(unitMapSpan("linear", 0)).toBe(1);
  });
});

describe("the unit maps' colour table", () => {
  const lut = unitMapLookupTable();
  const rgb = (word: number) => [word & 255, (word >>> 8) & 255, (word >>> 16) & 255];

  it("is purple below the centre, green above it and pale at it", () => {
    expect(lut).toHaveLength(LUT_SIZE);
    const [r0, g0, b0] = rgb(lut[0]);
    const [r1, g1, b1] = rgb(lut[TOP]);
    const [rm, gm, bm] = rgb(lut[MIDDLE]);
    expect(g0).toBeLessThan(Math.min(r0, b0));
    expect(g1).toBeGreaterThan(Math.max(r1, b1));
    expect(Math.min(rm, gm, bm)).toBeGreaterThan(220);
  });
});

describe("painting the worker's quantised maps", () => {
  const lut = Uint32Array.from({ length: LUT_SIZE }, (_, i) => i);

  it("colours h = v·scale/127 by (h − centre)/span", () => {
    const values = Int8Array.from([9, -127, 0, 127, 64]);
    const pixels = new Uint32Array(4);
    // unit 0 starts at values[1]: h = −1, 0, 1, 64/127 with scale 1, tanh
    paintQuantisedMap(values, 1, 4, 1, 0, 1, pixels, lut);
    expect([...pixels]).toEqual([0, MIDDLE, TOP, Math.round((64 / 127 + 1) * 0.5 * TOP)]);
  });

  it("centres a sigmoid map at ½", () => {
    const pixels = new Uint32Array(3);
    paintQuantisedMap(Int8Array.from([0, 127, 64]), 0, 3, 1, 0.5, 0.5, pixels, lut);
    // h = 0 → t = −1; h = 1 → t = 1; h = 64/127 → t = 2·64/127 − 1
    expect([...pixels]).toEqual([0, TOP, Math.round((2 * (64 / 127) - 1 + 1) * 0.5 * TOP)]);
  });

  it("clamps values beyond the span to the ends", () => {
    const pixels = new Uint32Array(2);
    paintQuantisedMap(Int8Array.from([127, -127]), 0, 2, 4, 0, 1, pixels, lut);
    expect([...pixels]).toEqual([TOP, 0]);
  });

  it("colours a unit's term (u_j2 − u_j1)·h towards class 1 where it is positive", () => {
    const pixels = new Uint32Array(3);
    // factor −2, h = 1, −1, 0 → terms −2, 2, 0; full strength at range 2
    paintContribution(Int8Array.from([127, -127, 0]), 0, 3, 1, -2, 2, pixels, lut);
    expect([...pixels]).toEqual([0, TOP, MIDDLE]);
    const region = regionLookupTable();
    paintContribution(Int8Array.from([127]), 0, 1, 1, 1, 2, pixels, region);
    expect(pixels[0]).toBe(region[Math.round(0.75 * TOP)]);
  });

  it("paints exact values the same way", () => {
    const pixels = new Uint32Array(3);
    paintValues(Float64Array.from([-2, 0.5, Number.NaN]), 3, 0, 2, pixels, lut);
    expect([...pixels]).toEqual([0, Math.round(1.25 * 0.5 * TOP), MIDDLE]);
  });
});

describe("the common strength of the units' terms", () => {
  // H = 2: w (4), b1 (2), u = [u11, u12, u21, u22], b2 (2)
  const params = [0, 0, 0, 0, 0, 0, 1, -2, 0.5, 1.5, 0, 0];

  it("is the largest |u_j2 − u_j1|·max|h_j| over the units", () => {
    // unit 1: |−2 − 1|·0.5 = 1.5; unit 2: |1.5 − 0.5|·2 = 2
    expect(contributionRange(params, 2, [0.5, 2], [])).toBe(2);
  });

  it("leaves out units switched off", () => {
    expect(contributionRange(params, 2, [0.5, 2], [2])).toBe(1.5);
    expect(contributionRange(params, 2, [0.5, 2], [1, 2])).toBe(0);
  });
});
