/**
 * The trainer's loop: a Run trained in chunks between print points, so the loss is evaluated only where
 * it is reported. Update I is 0-based, as the article's `for i in range(num_passes)`: its loss is read
 * after the update, when the run has completed I + 1 epochs.
 *
 *   for I = 0, P, 2P, … < epochs:  train up to epoch I + 1, report L(after update I)
 *   then train the remaining epochs
 */
import type { Run } from "../engine/run.ts";

/** The training loss after update `iteration` (0-based). */
export interface LossPoint {
  iteration: number;
  loss: number;
}

/**
 * Train a fresh `run` for `epochs` passes, yielding the training loss after update I for every I that is
 * a multiple of `printEvery` (none when it is 0). Stops early, yielding nothing more, if the run diverges.
 */
export function* trainReportingLoss(run: Run, epochs: number, printEvery: number): Generator<LossPoint> {
  const start = run.epoch;
  if (printEvery > 0) {
    for (let iteration = 0; iteration < epochs; iteration += printEvery) {
      run.train(start + iteration + 1 - run.epoch);
      if (run.divergence) return;
      yield { iteration, loss: run.evaluate().train.loss };
    }
  }
  run.train(start + epochs - run.epoch);
}
