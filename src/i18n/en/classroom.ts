/**
 * classroom: words added by issue 10 — the keyboard shortcuts and their list, Copy link, and what the live
 * region (Announcer.tsx) says to a screen reader. Key legends
 * (S, R, →, ?, Ctrl+C) are not words: the components show them in <kbd> and pass them in as {keys}.
 */
export const classroom = {
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
  "shortcuts.plane":
    "On the plane (Tab to it): the arrow keys move a crosshair, Enter adds a point there, Shift+Enter one of the other class, Delete removes the nearest.",
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
} as const;
