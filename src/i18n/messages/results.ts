/** The readouts and the loss chart. */
import { defineMessages } from "../define.ts";

export const results = defineMessages({
  en: {
    "results.label": "Results",
    "results.epoch": "Epoch",
    "results.updates": "Updates",
    "results.updates.explain":
      "Gradient updates made: one per mini-batch, so equal to the epoch with full batch",
    "results.epochsPerSecond": "Epochs/s",
    "results.trainLoss": "Training loss",
    "results.trainLoss.explain":
      "The article's calculate_loss: mean cross-entropy (or squared error) plus λ/2·Σw²",
    "results.testLoss": "Test loss",
    "results.trainAccuracy": "Training accuracy",
    "results.testAccuracy": "Test accuracy",
    "results.explainButton": "About “{label}”",
    "results.chart.title": "Loss",
    "results.chart.train": "— training",
    "results.chart.test": "- - test",
    "results.chart.logScale": "Log scale",
    "results.chart.label": "Loss curve",
    "results.chart.epochAxis": "epoch",
  },
  ja: {
    "results.label": "結果",
    "results.epoch": "エポック",
    "results.updates": "更新回数",
    "results.updates.explain":
      "勾配降下法で重みを更新した回数：ミニバッチ 1 つにつき 1 回なので、全データを一度に使う（バッチ）ときはエポックと同じです",
    "results.epochsPerSecond": "エポック/秒",
    "results.trainLoss": "学習データの損失",
    "results.trainLoss.explain":
      "記事の calculate_loss：交差エントロピー（または二乗誤差）の平均に λ/2·Σw² を足したもの",
    "results.testLoss": "テストデータの損失",
    "results.trainAccuracy": "学習データの正解率",
    "results.testAccuracy": "テストデータの正解率",
    "results.explainButton": "「{label}」の説明",
    "results.chart.title": "損失",
    "results.chart.train": "— 学習データ",
    "results.chart.test": "- - テストデータ",
    "results.chart.logScale": "対数目盛",
    "results.chart.label": "損失の推移",
    "results.chart.epochAxis": "エポック",
  },
});
