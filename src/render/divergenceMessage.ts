/** The plain-words explanation of a diverged run, and what to try, in the page's language. */
import type { Divergence } from "../engine/run.ts";
import { type Lang, translate } from "../i18n/translate.ts";
import { formatSetting } from "./format.ts";

export function divergenceMessage(d: Divergence, learningRate: number, lang: Lang = "en"): string {
  // The loss is compared with the loss at the start, or, once λ has changed, with the loss at that moment
  // (a larger λ raises the loss without anything going wrong): name the one that was used.
  const since = translate(
    lang,
    d.since === "lambda" ? "notices.divergence.sinceLambda" : "notices.divergence.sinceStart",
  );
  const what =
    d.reason === "loss-exploded"
      ? translate(lang, "notices.divergence.lossExploded", {
          from: d.initialLoss.toPrecision(3),
          to: d.loss.toPrecision(3),
          since,
        })
      : translate(lang, "notices.divergence.notFinite");
  // With mini-batches an epoch holds several updates: say which one went wrong.
  const when =
    d.updates === d.epoch
      ? translate(lang, "notices.divergence.when", { epoch: d.epoch })
      : translate(lang, "notices.divergence.whenUpdate", { epoch: d.epoch, updates: d.updates });
  return translate(lang, "notices.divergence.text", { when, what, rate: formatSetting(learningRate) });
}
