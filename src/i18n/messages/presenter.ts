/** Presenter mode and the page's layout controls (folding, full screen). */
import { defineMessages } from "../define.ts";

export const presenter = defineMessages({
  en: {
    "presenter.button": "Presenter mode",
    "presenter.title": "Large text and a large plane for a projector (key P; Esc or P leaves)",
    "presenter.more": "Loss chart and network diagram",
  },
  ja: {
    "presenter.button": "プレゼンターモード",
    "presenter.title": "プロジェクター向けに文字と決定境界を大きく表示します（P キー。Esc か P で戻ります）",
    "presenter.more": "損失のグラフとネットワーク図",
  },
});
