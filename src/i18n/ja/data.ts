/** data: the Japanese of en/data.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { data as english } from "../en/data.ts";

export const data: Translation<typeof english> = {
  "data.url.tooMany": "リンクの点は無視しました：{count} 個あり、上限は {max} 個です。",
  "data.url.badPoint":
    "リンクの点は無視しました：{index} 番目の点（「{point}」）が x1,x2,ラベル（数値 2 つとラベル 0 か 1）になっていません。",
  "data.url.customWithoutPoints":
    "リンクは自分のデータ（{key}={value}）を指定していますが、点がありません。代わりに 2 つの三日月を表示します。",
  "data.empty": "訓練データの点がありません。平面をクリックして点を追加してください。",
  "data.tools": "自分のデータ",
  "data.hint.mouse":
    "平面をクリックすると点を追加、Shift+クリックでもう一方のクラス、Alt+クリックまたは長押しで点を削除します。",
  "data.hint.touch": "タッチ画面では、タップで選んだクラスの点を追加、点を長押しで削除します。",
  "data.hint.keys":
    "キーボード：平面にフォーカスし、矢印キーで十字を動かし、Enter で点を追加（Shift+Enter でもう一方のクラス）、Delete で最も近い点を削除します。",
  "data.plane": "平面：点の追加と削除",
  "data.class.legend": "タップで追加",
  "data.class.0": "クラス 0",
  "data.class.1": "クラス 1",
  "data.counts": "クラス 0 が {class0} 個、クラス 1 が {class1} 個",
  "data.clear": "全消去",
  "data.clear.title": "すべての点を削除します（元に戻すで復元できます）",
  "data.undo": "元に戻す",
  "data.import": "CSV を読み込む…",
  "data.import.title": "CSV ファイルの点から学習します：1 行に x1,x2,ラベル、ラベルは 0 か 1",
  "data.export": "CSV を書き出す",
  "data.export.title": "画面の点（訓練データ、次にテストデータ）を x1,x2,ラベル の形でダウンロードします",
  "data.status.cleared": "{count} 個の点を消去しました。",
  "data.status.undone": "{count} 個の点を元に戻しました。",
  "data.status.added": "クラス {label} の点を ({x1}, {x2}) に追加しました。",
  "data.status.removed": "({x1}, {x2}) の点を削除しました。",
  "data.status.noneNear": "({x1}, {x2}) の近くに削除できる点がありません。",
  "data.status.full": "点は最大 {max} 個です。先にいくつか削除してください。",
  "data.status.imported":
    "{file} から {count} 個の点を読み込みました：クラス 0 が {class0} 個、クラス 1 が {class1} 個。",
  "data.status.refused": "{file} は読み込みませんでした（データはそのままです）：",
  "data.status.undoneSet": "前のデータセットに戻しました。",
  "data.status.exported": "{count} 個の点を {file} に書き出しました。",
  "csv.tooBig": "ファイルが {size} KB あります。上限は {max} KB です。",
  "csv.binary": "{line} 行目にテキストでない文字があります。CSV ファイルですか？",
  "csv.quote": "{line} 行目の引用符で始まる値が、その行の中で閉じていません。",
  "csv.empty": "ファイルに点がありません。",
  "csv.onlyHeader": "ファイルには見出し行しかなく、点がありません。",
  "csv.headerAgain": "{line} 行目は 2 つ目の見出し行です。列に名前を付けられるのは最初の行だけです。",
  "csv.columns":
    "{line} 行目の値は {count} 個です。各行はコンマで区切った 3 つの値（x1,x2,ラベル）にしてください。",
  "csv.emptyValue": "{line} 行目の {column} 番目の値が空です。",
  "csv.notNumber": "{line} 行目の {column} 番目の値（「{value}」）が 10 進数の数値ではありません。",
  "csv.outOfRange": "{line} 行目の {column} 番目の値（「{value}」）が ±{max} の範囲を超えています。",
  "csv.badLabel": "{line} 行目のラベル（「{value}」）が 0 でも 1 でもありません。",
  "csv.tooMany": "{line} 行目で点が多すぎます：上限は {max} 個です。",
};
