/**
 * The compare view's link: which setting its panels sweep and the value of each panel.
 *   `sizes=0,1,2,3,4,5,20,50`               hidden units, one panel per size (the default sweep)
 *   `sweep=lr&values=0.001,0.01,0.1`        any other swept setting: lr, lambda, activation, output, batch,
 *                                            init (the weight-initialisation seed)
 *   `overlay=1`                             the seeds' boundaries drawn in one panel (only with sweep=init)
 * Each value goes through the same parser as the single view's setting (settings/schema.ts), so `lr=0.5`
 * and `values=0.5` accept and refuse alike. A list keeps its first order, each value once, at most
 * MAX_PANELS; a value that cannot be used is dropped, and a list left with none falls back to the setting's
 * default list. Everything dropped is reported as a message naming it and why; nothing throws.
 * The `view=compare` key itself is urlState.ts's; it hands this module the keys in COMPARE_KEYS.
 */
import type { RunSettings } from "../engine/run.ts";
import type { Message, MessageKey } from "../i18n/translate.ts";
import { parseSetting, SETTINGS, type SettingSpec } from "../settings/schema.ts";

/** The settings a compare view can sweep, by their names in RunSettings. */
export type SweptSetting =
  | "hiddenUnits"
  | "learningRate"
  | "lambda"
  | "activation"
  | "output"
  | "batchSize"
  | "initSeed";

/** A swept setting and its values, one panel per value, in the order shown. */
export type Sweep = {
  [S in SweptSetting]: { setting: S; values: readonly RunSettings[S][] };
}[SweptSetting];

/** What the compare view's keys ask for. */
export interface CompareState {
  sweep: Sweep;
  /** Every seed's boundary in one panel (`overlay=1`); only ever true when the sweep is of `initSeed`. */
  overlay: boolean;
}

/** What the keys ask for, and what in them was ignored and why, in the order met. */
export interface ParsedCompare extends CompareState {
  notices: Message[];
}

/** The most panels a compare view shows. */
export const MAX_PANELS = 12;

/** The keys this codec reads and writes (urlState.ts hands them over, already percent-decoded). */
export const COMPARE_KEYS = ["sizes", "sweep", "values", "overlay"] as const;

/** The perceptron (H = 0, which cannot fit the moons) and the sizes of the article's Figure 4. */
export const DEFAULT_SIZES: readonly number[] = [0, 1, 2, 3, 4, 5, 20, 50];

/**
 * Each sweepable setting's list when a link gives none that can be used: decades around the article's
 * ε = λ = 0.01 (0.3 already fails to learn the moons and 1 diverges: the list shows both), every activation
 * and output, full batch (0) down to one example, and eight seeds.
 */
export const DEFAULT_VALUES: { readonly [S in SweptSetting]: readonly RunSettings[S][] } = {
  hiddenUnits: DEFAULT_SIZES,
  learningRate: [0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1],
  lambda: [0, 0.0001, 0.001, 0.01, 0.03, 0.1, 0.3, 1],
  activation: ["tanh", "sigmoid", "relu", "linear"],
  output: ["softmax", "sigmoid"],
  batchSize: [0, 1, 2, 5, 10, 20, 50, 100],
  initSeed: [0, 1, 2, 3, 4, 5, 6, 7],
};

/** The swept settings in the order a menu lists them; each is named in the link by its URL key. */
export const SWEPT_SETTINGS: readonly SweptSetting[] = [
  "hiddenUnits",
  "learningRate",
  "lambda",
  "activation",
  "output",
  "batchSize",
  "initSeed",
];

/** The compare view with nothing said: hidden units, the article's sizes, no overlay. */
export const DEFAULT_COMPARE: CompareState = {
  sweep: { setting: "hiddenUnits", values: DEFAULT_SIZES },
  overlay: false,
};

const BY_URL_KEY = new Map<string, SweptSetting>(SWEPT_SETTINGS.map((name) => [SETTINGS[name].url, name]));

/** The key that carries a sweep's list: `sizes` for hidden units (the link), else `values`. */
function listKey(setting: SweptSetting): "sizes" | "values" {
  return setting === "hiddenUnits" ? "sizes" : "values";
}

