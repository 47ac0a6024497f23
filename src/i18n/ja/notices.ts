/** notices: the Japanese of en/notices.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { notices as english } from "../en/notices.ts";

export const notices: Translation<typeof english> = {
  "notices.divergence.title": "発散しました。",
  "notices.divergence.text":
    "{when} で学習が止まりました：{what}。学習率 ε = {rate} では一歩が大きすぎて、損失の坂を下らずに行き過ぎてしまいます。" +
    "学習率を下げる（記事では 0.01）か「リセット」を押してください。どちらも新しいネットワークで始め直します。",
  "notices.divergence.when": "エポック {epoch}",
  "notices.divergence.whenUpdate": "エポック {epoch}（更新 {updates} 回目）",
  "notices.divergence.lossExploded":
    "学習データの損失が {from} から {to} に増え、{since}の 100 倍を超えました",
  "notices.divergence.sinceStart": "学習開始時の値",
  "notices.divergence.sinceLambda": "最後に λ を変えたときの値",
  "notices.divergence.notFinite":
    "重みが大きくなりすぎて表せなくなりました（無限大または数でない値になりました）",
  "notices.workerError.title": "学習プログラムでエラーが起きたため、学習が止まりました",
  "notices.workerError.text":
    "（{error}）。「再生」を押すと止まったところから続き、「リセット」を押すと新しいネットワークで始めます。" +
    "設定はそのまま残ります。",
  "notices.url.heading": "リンクの設定のうち、次のものは無視しました：",
  "notices.url.more": "…ほか {count} 件。",
  "notices.url.dismiss": "閉じる",
  "notices.url.notUrlText": "「{part}」を無視しました：URL として正しい文字列ではありません。",
  "notices.url.noValue": "「{part}」を無視しました：設定には {key}=… のように値が必要です。",
  "notices.url.repeated": "「{key}」が 2 回以上あります。最後の値を使います。",
  "notices.url.unknownKey": "「{part}」を無視しました：「{key}」はこのページの設定ではありません。",
  "notices.url.badChoice":
    "{key} を無視しました：「{value}」は {choices} のどれでもありません。{fallback} を使います。",
  "notices.url.badInteger":
    "{key} を無視しました：「{value}」は {min} から {max} までの整数ではありません。{fallback} を使います。",
  "notices.url.badNumber":
    "{key} を無視しました：「{value}」は {min} から {max} までの数ではありません。{fallback} を使います。",
  "notices.url.badNumberAbove":
    "{key} を無視しました：「{value}」は {min} より大きく {max} 以下の数ではありません。{fallback} を使います。",
  "notices.url.badSpeed":
    "speed を無視しました：「{value}」は {min} から {max} までの数でも「{fastest}」でもありません。{fallback} を使います。",
  "notices.url.badLang": "lang を無視しました：「{value}」は {choices} のどれでもありません。",
  "notices.url.badPresent":
    "present を無視しました：「{value}」は 1（プレゼンターモード）でも 0 でもありません。",
  "notices.url.badView":
    "view を無視しました：「{value}」は {choices} のどれでもありません。プレイグラウンドを表示します。",
  "notices.url.badMask":
    "mask を無視しました：「{value}」は 1 から {max} までの隠れユニット番号のカンマ区切りではありません。すべてのユニットを使います。",
  "notices.url.maskBeyond":
    "ユニット {units} の mask を無視しました：隠れユニットは {hidden} 個です。そのユニットは使われたままです。",
  "notices.url.badEdited":
    "edited を無視しました：「{value}」は 1（重みを手で編集した）でも 0 でもありません。",
  "notices.url.badUntil":
    "{key} を無視しました：「{value}」は {min} から {max} までのエポック数（整数）ではありません。学習は自動では止まりません。",
  "notices.url.edited":
    "このリンクは重みを手で編集した後にコピーされました。リンクが残すのは設定だけで、編集した重みは残りません。いつもの初期の重みから始めます。",
};
