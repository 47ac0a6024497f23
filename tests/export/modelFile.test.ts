import { describe, expect, it } from "vitest";
import { pointsFromRows } from "../../src/data/points.ts";
import { createNetwork, parameterCount } from "../../src/engine/network.ts";
import { Run, type RunSettings } from "../../src/engine/run.ts";
import { parameterByName } from "../../src/engine/weightNames.ts";
import {
  MAX_MODEL_CHARS,
  type ModelState,
  modelFileText,
  parseModelFile,
} from "../../src/export/modelFile.ts";
import { translate } from "../../src/i18n/translate.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";

const OWN_POINTS = pointsFromRows([
  [-1.25, 0.5, 0],
  [0.333, -0.125, 1],
  [2, 2, 1],
]);

/** A trained article run, as the page would save it. */
function trainedState(settings: RunSettings = ARTICLE_SETTINGS, epochs = 300): ModelState {
  const run = new Run(settings);
  run.train(epochs);
  return { settings, points: null, epoch: run.epoch, params: run.net.params };
}

/** The parameters a parsed model sets, in the engine's [w | b1 | u | b2] layout. */
function paramsOf(values: { name: string; value: number }[], H: number): Float64Array {
  const params = new Float64Array(parameterCount(H));
  for (const { name, value } of values) {
    const p = parameterByName(name, H);
    if (!p) throw new Error(`no weight ${name}`);
    params[p.offset] = value;
  }
  return params;
}

function reread(state: ModelState) {
  const parsed = parseModelFile(modelFileText(state));
  if (!parsed.ok) throw new Error(translate("en", parsed.message.key, parsed.message.params));
  return parsed.model;
}

describe("a saved model read back", () => {
  it("gives the same settings, the generator and every weight bit for bit", () => {
    const state = trainedState();
    const model = reread(state);
    expect(model.settings).toEqual(ARTICLE_SETTINGS);
    expect(model.points).toBeNull();
    expect(model.epoch).toBe(300);
    expect(model.values).toHaveLength(17); // 5H + 2 for H = 3
    expect(Array.from(paramsOf(model.values, 3))).toEqual(Array.from(state.params));
    expect(Object.is(paramsOf(model.values, 3)[0], state.params[0])).toBe(true);
  });

  it("keeps the custom points exactly, and a network with no hidden layer", () => {
    const settings: RunSettings = { ...ARTICLE_SETTINGS, dataset: "custom", hiddenUnits: 0 };
    const net = createNetwork(settings, 4);
    const model = reread({ settings, points: OWN_POINTS, epoch: 0, params: net.params });
    expect(model.settings).toEqual(settings);
    expect(model.points?.n).toBe(3);
    expect(Array.from(model.points?.x ?? [])).toEqual([-1.25, 0.5, 0.333, -0.125, 2, 2]);
    expect(Array.from(model.points?.t ?? [])).toEqual([0, 1, 1]);
    expect(model.values.map((v) => v.name)).toEqual(["w-1-1", "w-1-2", "w-2-1", "w-2-2", "b2-1", "b2-2"]);
    expect(Array.from(paramsOf(model.values, 0))).toEqual(Array.from(net.params));
  });

  it("writes the CLI's --json weight layout: W1 is 2×H, W2 is H×2", () => {
    const state = trainedState({ ...ARTICLE_SETTINGS, hiddenUnits: 2 }, 5);
    const json = JSON.parse(modelFileText(state));
    expect(json.format).toBe("backprop-playground-model");
    expect(json.version).toBe(1);
    expect(json.W1).toEqual([
      [state.params[0], state.params[1]],
      [state.params[2], state.params[3]],
    ]);
    expect(json.b1).toHaveLength(2);
    expect(json.W2).toHaveLength(2);
    expect(json.data.X).toHaveLength(200);
    expect(json.data.y).toHaveLength(200);
  });

  it("opens data edited by hand as your own points, rounded to 3 decimals", () => {
    const json = JSON.parse(modelFileText(trainedState(ARTICLE_SETTINGS, 1)));
    json.data.X[0] = [0.12345678, -0.5];
    const parsed = parseModelFile(JSON.stringify(json));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.model.settings.dataset).toBe("custom");
    expect(parsed.model.points?.n).toBe(200);
    expect([parsed.model.points?.x[0], parsed.model.points?.x[1]]).toEqual([0.123, -0.5]);
  });
});

/** A valid file's JSON, to break one thing at a time. */
interface FileJson {
  [field: string]: unknown;
  settings?: Record<string, unknown>;
  data?: { X: unknown[]; y?: unknown[] };
}

function valid(): FileJson & { settings: Record<string, unknown>; data: { X: unknown[]; y: unknown[] } } {
  return JSON.parse(modelFileText(trainedState(ARTICLE_SETTINGS, 1)));
}

