/** The readouts and the loss chart. */
import { defineMessages } from "../define.ts";

export const results = defineMessages({
  en: {
    "results.label": "Results",
    "results.epoch": "Epoch",
    "results.updates": "Updates",
    "results.epoch.explain":
      "Passes over the training data so far (the article's num_passes; its run makes 20,000). Step makes one.",
    "results.updates.explain":
      "Gradient-descent updates made: one per mini-batch, so equal to the epoch with full batch, as in the article.",
    "results.epochsPerSecond.explain":
      "Epochs trained per second of real time, set by Speed. A faster run ends the same, only sooner.",
    "results.epochsPerSecond": "Epochs/s",
    "results.trainLoss": "Training loss",
    "results.trainLoss.explain":
      "The article's calculate_loss: the cross-entropy (or squared error) summed over the training points, plus λ/2·Σw², divided by their number. Lower is better: the article's run ends near 0.07.",
    "results.testLoss.explain":
      "The same loss on the test points, which training never sees (— without a test set). Rising while the training loss falls: overfitting.",
    "results.trainAccuracy.explain":
      "Fraction of training points on their class's side of the decision boundary (1 = all). The article's 3 hidden units reach 0.975.",
    "results.testAccuracy.explain":
      "Fraction of test points classified right: how well the network generalises. Close to the training accuracy is good; far below it means overfitting.",
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
    "results.epoch.explain":
      "学習データ全体を通した回数（記事の num_passes。記事は 20,000 回）。1 ステップで 1 回増えます。",
    "results.updates.explain":
      "勾配降下法で重みを更新した回数：ミニバッチ 1 つにつき 1 回なので、記事のように全データを一度に使う（バッチ）ときはエポックと同じです。",
    "results.epochsPerSecond.explain":
      "実時間 1 秒あたりに学習したエポック数（速度で設定）。速くしても結果は同じで、早く終わるだけです。",
    "results.epochsPerSecond": "エポック/秒",
    "results.trainLoss": "学習データの損失",
    "results.trainLoss.explain":
      "記事の calculate_loss：学習データの各点の交差エントロピー（または二乗誤差）の和に λ/2·Σw² を足し、点の数で割ったもの。小さいほど良く、記事の学習は約 0.07 で終わります。",
    "results.testLoss.explain":
      "学習に使わないテストデータで測った同じ損失（テストデータがなければ —）。学習データの損失が下がるのにこれが上がるなら過学習です。",
    "results.trainAccuracy.explain":
      "決定境界の正しい側にある学習データの点の割合（1 = すべて）。記事の隠れユニット 3 個では 0.975 になります。",
    "results.testAccuracy.explain":
      "テストデータのうち正しく分類された点の割合：汎化の度合いです。学習データの正解率に近ければ良く、ずっと低ければ過学習です。",
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
