/** until: the Japanese of en/until.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { until as english } from "../en/until.ts";

export const until: Translation<typeof english> = {
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
};
