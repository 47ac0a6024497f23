/** The Stop at field: training stops at a chosen epoch. */
export const until = {
  "until.label": "Stop at epoch",
  "until.hint":
    "Training pauses once it has completed this many epochs; empty = never. The article trains " +
    "20,000 (num_passes).",
  "until.never": "never",
  "until.invalid":
    '"{text}" is not a whole number of epochs from {min} to {max}; nothing was changed. Leave the ' +
    "field empty to never stop.",
  "until.stopped": "Stopped at epoch {epoch}, as asked. To go on, raise or clear “{field}”.",
  "until.past": "Epoch {epoch} is past the stop at epoch {until}. To go on, raise or clear “{field}”.",
} as const;
