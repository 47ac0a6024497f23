/**
 * The plane's and the loss chart's scales, without d3-scale (and the d3-interpolate, d3-color and d3-format
 * it pulls in), which then stay out of the page's first load: a linear and a logarithmic map from a domain to
 * a range, with d3's ticks (d3-array's `ticks`, the same "nice" steps) and labels written as d3's default
 * formats write them. The lazy views (the hidden space, the compare view's chart) still use d3-scale.
 */
import { ticks as niceTicks, tickStep } from "d3";

/** d3's typographic minus sign for negative labels ("−0.5", not "-0.5"). */
const MINUS = "\u2212";

/** A map from a domain to a range, as the axes and the painters use it. */
export interface Scale {
  (value: number): number;
  /** The domain value at a range position. */
  invert(position: number): number;
  range(): number[];
  /** About `count` round values across the domain. */
  ticks(count: number): number[];
}

function clampTo(v: number, a: number, b: number): number {
  return Math.min(Math.max(v, Math.min(a, b)), Math.max(a, b));
}

/** The linear map from [d0, d1] onto [r0, r1] (positions outside the domain are clamped when asked). */
export function linearScale([d0, d1]: readonly number[], [r0, r1]: readonly number[], clamp = false): Scale {
  const k = (r1 - r0) / (d1 - d0);
  const scale = (v: number) => r0 + ((clamp ? clampTo(v, d0, d1) : v) - d0) * k;
  scale.invert = (p: number) => d0 + (p - r0) / k;
  scale.range = () => [r0, r1];
  scale.ticks = (count: number) => niceTicks(d0, d1, count);
  return scale;
}

/**
 * Labels for a linear scale's ticks, as d3's `scale.tickFormat(count)`: fixed decimals enough for the tick
 * step ("−1.0", "−0.5", "0.0"), a minus sign for negatives.
 */
export function linearTickFormat([d0, d1]: readonly number[], count: number): (v: number) => string {
  const step = Math.abs(tickStep(d0, d1, count));
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-12));
  return (v) => {
    const [whole, fraction] = Math.abs(v).toFixed(decimals).split(".");
    // d3's "," grouping: 5,000
    const text = whole.replace(/\B(?=(\d{3})+$)/g, ",") + (fraction === undefined ? "" : `.${fraction}`);
    return v < 0 && Number(whole + (fraction ?? "")) !== 0 ? `${MINUS}${text}` : text;
  };
}

/** The log₁₀ map from [d0, d1] (both > 0) onto [r0, r1]; values outside are clamped when asked. */
export function logScale(
  [d0, d1]: readonly number[],
  [r0, r1]: readonly number[],
  clamp = false,
): Scale & { tickFormat(count: number): (v: number) => string } {
  const l0 = Math.log10(d0);
  const k = (r1 - r0) / (Math.log10(d1) - l0);
  const scale = (v: number) => r0 + (Math.log10(clamp ? clampTo(v, d0, d1) : v) - l0) * k;
  scale.invert = (p: number) => 10 ** (l0 + (p - r0) / k);
  scale.range = () => [r0, r1];
  // As d3's log scale: every 1…9 × 10ᵏ when the domain spans fewer decades than `count`, else whole decades.
  scale.ticks = (count: number) => {
    const lo = Math.min(d0, d1);
    const hi = Math.max(d0, d1);
    const i = Math.floor(Math.log10(lo));
    const j = Math.ceil(Math.log10(hi));
    if (j - i < count) {
      const out: number[] = [];
      for (let e = i; e <= j; e++)
        for (let m = 1; m < 10; m++) {
          const t = e < 0 ? m / decade(-e) : m * decade(e); // as d3: exact for 0.3
          if (t >= lo && t <= hi) out.push(t);
        }
      return out;
    }
    return niceTicks(i, j, Math.min(j - i, count)).map(decade);
  };
  // As d3's log tickFormat(count, "~g"): labels on the leading multiples only, so they do not crowd.
  scale.tickFormat = (count: number) => {
    const k = Math.max(1, (10 * count) / scale.ticks(10).length);
    return (v: number) => {
      let m = v / decade(Math.round(Math.log10(v)));
      if (m * 10 < 10 - 0.5) m *= 10;
      return m <= k ? formatShortest(v) : "";
    };
  };
  return scale;
}

/** 10ᵏ exactly (10 ** -4 is 0.00009999999999999999). */
function decade(k: number): number {
  return Number(`1e${k}`);
}

/** A number in at most 6 significant digits, trailing zeros dropped (d3's "~g"): 0.2, 50, 1e-7. */
export function formatShortest(v: number): string {
  if (v === 0) return "0";
  let text = Math.abs(v).toPrecision(6);
  text = text.includes("e")
    ? text.replace(/\.?0+e/, "e")
    : text.includes(".")
      ? text.replace(/\.?0+$/, "")
      : text;
  return v < 0 ? `${MINUS}${text}` : text;
}

const PREFIXES = ["", "k", "M", "G", "T", "P", "E", "Z", "Y"];

/** A number with an SI prefix from a thousand on, trailing zeros dropped (d3's "~s"): 500, 1.5k, 20k, 3M. */
export function formatSI(v: number): string {
  if (v === 0) return "0";
  const group = Math.min(Math.max(Math.floor(Math.log10(Math.abs(v)) / 3), 0), PREFIXES.length - 1);
  return `${formatShortest(v / 1000 ** group)}${PREFIXES[group]}`;
}
