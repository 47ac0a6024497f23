import { type LabColor, lab } from "d3";
import { describe, expect, it } from "vitest";
import { paintRegions } from "../../src/render/paintRegions.ts";
import { regionLookupTable } from "../../src/render/palette.ts";

// The colours palette.ts states: the classes' Okabe–Ito vermillion and blue, the neutral grey of an
// unsure network, and regions going 50% of the way from neutral to the class colour (in CIELAB).
const CLASS_0 = "#b35000";
const CLASS_1 = "#0072b2";
const NEUTRAL = "#f7f7f7";
const STRENGTH = 0.5;

/** Paint these probabilities and read back each pixel's bytes as ImageData holds them: [r, g, b, a]. */
function paint(probabilities: number[]): [number, number, number, number][] {
  const pixels = new Uint32Array(probabilities.length);
  paintRegions(Float32Array.from(probabilities), pixels, regionLookupTable());
  const bytes = new Uint8Array(pixels.buffer);
  return probabilities.map((_, i) => [bytes[4 * i], bytes[4 * i + 1], bytes[4 * i + 2], bytes[4 * i + 3]]);
}

const hex = ([r, g, b]: number[]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
const labOf = (pixel: number[]) => lab(hex(pixel));

/** CIE76 colour difference. */
function deltaE(a: LabColor, b: LabColor): number {
  return Math.hypot(a.l - b.l, a.a - b.a, a.b - b.b);
}

/** The colour a fraction t of the way from `from` to `to` in CIELAB. */
function labMix(from: string, to: string, t: number): LabColor {
  const p = lab(from);
  const q = lab(to);
  return lab(p.l + t * (q.l - p.l), p.a + t * (q.a - p.a), p.b + t * (q.b - p.b));
}

describe("painting the decision regions", () => {
  it("paints P = ½ in exactly the neutral colour, opaque", () => {
    expect(paint([0.5])).toEqual([[0xf7, 0xf7, 0xf7, 255]]);
  });

  it("paints P = 0 as a paler class-0 vermillion: 50% of the way from neutral", () => {
    const [pixel] = paint([0]);
    expect(pixel[3]).toBe(255);
    expect(deltaE(labOf(pixel), labMix(NEUTRAL, CLASS_0, STRENGTH))).toBeLessThan(1);
    expect(labOf(pixel).l).toBeGreaterThan(lab(CLASS_0).l);
  });

  it("paints P = 1 as a paler class-1 blue: 50% of the way from neutral", () => {
    const [pixel] = paint([1]);
    expect(pixel[3]).toBe(255);
    expect(deltaE(labOf(pixel), labMix(NEUTRAL, CLASS_1, STRENGTH))).toBeLessThan(1);
    expect(labOf(pixel).l).toBeGreaterThan(lab(CLASS_1).l);
  });

  it("grows steadily more confident from ½ towards either end, each side in its own class's colour", () => {
    const steps = Array.from({ length: 201 }, (_, i) => i / 200);
    const pixels = paint(steps).map(labOf);
    const neutral = lab(NEUTRAL);
    const fromNeutral = pixels.map((c) => deltaE(c, neutral));
    // Neighbours may differ by the rounding to 8-bit channels (well under one ΔE); tenths apart, clearly.
    for (let i = 0; i < 100; i++) expect(fromNeutral[i] - fromNeutral[i + 1]).toBeGreaterThan(-0.6);
    for (let i = 100; i < 200; i++) expect(fromNeutral[i + 1] - fromNeutral[i]).toBeGreaterThan(-0.6);
    for (let i = 0; i < 100; i += 10) expect(fromNeutral[i] - fromNeutral[i + 10]).toBeGreaterThan(1);
    for (let i = 100; i < 200; i += 10) expect(fromNeutral[i + 10] - fromNeutral[i]).toBeGreaterThan(1);
    expect(fromNeutral[0]).toBeGreaterThan(20);
    expect(fromNeutral[200]).toBeGreaterThan(20);
    // Leaving neutral, the colour heads for its class's colour: its offset (a*, b*) points that way.
    const towards = (c: LabColor, target: string) => {
      const t = lab(target);
      return (
        ((c.a - neutral.a) * (t.a - neutral.a) + (c.b - neutral.b) * (t.b - neutral.b)) /
        Math.hypot(t.a - neutral.a, t.b - neutral.b) /
        Math.hypot(c.a - neutral.a, c.b - neutral.b)
      );
    };
    steps.forEach((p, i) => {
      if (p <= 0.4) expect(towards(pixels[i], CLASS_0)).toBeGreaterThan(0.99);
      if (p >= 0.6) expect(towards(pixels[i], CLASS_1)).toBeGreaterThan(0.99);
    });
  });

  it("paints each grid cell into the pixel at the same index", () => {
    const [low, mid, high, low2] = paint([0, 0.5, 1, 0]);
    expect(low).toEqual(low2);
    expect(hex(mid)).toBe(NEUTRAL);
    expect(low).not.toEqual(high);
    expect(deltaE(labOf(high), lab(CLASS_1))).toBeLessThan(deltaE(labOf(high), lab(CLASS_0)));
  });

  it("paints a probability that is not a number as the unsure neutral", () => {
    expect(hex(paint([Number.NaN])[0])).toBe(NEUTRAL);
  });
});
