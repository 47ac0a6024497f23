/**
 * What the trainer prints: the article's loss lines and accuracy, the JSON object's shape, the divergence
 * message, and the data set alone. Expected numbers come from numpy (tests/fixtures/article.json, and the
 * numpy runs of the article's code noted beside them), never from the engine.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, type TrainerOptions } from "../../src/cli/options.ts";
import { dataJson, divergenceLine, jsonReport, report, textReport } from "../../src/cli/report.ts";
import { makeMoons } from "../../src/engine/datasets.ts";
import type { RunSettings } from "../../src/engine/run.ts";
import article from "../fixtures/article.json";

const numpy3 = article.tanhSoftmax.find((r) => r.H === 3);
if (!numpy3) throw new Error("article.json has no run with H = 3");
const numpyLosses = numpy3.losses;

function withOptions(settings: Partial<RunSettings>, rest: Partial<TrainerOptions> = {}): TrainerOptions {
  return { ...DEFAULT_OPTIONS, ...rest, settings: { ...DEFAULT_OPTIONS.settings, ...settings } };
}

function json(options: TrainerOptions) {
  return JSON.parse(jsonReport(options));
}

describe("the text report", () => {
  it("prints numpy's losses after updates 0 and 1000 of the article's run, then its training accuracy", () => {
    const lines = [...textReport(DEFAULT_OPTIONS)];
    expect(lines).toHaveLength(21);
    expect(lines.slice(0, 2)).toEqual([
      `Loss after iteration 0: ${numpyLosses[0].toFixed(6)}`,
      `Loss after iteration 1000: ${numpyLosses[1].toFixed(6)}`, // the article's 0.068947
    ]);
    // the run ends in a period-2 cycle whose phase the last bit of tanh decides: either of numpy's two values
    const cycle = [numpy3.finalLoss, numpyLosses[19]].map(
      (loss) => `Loss after iteration 19000: ${loss.toFixed(6)}`,
    );
    expect(cycle).toContain(lines[19]);
    expect(lines[20]).toBe(`Training accuracy: ${numpy3.accuracy}`);
  });

  it("prints a loss line for each multiple of --print-every below --epochs", () => {
    const lines = [...textReport(withOptions({}, { epochs: 25, printEvery: 10 }))];
    expect(lines.map((l) => l.replace(/: [\d.]+$/, ""))).toEqual([
      "Loss after iteration 0",
      "Loss after iteration 10",
      "Loss after iteration 20",
      "Training accuracy",
    ]);
  });

  it("prints only the accuracy when --print-every is 0", () => {
    // numpy: the article's code after 50 passes classifies 179 of the 200 points
    expect([...textReport(withOptions({}, { epochs: 50, printEvery: 0 }))]).toEqual([
      "Training accuracy: 0.895",
    ]);
  });

  it("adds the test accuracy when part of the data is held out", () => {
    // numpy: the article's code on datasets.json's 0.25 split, 100 passes: 141/150 and 47/50 right
    const lines = [...textReport(withOptions({ testFraction: 0.25 }, { epochs: 100, printEvery: 0 }))];
    expect(lines).toEqual(["Training accuracy: 0.94", "Test accuracy: 0.94"]);
  });

  // numpy, the article's code at ε = 0.5: losses 5.024643, 25.56, 104.3, 95.20 after updates 0–3 (the
  // rule checks the loss once the bound on the loss before an update is past 100 × 0.584: update 3)
  it("stops a run whose loss explodes, says so in plain words, and still gives the accuracy", () => {
    const lines = [...textReport(withOptions({ learningRate: 0.5 }, { printEvery: 1000 }))];
    expect(lines).toEqual([
      "Loss after iteration 0: 5.024643",
      "Diverged at iteration 3: the training loss grew from 0.584 to 95.2 (over 100 times its " +
        "starting value). Try a smaller learning rate.",
      "Training accuracy: 0.5",
    ]);
  });

  it("explains a run whose weights stop being finite numbers", () => {
    const line = divergenceLine({
      epoch: 93,
      updates: 93,
      reason: "not-finite",
      loss: Number.NaN,
      initialLoss: 0.58,
      since: "start",
    });
    expect(line).toBe(
      "Diverged at iteration 92: a weight or the loss is no longer a finite number. Try a smaller learning rate.",
    );
  });

  it("measures from the loss when λ was last changed, and says so, when that is the baseline", () => {
    const line = divergenceLine({
      epoch: 5001,
      updates: 5001,
      reason: "loss-exploded",
      loss: 1234.5,
      initialLoss: 11.56,
      since: "lambda",
    });
    expect(line).toBe(
      "Diverged at iteration 5000: the training loss grew from 11.6 to 1230 (over 100 times its value when λ " +
        "was last changed). Try a smaller learning rate.",
    );
  });
});

describe("the JSON report", () => {
  it("has the documented keys, in order, with the losses at full precision", () => {
    const out = json(withOptions({}, { epochs: 1001 }));
    expect(Object.keys(out)).toEqual([
      "losses",
      "loss",
      "accuracy",
      "testLoss",
      "testAccuracy",
      "W1",
      "b1",
      "W2",
      "b2",
      "diverged",
    ]);
    expect(out.losses.map(([i]: [number, number]) => i)).toEqual([0, 1000]);
    expect(Math.abs(out.losses[0][1] - numpyLosses[0])).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(out.losses[1][1] - numpyLosses[1])).toBeLessThanOrEqual(1e-6);
    expect(out.diverged).toBe(false);
  });

  it("gives W1 as 2×H (input i → hidden j) and W2 as H×2", () => {
    const out = json(withOptions({ hiddenUnits: 5 }, { epochs: 3 }));
    expect(out.W1).toHaveLength(2);
    for (const row of out.W1) expect(row).toHaveLength(5);
    expect(out.b1).toHaveLength(5);
    expect(out.W2).toHaveLength(5);
    for (const row of out.W2) expect(row).toHaveLength(2);
    expect(out.b2).toHaveLength(2);
  });

  it("starts from the article's initial weights, randn(2, H)/√2 and randn(H, 2)/√H", () => {
    const out = json(withOptions({}, { epochs: 0 }));
    expect(out.W1[0][0]).toBe(1.764052345967664 / Math.SQRT2); // first draw of RandomState(0)
    expect(out.W1[0][1]).toBe(0.4001572083672233 / Math.SQRT2);
    expect(out.W1[0][2]).toBe(0.9787379841057392 / Math.SQRT2);
    expect(out.b1).toEqual([0, 0, 0]);
  });

  it("gives an empty W1 and a 2×2 W2 for a network with no hidden layer", () => {
    const out = json(withOptions({ hiddenUnits: 0 }, { epochs: 10 }));
    expect(out.W1).toEqual([[], []]);
    expect(out.b1).toEqual([]);
    expect(out.W2).toHaveLength(2);
    for (const row of out.W2) expect(row).toHaveLength(2);
  });

  it("has null test figures without a test set and numpy's with --test 0.25", () => {
    const without = json(withOptions({}, { epochs: 10 }));
    expect(without.testLoss).toBeNull();
    expect(without.testAccuracy).toBeNull();
    // numpy: the article's code on datasets.json's 0.25 split, 100 passes
    const held = json(withOptions({ testFraction: 0.25 }, { epochs: 100 }));
    expect(Math.abs(held.loss - 0.2033618442766682)).toBeLessThanOrEqual(1e-8);
    expect(Math.abs(held.testLoss - 0.14988605110285058)).toBeLessThanOrEqual(1e-8);
    expect(held.testAccuracy).toBe(0.94);
  });

  // numpy, the article's code with ReLU units: loss 0.6247733918512681 before, 2662450.19 after one step at ε = 50
  it("reports a run whose loss explodes as diverged, with why, and stays valid JSON", () => {
    const text = jsonReport(withOptions({ activation: "relu", learningRate: 50 }, { printEvery: 0 }));
    const out = JSON.parse(text);
    expect(out.diverged).toBe(true);
    expect(out.divergence).toMatchObject({ reason: "loss-exploded", epoch: 1, updates: 1, since: "start" });
    expect(Math.abs(out.divergence.loss / 2662450.193316851 - 1)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(out.divergence.initialLoss - 0.6247733918512681)).toBeLessThanOrEqual(1e-12);
    expect(out.divergence.message).toBe(
      "Diverged at iteration 0: the training loss grew from 0.625 to 2.66e+6 (over 100 times its starting value). " +
        "Try a smaller learning rate.",
    );
  });
});

describe("--data-only", () => {
  const moons = makeMoons(200, 0.2, 0);

  it("prints the generated moons point by point, after a # header", () => {
    const lines = [...report(withOptions({}, { dataOnly: true }))];
    expect(lines[0]).toMatch(/^# /);
    expect(lines).toHaveLength(201);
    const rows = lines.slice(1).map((l) => l.split(/\s+/).map(Number));
    expect(new Float64Array(rows.flatMap((row) => row.slice(0, 2)))).toEqual(moons.x);
    expect(new Uint8Array(rows.map(([, , y]) => y))).toEqual(moons.t);
  });

  it("prints {X, y} as JSON with --json, the whole set before any test split", () => {
    const [line] = [...report(withOptions({ testFraction: 0.5 }, { dataOnly: true, json: true }))];
    const out = JSON.parse(line);
    expect(Object.keys(out)).toEqual(["X", "y"]);
    expect(new Float64Array(out.X.flat())).toEqual(moons.x);
    expect(new Uint8Array(out.y)).toEqual(moons.t);
    expect(line).toBe(dataJson(moons));
  });
});
