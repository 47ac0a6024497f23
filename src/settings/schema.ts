/**
 * Every setting of a run, its range and default: the one table the headless trainer's options and the
 * page's URL hash are both read through, so `--lr 0.5` and `#lr=0.5` mean the same and fail the same way.
 * The page's controls are built from it too: each control's slider stops are here, its words are message
 * keys into the catalogue (i18n/en/controls.ts and i18n/ja/controls.ts, `controls.<id>.label` / `.hint` / `.choice.<value>`),
 * and CONTROL_GROUPS says how the panel groups them. A setting's key in the table is its stable id. Speed
 * is the page's own setting: a spec beside the table, since the trainer has no such option.
 * Defaults are the article's: moons, 200 points, noise 0.2, seed 0, 3 tanh units, softmax, ε = λ = 0.01,
 * full batch, no test set.
 */
import { ACTIVATIONS } from "../engine/activations.ts";
import { DATA_SOURCES } from "../engine/datasets.ts";
import { OUTPUTS } from "../engine/losses.ts";
import { MAX_HIDDEN } from "../engine/network.ts";
import { MAX_SEED } from "../engine/random.ts";
import type { RunSettings } from "../engine/run.ts";
import type { MessageKey } from "../i18n/catalogue.ts";
import type { Speed } from "../worker/protocol.ts";
import { evenSteps, oneTwoFive, type StopScale } from "./stops.ts";

export type { RunSettings };

/** How a setting shows among the page's controls; absent for settings only a link or the CLI sets. */
interface ControlWords {
  /** The visible label, which is also the control's whole accessible name (a message key). */
  label?: MessageKey;
  /** One sentence on what the setting does, read with the control (a message key). */
  hint?: MessageKey;
}

/** One setting's rule: its names in the URL and on the command line, what it accepts, its default. */
export type SettingSpec =
  | (ControlWords & {
      url: string;
      cli: string;
      kind: "choice";
      choices: readonly string[];
      default: string;
      /** What each choice reads as in the select (message keys). */
      choiceLabels?: Readonly<Record<string, MessageKey>>;
    })
  | (ControlWords & {
      url: string;
      cli: string;
      kind: "integer" | "number";
      min: number;
      max: number;
      /** When true, `min` itself is not accepted (the learning rate must be > 0). */
      minExclusive?: boolean;
      default: number;
      /** The slider's positions, ascending, each inside the range. */
      stops?: readonly number[];
      /** How the stops are spaced (linear unless said). */
      scale?: StopScale;
    });

/** The rule for each setting, keyed by its name in RunSettings. */
export const SETTINGS: { readonly [K in keyof RunSettings]: SettingSpec } = {
  dataset: {
    url: "dataset",
    cli: "--dataset",
    kind: "choice",
    choices: DATA_SOURCES,
    default: "moons",
    label: "controls.dataset.label",
    choiceLabels: {
      moons: "controls.dataset.choice.moons",
      circles: "controls.dataset.choice.circles",
      xor: "controls.dataset.choice.xor",
      gaussians: "controls.dataset.choice.gaussians",
      spiral: "controls.dataset.choice.spiral",
      custom: "controls.dataset.choice.custom",
    },
  },
  samples: {
    url: "samples",
    cli: "--samples",
    kind: "integer",
    min: 1,
    max: 5000,
    default: 200,
    label: "controls.samples.label",
    stops: [20, 50, 100, 150, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000, 4000, 5000],
  },
  noise: {
    url: "noise",
    cli: "--noise",
    kind: "number",
    min: 0,
    max: 1,
    default: 0.2,
    label: "controls.noise.label",
    stops: evenSteps(0, 1, 0.05),
  },
  seed: { url: "seed", cli: "--seed", kind: "integer", min: 0, max: MAX_SEED, default: 0 },
  initSeed: { url: "init", cli: "--init-seed", kind: "integer", min: 0, max: MAX_SEED, default: 0 },
  testFraction: {
    url: "test",
    cli: "--test",
    kind: "number",
    min: 0,
    max: 0.9,
    default: 0,
    label: "controls.testFraction.label",
    hint: "controls.testFraction.hint",
    stops: evenSteps(0, 0.9, 0.05),
  },
  hiddenUnits: {
    url: "hidden",
    cli: "--hidden",
    kind: "integer",
    min: 0,
    max: MAX_HIDDEN,
    default: 3,
    label: "controls.hiddenUnits.label",
    hint: "controls.hiddenUnits.hint",
    stops: evenSteps(0, MAX_HIDDEN, 1),
  },
  activation: {
    url: "activation",
    cli: "--activation",
    kind: "choice",
    choices: ACTIVATIONS,
    default: "tanh",
    label: "controls.activation.label",
    choiceLabels: {
      tanh: "controls.activation.choice.tanh",
      sigmoid: "controls.activation.choice.sigmoid",
      relu: "controls.activation.choice.relu",
      linear: "controls.activation.choice.linear",
    },
  },
  output: {
    url: "output",
    cli: "--output",
    kind: "choice",
    choices: OUTPUTS,
    default: "softmax",
    label: "controls.output.label",
    choiceLabels: { softmax: "controls.output.choice.softmax", sigmoid: "controls.output.choice.sigmoid" },
  },
  learningRate: {
    url: "lr",
    cli: "--lr",
    kind: "number",
    min: 0,
    minExclusive: true,
    max: 100,
    default: 0.01,
    label: "controls.learningRate.label",
    hint: "controls.learningRate.hint",
    stops: oneTwoFive(-4, 1), // 0.0001 … 10
    scale: "log",
  },
  lambda: {
    url: "lambda",
    cli: "--lambda",
    kind: "number",
    min: 0,
    max: 10,
    default: 0.01,
    label: "controls.lambda.label",
    hint: "controls.lambda.hint",
    stops: [0, ...oneTwoFive(-4, 1)], // 0, 0.0001 … 10
    scale: "log",
  },
  batchSize: { url: "batch", cli: "--batch", kind: "integer", min: 0, max: 5000, default: 0 },
};

