/** page: the Japanese of en/page.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { page as english } from "../en/page.ts";

export const page: Translation<typeof english> = {
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
};
