import { afterEach, describe, expect, it, vi } from "vitest";
import { Run } from "../../src/engine/run.ts";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import type { Trainer } from "../../src/worker/trainer.ts";
import article from "../fixtures/article.json";
import type { FakeHost } from "./fakeHost.ts";
import { ack, checkedTrainers } from "./trainerHarness.ts";

/** The article's run with 3 hidden tanh units (numpy): the defaults are its settings. */
const ARTICLE_H3 = article.tanhSoftmax.find((r) => r.H === 3) as (typeof article.tanhSoftmax)[number];

const { started, unconfigured } = checkedTrainers();
afterEach(() => {
  vi.restoreAllMocks();
});

/** Draw every frame at once, for `ms` of virtual time (or until nothing is left to do). */
function playFor(host: FakeHost, trainer: Trainer, ms: number) {
  const end = host.time + ms;
  while (host.time < end && host.pending > 0) ack(host, trainer);
}

describe("the worker's trainer", () => {
  it("sends the data set and a first paused frame at epoch 0 once configured", () => {
    const { host } = started();
    expect(host.posted.map((m) => m.type)).toEqual(["data", "frame"]);
    const frame = host.lastFrame();
    expect(frame).toMatchObject({ status: "paused", epoch: 0, updates: 0, hiddenUnits: 3, testLoss: null });
    expect(frame.handled).toBe(1);
    expect(frame.trainLoss).toBeCloseTo(ARTICLE_H3.initialLoss, 9);
    expect(frame.grid).toHaveLength(128 * 128);
    expect(frame.params).toHaveLength(5 * 3 + 2);
  });

  it("steps exactly one update, reproducing the article's first printed loss", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "step" });
    ack(host, trainer);
    const frame = host.lastFrame();
    expect(frame).toMatchObject({ epoch: 1, updates: 1, status: "paused" });
    expect(frame.trainLoss.toFixed(6)).toBe("0.432387");
  });

  it("steps one mini-batch at a time: with 200 examples in batches of 32, the epoch ends at the 7th", () => {
    const { host, trainer } = started({ ...DEFAULT_SETTINGS, batchSize: 32 });
    const seen: { epoch: number; updates: number }[] = [];
    let params = host.lastFrame().params;
    for (let i = 0; i < 7; i++) {
      trainer.handle({ type: "step" });
      ack(host, trainer);
      const frame = host.lastFrame();
      seen.push({ epoch: frame.epoch, updates: frame.updates });
      expect(frame.params).not.toEqual(params);
      params = frame.params;
    }
    // ⌈200 / 32⌉ = 7 updates to an epoch
    expect(seen).toEqual([0, 0, 0, 0, 0, 0, 1].map((epoch, i) => ({ epoch, updates: i + 1 })));
  });

  it("sends no new frame until the page has drawn the last one", () => {
    const { host, trainer } = started();
    const before = host.frames().length;
    trainer.handle({ type: "step" });
    trainer.handle({ type: "step" });
    expect(host.frames()).toHaveLength(before);
    ack(host, trainer);
    expect(host.frames()).toHaveLength(before + 1);
    expect(host.lastFrame().epoch).toBe(2);
  });

  it("holds frames back while settings are pending, then sends one that reflects them", () => {
    const { host, trainer } = started();
    const before = host.frames().length;
    trainer.handle({ type: "step" });
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, hiddenUnits: 4 } });
    trainer.handle({ type: "frameDone" });
    expect(host.frames()).toHaveLength(before);
    host.run();
    expect(host.frames()).toHaveLength(before + 1);
    expect(host.lastFrame()).toMatchObject({ handled: 3, hiddenUnits: 4, epoch: 0 });
  });

  it("trains while playing and gives the same weights, epoch by epoch, as a plain run", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "play" });
    while (host.lastFrame().epoch < 300) ack(host, trainer);
    trainer.handle({ type: "pause" });
    ack(host, trainer);
    const frame = host.lastFrame();
    expect(frame.status).toBe("paused");
    const reference = new Run(DEFAULT_SETTINGS);
    reference.train(frame.epoch);
    expect(Array.from(frame.params)).toEqual(Array.from(reference.net.params));
  });

  it("trains mini-batches while playing exactly as a plain run does, update by update", () => {
    const settings = { ...DEFAULT_SETTINGS, batchSize: 32 };
    const { host, trainer } = started(settings);
    trainer.handle({ type: "play" });
    while (host.lastFrame().updates < 500) ack(host, trainer);
    const frame = host.lastFrame();
    const reference = new Run(settings);
    reference.trainUpdates(frame.updates);
    expect(frame.epoch).toBe(Math.floor(frame.updates / 7));
    expect(Array.from(frame.params)).toEqual(Array.from(reference.net.params));
  });

  it("paces training to the chosen speed: 20 epochs/s for 2 s is 40 epochs", () => {
    const { host, trainer } = started(DEFAULT_SETTINGS, 20);
    trainer.handle({ type: "play" });
    playFor(host, trainer, 2000);
    const frame = host.lastFrame();
    expect(frame.epoch).toBeGreaterThanOrEqual(39);
    expect(frame.epoch).toBeLessThanOrEqual(41);
    expect(frame.epochsPerSecond).toBeGreaterThanOrEqual(19);
    expect(frame.epochsPerSecond).toBeLessThanOrEqual(21);
  });

  it("shows every update at a slow speed with mini-batches, still counting the speed in epochs", () => {
    const { host, trainer } = started({ ...DEFAULT_SETTINGS, batchSize: 32 }, 1);
    trainer.handle({ type: "play" });
    playFor(host, trainer, 2000);
    const updates = host.frames().map((f) => f.updates);
    // 1 epoch/s · 7 updates each · 2 s, one frame per update
    expect(updates[updates.length - 1]).toBeGreaterThanOrEqual(13);
    expect(updates[updates.length - 1]).toBeLessThanOrEqual(15);
    expect(new Set(updates).size).toBe(updates[updates.length - 1] + 1);
    expect(host.lastFrame().epoch).toBe(Math.floor(updates[updates.length - 1] / 7));
  });

  it("changes the pace mid-run but keeps the run: same network, same weights, same epoch count", () => {
    const { host, trainer } = started(DEFAULT_SETTINGS, 20);
    trainer.handle({ type: "play" });
    playFor(host, trainer, 1000);
    const slow = host.lastFrame();
    trainer.handle({ type: "speed", speed: 100 });
    playFor(host, trainer, 1000);
    const fast = host.lastFrame();
    expect(slow.epoch).toBeGreaterThanOrEqual(19);
    expect(slow.epoch).toBeLessThanOrEqual(21);
    expect(fast.epoch - slow.epoch).toBeGreaterThanOrEqual(98);
    expect(fast.epoch - slow.epoch).toBeLessThanOrEqual(102);
    expect(fast.runId).toBe(slow.runId);
    expect(fast.handled).toBe(slow.handled + 1);
    const reference = new Run(DEFAULT_SETTINGS);
    reference.train(fast.epoch);
    expect(Array.from(fast.params)).toEqual(Array.from(reference.net.params));
  });

  it("feels a faster speed at once, without waiting out the slow pace's pause", () => {
    const { host, trainer } = started(DEFAULT_SETTINGS, 1);
    trainer.handle({ type: "play" });
    ack(host, trainer);
    const pausedUntil = host.time + 250;
    trainer.handle({ type: "speed", speed: "max" });
    host.run(1);
    expect(host.time).toBeLessThan(pausedUntil);
    ack(host, trainer);
    expect(host.lastFrame().epoch).toBeGreaterThan(1);
  });

  it("keeps the weights when only the learning rate changes", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "step" });
    ack(host, trainer);
    const { runId, epoch } = host.lastFrame();
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, learningRate: 0.1 } });
    host.run();
    ack(host, trainer);
    expect(host.lastFrame()).toMatchObject({ runId, epoch });
  });

  it("starts a fresh network on the same data when the hidden layer changes, and new data when the noise does", () => {
    const { host, trainer } = started();
    const first = host.lastFrame();
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, hiddenUnits: 5 } });
    host.run();
    ack(host, trainer);
    const second = host.lastFrame();
    expect(second).toMatchObject({ epoch: 0, hiddenUnits: 5, dataId: first.dataId });
    expect(second.runId).toBeGreaterThan(first.runId);
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, hiddenUnits: 5, noise: 0.3 } });
    host.run();
    ack(host, trainer);
    expect(host.lastFrame().dataId).toBeGreaterThan(first.dataId);
  });

  it("builds only the last of many settings sent in a burst", () => {
    const { host, trainer } = unconfigured();
    for (let samples = 100; samples <= 500; samples += 100) {
      trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, samples } });
    }
    host.run();
    const data = host.posted.filter((m) => m.type === "data");
    expect(data).toHaveLength(1);
    expect(data[0].type === "data" && data[0].train.t.length).toBe(500);
  });

  it("changes nothing when the settings in force arrive again", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "step" });
    ack(host, trainer);
    const before = host.lastFrame();
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS } });
    host.run();
    ack(host, trainer);
    expect(host.posted.filter((m) => m.type === "data")).toHaveLength(1);
    expect(host.lastFrame()).toMatchObject({ runId: before.runId, epoch: 1, handled: before.handled + 1 });
    expect(host.lastFrame().params).toEqual(before.params);
  });

  function diverged() {
    const run = started({ ...DEFAULT_SETTINGS, learningRate: 10 });
    const { host, trainer } = run;
    trainer.handle({ type: "play" });
    for (let i = 0; i < 50 && host.lastFrame().status !== "diverged"; i++) ack(host, trainer);
    return run;
  }

  it("stops a diverging run, says so, and starts afresh when a setting really changes", () => {
    const { host, trainer } = diverged();
    const frame = host.lastFrame();
    expect(frame.status).toBe("diverged");
    expect(frame.divergence?.reason).toBe("loss-exploded");
    trainer.handle({ type: "configure", settings: DEFAULT_SETTINGS });
    host.run();
    ack(host, trainer);
    expect(host.lastFrame()).toMatchObject({ status: "paused", epoch: 0, divergence: null });
    expect(host.lastFrame().runId).toBe(frame.runId + 1);
  });

  it("keeps a diverged run diverged when only the speed changes, or the same settings arrive again", () => {
    const { host, trainer } = diverged();
    const frame = host.lastFrame();
    trainer.handle({ type: "speed", speed: 5 });
    host.run();
    ack(host, trainer);
    expect(host.lastFrame()).toMatchObject({ status: "diverged", runId: frame.runId, epoch: frame.epoch });
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, learningRate: 10 } });
    host.run();
    ack(host, trainer);
    expect(host.lastFrame()).toMatchObject({ status: "diverged", runId: frame.runId, epoch: frame.epoch });
    expect(host.lastFrame().handled).toBe(frame.handled + 2);
  });

  it("resets to a fresh network at epoch 0, paused", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "play" });
    ack(host, trainer, 3);
    trainer.handle({ type: "reset" });
    ack(host, trainer);
    const frame = host.lastFrame();
    expect(frame).toMatchObject({ status: "paused", epoch: 0, updates: 0 });
    const [w1, w2] = [ARTICLE_H3.initialWeights?.W1 ?? [], ARTICLE_H3.initialWeights?.W2 ?? []];
    // [w | b1 | u | b2]: the article's W1 (2×3) and W2 (3×2), row by row, and zero biases
    expect(Array.from(frame.params)).toEqual([...w1, 0, 0, 0, ...w2, 0, 0]);
  });

  it("reuses the grid buffer the page hands back", () => {
    const { host, trainer } = started();
    const grid = new Float32Array(128 * 128);
    trainer.handle({ type: "step" });
    trainer.handle({ type: "frameDone", grid });
    host.run();
    expect(host.lastFrame().grid).toBe(grid);
  });

  it("draws 128×128 cells up to 40 hidden units, and no more cells·(H + 1) than that beyond", () => {
    for (const [H, side] of [
      [3, 128],
      [40, 128],
      [50, 114],
      [64, 101],
    ]) {
      const { host } = started({ ...DEFAULT_SETTINGS, hiddenUnits: H });
      const frame = host.lastFrame();
      expect([frame.gridCols, frame.gridRows, frame.grid.length], `H = ${H}`).toEqual([
        side,
        side,
        side * side,
      ]);
      expect(side * side * (H + 1), `H = ${H}`).toBeLessThanOrEqual(128 * 128 * 41);
    }
  });

  it("reports a test loss and accuracy only when part of the data is held out", () => {
    const { host } = started({ ...DEFAULT_SETTINGS, testFraction: 0.25 });
    const frame = host.lastFrame();
    const data = host.posted.find((m) => m.type === "data");
    expect(data?.type === "data" && [data.train.t.length, data.test.t.length]).toEqual([150, 50]);
    // The two sets split the article's 200 points, so their losses add up to the article's initial loss
    // over all of them: 150·L_train + 50·L_test = 200·L + λ/2·Σ(W1² + W2²) (each set counts the λ term).
    const weights = [...(ARTICLE_H3.initialWeights?.W1 ?? []), ...(ARTICLE_H3.initialWeights?.W2 ?? [])];
    const penalty = (article.lambda / 2) * weights.reduce((s, v) => s + v * v, 0);
    const testLoss = frame.testLoss ?? Number.NaN;
    expect(150 * frame.trainLoss + 50 * testLoss).toBeCloseTo(200 * ARTICLE_H3.initialLoss + penalty, 8);
    expect(Number.isInteger((frame.testAccuracy ?? Number.NaN) * 50)).toBe(true);
  });

  describe("after a failure", () => {
    it("pauses, says so in words, and plays again on the next Play", () => {
      const { host, trainer } = started();
      trainer.handle({ type: "play" });
      ack(host, trainer, 2);
      host.failNextNow(new Error("clock stopped"));
      host.run(1); // the next stretch of training
      ack(host, trainer);
      const stopped = host.lastFrame();
      expect(stopped.status).toBe("paused");
      trainer.handle({ type: "play" });
      ack(host, trainer, 3);
      expect(host.lastFrame().status).toBe("running");
      expect(host.lastFrame().epoch).toBeGreaterThan(stopped.epoch);
      const errors = host.errors();
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBe("clock stopped");
    });

    it("keeps the settings in force when new ones fail to build", () => {
      const { host, trainer } = started();
      const before = host.lastFrame();
      const broken = { ...DEFAULT_SETTINGS, hiddenUnits: 4, dataset: "no-such-set" as "moons" };
      trainer.handle({ type: "configure", settings: broken });
      host.run();
      expect(host.errors()).toHaveLength(1);
      trainer.handle({ type: "step" });
      ack(host, trainer);
      expect(host.lastFrame()).toMatchObject({ runId: before.runId, dataId: before.dataId, epoch: 1 });
      expect(host.lastFrame().hiddenUnits).toBe(3);
    });

    it("sends frames again after one failed to be made", () => {
      const { host, trainer } = started();
      vi.spyOn(Run.prototype, "evaluate").mockImplementationOnce(() => {
        throw new Error("no memory");
      });
      trainer.handle({ type: "frameDone" });
      trainer.handle({ type: "step" });
      expect(host.errors()).toHaveLength(1);
      ack(host, trainer);
      trainer.handle({ type: "step" });
      ack(host, trainer);
      expect(host.lastFrame()).toMatchObject({ epoch: 2, status: "paused" });
    });
  });
});
