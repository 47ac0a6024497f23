/** compare: the Japanese of en/compare.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { compare as english } from "../en/compare.ts";

export const compare: Translation<typeof english> = {
  "compare.url.badSweep":
    "{key} を無視しました：「{value}」は {choices} のどれでもありません。隠れユニットの数を比べます。",
  "compare.url.wrongList":
    "{key} を無視しました：パネルが比べるのは {setting} で、その値は {list}=… に並べます。",
  "compare.url.noList":
    "リンクに {sweep} はありますが、{key}=… の一覧がありません。{fallback} を表示します。",
  "compare.url.noValues": "{key} には使える値がありません。{fallback} を表示します。",
  "compare.url.badIntegers":
    "{key} の {items} を無視しました：値は {min} から {max} までの整数でなければなりません。",
  "compare.url.badNumbers":
    "{key} の {items} を無視しました：値は {min} から {max} までの数でなければなりません。",
  "compare.url.badNumbersAbove":
    "{key} の {items} を無視しました：値は {min} より大きく {max} 以下の数でなければなりません。",
  "compare.url.badChoices": "{key} の {items} を無視しました：値は {choices} のどれかでなければなりません。",
  "compare.url.repeated": "{key} に {items} が 2 回以上あります。それぞれ 1 回だけ表示します。",
  "compare.url.tooMany":
    "{key} の {items} を無視しました：比較ビューのパネルは最大 {max} 個で、最初の {max} 個を表示します。",
  "compare.url.badOverlay":
    "{key} を無視しました：「{value}」は 1（シードを 1 つのパネルに重ねる）でも 0 でもありません。",
  "compare.url.overlayNeedsSeeds":
    "{key}=1 を無視しました：1 つのパネルに重ねられるのは重みの初期化のシード（{sweep}）だけです。値ごとに別のパネルに表示します。",
  "compare.region": "ネットワークを並べて比べる",
  "compare.editor.label": "パネルごとに変える設定",
  "compare.editor.setting": "比べる設定",
  "compare.editor.values": "値",
  "compare.editor.apply": "適用",
  "compare.editor.overlay": "シードを 1 つのパネルに重ねる",
  "compare.editor.hint": "カンマで区切って入力します。値ごとに 1 つのパネルで、最大 {max} 個です。",
  "compare.editor.accepts.integer": "{min} から {max} までの整数。",
  "compare.editor.accepts.number": "{min} から {max} までの数。",
  "compare.editor.accepts.numberAbove": "{min} より大きく {max} 以下の数。",
  "compare.editor.accepts.choices": "次から選べます：",
  "compare.editor.unchanged": "一覧に使える値がないため、パネルはそのままです。",
  "compare.setting.batchSize": "バッチサイズ",
  "compare.setting.initSeed": "重みの初期値のシード",
  "compare.heading.hiddenUnits": "H = {value}",
  "compare.heading.perceptron": "H = 0：パーセプトロン",
  "compare.heading.learningRate": "ε = {value}",
  "compare.heading.lambda": "λ = {value}",
  "compare.heading.activation": "活性化関数 = {value}",
  "compare.heading.output": "出力層 = {value}",
  "compare.heading.batchSize": "バッチサイズ = {value}",
  "compare.heading.fullBatch": "バッチサイズ = 0：全データ",
  "compare.heading.initSeed": "シード = {value}",
  "compare.panel.open": "{heading} をプレイグラウンドで開く",
  "compare.panel.plot": "{heading} の決定領域。クリックまたはタップするとプレイグラウンドで開きます",
  "compare.panel.gap": "正解率の差（学習データ − テストデータ）",
  "compare.panel.stopped": "エポック {epoch} で止まりました。",
  "compare.panel.diverged": "{when} で発散しました：{what}。",
  "compare.overlay.title": "同じデータに重ねた、各シードの決定境界（P = ½）",
  "compare.overlay.label": "{count} 個の初期値のシードそれぞれの決定境界。線ごとに破線の形が違います",
  "compare.overlay.seed": "シード {value}",
  "compare.chart.title": "現在のエポックでの汎化",
  "compare.chart.show": "表示",
  "compare.chart.accuracy": "正解率",
  "compare.chart.train": "学習データ",
  "compare.chart.test": "テストデータ",
  "compare.chart.label.accuracy": "パネルごとの学習データとテストデータの正解率（横軸：{setting}）",
  "compare.chart.label.loss": "パネルごとの学習データとテストデータの損失（横軸：{setting}）",
  "compare.chart.noTest":
    "テストデータがありません。各ネットワークの汎化の度合いを見るには「{field}」を上げてください。",
  "compare.time.done": "すべてのパネルがエポック {epoch} で止まりました：学習にかかった時間 {seconds} 秒",
  "compare.time.running": "エポック {epoch} まで学習中：{seconds} 秒経過",
  "compare.controls.varied": "パネルごとに変えています。値はパネルの上で設定します。",
};
