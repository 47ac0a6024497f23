/**
 * The presets' longer words, kept out of the page's first download (the initial JavaScript has a budget):
 * for each preset the sentences a teacher reads aloud, with numbers measured with this engine, and the
 * part of the article it illustrates. Only PresetAbout.tsx imports it, lazily; written as the catalogue's
 * groups are, so both languages have the same keys, and tests check the words as the catalogue's.
 */
import { defineMessages } from "./define.ts";

export const presetTexts = defineMessages({
  en: {
    "presets.figure3.text":
      "The article's own run: 200 moons, 3 tanh hidden units, ε = λ = 0.01. Press Step once: the loss reads " +
      "0.432387, as the article prints; after 20,000 epochs the training accuracy is 0.975.",
    "presets.figure3.part": "the network with 3 hidden units (Figure 3).",
    "presets.perceptron.text":
      "No hidden layer (H = 0): part 1's perceptron, logistic regression. The boundary stays a straight " +
      "line and the accuracy stays about 0.85 (0.845): no line splits the moons.",
    "presets.perceptron.part": "why a hidden layer (part 1's perceptron).",
    "presets.figure4.text":
      "1, 2, 3, 4, 5, 20 and 50 hidden units side by side, 20,000 epochs each. Small layers catch the overall " +
      "shape; H = 5 ends at loss 0.039037, accuracy 0.99.",
    "presets.figure4.part": "varying the hidden layer size (Figure 4).",
    "presets.overfit.text":
      "Noisy moons, 45 training points, λ = 0: 3 hidden units beside 50. At 20,000 epochs H = 3 scores " +
      "0.93 training / 0.86 test (test loss 1.83), H = 50 1.00 / 0.77 (test loss 3.23): it memorised the " +
      "training points.",
    "presets.overfit.part": "overfitting, and the held-out test set (Figure 4).",
    "presets.regularization.text":
      "The same data, 50 hidden units, λ = 0, 0.01, 0.03 and 0.1. At 20,000 epochs λ = 0 scores 1.00 / " +
      "0.77 (training / test, test loss 3.23), λ = 0.1 0.91 / 0.85 (test loss 0.38): the gap closes from " +
      "0.23 to 0.06.",
    "presets.regularization.part": "regularization λ (reg_lambda) against overfitting.",
    "presets.lrTooHigh.text":
      "The article's run with ε = 1 instead of 0.01. Press Play: each step overshoots, the loss explodes " +
      "within three updates, and the page stops training and says why.",
    "presets.lrTooHigh.part": "gradient descent and its learning rate ε (epsilon).",
    "presets.derivation.text":
      "The output the article derives by hand: sigmoid and squared error, with ε = 0.1. The training " +
      "accuracy reaches 0.98 within 200 epochs (at ε = 0.01 it is still 0.90 there).",
    "presets.derivation.part": "the derivation (sigmoid, L2 loss, the δ rules).",
    "presets.edgeOfStability.text":
      "The article's run to 20,000 epochs: the loss ends in a cycle of two values, 0.070758 and 0.071316. " +
      "ε = 0.01 is just too large for the loss's sharpest direction: each step overshoots and comes back. " +
      "Halve ε and the cycle ends.",
    "presets.edgeOfStability.part": "the code's printed losses (epsilon = 0.01, 20,000 passes).",
  },
  ja: {
    "presets.figure3.text":
      "記事と同じ学習です：2 つの三日月 200 点、tanh の隠れユニット 3 個、ε = λ = 0.01。「ステップ」を 1 回押すと損失は" +
      "記事の出力どおり 0.432387、20,000 エポック後の学習データの正解率は 0.975 です。",
    "presets.figure3.part": "隠れユニット 3 個のネットワーク（図3）。",
    "presets.perceptron.text":
      "隠れ層なし（H = 0）：パート1のパーセプトロン、つまりロジスティック回帰です。決定境界は直線のままで、" +
      "正解率は約 0.85（0.845）から上がりません。2 つの三日月を分ける直線はないからです。",
    "presets.perceptron.part": "なぜ隠れ層が必要か（パート1のパーセプトロン）。",
    "presets.figure4.text":
      "隠れユニット 1・2・3・4・5・20・50 個を並べて、それぞれ 20,000 エポック学習します。小さい層は全体の形を" +
      "とらえます。H = 5 は損失 0.039037、正解率 0.99 で終わります。",
    "presets.figure4.part": "隠れ層の大きさを変える（図4）。",
    "presets.overfit.text":
      "ノイズの多い三日月、学習データ 45 点、λ = 0：隠れユニット 3 個と 50 個を並べます。20,000 エポックで " +
      "H = 3 は学習 0.93・テスト 0.86（テストの損失 1.83）、H = 50 は 1.00・0.77（テストの損失 3.23）：" +
      "学習データの点を丸暗記しました。",
    "presets.overfit.part": "過学習（過剰適合）とテストデータ（図4）。",
    "presets.regularization.text":
      "同じデータ、隠れユニット 50 個で λ = 0、0.01、0.03、0.1 を並べます。20,000 エポックで λ = 0 は" +
      "学習 1.00・テスト 0.77（テストの損失 3.23）、λ = 0.1 は 0.91・0.85（テストの損失 0.38）：" +
      "差が 0.23 から 0.06 に縮まります。",
    "presets.regularization.part": "過学習を防ぐ正則化 λ（記事では「正規化」、reg_lambda）。",
    "presets.lrTooHigh.text":
      "記事の学習で学習率を 0.01 から ε = 1 にします。「再生」を押すと一歩ごとに行き過ぎ、3 回の更新で損失が" +
      "爆発し、ページは学習を止めて理由を示します。",
    "presets.lrTooHigh.part": "勾配降下法と学習率 ε（記事では「勾配降下パラメータ」）。",
    "presets.derivation.text":
      "記事が手で導出する出力：シグモイドと二乗誤差（L2）、ε = 0.1。学習データの正解率は 200 エポック以内に" +
      " 0.98 に達します（ε = 0.01 ではそこでまだ 0.90）。",
    "presets.derivation.part": "誤差逆伝播の導出（シグモイド、L2 損失、δ の式）。",
    "presets.edgeOfStability.text":
      "記事の学習を 20,000 エポックまで：損失は 0.070758 と 0.071316 の 2 つの値を交互にとって終わります。" +
      "ε = 0.01 は損失のいちばん急な方向には少し大きすぎ、一歩ごとに行き過ぎては戻ります。ε を半分にすると" +
      "この往復は消えます。",
    "presets.edgeOfStability.part": "コードが出力する損失（学習率 ε = 0.01、20,000 回の反復）。",
  },
});

/** A key of the presets' longer words. */
export type PresetTextKey = keyof typeof presetTexts.en;
