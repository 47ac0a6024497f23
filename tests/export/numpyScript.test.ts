import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trainReportingLoss } from "../../src/cli/training.ts";
import { pointsFromRows } from "../../src/data/points.ts";
import type { Dataset } from "../../src/engine/datasets.ts";
import { Run, type RunSettings, runData } from "../../src/engine/run.ts";
import { modelData } from "../../src/export/modelFile.ts";
import { numpyScript } from "../../src/export/numpyScript.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";

const PYTHON = "/usr/bin/python3";
const hasNumpy = spawnSync(PYTHON, ["-c", "import numpy"]).status === 0;
const EPOCHS = 2000;
const PRINT_EVERY = 500;

const OWN_POINTS = pointsFromRows([
  [-1, -0.5, 0],
  [-0.8, 0.2, 0],
  [-0.3, -0.9, 0],
  [0.1, 0.4, 1],
  [0.9, 0.7, 1],
  [0.6, -0.2, 1],
  [-0.1, 0.05, 0],
  [0.35, 0.95, 1],
]);

/** The page's engine: the loss lines and accuracies the trainer prints for these settings. */
function engineLines(settings: RunSettings, points: Dataset | null): string[] {
  const run = new Run(settings, runData(settings, points));
  const lines = [...trainReportingLoss(run, EPOCHS, PRINT_EVERY)].map(
    (p) => `Loss after iteration ${p.iteration}: ${p.loss.toFixed(6)}`,
  );
  const final = run.evaluate();
  lines.push(`Training accuracy: ${final.train.accuracy}`);
  if (run.data.test.n > 0) lines.push(`Test accuracy: ${final.test.accuracy}`);
  return lines;
}

function script(settings: RunSettings, points: Dataset | null = null): string {
  return numpyScript({
    settings,
    data: modelData(settings, points),
    epochs: EPOCHS,
    printEvery: PRINT_EVERY,
  });
}

function runPython(text: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "numpy-export-"));
  const file = join(dir, "run.py");
  writeFileSync(file, text);
  const out = spawnSync(PYTHON, [file], { encoding: "utf8" });
  expect(out.stderr).toBe("");
  expect(out.status).toBe(0);
  return out.stdout.trim().split("\n");
}

/** Loss lines within 1e-6 of each other (six printed decimals), the other lines equal. */
function expectSameOutput(python: string[], engine: string[], { accuracy = true } = {}) {
  const losses = (lines: string[]) =>
    lines.filter((l) => l.startsWith("Loss after")).map((l) => l.split(": "));
  const [p, e] = [losses(python), losses(engine)];
  expect(p.map(([label]) => label)).toEqual(e.map(([label]) => label));
  expect(p.length).toBeGreaterThan(0);
  for (const [i, [, value]] of p.entries())
    expect(Math.abs(Number(value) - Number(e[i][1]))).toBeLessThanOrEqual(1.000001e-6);
  if (accuracy)
    expect(python.filter((l) => !l.startsWith("Loss"))).toEqual(engine.filter((l) => !l.startsWith("Loss")));
}

