/** hiddenSpace: the Japanese of en/hiddenSpace.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { hiddenSpace as english } from "../en/hiddenSpace.ts";

export const hiddenSpace: Translation<typeof english> = {
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
  "hiddenSpace.caption.grid": "灰色の曲線：入力平面の格子線（x₁ または x₂ が一定）が隠れ層で曲げられたもの。",
  "hiddenSpace.caption.held":
    "表示していない隠れユニットは学習データでの平均値に固定しています。描いた境界は、ほかのユニットが平均的な点のクラスが切り替わるところです。",
  "hiddenSpace.caption.masked": "オフにしたユニット（出力では数えません）：{units}。",
  "hiddenSpace.caption.missed":
    "境界は表示している箱の外にあります。表示中の点はすべて同じクラスになります。",
  "hiddenSpace.legend.class0": "クラス 0（赤）",
  "hiddenSpace.legend.class1": "クラス 1（青）",
  "hiddenSpace.legend.test": "白抜き = テストデータ",
};
