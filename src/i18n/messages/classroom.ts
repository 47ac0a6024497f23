/**
 * classroom: words added by issue 10 — the keyboard shortcuts and their list, and Copy link. Key legends
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
  },
});
