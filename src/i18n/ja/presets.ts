/** presets: the Japanese of en/presets.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { presets as english } from "../en/presets.ts";

export const presets: Translation<typeof english> = {
  "presets.menu.label": "プリセット",
  "presets.menu.none": "—",
  "presets.about": "このプリセットについて",
  "presets.part": "記事では：{part}",
  "presets.undo": "プリセットを元に戻す",
  "presets.url.unknown": "{key} を無視しました：「{value}」は {choices} のどれでもありません。",
  "presets.figure3.label": "記事そのまま：図3",
  "presets.perceptron.label": "パーセプトロンではできない",
  "presets.figure4.label": "図4",
  "presets.overfit.label": "ユニットが多すぎると過学習",
  "presets.regularization.label": "正則化で防ぐ",
  "presets.lrTooHigh.label": "学習率が大きすぎる",
  "presets.derivation.label": "導出：シグモイド＋二乗誤差",
  "presets.edgeOfStability.label": "安定性の境目",
};
