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
    "status.label": "学習の状態",
    "status.paused": "一時停止中",
    "status.running": "学習中",
    "status.diverged": "発散",
  },
});
