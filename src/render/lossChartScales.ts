/**
 * The loss chart's axes, chosen so they change rarely: the epoch axis doubles when the run passes its
 * end, and the loss axis grows (or, on a log scale, drops a decade) only when a point falls outside.
 * Between such changes new points are drawn on top of the old picture instead of redrawing it.
 */
import { formatShortest, formatSI } from "./scales.ts";

/**
 * Epoch axis labels: whole numbers, with an SI prefix from a thousand on (0, 500, 1.5k, 20k). d3's own
 * tick format would fix the precision to the tick step and print "0k".
 */
export const formatEpochTick: (epoch: number) => string = formatSI;

/**
 * Loss axis labels on a linear scale: plain numbers (0.2, 50, 100). d3's own tick format would fix the
 * precision to the tick step and print 50 as "5e+1".
 */
export const formatLossTick: (loss: number) => string = formatShortest;

export interface ChartDomain {
  epochMax: number;
  lossMin: number;
  lossMax: number;
  log: boolean;
}

/** The smallest domain of this kind that holds every point up to `count`, grown from `previous`. */
export function chartDomain(
  epochs: Float64Array,
  losses: readonly Float64Array[],
  count: number,
  log: boolean,
  previous: ChartDomain | null,
): ChartDomain {
  const keep = previous !== null && previous.log === log;
  let epochMax = keep ? previous.epochMax : 100;
  let lossMin = keep ? previous.lossMin : Number.POSITIVE_INFINITY;
  let lossMax = keep ? previous.lossMax : 0;
  const lastEpoch = count > 0 ? epochs[count - 1] : 0;
  while (epochMax < lastEpoch) epochMax *= 2;
  let low = Number.POSITIVE_INFINITY;
  let high = 0;
  for (const series of losses) {
    for (let i = 0; i < count; i++) {
      const v = series[i];
      if (Number.isFinite(v) && v > 0) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
  }
  if (high === 0) return { epochMax, lossMin: log ? 0.01 : 0, lossMax: Math.max(lossMax, 1), log };
  if (log) {
    if (!(low >= lossMin)) lossMin = decade(Math.floor(Math.log10(low)));
    if (!(high <= lossMax)) lossMax = decade(Math.ceil(Math.log10(high)));
  } else {
    lossMin = 0;
    if (!(high <= lossMax)) lossMax = niceCeiling(high * 1.1);
  }
  return { epochMax, lossMin, lossMax, log };
}

/** 10ᵏ exactly (10 ** -4 is 0.00009999999999999999). */
function decade(k: number): number {
  return Number(`1e${k}`);
}

/** The next of 1, 2, 5 × 10ᵏ at or above v. */
function niceCeiling(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

export function sameDomain(a: ChartDomain | null, b: ChartDomain): boolean {
  return (
    a !== null &&
    a.epochMax === b.epochMax &&
    a.lossMin === b.lossMin &&
    a.lossMax === b.lossMax &&
    a.log === b.log
  );
}
