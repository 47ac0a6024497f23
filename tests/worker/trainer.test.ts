import { describe, expect, it } from "vitest";
import { Run } from "../../src/engine/run.ts";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import type { Speed } from "../../src/worker/protocol.ts";
import { Trainer } from "../../src/worker/trainer.ts";
import { FakeHost } from "./fakeHost.ts";

function started(settings = DEFAULT_SETTINGS, speed: Speed = "max") {
  const host = new FakeHost();
  const trainer = new Trainer(host);
  trainer.handle({ type: "configure", settings, speed });
  host.run();
  return { host, trainer };
}

/** Acknowledge the last frame and let the trainer run its pending work. */
function ack(host: FakeHost, trainer: Trainer, rounds = 1) {
  for (let i = 0; i < rounds; i++) {
    trainer.handle({ type: "frameDone" });
    host.run(1);
  }
}

describe("the worker's trainer", () => {
  it("sends the data set and a first paused frame at epoch 0 once configured", () => {
    const { host } = started();
    expect(host.posted.map((m) => m.type)).toEqual(["data", "frame"]);
    const frame = host.lastFrame();
    expect(frame).toMatchObject({ status: "paused", epoch: 0, hiddenUnits: 3, testLoss: null, handled: 1 });
    expect(frame.grid).toHaveLength(128 * 128);
    expect(frame.params).toHaveLength(5 * 3 + 2);
  });

  it("steps exactly one update, reproducing the article's first printed loss", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "step" });
    ack(host, trainer);
    const frame = host.lastFrame();
    expect(frame.epoch).toBe(1);
    expect(frame.trainLoss.toFixed(6)).toBe("0.432387");
    expect(frame.status).toBe("paused");
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

  it("paces training to the chosen speed", () => {
    const { host, trainer } = started(DEFAULT_SETTINGS, 20);
    trainer.handle({ type: "play" });
    const start = host.time;
    while (host.time - start < 2000) ack(host, trainer);
    const epochs = host.lastFrame().epoch;
    expect(epochs).toBeGreaterThanOrEqual(30);
    expect(epochs).toBeLessThanOrEqual(45);
  });

  it("keeps the weights when only the learning rate changes", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "step" });
    ack(host, trainer);
    const { runId, epoch } = host.lastFrame();
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, learningRate: 0.1 }, speed: "max" });
    host.run();
    ack(host, trainer);
    expect(host.lastFrame()).toMatchObject({ runId, epoch });
  });

  it("starts a fresh network on the same data when the hidden layer changes, and new data when the noise does", () => {
    const { host, trainer } = started();
    const first = host.lastFrame();
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, hiddenUnits: 5 }, speed: "max" });
    host.run();
    ack(host, trainer);
    const second = host.lastFrame();
    expect(second).toMatchObject({ epoch: 0, hiddenUnits: 5, dataId: first.dataId });
    expect(second.runId).toBeGreaterThan(first.runId);
    trainer.handle({
      type: "configure",
      settings: { ...DEFAULT_SETTINGS, hiddenUnits: 5, noise: 0.3 },
      speed: "max",
    });
    host.run();
    ack(host, trainer);
    expect(host.lastFrame().dataId).toBeGreaterThan(first.dataId);
  });

  it("builds only the last of many settings sent in a burst", () => {
    const host = new FakeHost();
    const trainer = new Trainer(host);
    for (let samples = 100; samples <= 500; samples += 100) {
      trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, samples }, speed: "max" });
    }
    host.run();
    const data = host.posted.filter((m) => m.type === "data");
    expect(data).toHaveLength(1);
    expect(data[0].type === "data" && data[0].train.t.length).toBe(500);
  });

  it("stops a diverging run, says so, and starts afresh when a setting changes", () => {
    const { host, trainer } = started({ ...DEFAULT_SETTINGS, learningRate: 10 });
    trainer.handle({ type: "play" });
    for (let i = 0; i < 50 && host.lastFrame().status !== "diverged"; i++) ack(host, trainer);
    const diverged = host.lastFrame();
    expect(diverged.status).toBe("diverged");
    expect(diverged.divergence?.reason).toBe("loss-exploded");
    trainer.handle({ type: "configure", settings: DEFAULT_SETTINGS, speed: "max" });
    host.run();
    ack(host, trainer);
    expect(host.lastFrame()).toMatchObject({ status: "paused", epoch: 0, divergence: null });
  });

  it("resets to a fresh network at epoch 0, paused", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "play" });
    ack(host, trainer, 3);
    trainer.handle({ type: "reset" });
    ack(host, trainer);
    const frame = host.lastFrame();
    expect(frame).toMatchObject({ status: "paused", epoch: 0 });
    expect(Array.from(frame.params)).toEqual(Array.from(new Run(DEFAULT_SETTINGS).net.params));
  });

  it("reuses the grid buffer the page hands back", () => {
    const { host, trainer } = started();
    const grid = new Float32Array(128 * 128);
    trainer.handle({ type: "step" });
    trainer.handle({ type: "frameDone", grid });
    host.run();
    expect(host.lastFrame().grid).toBe(grid);
  });

  it("reports a test loss and accuracy only when part of the data is held out", () => {
    const { host } = started({ ...DEFAULT_SETTINGS, testFraction: 0.25 });
    const frame = host.lastFrame();
    expect(frame.testLoss).toBeTypeOf("number");
    expect(frame.testAccuracy).toBeGreaterThanOrEqual(0);
    const data = host.posted.find((m) => m.type === "data");
    expect(data?.type === "data" && [data.train.t.length, data.test.t.length]).toEqual([150, 50]);
  });
});
