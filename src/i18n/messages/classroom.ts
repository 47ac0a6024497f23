/**
 * classroom: words added by issue 10 — the keyboard shortcuts and their list, Copy link, and what the live
 * region (Announcer.tsx) says to a screen reader. Key legends
 * (S, R, →, ?, Ctrl+C) are not words: the components show them in <kbd> and pass them in as {keys}.
 */
import { defineMessages } from "../define.ts";

export const classroom = defineMessages({
  en: {
    "shortcuts.button": "Shortcuts (?)",
    "shortcuts.title": "Keyboard shortcuts",
    "shortcuts.play": "Play or pause",
    "shortcuts.step": "One step (one update of the weights)",
    "shortcuts.reset": "Reset (a fresh network)",
    "shortcuts.present": "Presenter mode on or off",
    "shortcuts.leave": "Leave presenter mode",
    "shortcuts.language": "Switch the language (English ↔ Japanese)",
    "shortcuts.help": "Show this list",
    "shortcuts.key.space": "Space",
    "shortcuts.note":
      "None works while you type in a field or hold Ctrl, ⌘ or Alt. Space on a button presses it.",
    "classroom.close": "Close",
    "copyLink.button": "Copy link",
    "copyLink.copied": "Link copied",
    "copyLink.fallback.label": "Link to this page",
    "copyLink.fallback.hint":
      "Copying was refused. Copy the selected link with {keys} (on a touch screen: touch and hold).",
    "announce.progress": "Epoch {epoch}. Training loss {loss}. Training accuracy {accuracy}.",
    "announce.progressTest":
      "Epoch {epoch}. Training loss {loss}. Training accuracy {accuracy}. Test loss {testLoss}. Test accuracy {testAccuracy}.",
    "announce.panels.one": "{count} panel, at epoch {epoch}.",
    "announce.panels.other": "{count} panels, the slowest at epoch {epoch}.",
    "announce.status": "Run status: {status}.",
    "announce.notices.one": "{count} setting of the link was ignored: {first}",
    "announce.notices.other": "{count} settings of the link were ignored. The first: {first}",
    "announce.error": "Training stopped after an error in the trainer: {error}",
    "announce.missing": "not available",
    "embed.open": "Open in the playground",
    "embed.newTab": "(opens in a new tab)",
    "embed.open.title": "The whole playground, with these settings, in a new tab",
    "embed.region": "Run and results",
    "embed.notice": "Part of the link was ignored: open it in the playground to see what and why.",
    "embed.url.bad": 'Ignored {key}: "{value}" is not 1 (only the plane and its run buttons) or 0.',
    "embed.diverged": "The run diverged: press Reset, or open it in the playground to see why.",
  },
  ja: {
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
    "embed.diverged":
      "学習が発散しました。リセットを押すか、プレイグラウンドで開いて理由を確かめてください。",
  },
});
