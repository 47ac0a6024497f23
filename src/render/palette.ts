/**
 * The page's colours. The two classes use the Okabe–Ito blue and a darker Okabe–Ito vermillion (the
 * article's red and blue, distinguishable with every common colour-vision deficiency), and are also told
 * apart by shape. Decision regions are paler versions, fading to near white where the network is unsure
 * (P = ½). tests/render/palette.test.ts checks the pair under simulated protanopia, deuteranopia and
 * tritanopia, that a point's outline stands out 3:1 (WCAG non-text contrast) from its own region, and that
 * its fill stands out 3:1 from the unsure middle.
 */
import { interpolateLab } from "./labColor.ts";

// Okabe–Ito's vermillion is #d55e00: at that lightness a point has only 2.6:1 against its own region,
// so class 0 is the same hue darkened until both classes reach 3.2:1.
export const CLASS_COLORS = ["#b35000", "#0072b2"] as const;
/** The unsure middle of the region scale (P = ½). */
export const NEUTRAL = "#f7f7f7";
/**
 * How far region colours go towards the class colour at full confidence: strong enough to see the regions
 * form on a projector; a point keeps standing out by its dark outline (POINT_OUTLINE), its stronger fill
 * and its shape.
 */
const REGION_STRENGTH = 0.5;
/** The outline of a filled point: at least 3:1 against every region colour (WCAG 1.4.11). */
export const POINT_OUTLINE = "#1b1b1b";

/**
 * Entries in the region lookup table: P(class 1) is quantised to this many steps. Odd, so P = ½ has an
 * entry of its own, exactly the neutral colour.
 */
export const LUT_SIZE = 257;

/**
 * RGBA colours for P(class 1) = i/(LUT_SIZE − 1), packed as little-endian 32-bit words ready to write
 * into an ImageData buffer: no colour parsing per pixel.
 */
export function regionLookupTable(): Uint32Array {
  const lut = new Uint32Array(LUT_SIZE);
  const toClass0 = interpolateLab(NEUTRAL, CLASS_COLORS[0]);
  const toClass1 = interpolateLab(NEUTRAL, CLASS_COLORS[1]);
  for (let i = 0; i < LUT_SIZE; i++) {
    const p = i / (LUT_SIZE - 1);
    const [r, g, b] =
      p < 0.5 ? toClass0((1 - 2 * p) * REGION_STRENGTH) : toClass1((2 * p - 1) * REGION_STRENGTH);
    lut[i] = (255 << 24) | (b << 16) | (g << 8) | r;
  }
  return lut;
}
