/** boundary: the Japanese of en/boundary.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { boundary as english } from "../en/boundary.ts";

export const boundary: Translation<typeof english> = {
  "boundary.label": "決定領域：ネットワークが出す各クラスの確率で色分け",
  "boundary.legend.class0": "クラス 0（赤）",
  "boundary.legend.class1": "クラス 1（青）",
  "boundary.legend.test": "白抜き = テストデータ",
  "boundary.legend.line": "決定境界：P = ½",
  "boundary.axis.x1": "x₁",
  "boundary.axis.x2": "x₂",
};
