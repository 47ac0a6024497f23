/**
 * Capturing and restoring a run: the restored run continues bit for bit as the original, from anywhere
 * (mid-epoch with mini-batches, after the step settings changed, after a divergence).
 */
import { describe, expect, it } from "vitest";
import { Run, type RunSettings, runData } from "../../src/engine/run.ts";
import { captureRun, restoreRun } from "../../src/engine/snapshot.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";

const miniBatch: RunSettings = { ...ARTICLE_SETTINGS, batchSize: 32, testFraction: 0.25, initSeed: 3 };

/** A run mid-epoch (3 of 5 batches into its 4th epoch) whose λ and ε were changed along the way. */
function changedMidEpoch(): Run {
  const run = new Run(miniBatch);
  run.train(2);
  run.trainUpdates(2);
  run.setStepSettings(0.05, 0.002, 32);
  run.trainUpdates(6);
  return run;
}

function expectSameState(a: Run, b: Run): void {
  expect(b.net.params).toEqual(a.net.params);
  expect([b.epoch, b.updates, b.updatesPerEpoch]).toEqual([a.epoch, a.updates, a.updatesPerEpoch]);
  expect(b.divergence).toEqual(a.divergence);
  expect(b.initialLoss).toBe(a.initialLoss);
}

describe("captureRun and restoreRun", () => {
  it("continue a run captured mid-epoch after a λ and ε change exactly as the original, 500 updates on", () => {
    const original = changedMidEpoch();
    expect(original.updates % original.updatesPerEpoch).not.toBe(0); // mid-epoch
    const restored = restoreRun(captureRun(original));
    expectSameState(original, restored);
    original.trainUpdates(500);
    restored.trainUpdates(500);
    expectSameState(original, restored);
    original.train(3);
    restored.train(3);
    expectSameState(original, restored);
  });

  it("survive structuredClone, as postMessage copies them, and take the data set when given", () => {
    const original = changedMidEpoch();
    const snapshot = structuredClone(captureRun(original));
    const restored = restoreRun(snapshot, runData(snapshot.settings));
    original.trainUpdates(500);
    restored.trainUpdates(500);
    expect(restored.net.params).toEqual(original.net.params);
  });

  it("record the step settings in force, not those the run started with", () => {
    const { settings } = captureRun(changedMidEpoch());
    expect([settings.learningRate, settings.lambda, settings.batchSize]).toEqual([0.05, 0.002, 32]);
    expect(settings.initSeed).toBe(3);
  });

  it("share no memory with the run: training on leaves the snapshot as it was", () => {
    const run = changedMidEpoch();
    const snapshot = captureRun(run);
    const params = snapshot.params.slice();
    const order = snapshot.order.slice();
    run.train(5);
    expect(snapshot.params).toEqual(params);
    expect(snapshot.order).toEqual(order);
    expect(snapshot.updates).toBe(18);
  });

  it("keep the divergence baseline of a λ change, so both runs diverge alike", () => {
    const original = new Run({ ...ARTICLE_SETTINGS, hiddenUnits: 64, samples: 20, lambda: 0 });
    original.train(3000);
    original.setStepSettings(1e-4, 10, 0);
    const restored = restoreRun(structuredClone(captureRun(original)));
    for (const run of [original, restored]) {
      run.setStepSettings(10, 10, 0);
      run.train(1000);
    }
    expect(original.divergence).toMatchObject({ since: "lambda" });
    expect(restored.divergence).toEqual(original.divergence);
  });

  it("restore a diverged run as diverged: it trains no further", () => {
    const run = new Run({ ...ARTICLE_SETTINGS, learningRate: 10 });
    run.train(100);
    const restored = restoreRun(captureRun(run));
    expect(restored.divergence).toEqual(run.divergence);
    expect(restored.trainUpdates(10)).toBe(0);
  });

  it("keep the switched-off units: the restored run leaves them off and trains on alike", () => {
    const run = changedMidEpoch();
    run.setMasked([0, 2]);
    run.trainUpdates(3);
    const snapshot = structuredClone(captureRun(run));
    expect(snapshot.masked).toEqual([0, 2]);
    const restored = restoreRun(snapshot);
    expect(restored.masked).toEqual([0, 2]);
    run.trainUpdates(200);
    restored.trainUpdates(200);
    expectSameState(run, restored);
  });

  it("restore every unit on from a snapshot taken before masks existed", () => {
    const { masked: _, ...old } = captureRun(changedMidEpoch());
    expect(restoreRun(old).masked).toEqual([]);
  });
});
