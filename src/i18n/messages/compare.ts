/** The compare view's link: the swept setting and its values. */
import { defineMessages } from "../define.ts";

export const compare = defineMessages({
  en: {
    "compare.url.badSweep":
      'Ignored {key}: "{value}" is not one of {choices}; the panels compare hidden units.',
    "compare.url.wrongList":
      "Ignored {key}: the panels compare {setting}, whose values are listed in {list}=….",
    "compare.url.noList": "The link has {sweep} but no {key}=… list; the panels show {fallback}.",
    "compare.url.noValues": "{key} lists no value that can be used; the panels show {fallback}.",
    "compare.url.badIntegers": "Ignored {items} in {key}: each value must be an integer from {min} to {max}.",
    "compare.url.badNumbers": "Ignored {items} in {key}: each value must be a number from {min} to {max}.",
    "compare.url.badNumbersAbove":
      "Ignored {items} in {key}: each value must be a number greater than {min} and at most {max}.",
    "compare.url.badChoices": "Ignored {items} in {key}: each value must be one of {choices}.",
    "compare.url.repeated": "{key} lists {items} more than once; each is shown once.",
    "compare.url.tooMany":
      "Ignored {items} in {key}: the compare view shows at most {max} panels, the first {max} listed.",
    "compare.url.badOverlay": 'Ignored {key}: "{value}" is not 1 (the seeds in one panel) or 0.',
    "compare.url.overlayNeedsSeeds":
      "Ignored {key}=1: only initialisation seeds ({sweep}) can share one panel; each value keeps its own.",
  },
  ja: {
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
    "compare.url.badChoices":
      "{key} の {items} を無視しました：値は {choices} のどれかでなければなりません。",
    "compare.url.repeated": "{key} に {items} が 2 回以上あります。それぞれ 1 回だけ表示します。",
    "compare.url.tooMany":
      "{key} の {items} を無視しました：比較ビューのパネルは最大 {max} 個で、最初の {max} 個を表示します。",
    "compare.url.badOverlay":
      "{key} を無視しました：「{value}」は 1（シードを 1 つのパネルに重ねる）でも 0 でもありません。",
    "compare.url.overlayNeedsSeeds":
      "{key}=1 を無視しました：1 つのパネルに重ねられるのは重みの初期化のシード（{sweep}）だけです。値ごとに別のパネルに表示します。",
  },
});
