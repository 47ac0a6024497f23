/** The hidden-space view: the data mapped through the hidden layer. */
import { defineMessages } from "../define.ts";

export const hiddenSpace = defineMessages({
  en: {
    "hiddenSpace.none":
      "With no hidden layer there is no hidden space: the output layer separates the inputs x₁, x₂ themselves, by the straight boundary on the plane.",
    "hiddenSpace.label":
      "The training and test points at their values of the hidden units {units}, and the border where the output layer changes class",
    "hiddenSpace.label3d":
      "The training and test points at their values of the hidden units {units}, in a box you can turn, with the plane where the output layer changes class",
    "hiddenSpace.rotate": "Turn the box: drag it, or focus it and use the arrow keys (Home: the first view).",
    "hiddenSpace.pick.first": "First unit",
    "hiddenSpace.pick.second": "Second unit",
    "hiddenSpace.pick.third": "Third unit",
    "hiddenSpace.pick.none": "none (flat view)",
    "hiddenSpace.threshold": "h₁ = {value}",
    "hiddenSpace.caption.rule":
      "The output layer picks class 1 (blue) where Σⱼ (uⱼ₂ − uⱼ₁) hⱼ + (b2₂ − b2₁) > 0 and class 0 (red) elsewhere: in the hidden units' space the border is flat, a point, a straight line or a plane (drawn black).",
    "hiddenSpace.caption.line":
      "Each point sits at its value of h₁; points are spread up and down by class only so that they do not overlap (class 0 above, class 1 below).",
    "hiddenSpace.caption.grid":
      "Grey curves: the grid lines of the input plane (x₁ or x₂ constant), bent by the hidden layer.",
    "hiddenSpace.caption.held":
      "The other hidden units are held at their mean over the training data: the border drawn is where a point whose other units are average changes class.",
    "hiddenSpace.caption.masked": "Switched off, so the output does not count them: {units}.",
    "hiddenSpace.caption.missed":
      "The border lies outside the box shown: every point shown gets the same class.",
    "hiddenSpace.legend.class0": "class 0 (red)",
    "hiddenSpace.legend.class1": "class 1 (blue)",
    "hiddenSpace.legend.test": "hollow = test point",
  },
  ja: {
    "hiddenSpace.none":
      "隠れ層がないので隠れ空間はありません。出力層は入力 x₁, x₂ そのものを、平面上のまっすぐな決定境界で分けます。",
    "hiddenSpace.label":
      "学習データとテストデータの点を隠れユニット {units} の値の位置に置いた図と、出力層がクラスを切り替える境界",
    "hiddenSpace.label3d":
      "学習データとテストデータの点を隠れユニット {units} の値の位置に置いた回転できる箱と、出力層がクラスを切り替える平面",
    "hiddenSpace.rotate":
      "箱の回転：ドラッグするか、フォーカスして矢印キーを使います（ホームキーで最初の向き）。",
    "hiddenSpace.pick.first": "1 つ目のユニット",
    "hiddenSpace.pick.second": "2 つ目のユニット",
    "hiddenSpace.pick.third": "3 つ目のユニット",
    "hiddenSpace.pick.none": "なし（平面で表示）",
    "hiddenSpace.threshold": "h₁ = {value}",
    "hiddenSpace.caption.rule":
      "出力層は Σⱼ (uⱼ₂ − uⱼ₁) hⱼ + (b2₂ − b2₁) > 0 のところでクラス 1（青）、それ以外でクラス 0（赤）を選びます。隠れユニットの空間では、この境界は平ら（点・直線・平面）です（黒で表示）。",
    "hiddenSpace.caption.line":
      "各点は h₁ の値の位置にあります。点が重ならないよう、クラスごとに上下へずらしているだけです（クラス 0 が上、クラス 1 が下）。",
    "hiddenSpace.caption.grid":
      "灰色の曲線：入力平面の格子線（x₁ または x₂ が一定）が隠れ層で曲げられたもの。",
    "hiddenSpace.caption.held":
      "表示していない隠れユニットは学習データでの平均値に固定しています。描いた境界は、ほかのユニットが平均的な点のクラスが切り替わるところです。",
    "hiddenSpace.caption.masked": "オフにしたユニット（出力では数えません）：{units}。",
    "hiddenSpace.caption.missed":
      "境界は表示している箱の外にあります。表示中の点はすべて同じクラスになります。",
    "hiddenSpace.legend.class0": "クラス 0（赤）",
    "hiddenSpace.legend.class1": "クラス 1（青）",
    "hiddenSpace.legend.test": "白抜き = テストデータ",
  },
});
