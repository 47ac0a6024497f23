/**
 * Every setting of a run, its range and default: the one table the headless trainer's options and the
 * page's URL hash are both read through, so `--lr 0.5` and `#lr=0.5` mean the same and fail the same way.
 * Defaults are the article's: moons, 200 points, noise 0.2, seed 0, 3 tanh units, softmax, ε = λ = 0.01,
 * full batch, no test set.
 */
import { ACTIVATIONS } from "../engine/activations.ts";
import { DATASET_NAMES } from "../engine/datasets.ts";
import { OUTPUTS } from "../engine/losses.ts";
import { MAX_HIDDEN } from "../engine/network.ts";
import { MAX_SEED } from "../engine/random.ts";
import type { RunSettings } from "../engine/run.ts";

export type { RunSettings };

/** One setting's rule: its names in the URL and on the command line, what it accepts, its default. */
export type SettingSpec =
  | { url: string; cli: string; kind: "choice"; choices: readonly string[]; default: string }
  | {
      url: string;
      cli: string;
      kind: "integer" | "number";
      min: number;
      max: number;
      /** When true, `min` itself is not accepted (the learning rate must be > 0). */
      minExclusive?: boolean;
      default: number;
    };

/** The rule for each setting, keyed by its name in RunSettings. */
export const SETTINGS: { readonly [K in keyof RunSettings]: SettingSpec } = {
  dataset: { url: "dataset", cli: "--dataset", kind: "choice", choices: DATASET_NAMES, default: "moons" },
  samples: { url: "samples", cli: "--samples", kind: "integer", min: 1, max: 5000, default: 200 },
  noise: { url: "noise", cli: "--noise", kind: "number", min: 0, max: 1, default: 0.2 },
  seed: { url: "seed", cli: "--seed", kind: "integer", min: 0, max: MAX_SEED, default: 0 },
  initSeed: { url: "init", cli: "--init-seed", kind: "integer", min: 0, max: MAX_SEED, default: 0 },
  testFraction: { url: "test", cli: "--test", kind: "number", min: 0, max: 0.9, default: 0 },
  hiddenUnits: { url: "hidden", cli: "--hidden", kind: "integer", min: 0, max: MAX_HIDDEN, default: 3 },
  activation: {
    url: "activation",
    cli: "--activation",
    kind: "choice",
    choices: ACTIVATIONS,
    default: "tanh",
  },
  output: { url: "output", cli: "--output", kind: "choice", choices: OUTPUTS, default: "softmax" },
  learningRate: {
    url: "lr",
    cli: "--lr",
    kind: "number",
    min: 0,
    minExclusive: true,
    max: 100,
    default: 0.01,
  },
  lambda: { url: "lambda", cli: "--lambda", kind: "number", min: 0, max: 10, default: 0.01 },
  batchSize: { url: "batch", cli: "--batch", kind: "integer", min: 0, max: 5000, default: 0 },
};

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
  const value = Number(text);
  if (!Number.isFinite(value)) return refuse();
  if (spec.kind === "integer" && !Number.isInteger(value)) return refuse();
  const aboveMin = spec.minExclusive ? value > spec.min : value >= spec.min;
  if (!aboveMin || value > spec.max) return refuse();
  return { ok: true, value };
}
