/**
 * Hidden units' maps over the plane, and their colours:
 *
 *   h_j(x) = f(w_1j x1 + w_2j x2 + b_j)       unit j's value (a diverging scale around 0, or ½ for sigmoid)
 *   (u_j2 − u_j1)·h_j(x)                      what unit j adds to a₂ − a₁, which decides the class
 *
 * The worker sends every unit's map small and quantised (protocol.ts UnitMaps); the focused unit's map is
 * computed here, larger, from the frame's parameters. Colours go through lookup tables of LUT_SIZE
 * entries, so a pixel costs one table read.
 */
import { interpolateLab, interpolatePRGn } from "d3";
import { type Activation, activateLayerForDisplay } from "../engine/activations.ts";
import type { Rect } from "../engine/grid.ts";
import { LUT_SIZE } from "./palette.ts";
import { unitWeights } from "./unitLines.ts";

/** The value of h where a unit's map is neutral: ½ for sigmoid (σ(0)), else 0 (f(0) = 0). */
export function unitMapCentre(activation: Activation): number {
  return activation === "sigmoid" ? 0.5 : 0;
}

/**
 * How far from the centre a map's colour reaches full strength: the activation's own range where it has
 * one (tanh ±1, sigmoid ±½ about ½), else the map's largest |h| (`scale`), so ReLU and linear maps show
 * their shape whatever their size.
 */
export function unitMapSpan(activation: Activation, scale: number): number {
  if (activation === "tanh") return 1;
  if (activation === "sigmoid") return 0.5;
  return scale > 0 && Number.isFinite(scale) ? scale : 1;
}

const MAP_STRENGTH = 0.9;

/** RGBA words for t = 2i/(LUT_SIZE − 1) − 1 in [−1, 1]: purple below the centre, green above, pale at it. */
export function unitMapLookupTable(): Uint32Array {
  const lut = new Uint32Array(LUT_SIZE);
  const pale = interpolatePRGn(0.5);
  for (let i = 0; i < LUT_SIZE; i++) {
    const t = (2 * i) / (LUT_SIZE - 1) - 1;
    // PRGn is purple at 0 and green at 1; keep its ends a little short of the darkest for legibility.
    const css = interpolateLab(pale, interpolatePRGn(t < 0 ? 0 : 1))(Math.abs(t) * MAP_STRENGTH);
    const [r, g, b] = css.match(/\d+/g)?.map(Number) ?? [0, 0, 0];
    lut[i] = (255 << 24) | (b << 16) | (g << 8) | r;
  }
  return lut;
}

/** The table entry for t in [−1, 1] (clamped; NaN is the neutral middle). */
function entry(t: number): number {
  const top = LUT_SIZE - 1;
  if (Number.isNaN(t)) return top >> 1;
  return Math.round((Math.min(Math.max(t, -1), 1) + 1) * 0.5 * top);
}

/**
 * Paint unit j's quantised map (values[start … start + count), h ≈ v·scale/127) with colours
 * lut[(h − centre)/span].
 */
export function paintQuantisedMap(
  values: Int8Array,
  start: number,
  count: number,
  scale: number,
  centre: number,
  span: number,
  pixels: Uint32Array,
  lut: Uint32Array,
): void {
  const k = scale / 127;
  for (let i = 0; i < count; i++) pixels[i] = lut[entry((values[start + i] * k - centre) / span)];
}

/**
 * Paint what unit j adds to a₂ − a₁, factor·h with factor = u_j2 − u_j1, over its quantised map, in the
 * region colours (regionLut: index 0 class 0, top class 1), full strength at |factor·h| = `range`.
 */
export function paintContribution(
  values: Int8Array,
  start: number,
  count: number,
  scale: number,
  factor: number,
  range: number,
  pixels: Uint32Array,
  regionLut: Uint32Array,
): void {
  const k = (factor * scale) / 127 / (range > 0 ? range : 1);
  for (let i = 0; i < count; i++) pixels[i] = regionLut[entry(values[start + i] * k)];
}

/** Paint exact values h (a Float64Array) with colours lut[(h − centre)/span]. */
export function paintValues(
  h: Float64Array,
  count: number,
  centre: number,
  span: number,
  pixels: Uint32Array,
  lut: Uint32Array,
): void {
  for (let i = 0; i < count; i++) pixels[i] = lut[entry((h[i] - centre) / span)];
}

/**
 * The largest |u_j2 − u_j1|·max|h_j| over the units that are on: the contribution maps' common full
 * strength, so a unit that adds little looks pale beside one that adds much.
 */
export function contributionRange(
  params: ArrayLike<number>,
  H: number,
  scale: ArrayLike<number>,
  masked: readonly number[],
): number {
  let range = 0;
  const u = 3 * H; // u starts after w (2H) and b1 (H)
  for (let j = 0; j < H; j++) {
    if (masked.includes(j + 1)) continue;
    const size = Math.abs(params[u + 2 * j + 1] - params[u + 2 * j]) * scale[j];
    if (size > range) range = size;
  }
  return range;
}

/**
 * Unit J's (1-based) value h_J at the centre of every cell of a side × side grid over `rect`, row 0 at the
 * top (x2 = x2Max) as an image is laid out; `out` (side² at least) is filled and returned.
 */
export function unitMap(
  params: ArrayLike<number>,
  H: number,
  J: number,
  activation: Activation,
  rect: Rect,
  side: number,
  out: Float64Array = new Float64Array(side * side),
): Float64Array {
  const w = unitWeights(params, H, J);
  if (!w) throw new RangeError(`a network with ${H} hidden units has no unit ${J}`);
  const dx = (rect.x1Max - rect.x1Min) / side;
  const dy = (rect.x2Max - rect.x2Min) / side;
  for (let r = 0; r < side; r++) {
    const x2 = rect.x2Max - (r + 0.5) * dy;
    for (let c = 0; c < side; c++) {
      out[r * side + c] = w.w1 * (rect.x1Min + (c + 0.5) * dx) + w.w2 * x2 + w.b; // a_j
    }
  }
  activateLayerForDisplay(activation, out, side * side, false); // h_j = f(a_j)
  return out;
}