describe("the NumPy script's text", () => {
  it("holds the article's settings and code", () => {
    const text = script(ARTICLE_SETTINGS);
    expect(text).toContain("epsilon = 0.01");
    expect(text).toContain("reg_lambda = 0.01");
    expect(text).toContain("np.random.seed(init_seed)");
    expect(text).toContain("W1 = np.random.randn(nn_input_dim, nn_hdim) / np.sqrt(nn_input_dim)");
    expect(text).toContain("a1 = np.tanh(z1)");
    expect(text).toContain('print("Loss after iteration %i: %f" % (i, loss))');
    expect(text).toContain("model = build_model(nn_hdim=3");
  });

  it("writes every data row at full precision", () => {
    const data = modelData(ARTICLE_SETTINGS, null);
    const text = script(ARTICLE_SETTINGS);
    expect(data.n).toBe(200);
    for (const r of [0, 57, 199]) expect(text).toContain(`[${data.x[2 * r]}, ${data.x[2 * r + 1]}]`);
    // sklearn's make_moons(200, noise=0.2) with seed 0: its first row (tests/fixtures/datasets.json)
    expect(text).toContain("[0.7434611761955393, 0.46465632837724596]");
  });

  it("says what it cannot reproduce: edited weights, switched-off units", () => {
    const data = modelData(ARTICLE_SETTINGS, null);
    const text = numpyScript({
      settings: ARTICLE_SETTINGS,
      data,
      epochs: 10,
      printEvery: 1,
      edited: true,
      masked: [2],
    });
    expect(text).toMatch(/weights were set by hand/);
    expect(text).toMatch(/hidden units 2 were switched off/);
  });

  it("writes the sigmoid output's squared error and relu's slope", () => {
    const text = script({ ...ARTICLE_SETTINGS, output: "sigmoid", activation: "relu", learningRate: 0.1 });
    expect(text).toContain("0.5 * np.sum((probs - T) ** 2, axis=1)");
    expect(text).toContain("slope1 = (z1 > 0).astype(np.float64)");
  });
});

describe.skipIf(!hasNumpy)("the NumPy script run by Python (needs /usr/bin/python3 with numpy)", () => {
  const cases: [string, RunSettings, Dataset | null, { accuracy?: boolean }?][] = [
    // ε = 0.01 at H = 3 ends in a two-value cycle whose phase is last-bit sensitive (ARTICLE.md): the
    // loss lines agree, the accuracy after the last pass may differ by a point.
    ["the article's run", ARTICLE_SETTINGS, null, { accuracy: false }],
    [
      "sigmoid + squared error (ε 0.1)",
      { ...ARTICLE_SETTINGS, output: "sigmoid", activation: "sigmoid", learningRate: 0.1 },
      null,
    ],
    ["relu units", { ...ARTICLE_SETTINGS, activation: "relu", hiddenUnits: 5 }, null],
    ["no hidden layer (H = 0)", { ...ARTICLE_SETTINGS, hiddenUnits: 0 }, null],
    ["mini-batches of 32, λ 0.001", { ...ARTICLE_SETTINGS, batchSize: 32, lambda: 0.001, initSeed: 7 }, null],
    // ε 0.005: at 0.01 this run passes through a brief two-value cycle whose phase is last-bit sensitive
    [
      "a test fraction of 0.2 on circles",
      {
        ...ARTICLE_SETTINGS,
        dataset: "circles",
        testFraction: 0.2,
        seed: 3,
        hiddenUnits: 4,
        learningRate: 0.005,
      },
      null,
    ],
    [
      "your own points, linear units",
      { ...ARTICLE_SETTINGS, dataset: "custom", activation: "linear", learningRate: 0.05 },
      OWN_POINTS,
    ],
  ];
  it.each(cases)(
    "prints the engine's losses for %s",
    (_name, settings, points, options) => {
      expectSameOutput(runPython(script(settings, points)), engineLines(settings, points), options);
    },
    60_000,
  );

  it("stops where the page does, or one pass earlier, when the run diverges", () => {
    const settings = { ...ARTICLE_SETTINGS, learningRate: 0.5 };
    const python = runPython(script(settings));
    const engine = new Run(settings);
    engine.train(EPOCHS);
    expect(engine.divergence).not.toBeNull();
    // The page checks a bound on the loss before the epoch's last update first, so it can notice a pass late.
    const pageIteration = (engine.divergence?.epoch ?? 0) - 1;
    const line = python.find((l) => l.startsWith("Diverged")) ?? "";
    const iteration = Number(/^Diverged at iteration (\d+):/.exec(line)?.[1]);
    expect([pageIteration - 1, pageIteration]).toContain(iteration);
  }, 60_000);
});
