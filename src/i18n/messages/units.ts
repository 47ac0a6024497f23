/** Hidden units panel: each unit's map, the output as a sum, masks; and the unit lines on the plane. */
import { defineMessages } from "../define.ts";

export const units = defineMessages({
  en: {
    "units.title": "Hidden units — the output as a sum",
    "units.sum": "aₖ = Σⱼ uⱼₖ hⱼ + bₖ",
    "units.sumText":
      "Each output adds up the hidden units' maps hⱼ, each weighted by its uⱼₖ. The class follows a₂ − a₁ = Σⱼ (uⱼ₂ − uⱼ₁) hⱼ + (b₂ − b₁), so each card shows a unit's map hⱼ (green above {level}, purple below) and its term (uⱼ₂ − uⱼ₁) hⱼ (blue: towards class 1, red: towards class 0).",
    "units.none":
      "No hidden layer (H = 0): the inputs x₁ and x₂ feed the outputs directly, so there are no hidden units to show.",
    "units.list": "The hidden units",
    "units.card": "Hidden unit {unit}",
    "units.pictures": "Unit {unit} over the plane: left, its value h; right, what it adds to a₂ − a₁",
    "units.toggle": "Unit {unit} on/off",
    "units.off": "off",
    "units.offNote": "switched off: the output leaves it out",
    "units.lines": "Unit lines",
    "units.linesGroup": "Hidden units' lines a = 0, movable",
    "units.line": "Line a = 0 of unit {unit}",
    "units.lineRole": "movable line",
    "units.lineHelp":
      "Drag a line to move it, or its round handle to turn it. With the keyboard: arrow keys move it, [ and ] turn it.",
    "units.focus":
      "Hidden unit {unit}: h over the plane, green above {level}, purple below. Dashed: its line a = 0, where h = {level}.",
  },
  ja: {
    "units.title": "隠れユニット — 出力は和",
    "units.sum": "aₖ = Σⱼ uⱼₖ hⱼ + bₖ",
    "units.sumText":
      "出力はどれも、隠れユニットの地図 hⱼ に重み uⱼₖ を掛けて足し合わせたもの。クラスは a₂ − a₁ = Σⱼ (uⱼ₂ − uⱼ₁) hⱼ + (b₂ − b₁) で決まるので、各カードにユニットの地図 hⱼ（{level} より大きいと緑、小さいと紫）とその項 (uⱼ₂ − uⱼ₁) hⱼ（青はクラス 1 へ、赤はクラス 0 へ）を示す。",
    "units.none":
      "隠れ層がない（H = 0）：入力 x₁ と x₂ がそのまま出力につながるので、示す隠れユニットはない。",
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
  },
});