const edits: [string, string | ((j: ReturnType<typeof valid>) => unknown), string][] = [
  ["empty text", "", "export.file.notJson"],
  ["not JSON", "{format: model}", "export.file.notJson"],
  ["a CSV file", "x1,x2,label\n1,2,0\n", "export.file.notJson"],
  ["a JSON array", "[1, 2, 3]", "export.file.notModel"],
  ["JSON null", "null", "export.file.notModel"],
  ["no format", (j) => delete j.format, "export.file.notModel"],
  ["another format", (j) => (j.format = "tensorflow-playground"), "export.file.notModel"],
  ["version 2", (j) => (j.version = 2), "export.file.version"],
  ["version as a string", (j) => (j.version = "1"), "export.file.version"],
  ["no settings", (j) => delete (j as FileJson).settings, "export.file.missing"],
  ["a missing setting", (j) => delete j.settings.learningRate, "export.file.missing"],
  ["an unknown setting", (j) => (j.settings.momentum = 0.9), "export.file.unknownSetting"],
  ["an unknown activation", (j) => (j.settings.activation = "gelu"), "export.file.badSetting"],
  ["hidden units out of range", (j) => (j.settings.hiddenUnits = 65), "export.file.badSetting"],
  ["hidden units not whole", (j) => (j.settings.hiddenUnits = 2.5), "export.file.badSetting"],
  ["a learning rate of 0", (j) => (j.settings.learningRate = 0), "export.file.badSetting"],
  ["a learning rate as text", (j) => (j.settings.learningRate = "0.01"), "export.file.badSetting"],
  ["a negative epoch", (j) => (j.epoch = -1), "export.file.badEpoch"],
  ["no data", (j) => delete (j as FileJson).data, "export.file.missing"],
  ["labels missing", (j) => delete (j as FileJson).data?.y, "export.file.missing"],
  ["more labels than rows", (j) => j.data.y.push(0), "export.file.rowCount"],
  ["a row of three numbers", (j) => (j.data.X[4] = [1, 2, 3]), "export.file.badRow"],
  ["a coordinate as text", (j) => (j.data.X[4] = ["1", 2]), "export.file.badRow"],
  ["a point far away", (j) => (j.data.X[4] = [1e6, 0]), "export.file.farRow"],
  ["a label 2", (j) => (j.data.y[9] = 2), "export.file.badLabel"],
  [
    "too many rows",
    (j) => {
      j.data.X = Array.from({ length: 5001 }, () => [0, 0]);
      j.data.y = Array.from({ length: 5001 }, () => 0);
    },
    "export.file.tooManyRows",
  ],
  [
    "W1 for 2 hidden units",
    (j) =>
      (j.W1 = [
        [1, 2],
        [3, 4],
      ]),
    "export.file.shape",
  ],
  ["no W2", (j) => delete j.W2, "export.file.shape"],
  ["b2 of three", (j) => (j.b2 = [0, 0, 0]), "export.file.shape"],
  ["a weight as text", (j) => ((j.b1 as unknown[])[0] = "0.5"), "export.file.shape"],
  ["a weight of 1e300", (j) => ((j.W2 as number[][])[1][0] = 1e300), "export.file.badWeight"],
  ["a null weight (NaN written by JSON)", (j) => ((j.W1 as unknown[][])[0][0] = null), "export.file.shape"],
];

describe("a malformed model file", () => {
  it.each(edits)("is refused with a message naming the problem: %s", (_name, edit, key) => {
    let text: string;
    if (typeof edit === "string") text = edit;
    else {
      const json = valid();
      edit(json);
      text = JSON.stringify(json);
    }
    const parsed = parseModelFile(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message.key).toBe(key);
    // worded in both languages, every placeholder filled
    for (const lang of ["en", "ja"] as const)
      expect(translate(lang, key, parsed.message.params)).not.toMatch(/[{}]/);
  });

  it("names the row and the field at fault", () => {
    const json = valid();
    json.data.y[9] = 7;
    const parsed = parseModelFile(JSON.stringify(json));
    expect(!parsed.ok && translate("en", parsed.message.key, parsed.message.params)).toBe(
      "the label of data row 10 is not 0 or 1.",
    );
  });

  it("refuses a file past the size limit without reading it", () => {
    const parsed = parseModelFile(" ".repeat(MAX_MODEL_CHARS + 1));
    expect(parsed.ok || parsed.message.key).toBe("export.file.tooBig");
  });

  it("never throws, whatever the text", () => {
    const texts = [
      '{"format":"backprop-playground-model","version":1,"settings":{"__proto__":{"x":1}}}',
      '{"format":"backprop-playground-model","version":1,"settings":[]}',
      '{"format":"backprop-playground-model","version":1,"settings":null}',
      "1e999",
      '"a string"',
      "{}".repeat(1000),
      "[".repeat(100000),
    ];
    const json = JSON.stringify(valid());
    for (let cut = 1; cut < json.length; cut += 97) texts.push(json.slice(0, cut), json.slice(cut));
    for (const text of texts) expect(() => parseModelFile(text)).not.toThrow();
    for (const text of texts) expect(parseModelFile(text).ok).toBe(false);
  });
});
