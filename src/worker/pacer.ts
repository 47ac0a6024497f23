/**
 * The trainer's pacing, apart from what it trains: a clock, the credit of work the speed allows, chunks
 * sized to about a millisecond, and a meter of epochs per second. Work is counted in units (gradient
 * updates) and the speed in epochs per second, so with mini-batches a slow speed shows every update:
 *
 *   credit += speed · Δt              epochs the speed allows, capped at a quarter second's worth (≥ 1 unit)
 *   a tick  = ⌊credit · unitsPerEpoch⌋ units (unbounded at "max"), in chunks, until TICK_MS have passed
 *   rate    = epochs done over the last RATE_WINDOW_MS / the time they took
 *
 * It knows nothing of runs: a tick calls `work(units)`, which may train one run or a list of them.
 */
import type { Speed } from "./protocol.ts";

/** Milliseconds, monotonic. */
export type Clock = () => number;

/** Do up to `units` units of work; return how many were done (fewer means stop: e.g. a divergence). */
export type Work = (units: number) => number;

/** Longest stretch of work between looks at the message queue, in ms. */
export const TICK_MS = 12;
/** Longest wait between two ticks, in ms, so a speed change is felt soon. */
export const MAX_WAIT_MS = 250;
/** Epochs/s is measured over this window, in ms. */
export const RATE_WINDOW_MS = 1000;
/** Most units between two looks at the clock, whatever the estimate of their cost says. */
export const MAX_CHUNK = 1000;
// Credit · unitsPerEpoch can land a rounding error below a whole unit after waiting exactly for it.
const ROUNDING = 1e-9;

/** Epochs per second over the last RATE_WINDOW_MS, from the epochs (fractions allowed) reported done. */
export class RateMeter {
  private total = 0;
  private samples: { time: number; total: number }[] = [];

  /** Measure from `time` on, forgetting what came before. */
  restart(time: number): void {
    this.samples = [{ time, total: this.total }];
  }

  /** `epochs` more were done by `time`. */
  add(time: number, epochs: number): void {
    this.total += epochs;
    this.sample(time);
  }

  /** Epochs per second from the oldest sample in the window to `time` (0 before any time has passed). */
  rate(time: number): number {
    this.sample(time);
    const first = this.samples[0];
    const span = time - first.time;
    return span > 0 ? ((this.total - first.total) / span) * 1000 : 0;
  }

  private sample(time: number): void {
    const samples = this.samples;
    samples.push({ time, total: this.total });
    // Keep one sample at least RATE_WINDOW_MS old, so the window is always a full one once it can be.
    while (samples.length > 2 && time - samples[1].time >= RATE_WINDOW_MS) samples.shift();
  }
}

/** Paces work to a speed in epochs per second, by the clock it is given. */
export class Pacer {
  readonly meter = new RateMeter();
  private currentSpeed: Speed = "max";
  /** Epochs the speed has allowed and not yet been done. */
  private credit = 0;
  private lastAccrual = 0;
  /** Estimated milliseconds per unit, to size chunks of about 1 ms. */
  private msPerUnit = 0.05;

  constructor(private readonly now: Clock) {}

  get speed(): Speed {
    return this.currentSpeed;
  }

  /** Pace at `speed` from now on; the time since the last tick still counts at the old speed. */
  setSpeed(speed: Speed): void {
    this.accrue(this.now());
    this.currentSpeed = speed;
  }

  /** Start pacing now (on Play): no credit from before, and the meter measures from here. */
  start(): void {
    const time = this.now();
    this.credit = 0;
    this.lastAccrual = time;
    this.meter.restart(time);
  }

  /**
   * One stretch of work: as many units as the speed allows and TICK_MS holds, `unitsPerEpoch` to an epoch.
   * Returns the units done.
   */
  tick(work: Work, unitsPerEpoch: number): number {
    const start = this.now();
    this.accrue(start);
    const speed = this.currentSpeed;
    let allowed = Number.POSITIVE_INFINITY;
    if (speed !== "max") {
      // A quarter second of credit at most, so a stall is not followed by a burst.
      this.credit = Math.min(this.credit, Math.max(speed / 4, 1 / unitsPerEpoch));
      allowed = Math.floor(this.credit * unitsPerEpoch + ROUNDING);
    }
    let done = 0;
    let end = start;
    while (done < allowed) {
      const chunk = Math.min(allowed - done, MAX_CHUNK, Math.max(1, Math.floor(1 / this.msPerUnit)));
      const t0 = this.now();
      const did = work(chunk);
      end = this.now();
      done += did;
      if (did > 0 && end > t0) this.msPerUnit = 0.8 * this.msPerUnit + (0.2 * (end - t0)) / did;
      if (did < chunk || end - start >= TICK_MS) break;
    }
    if (speed !== "max") this.credit -= done / unitsPerEpoch;
    this.meter.add(end, done / unitsPerEpoch);
    return done;
  }

  /** Milliseconds until the next unit is due (0 at "max" or when one is due already). */
  delay(unitsPerEpoch: number): number {
    const speed = this.currentSpeed;
    if (speed === "max") return 0;
    const missing = 1 - this.credit * unitsPerEpoch; // units
    return missing <= ROUNDING ? 0 : Math.min((missing / (speed * unitsPerEpoch)) * 1000, MAX_WAIT_MS);
  }

  /** Add the credit the speed allowed since the last accrual. */
  private accrue(time: number): void {
    const speed = this.currentSpeed;
    this.credit = speed === "max" ? 0 : this.credit + (speed * (time - this.lastAccrual)) / 1000;
    this.lastAccrual = time;
  }
}
