/** The plain-words explanation of a diverged run, and what to try. */
import type { Divergence } from "../engine/run.ts";
import { formatSetting } from "./format.ts";

export function divergenceMessage(d: Divergence, learningRate: number): string {
  // The loss is compared with the loss at the start, or, once λ has changed, with the loss at that moment
  // (a larger λ raises the loss without anything going wrong): name the one that was used.
  const baseline = d.since === "lambda" ? "its value when λ was last changed" : "its value at the start";
  const what =
    d.reason === "loss-exploded"
      ? `the training loss grew from ${d.initialLoss.toPrecision(3)} to ${d.loss.toPrecision(3)}, more than 100 times ${baseline}`
      : "a weight grew too large to be represented (it became infinite or not a number)";
  // With mini-batches an epoch holds several updates: say which one went wrong.
  const when = d.updates === d.epoch ? `epoch ${d.epoch}` : `epoch ${d.epoch} (update ${d.updates})`;
  return (
    `Training stopped at ${when}: ${what}. With a learning rate of ${formatSetting(learningRate)} each step ` +
    "overshoots instead of going downhill. Lower the learning rate (the article uses 0.01) or press Reset; " +
    "either starts a fresh network."
  );
}
