/** classroom: the Japanese of en/classroom.ts, key for key (the article's terms). */

import type { Translation } from "../define.ts";
import type { classroom as english } from "../en/classroom.ts";

export const classroom: Translation<typeof english> = {
  "shortcuts.button": "ショートカット（?）",
  "shortcuts.title": "キーボードショートカット",
  "shortcuts.play": "再生・一時停止",
  "shortcuts.step": "1 ステップ（重みを 1 回更新）",
  "shortcuts.reset": "リセット（新しいネットワークで始め直す）",
  "shortcuts.present": "プレゼンターモードの切り替え",
  "shortcuts.leave": "プレゼンターモードを終える",
  "shortcuts.language": "言語の切り替え（英語 ↔ 日本語）",
  "shortcuts.help": "この一覧を表示",
  "shortcuts.key.space": "スペース",
  "shortcuts.plane":
    "平面では（Tab でフォーカス）：矢印キーで十字を動かし、Enter でそこに点を追加、Shift+Enter でもう一方のクラスの点を追加、Delete で最も近い点を削除します。",
  "shortcuts.note":
    "入力欄での入力中や修飾キーを押している間は働きません。ボタン上のスペースはそのボタンを押します。",
  "classroom.close": "閉じる",
  "copyLink.button": "リンクをコピー",
  "copyLink.copied": "リンクをコピーしました",
  "copyLink.fallback.label": "このページへのリンク",
  "copyLink.fallback.hint":
    "コピーが許可されませんでした。選択したリンクを {keys} でコピーしてください（タッチ画面では長押し）。",
  "announce.progress": "エポック {epoch}。学習データの損失 {loss}。学習データの正解率 {accuracy}。",
  "announce.progressTest":
    "エポック {epoch}。学習データの損失 {loss}。学習データの正解率 {accuracy}。テストデータの損失 {testLoss}。テストデータの正解率 {testAccuracy}。",
  "announce.panels.one": "パネル {count} 枚、エポック {epoch}。",
  "announce.panels.other": "パネル {count} 枚、最も遅いものでエポック {epoch}。",
  "announce.status": "学習の状態：{status}。",
  "announce.notices.one": "リンクの設定を {count} 件無視しました（{first}）",
  "announce.notices.other": "リンクの設定を {count} 件無視しました（先頭の 1 件：{first}）",
  "announce.error": "学習プログラムでエラーが起きたため、学習が止まりました：{error}",
  "announce.missing": "なし",
  "embed.open": "プレイグラウンドで開く",
  "embed.newTab": "（新しいタブで開きます）",
  "embed.open.title": "この設定のまま、プレイグラウンド全体を新しいタブで開きます",
  "embed.region": "実行と結果",
  "embed.notice": "リンクの一部を無視しました。何をなぜ無視したかはプレイグラウンドで開くと表示されます。",
  "embed.url.bad":
    "{key} を無視しました：「{value}」は 1（平面と実行ボタンだけを表示）でも 0 でもありません。",
  "embed.diverged": "学習が発散しました。リセットを押すか、プレイグラウンドで開いて理由を確かめてください。",
};
