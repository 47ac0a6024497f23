/**
 * A compare panel's numbers and its state in words, as plain text for the subscription that writes them:
 * the readouts formatted as the single view's (Readouts.tsx), the gap between training and test accuracy,
 * and a line when the panel stopped at the stop epoch or diverged.
 */
import type { Lang, MessageKey } from "../../i18n/translate.ts";
import { translate } from "../../i18n/translate.ts";
import { formatAccuracy, formatCount, formatLoss, MISSING } from "../../render/format.ts";
import type { PanelView } from "../../worker/protocol.ts";

export interface PanelReadout {
  label: MessageKey;
  testId: string;
  text(view: PanelView | null): string;
}

/** Training accuracy minus test accuracy, as the readouts round them; "—" without a test set. */
export function accuracyGap(view: PanelView | null): string {
  if (!view || view.testAccuracy == null) return MISSING;
  return formatAccuracy(view.trainAccuracy - view.testAccuracy);
}

export const PANEL_READOUTS: readonly PanelReadout[] = [
  { label: "results.epoch", testId: "epoch", text: (v) => formatCount(v?.epoch ?? 0) },
  { label: "results.trainLoss", testId: "train-loss", text: (v) => formatLoss(v?.trainLoss) },
  { label: "results.testLoss", testId: "test-loss", text: (v) => formatLoss(v?.testLoss) },
  { label: "results.trainAccuracy", testId: "train-accuracy", text: (v) => formatAccuracy(v?.trainAccuracy) },
  { label: "results.testAccuracy", testId: "test-accuracy", text: (v) => formatAccuracy(v?.testAccuracy) },
  { label: "compare.panel.gap", testId: "gap", text: accuracyGap },
  {
    label: "results.epochsPerSecond",
    testId: "epochs-per-second",
    text: (v) => formatCount(v?.epochsPerSecond ?? 0),
  },
];

/** A count with its thousands grouped, for a sentence ("20,000"). */
export function grouped(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "ja" ? "ja-JP" : "en-US").format(value);
}

/** What a panel says of its run beyond the numbers: diverged (when and why), stopped, or nothing. */
export function panelState(view: PanelView | null, lang: Lang): string {
  const d = view?.divergence;
  if (d) {
    const when =
      d.updates === d.epoch
        ? translate(lang, "notices.divergence.when", { epoch: d.epoch })
        : translate(lang, "notices.divergence.whenUpdate", { epoch: d.epoch, updates: d.updates });
    const what =
      d.reason === "loss-exploded"
        ? translate(lang, "notices.divergence.lossExploded", {
            from: d.initialLoss.toPrecision(3),
            to: d.loss.toPrecision(3),
            since: translate(
              lang,
              d.since === "lambda" ? "notices.divergence.sinceLambda" : "notices.divergence.sinceStart",
            ),
          })
        : translate(lang, "notices.divergence.notFinite");
    return translate(lang, "compare.panel.diverged", { when, what });
  }
  if (view?.stoppedAt != null)
    return translate(lang, "compare.panel.stopped", { epoch: grouped(view.stoppedAt, lang) });
  return "";
}
