/** The controls' visible hints beyond the settings' own: the fold toggle, the run buttons, the preset, own points. */
import { defineMessages } from "../define.ts";

export const hints = defineMessages({
  en: {
    "hints.hide": "Hide hints",
    "hints.show": "Show hints",
    "hints.run":
      "Play trains on and on; Step makes exactly one gradient-descent update (one epoch with full batch); Reset starts a fresh network on the same data.",
    "hints.preset": "A ready-made run with sentences to read aloud. Start with “The article: Figure 3”.",
    "hints.ownPoints":
      "The points are your own: this applies to generated data sets and is kept for when you choose one again.",
  },
  ja: {
    "hints.hide": "ヒントを隠す",
    "hints.show": "ヒントを表示",
    "hints.run":
      "再生で学習を続けます。1 ステップは勾配降下法による重みの更新をちょうど 1 回（バッチ全体なら 1 エポック）。リセットは同じデータのまま新しいネットワークで始め直します。",
    "hints.preset": "読み上げ用の説明つきの設定です。まず「記事そのまま：図3」から試しましょう。",
    "hints.ownPoints":
      "自分で置いた点を使っています。この設定は生成したデータセット用で、それを選び直したときのために値を残しています。",
  },
});
