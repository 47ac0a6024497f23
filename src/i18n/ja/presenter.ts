/** presenter: the Japanese of en/presenter.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { presenter as english } from "../en/presenter.ts";

export const presenter: Translation<typeof english> = {
  "presenter.button": "プレゼンターモード",
  "presenter.title": "プロジェクター向けに文字と決定境界を大きく表示します（P キー。Esc か P で戻ります）",
  "presenter.more": "損失のグラフとネットワーク図",
};
