/**
 * A run captured as plain values and restored exactly, for a timeline or to move a run between threads:
 *
 *   restoreRun(captureRun(run)) continues bit for bit as `run` would: same weights, epoch, update count,
 *   position in the epoch's example order, random stream and divergence baseline.
 *
 * A snapshot holds typed arrays, numbers and strings only, so structuredClone and postMessage copy it.
 */
import type { Split } from "./datasets.ts";
import { Run, type RunProgress, type RunSettings, runData } from "./run.ts";

/** A run's whole state: its settings (with the step settings in force) and its progress. */
export interface RunSnapshot extends RunProgress {
  settings: RunSettings;
}

/** A copy of `run`'s state that shares no memory with it. */
export function captureRun(run: Run): RunSnapshot {
  const progress = run.progress();
  const { eps, lambda, batchSize } = progress.step;
  return { ...progress, settings: { ...run.settings, learningRate: eps, lambda, batchSize } };
}

/**
 * A Run that continues exactly as the captured one would. Pass `data` to reuse the data set of these
 * settings (the data set is a function of them, so it is made again otherwise).
 */
export function restoreRun(snapshot: RunSnapshot, data: Split = runData(snapshot.settings)): Run {
  return new Run(snapshot.settings, data, snapshot);
}
