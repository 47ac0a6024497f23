/** results: the Japanese of en/results.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { results as english } from "../en/results.ts";

export const results: Translation<typeof english> = {
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
  "results.chart.title": "損失",
  "results.chart.train": "— 学習データ",
  "results.chart.test": "- - テストデータ",
  "results.chart.logScale": "対数目盛",
  "results.chart.label": "損失の推移",
  "results.chart.epochAxis": "エポック",
};
