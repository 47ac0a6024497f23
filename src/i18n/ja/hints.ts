/** hints: the Japanese of en/hints.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { hints as english } from "../en/hints.ts";

export const hints: Translation<typeof english> = {
  "hints.hide": "ヒントを隠す",
  "hints.show": "ヒントを表示",
  "hints.run":
    "再生で学習を続けます。1 ステップは勾配降下法による重みの更新をちょうど 1 回（バッチ全体なら 1 エポック）。リセットは同じデータのまま新しいネットワークで始め直します。",
  "hints.preset": "読み上げ用の説明つきの設定です。まず「記事そのまま：図3」から試しましょう。",
  "hints.ownPoints":
    "自分で置いた点を使っています。この設定は生成したデータセット用で、それを選び直したときのために値を残しています。",
};
