/** The plain-words explanation of a diverged run, and what to try. */
import type { Divergence } from "../engine/run.ts";
import { formatSetting } from "./format.ts";

export function divergenceMessage(d: Divergence, learningRate: number): string {
  const what =
    d.reason === "loss-exploded"
      ? `the training loss grew from ${d.initialLoss.toPrecision(3)} to ${d.loss.toPrecision(3)}, more than 100 times where it started`
      : "a weight grew too large to be represented (it became infinite or not a number)";
  return (
    `Training stopped at epoch ${d.epoch}: ${what}. With a learning rate of ${formatSetting(learningRate)} each step ` +
    "overshoots instead of going downhill. Lower the learning rate (the article uses 0.01) or press Reset; " +
    "either starts a fresh network."
  );
}
