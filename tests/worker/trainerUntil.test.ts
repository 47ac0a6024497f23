import { describe, expect, it } from "vitest";
import { Run, type RunSettings } from "../../src/engine/run.ts";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import type { Frame, Speed } from "../../src/worker/protocol.ts";
import type { Trainer } from "../../src/worker/trainer.ts";
import article from "../fixtures/article.json";
import type { FakeHost } from "./fakeHost.ts";
import { ack, checkedTrainers } from "./trainerHarness.ts";

/** numpy's run of the article's code with 5 hidden tanh units (otherwise the defaults are its settings). */
const NUMPY_H5 = article.tanhSoftmax.find((r) => r.H === 5) as (typeof article.tanhSoftmax)[number];
/** 200 examples in mini-batches of 32: ⌈200 / 32⌉ = 7 updates to an epoch (6 of 32 and one of 8). */
const BATCH_32: RunSettings = { ...DEFAULT_SETTINGS, batchSize: 32 };

const { started: startTrainer } = checkedTrainers();
/** A trainer at full speed unless told otherwise. */
const started = (settings: RunSettings = DEFAULT_SETTINGS, speed: Speed = "max") =>
  startTrainer(settings, speed);

/** Draw frames as they come until the trainer has nothing left to do (it paused), and return the last. */
function drawUntilIdle(host: FakeHost, trainer: Trainer, limit = 100_000): Frame {
  for (let i = 0; i < limit && host.pending > 0; i++) ack(host, trainer);
  ack(host, trainer); // the frame made by the last task
  expect(host.pending).toBe(0);
  return host.lastFrame();
}

/** The weights of a plain run of `settings` trained for `epochs` epochs. */
function plainRun(settings: RunSettings, epochs: number): number[] {
  const run = new Run(settings);
  run.train(epochs);
  return Array.from(run.net.params);
}