/** The speed control's words, as message keys. */
type SpeedWords = {
  readonly [K in "label" | "hint" | "shown" | "spoken" | "fastestShown" | "fastestSpoken"]: MessageKey;
};

/** The page's training speed: epochs per second from 1 to 100000, or "max" for as fast as it goes. */
export const SPEED = {
  url: "speed",
  kind: "number",
  min: 1,
  max: 100000,
  default: 500,
  fastest: "max",
  label: "controls.speed.label",
  hint: "controls.speed.hint",
  stops: [...oneTwoFive(0, 5).slice(0, -1), "max"] as readonly Speed[], // 1 … 50000, max
  scale: "log",
  /** "500/s" beside the slider, "500 epochs per second" read aloud ("max" / "as fast as possible"). */
  shown: "controls.speed.shown",
  spoken: "controls.speed.spoken",
  fastestShown: "controls.speed.fastest",
  fastestSpoken: "controls.speed.fastestSpoken",
} as const satisfies SpeedWords & { readonly [other: string]: unknown };

/** A control of the page: a run setting, or the speed. */
export type ControlId = keyof RunSettings | "speed";

/** The control panel's groups in order, each a legend and its controls. */
export const CONTROL_GROUPS: readonly {
  id: string;
  label: MessageKey;
  controls: readonly ControlId[];
}[] = [
  { id: "data", label: "controls.group.data", controls: ["dataset", "samples", "noise", "testFraction"] },
  { id: "network", label: "controls.group.network", controls: ["hiddenUnits", "activation", "output"] },
  { id: "learning", label: "controls.group.learning", controls: ["learningRate", "lambda", "speed"] },
];

/** The article's settings. */
export const DEFAULT_SETTINGS: RunSettings = Object.fromEntries(
  Object.entries(SETTINGS).map(([name, spec]) => [name, spec.default]),
) as unknown as RunSettings;

/** A parsed value, or the plain-words reason it was refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Decimal numbers only: no hex, no "Infinity", no empty string. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** What a setting accepts, in words: "an integer from 1 to 5000", "one of tanh, sigmoid, relu, linear". */
export function describeAccepted(spec: SettingSpec): string {
  if (spec.kind === "choice") return `one of ${spec.choices.join(", ")}`;
  const noun = spec.kind === "integer" ? "an integer" : "a number";
  if (spec.minExclusive) return `${noun} greater than ${spec.min} and at most ${spec.max}`;
  return `${noun} from ${spec.min} to ${spec.max}`;
}

/** Parse one setting's text as the URL and the CLI both do. */
export function parseSetting(spec: SettingSpec, text: string): Parsed<string | number> {
  const refuse = (): Parsed<string | number> => ({
    ok: false,
    reason: `"${text}" is not ${describeAccepted(spec)}`,
  });
  if (spec.kind === "choice") return spec.choices.includes(text) ? { ok: true, value: text } : refuse();
  if (!DECIMAL.test(text.trim())) return refuse();
  // + 0 turns "-0" into 0, so a link never carries a negative zero into the run.
  const value = Number(text) + 0;
  if (!Number.isFinite(value)) return refuse();
  if (spec.kind === "integer" && !Number.isInteger(value)) return refuse();
  const aboveMin = spec.minExclusive ? value > spec.min : value >= spec.min;
  if (!aboveMin || value > spec.max) return refuse();
  return { ok: true, value };
}

/** Parse a speed as the URL does: "max", or a number of epochs per second in SPEED's range. */
export function parseSpeed(text: string): Parsed<Speed> {
  if (text === SPEED.fastest) return { ok: true, value: SPEED.fastest };
  const { url, kind, min, max } = SPEED;
  const parsed = parseSetting({ url, cli: "", kind, min, max, default: SPEED.default }, text);
  return parsed.ok
    ? { ok: true, value: parsed.value as number }
    : { ok: false, reason: `${parsed.reason} or "${SPEED.fastest}"` };
}
