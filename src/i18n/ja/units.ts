/** units: the Japanese of en/units.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { units as english } from "../en/units.ts";

export const units: Translation<typeof english> = {
  "units.title": "隠れユニット — 出力は和",
  "units.sum": "aₖ = Σⱼ uⱼₖ hⱼ + bₖ",
  "units.sumText":
    "出力はどれも、隠れユニットの地図 hⱼ に重み uⱼₖ を掛けて足し合わせたもの。クラスは a₂ − a₁ = Σⱼ (uⱼ₂ − uⱼ₁) hⱼ + (b₂ − b₁) で決まるので、各カードにユニットの地図 hⱼ（{level} より大きいと緑、小さいと紫）とその項 (uⱼ₂ − uⱼ₁) hⱼ（青はクラス 1 へ、赤はクラス 0 へ）を示す。",
  "units.none": "隠れ層がない（H = 0）：入力 x₁ と x₂ がそのまま出力につながるので、示す隠れユニットはない。",
  "units.list": "隠れユニット",
  "units.card": "隠れユニット {unit}",
  "units.pictures": "ユニット {unit} の平面上の地図：左はその値 h、右はそれが a₂ − a₁ に加える量",
  "units.toggle": "ユニット {unit} のオン／オフ",
  "units.off": "オフ",
  "units.offNote": "オフ：出力はこのユニットを使わない",
  "units.lines": "ユニットの直線",
  "units.linesGroup": "隠れユニットの直線 a = 0（動かせる）",
  "units.line": "ユニット {unit} の直線 a = 0",
  "units.lineRole": "動かせる直線",
  "units.lineHelp":
    "直線をドラッグすると平行移動、丸いつまみをドラッグすると回転。キーボードでは矢印キーで移動、[ と ] で回転。",
  "units.focus":
    "隠れユニット {unit}：平面上の h（{level} より大きいと緑、小さいと紫）。破線はその直線 a = 0（h = {level} となる所）。",
};
