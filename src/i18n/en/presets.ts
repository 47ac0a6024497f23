/**
 * presets: the Preset menu, each preset's label (settings/presets.ts) and the link's notice for an unknown
 * preset. The sentences a teacher reads aloud and the part of the article each preset shows are in
 * presetTexts.ts, loaded with the words under the menu when a preset is first chosen.
 */
export const presets = {
  "presets.menu.label": "Preset",
  "presets.menu.none": "—",
  "presets.about": "About this preset",
  "presets.part": "In the article: {part}",
  "presets.undo": "Undo preset",
  "presets.url.unknown": 'Ignored {key}: "{value}" is not one of {choices}.',
  "presets.figure3.label": "The article: Figure 3",
  "presets.perceptron.label": "A perceptron can't",
  "presets.figure4.label": "Figure 4",
  "presets.overfit.label": "Too many units overfit",
  "presets.regularization.label": "Regularization to the rescue",
  "presets.lrTooHigh.label": "Learning rate too high",
  "presets.derivation.label": "The derivation: sigmoid + squared error",
  "presets.edgeOfStability.label": "Edge of stability",
} as const;
