/** The Stop at field: training stops at a chosen epoch. */
import { defineMessages } from "../define.ts";

export const until = defineMessages({
  en: {
    "until.label": "Stop at epoch",
    "until.hint":
      "Training pauses once it has completed this many epochs; empty = never. The article trains " +
      "20,000 (num_passes).",
    "until.never": "never",
    "until.invalid":
      '"{text}" is not a whole number of epochs from {min} to {max}; nothing was changed. Leave the ' +
      "field empty to never stop.",
    "until.stopped": "Stopped at epoch {epoch}, as asked. To go on, raise or clear “{field}”.",
    "until.past": "Epoch {epoch} is past the stop at epoch {until}. To go on, raise or clear “{field}”.",
  },
  ja: {
    "until.label": "停止するエポック",
    "until.hint":
      "学習がこのエポック数に達すると一時停止します。空欄なら止まりません。記事では 20,000 エポック" +
      "（num_passes）学習します。",
    "until.never": "なし",
    "until.invalid":
      "「{text}」は {min} から {max} までのエポック数（整数）ではありません。何も変えていません。" +
      "止めない場合は空欄にしてください。",
    "until.stopped":
      "指定どおりエポック {epoch} で止まりました。続けるには「{field}」を大きくするか空欄にしてください。",
    "until.past":
      "エポック {epoch} は、停止するエポック {until} をすでに過ぎています。続けるには「{field}」を大きくするか" +
      "空欄にしてください。",
  },
});
