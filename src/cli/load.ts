/**
 * `--load FILE`: a saved model (export/modelFile.ts, the page's Save model) as the trainer's starting point.
 * The file gives the settings, the data and every weight; the run starts from those weights at iteration
 * 0, as the page opens a dropped file (a fresh run whose network is then set to the file's weights, so with
 * mini-batches the example order is reshuffled from initSeed's stream again). The command line may change
 * ε, λ and the batch size; any other setting given must equal the file's, or it is refused.
 */
import type { Dataset } from "../engine/datasets.ts";
import type { RunSettings } from "../engine/run.ts";
import { parseModelFile } from "../export/modelFile.ts";
import { registerLanguage } from "../i18n/catalogue.ts";
import { english } from "../i18n/en/index.ts";
import { translate } from "../i18n/translate.ts";

registerLanguage("en", english); // the page fetches its words; the command line has them at hand

import { SETTINGS } from "../settings/schema.ts";
import type { TrainerOptions } from "./options.ts";

/** Settings the command line may change when training on from a file: how it learns, not what. */
export const OVERRIDABLE: readonly (keyof RunSettings)[] = ["learningRate", "lambda", "batchSize"];

/** The run a trainer starts from when not fresh: the data's points (custom) and the parameters, by name. */
export interface StartingPoint {
  points: Dataset | null;
  values: { name: string; value: number }[];
}

/** Options ready to train (with a starting point when a file was loaded), or one error line ("train: …"). */
export type Loaded =
  | { ok: true; options: TrainerOptions; start?: StartingPoint }
  | { ok: false; message: string };

/** The options to train with: as parsed, or with the --load file read by `readText` (which may throw) applied. */
export function loadOptions(options: TrainerOptions, readText: (path: string) => string): Loaded {
  if (!options.load) return { ok: true, options };
  const { path } = options.load;
  let text: string;
  try {
    text = readText(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a directory" : String(err);
    return { ok: false, message: `train: --load ${path}: cannot read the file (${why})` };
  }
  return applyModelFile(options, text);
}

/** Apply a model file's `text` to the parsed options (whose `load` names the file). */
export function applyModelFile(options: TrainerOptions, text: string): Loaded {
  const path = options.load?.path ?? "";
  const parsed = parseModelFile(text);
  if (!parsed.ok) {
    const reason = translate("en", parsed.message.key, parsed.message.params);
    return { ok: false, message: `train: --load ${path}: not a model this trainer can open: ${reason}` };
  }
  const { model } = parsed;
  const settings: RunSettings = { ...model.settings };
  for (const key of options.load?.given ?? []) {
    const value = options.settings[key];
    if (OVERRIDABLE.includes(key)) Object.assign(settings, { [key]: value });
    else if (value !== model.settings[key]) {
      const spec = SETTINGS[key];
      return {
        ok: false,
        message:
          `train: ${spec.cli} ${value} conflicts with --load ${path}, whose ${spec.cli.slice(2)} is ` +
          `${model.settings[key]}: the data and the network come from the file (only --lr, --lambda and ` +
          "--batch may change)",
      };
    }
  }
  return {
    ok: true,
    options: { ...options, settings },
    start: { points: model.points, values: model.values },
  };
}
