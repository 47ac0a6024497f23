import { describe, expect, it } from "vitest";
import type { Dataset } from "../../src/engine/datasets.ts";
import { Run, type RunSettings, runData } from "../../src/engine/run.ts";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import type { DataMessage, PanelsFrame } from "../../src/worker/protocol.ts";
import type { FakeHost } from "./fakeHost.ts";
import { ack, checkedTrainers } from "./trainerHarness.ts";

const { unconfigured } = checkedTrainers();

const CUSTOM: RunSettings = { ...DEFAULT_SETTINGS, dataset: "custom" };

/** XOR's four corners: no straight line separates them. */
const XOR: Dataset = {
  n: 4,
  x: new Float64Array([-1, -1, 1, 1, -1, 1, 1, -1]),
  t: new Uint8Array([0, 0, 1, 1]),
};

function withPoint(points: Dataset, x1: number, x2: number, t: 0 | 1): Dataset {
  return {
    n: points.n + 1,
    x: Float64Array.from([...points.x, x1, x2]),
    t: Uint8Array.from([...points.t, t]),
  };
}

function dataMessages(host: FakeHost): DataMessage[] {
  return host.posted.filter((m): m is DataMessage => m.type === "data");
}

function lastData(host: FakeHost): DataMessage {
  const all = dataMessages(host);
  return all[all.length - 1];
}

/** Run what is due and draw the frames that come, so the last frame shows everything handled. */
function settle(host: FakeHost, trainer: Parameters<typeof ack>[1]): void {
  host.run();
  ack(host, trainer, 5);
}

function startedOn(points: Dataset | null, settings: RunSettings = CUSTOM) {
  const { host, trainer } = unconfigured();
  trainer.handle({ type: "configure", settings, points });
  host.run();
  return { host, trainer };
}

describe("the trainer on the user's own points", () => {
  it("learns from exactly the points it was given, as a run built on them does", () => {
    const { host, trainer } = startedOn(XOR);
    expect(Array.from(lastData(host).train.x)).toEqual(Array.from(XOR.x));
    expect(Array.from(lastData(host).train.t)).toEqual([0, 0, 1, 1]);
    for (let i = 0; i < 25; i++) trainer.handle({ type: "step" });
    settle(host, trainer);
    const plain = new Run(CUSTOM, runData(CUSTOM, XOR));
    plain.train(25);
    expect(host.lastFrame().epoch).toBe(25);
    expect(Array.from(host.lastFrame().params)).toEqual(Array.from(plain.net.params));
  });

  it("splits the points into training and test sets as a generated data set is split", () => {
    const settings = { ...CUSTOM, testFraction: 0.25 };
    const { host } = startedOn(XOR, settings);
    expect(lastData(host).train.t.length).toBe(3);
    expect(lastData(host).test.t.length).toBe(1);
  });

  it("starts a fresh network on new points, and rebuilds nothing for the same points again", () => {
    const { host, trainer } = startedOn(XOR);
    trainer.handle({ type: "step" });
    settle(host, trainer);
    const before = host.lastFrame();
    trainer.handle({ type: "configure", settings: CUSTOM, points: withPoint(XOR, 0, 0, 1) });
    settle(host, trainer);
    expect(lastData(host).dataId).toBe(before.dataId + 1);
    expect(lastData(host).train.t.length).toBe(5);
    expect(host.lastFrame().runId).toBe(before.runId + 1);
    expect(host.lastFrame().epoch).toBe(0);

    const now = host.lastFrame();
    trainer.handle({ type: "configure", settings: CUSTOM, points: withPoint(XOR, 0, 0, 1) });
    settle(host, trainer);
    expect(dataMessages(host).length).toBe(2);
    expect(host.lastFrame().runId).toBe(now.runId);
  });

  it("ignores the points while a generated data set is chosen", () => {
    const { host, trainer } = startedOn(XOR, DEFAULT_SETTINGS);
    expect(lastData(host).train.t.length).toBe(200);
    trainer.handle({ type: "configure", settings: DEFAULT_SETTINGS, points: withPoint(XOR, 0, 0, 1) });
    host.run();
    expect(dataMessages(host).length).toBe(1);
  });

  it("trains nothing and does not diverge when there is no point to learn from", () => {
    const { host, trainer } = startedOn({ n: 0, x: new Float64Array(0), t: new Uint8Array(0) });
    trainer.handle({ type: "play" });
    settle(host, trainer);
    trainer.handle({ type: "step" });
    settle(host, trainer);
    const frame = host.lastFrame();
    expect(frame.status).toBe("paused");
    expect(frame.epoch).toBe(0);
    expect(frame.divergence).toBeNull();
  });

  it("shows a fresh network on the cleared plane, not the last frame of the old points", () => {
    const { host, trainer } = startedOn(XOR);
    for (let i = 0; i < 5; i++) trainer.handle({ type: "step" });
    settle(host, trainer);
    const before = host.lastFrame();
    trainer.handle({
      type: "configure",
      settings: CUSTOM,
      points: { n: 0, x: new Float64Array(0), t: new Uint8Array(0) },
    });
    settle(host, trainer);
    const after = host.lastFrame();
    expect(lastData(host).train.t.length).toBe(0);
    expect(after.dataId).toBe(lastData(host).dataId);
    expect(after.runId).toBe(before.runId + 1);
    expect(after.epoch).toBe(0);
  });

  it("keeps the plane where it is while added points fall inside it, and widens it for one outside", () => {
    const { host, trainer } = startedOn(XOR);
    const plane = lastData(host).domain;
    trainer.handle({ type: "configure", settings: CUSTOM, points: withPoint(XOR, 0.5, 0.25, 1) });
    host.run();
    expect(lastData(host).domain).toEqual(plane);
    trainer.handle({ type: "configure", settings: CUSTOM, points: withPoint(XOR, 4, 0, 1) });
    host.run();
    expect(lastData(host).domain.x1Max).toBeGreaterThan(4);
  });

  it("refuses points that are not rows of two numbers and a class, keeping the data in force", () => {
    const { host, trainer } = startedOn(XOR);
    const bad = { n: 2, x: new Float64Array([0, Number.NaN, 1, 1]), t: new Uint8Array([0, 1]) };
    trainer.handle({ type: "configure", settings: CUSTOM, points: bad });
    host.run();
    expect(host.errors().at(-1)).toMatch(/two numbers and a class/);
    expect(dataMessages(host).length).toBe(1);
    trainer.handle({ type: "step" });
    settle(host, trainer);
    expect(host.lastFrame().epoch).toBe(1);
  });

  it("trains compare panels on the points too, each as a run built on them", () => {
    const { host, trainer } = startedOn(XOR);
    const panels = [1, 3].map((h) => ({ id: `hidden=${h}`, settings: { ...CUSTOM, hiddenUnits: h } }));
    trainer.handle({ type: "panels", panels, points: XOR });
    host.run();
    for (let i = 0; i < 10; i++) trainer.handle({ type: "step" });
    host.run();
    ack(host, trainer, 3);
    const frames = host.posted.filter((m): m is PanelsFrame => m.type === "panels");
    const last = frames[frames.length - 1];
    for (const panel of last.panels) {
      const plain = new Run(
        { ...CUSTOM, hiddenUnits: panel.hiddenUnits },
        runData({ ...CUSTOM, hiddenUnits: panel.hiddenUnits }, XOR),
      );
      plain.train(10);
      expect(panel.epoch).toBe(10);
      expect(panel.trainLoss).toBe(plain.evaluate().train.loss);
    }
  });
});
