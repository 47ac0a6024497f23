/** export: the Japanese of en/export.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { exportMessages as english } from "../en/export.ts";

export const exportMessages: Translation<typeof english> = {
  "export.menu": "書き出し",
  "export.png": "画像を保存（PNG）",
  "export.model": "モデルを保存（JSON）",
  "export.numpy": "NumPy スクリプトを保存",
  "export.open": "モデルを開く…",
  "export.open.hint": "保存したモデルのファイルをページのどこかにドロップしても開けます。",
  "export.opened": "モデル {name} を開きました。その重みから新しく学習します。",
  "export.refused": "ファイル {name} は開けませんでした：{reason} 何も変更していません。",
  "export.inCompare":
    "書き出せるのは 1 つのネットワークです。先にパネルをプレイグラウンドで開いてください（パネルの「… をプレイグラウンドで開く」ボタン）。",
  "export.notReady": "まだ書き出すものがありません。最初のフレームを待ってください。",
  "export.dismiss": "閉じる",
  "export.legend.class0": "クラス 0",
  "export.legend.class1": "クラス 1",
  "export.legend.train": "塗りつぶし：学習データ",
  "export.legend.test": "白抜き：テストデータ",
  "export.summary.batch": "ミニバッチ（{size} 個ずつ）",
  "export.summary.fullBatch": "バッチ全体",
  "export.file.tooBig": "{max} 文字を超えています。",
  "export.file.notJson": "JSON のテキストではありません。",
  "export.file.notModel": "このページで保存したモデルのファイルではありません。",
  "export.file.version": "バージョン {version} のモデルです。このページが読めるのはバージョン 1 です。",
  "export.file.missing": "「{field}」がありません。",
  "export.file.unknownSetting": "設定に「{name}」がありますが、ページの設定にはありません。",
  "export.file.badSetting": "設定 {name} の値 {value} はページでは使えません。",
  "export.file.badEpoch": "エポック数が 0 以上の整数ではありません。",
  "export.file.tooManyRows": "データが {count} 行あります。上限は {max} 行です。",
  "export.file.rowCount": "データの点は {x} 個ですが、ラベルは {y} 個です。",
  "export.file.badRow": "データの {row} 行目が 2 つの数値 [x1, x2] ではありません。",
  "export.file.farRow": "データの {row} 行目が原点から {max} より遠くにあります。",
  "export.file.badLabel": "データの {row} 行目のラベルが 0 でも 1 でもありません。",
  "export.file.shape": "「{field}」が {shape} 個の数値になっていません（設定の隠れユニット数に合いません）。",
  "export.file.badWeight": "「{field}」に −{max} から {max} の有限の数値でない値があります。",
};
