/** explain: the Japanese of en/explain.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { explain as english } from "../en/explain.ts";

export const explain: Translation<typeof english> = {
  "explain.label": "1 回の更新を一歩ずつ",
  "explain.of.weight": "1 回の更新で {weight} がどう動くか",
  "explain.of.hiddenBias": "隠れユニット {unit} のバイアス {weight} が 1 回の更新でどう動くか",
  "explain.of.outputBias": "出力 {unit} のバイアス {weight} が 1 回の更新でどう動くか",
  "explain.rule":
    "実際の数値で見る誤差逆伝播：どの重みも「入る先のユニットの δ」×「出てくるユニットの値」を学習データ全体で足し合わせ、その −ε 倍だけ動きます。",
  "explain.example": "データ点",
  "explain.exampleRange": "（全 {count} 点）",
  "explain.previous": "前のデータ点",
  "explain.next": "次のデータ点",
  "explain.close": "閉じる",
  "explain.closeName": "1 回の更新のパネルを閉じる",
  "explain.waiting": "学習の数値を待っています…",
  "explain.missing": "{weight} はこのネットワークにありません。ネットワーク図の矢印を選んでください。",
  "explain.step.forward": "データ点 {example} の順伝播：入力 x、目標値 t、線形結合 a、h、出力 y",
  "explain.step.forwardLinear": "データ点 {example} の順伝播：入力 x、目標値 t、線形結合 a、出力 y",
  "explain.step.outputDelta.softmax": "出力の誤差 δ（ソフトマックスと交差エントロピー）",
  "explain.step.outputDelta.sigmoid": "出力の誤差 δ（シグモイドと二乗誤差：記事の導出）",
  "explain.step.hiddenDelta": "u を通って隠れユニット {unit} へ逆伝播：連鎖律でその δ を求めます",
  "explain.step.term": "このデータ点の偏微分（連鎖律）",
  "explain.step.sum": "勾配：学習データ {count} 点すべての和に λ × 重みを足します",
  "explain.step.sumBias": "勾配：学習データ {count} 点すべての和（バイアスに λ はかけません）",
  "explain.step.masked": "隠れユニット {unit} はオフです：その重みの勾配は 0 で、動きません。",
  "explain.step.update": "更新規則：元の値 − ε × 勾配 = 新しい値",
  "explain.stepHint": "一時停止して「1 ステップ」を押すと、ちょうどこの更新が行われます。",
  "explain.miniBatch":
    "「1 ステップ」は {size} 点のミニバッチ 1 つで更新するため、重みはそのバッチの和で動き、この全データでの更新とは一致しません。",
  "explain.compare.title": "1 ステップの前と後",
  "explain.compare.before": "前",
  "explain.compare.predicted": "予測した新しい値",
  "explain.compare.after": "後",
  "explain.compare.exact": "1 ステップ後の重みは、予測した新しい値と完全に一致します。",
  "explain.compare.miniBatch":
    "1 ステップ後の重みは全データでの予測と異なります：ミニバッチ 1 つで更新したためです。",
  "explain.compare.differs": "1 ステップ後の重みは予測と異なります。",
  "explain.compare.loss": "学習データの損失",
  "explain.compare.accuracy": "学習データの正解率",
};
