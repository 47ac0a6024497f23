/** The page frame: title, tagline, run status, language switch. */
import { defineMessages } from "../define.ts";

export const page = defineMessages({
  en: {
    "page.title": "Backprop Playground",
    "page.tagline":
      "A network with one hidden layer learns to separate the two moons — no straight line can.",
    "page.language": "Language",
    "page.language.en": "English",
    "page.language.ja": "日本語",
    "page.results": "Results",
    "page.inside": "Inside the network",
    "view.label": "View",
    "view.playground": "Playground",
    "view.inside": "Inside the network",
    "view.compare": "Compare",
    "inside.chooseArrow":
      "Choose an arrow (click, tap, or focus the diagram and press Enter) to see one gradient-descent update of its weight worked out with real numbers.",
    "inside.loading": "Loading…",
    "inside.hiddenSpace": "Hidden space: the data as the output layer sees it",
    "status.label": "Run status",
    "status.paused": "paused",
    "status.running": "running",
    "status.diverged": "diverged",
  },
  ja: {
    "page.title": "誤差逆伝播プレイグラウンド",
    "page.tagline":
      "隠れ層が 1 つのニューラルネットワークが、2 つの三日月を分ける決定境界を学習します — 直線では分けられません。",
    "page.language": "言語",
    "page.language.en": "English",
    "page.language.ja": "日本語",
    "page.results": "結果",
    "page.inside": "ネットワークの中",
    "view.label": "表示",
    "view.playground": "プレイグラウンド",
    "view.inside": "ネットワークの中",
    "view.compare": "比べる",
    "inside.chooseArrow":
      "矢印を選ぶと（クリック、タップ、または図にフォーカスして Enter）、その重みの勾配降下法による 1 回の更新を実際の数値で計算して見せます。",
    "inside.loading": "読み込み中…",
    "inside.hiddenSpace": "隠れ層の空間：出力層から見たデータ",
    "status.label": "学習の状態",
    "status.paused": "一時停止中",
    "status.running": "学習中",
    "status.diverged": "発散",
  },
});
