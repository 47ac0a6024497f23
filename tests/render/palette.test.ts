/**
 * The two classes stay apart for colour-blind viewers, and every point stands out from the region it sits
 * in. Colour-vision deficiencies are simulated with Machado, Oliveira & Fernandes (2009), severity 1.0,
 * applied in linear RGB; distances are CIEDE2000 (Sharma, Wu & Dalal 2005); contrast is WCAG 2's relative
 * luminance ratio. The formulas are written here from those papers, not taken from the code under test.
 */
import { describe, expect, it } from "vitest";
import {
  CLASS_COLORS,
  LUT_SIZE,
  NEUTRAL,
  POINT_OUTLINE,
  regionLookupTable,
} from "../../src/render/palette.ts";

type RGB = [number, number, number];
type Lab = [number, number, number];

/** Machado et al. 2009, Table 1 at severity 1.0 (rows act on linear [R, G, B]). */
const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const hex = (css: string): RGB => [1, 3, 5].map((i) => Number.parseInt(css.slice(i, i + 2), 16)) as RGB;
const toLinear = (c8: number) => {
  const c = c8 / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const linear = (rgb: RGB): RGB => rgb.map(toLinear) as RGB;
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** A colour as seen with a deficiency, in linear RGB (clamped to the displayable range). */
function simulate(lin: RGB, m: number[][]): RGB {
  return m.map((row) => clamp01(row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])) as RGB;
}

/** sRGB (linear) → CIELAB, D65 white. */
function lab(lin: RGB): Lab {
  const [r, g, b] = lin;
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIEDE2000 colour difference (kL = kC = kH = 1). */
function deltaE2000([L1, a1, b1]: Lab, [L2, a2, b2]: Lab): number {
  const rad = Math.PI / 180;
  const C1 = Math.hypot(a1, b1);
  const C2 = Math.hypot(a2, b2);
  const Cm = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cm ** 7 / (Cm ** 7 + 25 ** 7)));
  const a1p = (1 + G) * a1;
  const a2p = (1 + G) * a2;
  const C1p = Math.hypot(a1p, b1);
  const C2p = Math.hypot(a2p, b2);
  const hue = (b: number, a: number) => (b === 0 && a === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1p = hue(b1, a1p);
  const h2p = hue(b2, a2p);
  const dLp = L2 - L1;
  const dCp = C2p - C1p;
  let dhp = 0;
  if (C1p * C2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * rad);
  const Lpm = (L1 + L2) / 2;
  const Cpm = (C1p + C2p) / 2;
  let hpm = h1p + h2p;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hpm /= 2;
    else hpm = h1p + h2p < 360 ? (hpm + 360) / 2 : (hpm - 360) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos((hpm - 30) * rad) +
    0.24 * Math.cos(2 * hpm * rad) +
    0.32 * Math.cos((3 * hpm + 6) * rad) -
    0.2 * Math.cos((4 * hpm - 63) * rad);
  const dTheta = 30 * Math.exp(-(((hpm - 275) / 25) ** 2));
  const RC = 2 * Math.sqrt(Cpm ** 7 / (Cpm ** 7 + 25 ** 7));
  const SL = 1 + (0.015 * (Lpm - 50) ** 2) / Math.sqrt(20 + (Lpm - 50) ** 2);
  const SC = 1 + 0.045 * Cpm;
  const SH = 1 + 0.015 * Cpm * T;
  const RT = -Math.sin(2 * dTheta * rad) * RC;
  return Math.sqrt((dLp / SL) ** 2 + (dCp / SC) ** 2 + (dHp / SH) ** 2 + RT * (dCp / SC) * (dHp / SH));
}

/** WCAG 2 relative luminance of a linear-RGB colour, and the contrast ratio of two. */
const luminance = ([r, g, b]: RGB) => 0.2126 * r + 0.7152 * g + 0.0722 * b;
function contrast(a: RGB, b: RGB): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A LUT entry (little-endian RGBA word) as 8-bit RGB. */
const unpack = (word: number): RGB => [word & 255, (word >>> 8) & 255, (word >>> 16) & 255];

/**
 * Two colours a viewer tells apart at a glance: CIEDE2000 ≈ 2 is a just-noticeable difference and ≈ 10
 * already reads as "another colour"; 20 asks for clearly different colours, as the Okabe–Ito pair is meant
 * to be for every common deficiency (a red and a green seen by a deuteranope differ by less than 10).
 */
const APART = 20;
/** WCAG 2.1 non-text contrast (1.4.11): a graphical object against what is next to it. */
const NON_TEXT = 3;

describe("the palette, for colour-blind viewers", () => {
  it("computes CIEDE2000 as Sharma, Wu & Dalal's test data says", () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
  });

  it("tells a red from a green apart with normal vision, and barely with deuteranopia (the check can fail)", () => {
    const red = linear(hex("#cc3333"));
    const green = linear(hex("#339933"));
    expect(deltaE2000(lab(red), lab(green))).toBeGreaterThan(APART);
    const m = MACHADO.deuteranopia;
    expect(deltaE2000(lab(simulate(red, m)), lab(simulate(green, m)))).toBeLessThan(APART);
  });

  const [c0, c1] = CLASS_COLORS.map((c) => linear(hex(c)));
  for (const [name, m] of Object.entries(MACHADO)) {
    it(`keeps the two classes far apart with ${name}`, () => {
      const d = deltaE2000(lab(simulate(c0, m)), lab(simulate(c1, m)));
      expect(d).toBeGreaterThanOrEqual(APART);
    });
  }

  it("keeps the two classes far apart with normal vision", () => {
    expect(deltaE2000(lab(c0), lab(c1))).toBeGreaterThanOrEqual(APART);
  });
});

describe("the palette's contrast", () => {
  const lut = regionLookupTable();
  const regions = [unpack(lut[0]), unpack(lut[LUT_SIZE - 1])].map(linear);
  const classes = CLASS_COLORS.map((c) => linear(hex(c)));
  const neutral = linear(hex(NEUTRAL));

  it("paints P = ½ exactly the neutral colour", () => {
    expect(unpack(lut[(LUT_SIZE - 1) / 2])).toEqual(hex(NEUTRAL));
  });

  // A filled point is drawn with a dark outline (BoundaryView.tsx, POINT_OUTLINE): the outline is what
  // WCAG's 1.4.11 asks to stand out; the fill only has to read as another colour than the region under it.
  const outline = linear(hex(POINT_OUTLINE));
  for (const k of [0, 1]) {
    it(`outlines a class-${k} point 3:1 against its own region at full confidence`, () => {
      expect(contrast(outline, regions[k])).toBeGreaterThanOrEqual(NON_TEXT);
    });
    it(`fills a class-${k} point in a colour that reads apart from its own region`, () => {
      expect(deltaE2000(lab(classes[k]), lab(regions[k]))).toBeGreaterThan(15);
    });
    it(`makes a class-${k} point stand out 3:1 from the unsure middle`, () => {
      expect(contrast(classes[k], neutral)).toBeGreaterThanOrEqual(NON_TEXT);
    });
  }

  it("still tints the regions: at full confidence a region differs visibly from the neutral", () => {
    for (const region of regions) expect(deltaE2000(lab(region), lab(neutral))).toBeGreaterThan(15);
  });
});
