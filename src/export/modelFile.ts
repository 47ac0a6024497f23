/**
 * The saved model: one JSON format for the page (Save model, drop to load) and the trainer (--load FILE).
 *
 *   {"format": "backprop-playground-model", "version": 1,
 *    "settings": {…RunSettings…}, "epoch": N,
 *    "data": {"X": [[x1, x2], …], "y": [0|1, …]},     every row: the generator's order, or the custom points
 *    "W1": [[…]] (2×H), "b1": […] (H), "W2": [[…]] (H×2, 2×2 when H = 0), "b2": [2]}   the CLI's --json layout
 *
 * Numbers are written at full precision (JavaScript's shortest round-trip form), so a file read back gives
 * the same weights bit for bit. Reading validates everything and names the first problem as a message key
 * with its values; it never throws.
 *
 * Data: when the settings name a generator and the file's rows are exactly what it makes (bit for bit, in
 * its order), the model opens on that generator. Any other rows (edited by hand, another generator's, a
 * different count) open as the custom data set with the file's points; like every custom point they are
 * kept to POINT_DECIMALS decimals (data/points.ts), so the link can carry them: a generated set edited in
 * a text editor therefore trains on its rounded points.
 */
import { MAX_COORDINATE, MAX_POINTS, pointsFromRows, samePoints } from "../data/points.ts";
import { type Dataset, makeDataset } from "../engine/datasets.ts";
import { parameterCount } from "../engine/network.ts";
import type { RunSettings } from "../engine/run.ts";
import { isSettableValue, MAX_WEIGHT, parameterNames } from "../engine/weightNames.ts";
import type { Message, MessageParams } from "../i18n/translate.ts";
import { parseSetting, SETTINGS } from "../settings/schema.ts";
import type { ModelLoad } from "../store/playgroundStore.ts";

/** The file's `format` field. */
export const MODEL_FORMAT = "backprop-playground-model";
/** The version of the format this code writes and reads. */
export const MODEL_VERSION = 1;
/** The largest file read, in characters (5000 rows at full precision take about 250 000). */
export const MAX_MODEL_CHARS = 2_000_000;

/** What a saved model holds: the run's settings, its data, its epoch and its parameters. */
export interface ModelState {
  settings: RunSettings;
  /** The custom data set's points (used when settings.dataset is "custom"). */
  points: Dataset | null;
  epoch: number;
  /** [w | b1 | u | b2] (engine/network.ts). */
  params: ArrayLike<number>;
}

/** A model read from a file: what the store opens, and the epoch it was saved at. */
export interface ModelRead extends ModelLoad {
  epoch: number;
  /** Every row, in the file's order (the generator's rows, or the custom points). */
  data: Dataset;
}

/** The result of reading a file: the model, or what is wrong with it. */
export type ParsedModel = { ok: true; model: ModelRead } | { ok: false; message: Message };

/** Every row of the run's data before any test split: the generator's, or the custom points. */
export function modelData(settings: RunSettings, points: Dataset | null): Dataset {
  if (settings.dataset === "custom") return points ?? { n: 0, x: new Float64Array(0), t: new Uint8Array(0) };
  return makeDataset(settings.dataset, settings.samples, settings.noise, settings.seed);
}

/** The parameters as the CLI's --json writes them: W1 (2×H), b1, W2 (K×2), b2. */
export function weightArrays(H: number, params: ArrayLike<number>) {
  const K = H === 0 ? 2 : H;
  const at = (i: number) => params[i];
  return {
    W1: [0, 1].map((i) => Array.from({ length: H }, (_, j) => at(i * H + j))),
    b1: Array.from({ length: H }, (_, j) => at(2 * H + j)),
    W2: Array.from({ length: K }, (_, j) => [at(3 * H + 2 * j), at(3 * H + 2 * j + 1)]),
    b2: [at(3 * H + 2 * K), at(3 * H + 2 * K + 1)],
  };
}

/** The model as the file's text: one top-level field a line, numbers at full precision. */
export function modelFileText(state: ModelState): string {
  const { settings, epoch, params } = state;
  const data = modelData(settings, state.points);
  const X = Array.from({ length: data.n }, (_, r) => [data.x[2 * r], data.x[2 * r + 1]]);
  const fields: [string, unknown][] = [
    ["format", MODEL_FORMAT],
    ["version", MODEL_VERSION],
    ["settings", settings],
    ["epoch", epoch],
    ["data", { X, y: Array.from(data.t) }],
    ...Object.entries(weightArrays(settings.hiddenUnits, params)),
  ];
  return `{\n${fields.map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(",\n")}\n}\n`;
}

/** A refusal: the message key (export.file.*) and its values. */
class Refusal {
  constructor(readonly message: Message) {}
}