describe("stop at an epoch (until)", () => {
  it("stops playing exactly at the stop epoch with full batch, paused, with the weights of a plain run", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "until", epoch: 300 });
    trainer.handle({ type: "play" });
    const frame = drawUntilIdle(host, trainer);
    expect(frame).toMatchObject({ status: "paused", epoch: 300, updates: 300, stoppedAt: 300 });
    expect(Array.from(frame.params)).toEqual(plainRun(DEFAULT_SETTINGS, 300));
    // Every frame on the way said it was running, none past the stop epoch.
    const before = host.frames().slice(0, -1);
    expect(before.every((f) => f.epoch < 300 && f.stoppedAt === null)).toBe(true);
  });

  it("stops at the end of the stop epoch's last mini-batch: 40 epochs of 7 updates are 280", () => {
    const { host, trainer } = started(BATCH_32);
    trainer.handle({ type: "until", epoch: 40 });
    trainer.handle({ type: "play" });
    const frame = drawUntilIdle(host, trainer);
    expect(frame).toMatchObject({ status: "paused", epoch: 40, updates: 40 * 7, stoppedAt: 40 });
    expect(Array.from(frame.params)).toEqual(plainRun(BATCH_32, 40));
  });

  it("finishes an epoch begun with Step, then stops: 3 steps and until 1 end after the 7th update", () => {
    const { host, trainer } = started(BATCH_32);
    for (let i = 0; i < 3; i++) trainer.handle({ type: "step" });
    trainer.handle({ type: "until", epoch: 1 });
    trainer.handle({ type: "play" });
    const frame = drawUntilIdle(host, trainer);
    expect(frame).toMatchObject({ status: "paused", epoch: 1, updates: 7, stoppedAt: 1 });
    expect(Array.from(frame.params)).toEqual(plainRun(BATCH_32, 1));
  });

  it("stops exactly at a slow pace too, where the speed doles out the updates", () => {
    const { host, trainer } = started(BATCH_32, 20);
    trainer.handle({ type: "until", epoch: 3 });
    trainer.handle({ type: "play" });
    const frame = drawUntilIdle(host, trainer);
    expect(frame).toMatchObject({ status: "paused", epoch: 3, updates: 21, stoppedAt: 3 });
  });

  it("ends where the article's figure does: 5 hidden units, 20,000 passes, numpy's loss", {
    timeout: 60_000,
  }, () => {
    const { host, trainer } = started({ ...DEFAULT_SETTINGS, hiddenUnits: 5 });
    trainer.handle({ type: "until", epoch: article.passes });
    trainer.handle({ type: "play" });
    const frame = drawUntilIdle(host, trainer);
    expect(article.passes).toBe(20_000);
    expect(frame).toMatchObject({ status: "paused", epoch: 20_000, stoppedAt: 20_000 });
    expect(Math.abs(frame.trainLoss - NUMPY_H5.finalLoss)).toBeLessThanOrEqual(1e-6);
    expect(frame.trainAccuracy).toBe(NUMPY_H5.accuracy);
  });

  it("stays stopped on a second Play, saying why, and trains nothing", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "until", epoch: 300 });
    trainer.handle({ type: "play" });
    const stopped = drawUntilIdle(host, trainer);
    trainer.handle({ type: "play" });
    const again = drawUntilIdle(host, trainer);
    expect(again).toMatchObject({ status: "paused", epoch: 300, updates: 300, stoppedAt: 300 });
    expect(again.handled).toBe(stopped.handled + 1);
    expect(Array.from(again.params)).toEqual(Array.from(stopped.params));
  });

  it("still steps one update past the stop epoch; Play there stays paused, saying the stop epoch", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "until", epoch: 300 });
    trainer.handle({ type: "play" });
    drawUntilIdle(host, trainer);
    trainer.handle({ type: "step" });
    const stepped = drawUntilIdle(host, trainer);
    expect(stepped).toMatchObject({ status: "paused", epoch: 301, updates: 301, stoppedAt: null });
    trainer.handle({ type: "play" });
    expect(drawUntilIdle(host, trainer)).toMatchObject({ status: "paused", epoch: 301, stoppedAt: 300 });
  });

  it("goes on to a raised stop epoch, and on without end once it is cleared", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "until", epoch: 300 });
    trainer.handle({ type: "play" });
    drawUntilIdle(host, trainer);
    trainer.handle({ type: "until", epoch: 450 });
    expect(drawUntilIdle(host, trainer)).toMatchObject({ status: "paused", epoch: 300, stoppedAt: null });
    trainer.handle({ type: "play" });
    const raised = drawUntilIdle(host, trainer);
    expect(raised).toMatchObject({ status: "paused", epoch: 450, stoppedAt: 450 });
    expect(Array.from(raised.params)).toEqual(plainRun(DEFAULT_SETTINGS, 450));
    trainer.handle({ type: "until", epoch: null });
    trainer.handle({ type: "play" });
    while (host.lastFrame().epoch < 600) ack(host, trainer);
    expect(host.lastFrame()).toMatchObject({ status: "running", stoppedAt: null });
    expect(host.pending).toBeGreaterThan(0);
  });

  it("pauses at once when the stop epoch is lowered below the epoch a playing run has reached", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "play" });
    while (host.lastFrame().epoch < 200) ack(host, trainer);
    trainer.handle({ type: "until", epoch: 100 });
    const frame = drawUntilIdle(host, trainer);
    expect(frame.status).toBe("paused");
    expect(frame.stoppedAt).toBe(100);
    expect(frame.epoch).toBeGreaterThanOrEqual(200);
  });

  it("keeps the stop epoch for a fresh network: Reset clears the stop and the next Play stops there again", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "until", epoch: 50 });
    trainer.handle({ type: "play" });
    drawUntilIdle(host, trainer);
    trainer.handle({ type: "reset" });
    expect(drawUntilIdle(host, trainer)).toMatchObject({ status: "paused", epoch: 0, stoppedAt: null });
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, hiddenUnits: 5 } });
    host.run();
    trainer.handle({ type: "play" });
    const frame = drawUntilIdle(host, trainer);
    expect(frame).toMatchObject({ hiddenUnits: 5, epoch: 50, stoppedAt: 50 });
    expect(Array.from(frame.params)).toEqual(plainRun({ ...DEFAULT_SETTINGS, hiddenUnits: 5 }, 50));
  });

  it("refuses a stop epoch that is not a whole number from 1, keeping the one in force", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "until", epoch: 5 });
    for (const epoch of [0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      trainer.handle({ type: "until", epoch });
    }
    expect(host.errors()).toHaveLength(5);
    expect(host.errors()[0]).toMatch(/Cannot stop at epoch 0/);
    trainer.handle({ type: "play" });
    expect(drawUntilIdle(host, trainer)).toMatchObject({ status: "paused", epoch: 5, stoppedAt: 5 });
  });
});
