/**
 * The presets: named runs a teacher opens from the Preset menu or a link (`#preset=figure3`), each showing
 * one part of the article. A preset sets a whole run — every setting (the article's defaults unless it
 * says), the view (the compare view and its sweep, or a single run), the speed and the stop epoch — and
 * carries its words as message keys: the menu label (i18n/en/presets.ts), and the sentences to read
 * aloud and the part of the article it illustrates (presetTexts.ts, loaded when first shown). The numbers in those sentences were measured with this
 * engine (the headless trainer), not taken from the article alone.
 */
import type { RunSettings } from "../engine/run.ts";
import type { MessageKey } from "../i18n/catalogue.ts";
import type { PresetTextKey } from "../i18n/presetTexts.ts";
import type { CompareState } from "../store/compareUrl.ts";
import type { Speed } from "../worker/protocol.ts";
import { DEFAULT_SETTINGS, SPEED } from "./schema.ts";

/** A preset's name, as the link's `preset` key says it. */
export type PresetName =
  | "figure3"
  | "perceptron"
  | "figure4"
  | "overfit"
  | "regularization"
  | "lr-too-high"
  | "derivation"
  | "edge-of-stability";

/** One preset: the run it sets up and its words. */
export interface Preset {
  name: PresetName;
  settings: RunSettings;
  /** The compare view with this sweep; null: a single run (the playground, or the inside view if open). */
  compare: CompareState | null;
  speed: Speed;
  /** The stop epoch (null: training does not stop by itself). */
  until: number | null;
  label: MessageKey;
  /** One or two sentences a teacher can read aloud: what to watch, with the measured numbers. */
  text: PresetTextKey;
  /** The part of the article it illustrates. */
  part: PresetTextKey;
}

/** The article's num_passes: presets that end where the article's printout ends stop here. */
const PASSES = 20000;

/** The overfitting data: noisy moons, 45 training points of 300 (test fraction 0.85), λ = 0, ε = 0.05. */
const NOISY: RunSettings = {
  ...DEFAULT_SETTINGS,
  samples: 300,
  noise: 0.45,
  testFraction: 0.85,
  lambda: 0,
  learningRate: 0.05,
};

function preset(
  name: PresetName,
  id: string,
  run: Partial<Pick<Preset, "compare" | "speed" | "until">> & { settings?: Partial<RunSettings> },
  base: RunSettings = DEFAULT_SETTINGS,
): Preset {
  const key = <K extends string>(part: string) => `presets.${id}.${part}` as K;
  return {
    name,
    settings: { ...base, ...run.settings },
    compare: run.compare ?? null,
    speed: run.speed ?? SPEED.default,
    until: run.until ?? null,
    label: key<MessageKey>("label"),
    text: key<PresetTextKey>("text"),
    part: key<PresetTextKey>("part"),
  };
}

const sizes = (values: number[]): CompareState => ({
  sweep: { setting: "hiddenUnits", values },
  overlay: false,
});

/** Every preset, in the menu's order. */
export const PRESETS: readonly Preset[] = [
  preset("figure3", "figure3", { speed: "max", until: PASSES }),
  preset("perceptron", "perceptron", { settings: { hiddenUnits: 0 }, until: PASSES }),
  preset("figure4", "figure4", { compare: sizes([1, 2, 3, 4, 5, 20, 50]), speed: "max", until: PASSES }),
  preset("overfit", "overfit", { compare: sizes([3, 50]), speed: "max", until: PASSES }, NOISY),
  preset(
    "regularization",
    "regularization",
    {
      settings: { hiddenUnits: 50 },
      compare: { sweep: { setting: "lambda", values: [0, 0.01, 0.03, 0.1] }, overlay: false },
      speed: "max",
      until: PASSES,
    },
    NOISY,
  ),
  // Measured with the headless trainer: ε = 1 diverges at the third update (`--lr 1 --epochs 2000`).
  preset("lr-too-high", "lrTooHigh", { settings: { learningRate: 1 } }),
  preset("derivation", "derivation", { settings: { output: "sigmoid", learningRate: 0.1 }, until: PASSES }),
  preset("edge-of-stability", "edgeOfStability", { speed: "max", until: PASSES }),
];

/** The preset of this name (undefined: no such preset). */
export function findPreset(name: string): Preset | undefined {
  return PRESETS.find((p) => p.name === name);
}

/** What decides whether a preset is still in force: the run's settings, the view's sweep, the stop epoch. */
export interface PresetRun {
  settings: RunSettings;
  /** The compare view's sweep when the compare view is on screen, else null. */
  compare: CompareState | null;
  until: number | null;
}

/**
 * Whether the page still runs what the preset set up: the same settings, the same view (compare or single)
 * and sweep, the same stop epoch. The speed is left out: it only paces the run (as changing it never
 * restarts one), so slowing a preset down to watch it keeps its words on screen.
 */
export function presetInForce(p: Preset, run: PresetRun): boolean {
  const settingsEqual = (Object.keys(p.settings) as (keyof RunSettings)[]).every(
    (key) => p.settings[key] === run.settings[key],
  );
  if (!settingsEqual || p.until !== run.until) return false;
  if (p.compare === null || run.compare === null) return p.compare === run.compare;
  const a = p.compare.sweep;
  const b = run.compare.sweep;
  return (
    a.setting === b.setting &&
    p.compare.overlay === run.compare.overlay &&
    a.values.length === b.values.length &&
    a.values.every((value, i) => value === b.values[i])
  );
}