function refuse(key: Message["key"], params?: MessageParams): never {
  throw new Refusal({ key, params });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Read a saved model's text: the model, or the first problem found, as a message. Never throws. */
export function parseModelFile(text: string): ParsedModel {
  try {
    return { ok: true, model: readModel(text) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, message: e.message };
    return { ok: false, message: { key: "export.file.notJson" } };
  }
}

function readModel(text: string): ModelRead {
  if (typeof text !== "string" || text.length > MAX_MODEL_CHARS)
    refuse("export.file.tooBig", { max: MAX_MODEL_CHARS });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    refuse("export.file.notJson");
  }
  if (!isObject(json) || json.format !== MODEL_FORMAT) refuse("export.file.notModel");
  if (json.version !== MODEL_VERSION) refuse("export.file.version", { version: String(json.version) });
  const settings = readSettings(json.settings);
  const epoch = json.epoch;
  if (!(typeof epoch === "number" && Number.isInteger(epoch) && epoch >= 0)) refuse("export.file.badEpoch");
  const data = readData(json.data);
  const values = readWeights(json, settings.hiddenUnits);
  const generated =
    settings.dataset !== "custom" &&
    data.n === settings.samples &&
    samePoints(data, modelData(settings, null));
  if (generated) return { settings, points: null, values, epoch, data };
  const points = pointsFromRows(
    Array.from({ length: data.n }, (_, r) => [data.x[2 * r], data.x[2 * r + 1], data.t[r] === 1 ? 1 : 0]),
  );
  return { settings: { ...settings, dataset: "custom" }, points, values, epoch, data: points };
}

function readSettings(value: unknown): RunSettings {
  if (!isObject(value)) refuse("export.file.missing", { field: "settings" });
  for (const name of Object.keys(value))
    if (!Object.hasOwn(SETTINGS, name)) refuse("export.file.unknownSetting", { name });
  const settings: Record<string, string | number> = {};
  for (const [name, spec] of Object.entries(SETTINGS)) {
    const v = value[name];
    if (v === undefined) refuse("export.file.missing", { field: `settings.${name}` });
    const typed = spec.kind === "choice" ? typeof v === "string" : typeof v === "number";
    const parsed = typed ? parseSetting(spec, String(v)) : null;
    if (!parsed?.ok) refuse("export.file.badSetting", { name, value: JSON.stringify(v) ?? String(v) });
    settings[name] = parsed.value;
  }
  return settings as unknown as RunSettings;
}

function readData(value: unknown): Dataset {
  if (!isObject(value)) refuse("export.file.missing", { field: "data" });
  const { X, y } = value;
  if (!Array.isArray(X)) refuse("export.file.missing", { field: "data.X" });
  if (!Array.isArray(y)) refuse("export.file.missing", { field: "data.y" });
  if (X.length > MAX_POINTS) refuse("export.file.tooManyRows", { count: X.length, max: MAX_POINTS });
  if (X.length !== y.length) refuse("export.file.rowCount", { x: X.length, y: y.length });
  const n = X.length;
  const x = new Float64Array(2 * n);
  const t = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const row = X[r];
    if (!(Array.isArray(row) && row.length === 2 && row.every((v) => typeof v === "number")))
      refuse("export.file.badRow", { row: r + 1 });
    if (!(Math.abs(row[0]) <= MAX_COORDINATE && Math.abs(row[1]) <= MAX_COORDINATE))
      refuse("export.file.farRow", { row: r + 1, max: MAX_COORDINATE });
    if (y[r] !== 0 && y[r] !== 1) refuse("export.file.badLabel", { row: r + 1 });
    x[2 * r] = row[0];
    x[2 * r + 1] = row[1];
    t[r] = y[r];
  }
  return { n, x, t };
}

/** A list of `length` numbers, each a weight the page can hold, or a refusal naming `field`. */
function numbers(value: unknown, length: number, field: string, shape: string): number[] {
  if (!(Array.isArray(value) && value.length === length)) refuse("export.file.shape", { field, shape });
  for (const v of value)
    if (typeof v !== "number") refuse("export.file.shape", { field, shape });
    else if (!isSettableValue(v)) refuse("export.file.badWeight", { field, max: MAX_WEIGHT });
  return value;
}

function readWeights(json: Record<string, unknown>, H: number): { name: string; value: number }[] {
  const K = H === 0 ? 2 : H;
  const rows = (value: unknown, count: number, width: number, field: string): number[] => {
    const shape = `${count}×${width}`;
    if (!(Array.isArray(value) && value.length === count)) refuse("export.file.shape", { field, shape });
    return value.flatMap((row) => numbers(row, width, field, shape));
  };
  const params = [
    ...rows(json.W1, 2, H, "W1"),
    ...numbers(json.b1, H, "b1", String(H)),
    ...rows(json.W2, K, 2, "W2"),
    ...numbers(json.b2, 2, "b2", "2"),
  ];
  const names = parameterNames(H);
  if (params.length !== parameterCount(H)) refuse("export.file.shape", { field: "W1", shape: `2×${H}` });
  return names.map((name, i) => ({ name, value: params[i] }));
}
