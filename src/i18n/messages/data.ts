/** Your own data: the custom data set, its points in the link, adding and removing points, CSV files. */
import { defineMessages } from "../define.ts";

export const data = defineMessages({
  en: {
    "data.url.tooMany": "The link's points were ignored: {count} points, at most {max}.",
    "data.url.badPoint":
      'The link\'s points were ignored: point {index} ("{point}") is not x1,x2,label with two numbers and a label 0 or 1.',
    "data.url.customWithoutPoints":
      "The link asks for your own data set (dataset=custom) without its points: the two moons are shown instead.",
    "data.empty": "No training points: click the plane to add some.",
  },
  ja: {
    "data.url.tooMany": "リンクの点は無視しました：{count} 個あり、上限は {max} 個です。",
    "data.url.badPoint":
      "リンクの点は無視しました：{index} 番目の点（「{point}」）が x1,x2,ラベル（数値 2 つとラベル 0 か 1）になっていません。",
    "data.url.customWithoutPoints":
      "リンクは自分のデータ（dataset=custom）を指定していますが、点がありません。代わりに 2 つの三日月を表示します。",
    "data.empty": "訓練データの点がありません。平面をクリックして点を追加してください。",
  },
});
