/**
 * A list of training runs trained in turn, so one worker can train several panels. Work is counted in
 * gradient updates (the pacer's units) and shared out in rounds so that every run advances by the same
 * number of EPOCHS, whatever its batch size:
 *
 *   a round   = k epochs of each run still training, one run after another ("a chunk of each")
 *   k         = max(1, ⌊budget / updatesPerRound⌋, roundEpochs) at the round's start,
 *               updatesPerRound = Σ updatesPerEpoch over the runs still training
 *   train(B)  = exactly B updates (fewer only when no run is left to train), going on with the round a
 *               previous call left unfinished
 *
 * At "max" the pacer asks for about a millisecond of work at a time, often only an epoch or two of each
 * run; but switching runs costs a few microseconds (caches and branch predictors refilled; here about half
 * an epoch of H = 1 when it follows H = 50), so there rounds of MAX_SPEED_ROUND_EPOCHS keep cheap runs
 * at their own speed. Panels then differ by at most that many epochs in a frame, and still stop together.
 *
 * A run stops training when it diverges or reaches its `until` epoch (an epoch is reached when its last
 * update is done; a partial epoch left by single updates is finished first and counts as one, as in
 * Run.train). Each run keeps its own data, weights and random stream, so the list changes nothing in what
 * it computes: every run goes exactly as it would trained alone. Pure: no DOM, no worker globals.
 */
import type { Run } from "../engine/run.ts";
import type { Clock } from "./pacer.ts";

/**
 * Epochs of each run per round at "max" speed (train's `roundEpochs`). With Figure 4's sizes in one list
 * (npm run bench's mixed case, BENCH_ROUND_EPOCHS), H = 1 keeps ≈ 0.81 of its speed alone with rounds of 1
 * epoch, ≈ 0.86 with 8 and ≈ 0.93 with 16, every other size ≥ 0.93; a round is then ≈ 6 ms of work.
 */
export const MAX_SPEED_ROUND_EPOCHS = 16;

/** One run in the list, as the list's owner sees it. */
export interface RunEntry<Id> {
  readonly id: Id;
  readonly run: Run;
  /** The epoch it stops at (null: never). */
  readonly until: number | null;
  /** Milliseconds spent training it in this list (0 without a clock): its measured cost. */
  readonly trainingMs: number;
}

interface Entry<Id> {
  id: Id;
  run: Run;
  until: number | null;
  trainingMs: number;
  /** The epoch it trains to in the current round. */
  goal: number;
}

/** A run goes on training until it diverges or reaches its `until` epoch. */
function training(entry: Entry<unknown>): boolean {
  const { run, until } = entry;
  return run.divergence === null && (until === null || run.epoch < until);
}

function checkUntil(until: number | null): void {
  if (until !== null && !(Number.isInteger(until) && until >= 0)) {
    throw new RangeError(`stop at epoch must be a whole number ≥ 0 or null, not ${until}`);
  }
}

/** Several runs, each with an id (a panel's), trained in turn. */
export class RunList<Id = number> {
  private readonly entries: Entry<Id>[] = [];
  /** Index of the entry the current round is at (entries.length: the round is over). */
  private cursor = 0;

  /** Pass a clock to measure each run's training time (RunEntry.trainingMs). */
  constructor(private readonly now?: Clock) {}

  /**
   * Train `run` under `id` from the next round on, stopping at epoch `until` (null: never). An id already
   * in the list gets the new run in the old one's place.
   */
  add(id: Id, run: Run, until: number | null = null): void {
    checkUntil(until);
    const entry: Entry<Id> = { id, run, until, trainingMs: 0, goal: run.epoch };
    const i = this.indexOf(id);
    if (i < 0) this.entries.push(entry);
    else this.entries[i] = entry;
  }

  /** Take the run with this id out of the list; false when there is none. */
  remove(id: Id): boolean {
    const i = this.indexOf(id);
    if (i < 0) return false;
    this.entries.splice(i, 1);
    if (i < this.cursor) this.cursor--;
    return true;
  }

  /** The run with this id, if any. */
  get(id: Id): Run | undefined {
    return this.entries[this.indexOf(id)]?.run;
  }

  /** Stop the run with this id at epoch `until` (null: never); false when there is no such run. */
  setUntil(id: Id, until: number | null): boolean {
    checkUntil(until);
    const entry = this.entries[this.indexOf(id)];
    if (entry) entry.until = until;
    return entry !== undefined;
  }

  /** Stop every run at epoch `until` (null: never). */
  setUntilForAll(until: number | null): void {
    checkUntil(until);
    for (const entry of this.entries) entry.until = until;
  }

  /** The runs in the order they are trained. */
  runs(): readonly RunEntry<Id>[] {
    return this.entries;
  }

  /** Whether any run is left to train (neither diverged nor at its `until`). */
  get training(): boolean {
    return this.entries.some(training);
  }

  /**
   * The `until` epoch the run with this id has stopped at, or null (still training, no `until`, diverged,
   * or no such run). A run trained past a lower `until` set later has stopped there too: at its epoch.
   */
  stoppedAt(id: Id): number | null {
    const entry = this.entries[this.indexOf(id)];
    if (!entry || entry.until === null || entry.run.divergence !== null) return null;
    return entry.run.epoch >= entry.until ? entry.run.epoch : null;
  }

  /** Updates that advance every run still training by one epoch: the pacer's units per epoch (0: none). */
  get updatesPerRound(): number {
    let sum = 0;
    for (const entry of this.entries) if (training(entry)) sum += entry.run.updatesPerEpoch;
    return sum;
  }

  /**
   * Make `budget` gradient updates across the runs, in rounds of at least `roundEpochs` epochs of each (1:
   * as even as the budget allows; MAX_SPEED_ROUND_EPOCHS at "max"); fewer only when no run is left to train.
   */
  train(budget: number, roundEpochs = 1): number {
    let done = 0;
    while (done < budget) {
      if (this.cursor >= this.entries.length && !this.startRound(budget - done, roundEpochs)) break;
      const entry = this.entries[this.cursor];
      const target = entry.until === null ? entry.goal : Math.min(entry.goal, entry.until);
      if (entry.run.divergence !== null || entry.run.epoch >= target) this.cursor++;
      else done += this.advance(entry, target, budget - done);
    }
    return done;
  }

  /** Set every training run's goal k epochs on; false when no run is left to train. */
  private startRound(budget: number, roundEpochs: number): boolean {
    const perRound = this.updatesPerRound;
    if (perRound === 0) return false;
    const least = Number.isFinite(roundEpochs) ? Math.floor(roundEpochs) : 1;
    const k = Math.max(1, Math.floor(budget / perRound), least);
    for (const entry of this.entries) entry.goal = training(entry) ? entry.run.epoch + k : entry.run.epoch;
    this.cursor = 0;
    return true;
  }

  /** Train one run toward epoch `target` with at most `max` updates; the updates made. */
  private advance(entry: Entry<Id>, target: number, max: number): number {
    const { run } = entry;
    const t0 = this.now?.() ?? 0;
    let done = 0;
    if (run.updatesPerEpoch === 1) {
      // Full batch: every update completes an epoch (also one begun with mini-batches).
      done = run.trainUpdates(Math.min(target - run.epoch, max));
    } else {
      // Where the epoch ends is the run's own business: watch for it update by update.
      while (done < max && run.epoch < target && run.trainUpdates(1) === 1) done++;
    }
    if (this.now) entry.trainingMs += this.now() - t0;
    return done;
  }

  private indexOf(id: Id): number {
    return this.entries.findIndex((entry) => entry.id === id);
  }
}
