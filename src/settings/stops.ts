/**
 * The positions a slider moves through. Log-scaled settings move through 1–2–5 steps so every stop is a
 * round number a teacher can say aloud; a value from a link that is not a stop shows at the nearest stop
 * (measured on the slider's own scale) and keeps its exact value until the slider is moved.
 */

/** How a slider spaces its stops: evenly, or by ratio (1, 2, 5, 10, …). */
export type StopScale = "linear" | "log";

/** 1, 2, 5 × 10^e for e from `fromExponent` up to, and ending at, 10^toExponent. */
export function oneTwoFive(fromExponent: number, toExponent: number): number[] {
  const out: number[] = [];
  for (let e = fromExponent; e < toExponent; e++) {
    for (const m of [1, 2, 5]) out.push(Number((m * 10 ** e).toPrecision(1)));
  }
  out.push(Number((10 ** toExponent).toPrecision(1)));
  return out;
}

/** `from`, `from + step`, … up to `to`, each rounded to the step's decimals (0, 0.05, 0.1, …). */
export function evenSteps(from: number, to: number, step: number): number[] {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const count = Math.round((to - from) / step) + 1;
  return Array.from({ length: count }, (_, i) => Number((from + i * step).toFixed(decimals)));
}

/**
 * The index of the stop nearest to `value` on the slider's scale: between two neighbouring numeric stops
 * the midpoint is arithmetic on a linear scale and geometric on a log scale (linear next to a 0 stop).
 * Numeric stops must ascend; a value beyond them goes to the end stop; a non-numeric value ("max")
 * is found by equality.
 */
export function nearestStop<T extends number | string>(
  stops: readonly T[],
  value: T,
  scale: StopScale = "linear",
): number {
  const exact = stops.indexOf(value);
  if (exact >= 0) return exact;
  const numeric = stops.flatMap((stop, i) => (typeof stop === "number" ? [{ stop, i }] : []));
  if (typeof value !== "number" || numeric.length === 0) return stops.length - 1;
  if (!(value > numeric[0].stop)) return numeric[0].i;
  for (let k = 1; k < numeric.length; k++) {
    const lo = numeric[k - 1].stop;
    const hi = numeric[k].stop;
    if (value > hi) continue;
    const byRatio = scale === "log" && lo > 0;
    const fraction = byRatio ? Math.log(value / lo) / Math.log(hi / lo) : (value - lo) / (hi - lo);
    return fraction < 0.5 ? numeric[k - 1].i : numeric[k].i;
  }
  return numeric[numeric.length - 1].i;
}
