/**
 * presets: the Preset menu, each preset's label (settings/presets.ts) and the link's notice for an unknown
 * preset. The sentences a teacher reads aloud and the part of the article each preset shows are in
 * presetTexts.ts, loaded with the words under the menu when a preset is first chosen.
 */
import { defineMessages } from "../define.ts";

export const presets = defineMessages({
  en: {
    "presets.menu.label": "Preset",
    "presets.menu.none": "—",
    "presets.about": "About this preset",
    "presets.part": "In the article: {part}",
    "presets.undo": "Undo preset",
    "presets.url.unknown": 'Ignored {key}: "{value}" is not one of {choices}.',
    "presets.figure3.label": "The article: Figure 3",
    "presets.perceptron.label": "A perceptron can't",
    "presets.figure4.label": "Figure 4",
    "presets.overfit.label": "Too many units overfit",
    "presets.regularization.label": "Regularization to the rescue",
    "presets.lrTooHigh.label": "Learning rate too high",
    "presets.derivation.label": "The derivation: sigmoid + squared error",
    "presets.edgeOfStability.label": "Edge of stability",
  },
  ja: {
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
  },
});
