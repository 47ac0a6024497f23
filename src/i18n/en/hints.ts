/** The controls' visible hints beyond the settings' own: the fold toggle, the run buttons, the preset, own points. */
export const hints = {
  "hints.hide": "Hide hints",
  "hints.show": "Show hints",
  "hints.run":
    "Play trains on and on; Step makes exactly one gradient-descent update (one epoch with full batch); Reset starts a fresh network on the same data.",
  "hints.preset": "A ready-made run with sentences to read aloud. Start with “The article: Figure 3”.",
  "hints.ownPoints":
    "The points are your own: this applies to generated data sets and is kept for when you choose one again.",
} as const;
