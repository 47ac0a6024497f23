/**
 * The positions of the sliders. Log-scaled settings move through 1–2–5 steps so every stop is a round
 * number a teacher can say aloud; a value from a link that is not a stop shows at the nearest stop and
 * keeps its exact value until the slider is moved.
 */
import type { Speed } from "../worker/protocol.ts";

function oneTwoFive(fromExponent: number, toExponent: number): number[] {
  const out: number[] = [];
  for (let e = fromExponent; e < toExponent; e++) {
    for (const m of [1, 2, 5]) out.push(Number((m * 10 ** e).toPrecision(1)));
  }
  out.push(10 ** toExponent);
  return out;
}

export const LEARNING_RATE_STOPS = oneTwoFive(-4, 1); // 0.0001 … 10
export const REGULARIZATION_STOPS = [0, ...oneTwoFive(-4, 1)]; // 0, 0.0001 … 10
export const SAMPLE_STOPS = [20, 50, 100, 150, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000, 4000, 5000];
export const SPEED_STOPS: Speed[] = [...oneTwoFive(0, 5).slice(0, -1), "max"]; // 1 … 50000, max

/** The index of the stop nearest to `value` (on a log scale when every stop is positive). */
export function nearestStop<T extends number | string>(stops: readonly T[], value: T): number {
  const exact = stops.indexOf(value);
  if (exact >= 0) return exact;
  if (typeof value !== "number") return stops.length - 1;
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  stops.forEach((stop, i) => {
    if (typeof stop !== "number") return;
    const d = value > 0 && stop > 0 ? Math.abs(Math.log(value / stop)) : Math.abs(value - stop);
    if (d < bestDistance) {
      bestDistance = d;
      best = i;
    }
  });
  return best;
}