/** Long text cut for a notice, so a pasted essay does not fill the page. */
function clip(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** A few items for a notice, comma-separated, the rest as "…". */
function shownItems(items: readonly string[]): string {
  const shown = items.slice(0, 6).map((item) => clip(item, 20));
  return items.length > 6 ? `${shown.join(", ")}, …` : shown.join(", ");
}

/** Why values of this setting were refused, worded by its kind (the same words as urlState's notices). */
function refusedItems(key: string, items: readonly string[], spec: SettingSpec): Message {
  const shown = shownItems(items);
  if (spec.kind === "choice")
    return { key: "compare.url.badChoices", params: { key, items: shown, choices: spec.choices.join(", ") } };
  const kind: MessageKey =
    spec.kind === "integer"
      ? "compare.url.badIntegers"
      : spec.minExclusive
        ? "compare.url.badNumbersAbove"
        : "compare.url.badNumbers";
  return { key: kind, params: { key, items: shown, min: spec.min, max: spec.max } };
}

/**
 * Read one list: each comma-separated value parsed as the setting is (empty items, as after a trailing
 * comma, are skipped), repeats and values past MAX_PANELS dropped; null when no value is left.
 */
function parseList(
  setting: SweptSetting,
  text: string,
  notices: Message[],
): readonly (string | number)[] | null {
  const key = listKey(setting);
  const spec = SETTINGS[setting];
  const values: (string | number)[] = [];
  const refused: string[] = [];
  const repeated: string[] = [];
  for (const item of text.split(",").map((part) => part.trim())) {
    if (item === "") continue;
    const parsed = parseSetting(spec, item);
    if (!parsed.ok) refused.push(item);
    else if (!values.includes(parsed.value)) values.push(parsed.value);
    else if (!repeated.includes(String(parsed.value))) repeated.push(String(parsed.value));
  }
  if (refused.length > 0) notices.push(refusedItems(key, refused, spec));
  if (repeated.length > 0)
    notices.push({ key: "compare.url.repeated", params: { key, items: shownItems(repeated) } });
  if (values.length > MAX_PANELS)
    notices.push({
      key: "compare.url.tooMany",
      params: { key, items: shownItems(values.slice(MAX_PANELS).map(String)), max: MAX_PANELS },
    });
  return values.length > 0 ? values.slice(0, MAX_PANELS) : null;
}

/** Read the compare view's keys (`params`: key → decoded value; other keys are not looked at). */
export function parseCompare(params: ReadonlyMap<string, string>): ParsedCompare {
  const notices: Message[] = [];
  let setting: SweptSetting = "hiddenUnits";
  const sweep = params.get("sweep");
  if (sweep !== undefined) {
    const named = BY_URL_KEY.get(sweep);
    if (named) setting = named;
    else
      notices.push({
        key: "compare.url.badSweep",
        params: {
          key: "sweep",
          value: clip(sweep),
          choices: SWEPT_SETTINGS.map((s) => SETTINGS[s].url).join(", "),
        },
      });
  }
  const key = listKey(setting);
  const other = key === "sizes" ? "values" : "sizes";
  if (params.has(other))
    notices.push({
      key: "compare.url.wrongList",
      params: { key: other, setting: SETTINGS[setting].url, list: key },
    });
  const fallback = DEFAULT_VALUES[setting];
  const text = params.get(key);
  let values: readonly (string | number)[] = fallback;
  if (text === undefined) {
    // No list is the plain compare view for hidden units; for another setting, the link forgot its list.
    if (setting !== "hiddenUnits")
      notices.push({
        key: "compare.url.noList",
        params: { sweep: `sweep=${SETTINGS[setting].url}`, key, fallback: fallback.join(", ") },
      });
  } else {
    const parsed = parseList(setting, text, notices);
    if (parsed) values = parsed;
    else notices.push({ key: "compare.url.noValues", params: { key, fallback: fallback.join(", ") } });
  }
  let overlay = false;
  const overlayText = params.get("overlay");
  if (overlayText !== undefined && overlayText !== "0") {
    if (overlayText !== "1")
      notices.push({ key: "compare.url.badOverlay", params: { key: "overlay", value: clip(overlayText) } });
    else if (setting !== "initSeed")
      notices.push({ key: "compare.url.overlayNeedsSeeds", params: { key: "overlay", sweep: "sweep=init" } });
    else overlay = true;
  }
  return { sweep: { setting, values } as Sweep, overlay, notices };
}

/**
 * The compare view's keys as hash parts, in a fixed order: the list (`sizes=…`, or `sweep=…&values=…`),
 * then `overlay=1` when on. Join them with "&" after urlState's own parts.
 */
export function formatCompare(state: CompareState): string[] {
  const { setting, values } = state.sweep;
  const list = values.map((value) => encodeURIComponent(String(value))).join(",");
  const parts =
    setting === "hiddenUnits" ? [`sizes=${list}`] : [`sweep=${SETTINGS[setting].url}`, `values=${list}`];
  if (state.overlay && setting === "initSeed") parts.push("overlay=1");
  return parts;
}

/** Each panel's settings: `base` with the swept setting set to that panel's value, in the sweep's order. */
export function panelSettings(base: RunSettings, sweep: Sweep): RunSettings[] {
  return sweep.values.map((value) => ({ ...base, [sweep.setting]: value }));
}

/**
 * A panel's id, as the panel's `data-sweep` says it: the setting's URL key and the value ("hidden=3",
 * "lr=0.1"). Unique in a sweep (values are each once), and the same across edits of the list, so a panel
 * whose value stays keeps its run.
 */
export function panelId(setting: SweptSetting, value: string | number): string {
  return `${SETTINGS[setting].url}=${value}`;
}
