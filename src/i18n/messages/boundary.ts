/** The decision-boundary view: legend, axes, descriptions. */
import { defineMessages } from "../define.ts";

export const boundary = defineMessages({
  en: {
    "boundary.label": "Decision regions: shaded by the network's probability of each class",
    "boundary.legend.class0": "class 0 (red)",
    "boundary.legend.class1": "class 1 (blue)",
    "boundary.legend.test": "hollow = test point",
    "boundary.legend.line": "boundary: P = ½",
    "boundary.axis.x1": "x₁",
    "boundary.axis.x2": "x₂",
  },
  ja: {
    "boundary.label": "決定領域：ネットワークが出す各クラスの確率で色分け",
    "boundary.legend.class0": "クラス 0（赤）",
    "boundary.legend.class1": "クラス 1（青）",
    "boundary.legend.test": "白抜き = テストデータ",
    "boundary.legend.line": "決定境界：P = ½",
    "boundary.axis.x1": "x₁",
    "boundary.axis.x2": "x₂",
  },
});
