/**
 * The trainer's view inside the network: weights set by hand, switched-off units, the explained weight,
 * and the gradient and unit maps every frame carries.
 */
import { describe, expect, it } from "vitest";
import { computeGradient, createWorkspace } from "../../src/engine/backprop.ts";
import { explainWeight } from "../../src/engine/explain.ts";
import { networkFromParams } from "../../src/engine/network.ts";
import { runData } from "../../src/engine/run.ts";
import { unitMapSide } from "../../src/engine/unitMaps.ts";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import { ack, checkedTrainers } from "./trainerHarness.ts";

const { started, unconfigured } = checkedTrainers();

/** Offsets in params for H = 3: w-1-1 is 0, b1-2 is 7, u-3-2 is 14, b2-1 is 15. */
const H3 = { "w-1-1": 0, "b1-2": 7, "u-3-2": 14, "b2-1": 15 };

describe("weights set by hand", () => {
  it("reach the next frame's params and mark the run edited, keeping the epoch; reset clears the mark", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "step" });
    ack(host, trainer);
    trainer.handle({
      type: "setWeights",
      values: [
        { name: "w-1-1", value: 1.25 },
        { name: "u-3-2", value: -0.5 },
        { name: "b1-2", value: 3 },
      ],
    });
    ack(host, trainer);
    const frame = host.lastFrame();
    expect(frame).toMatchObject({ edited: true, epoch: 1, status: "paused" });
    expect([frame.params[H3["w-1-1"]], frame.params[H3["u-3-2"]], frame.params[H3["b1-2"]]]).toEqual([
      1.25, -0.5, 3,
    ]);
    trainer.handle({ type: "step" }); // training goes on from them
    ack(host, trainer);
    expect(host.lastFrame()).toMatchObject({ edited: true, epoch: 2 });
    expect(host.lastFrame().params[H3["b1-2"]]).not.toBe(3);
    trainer.handle({ type: "reset" });
    ack(host, trainer);
    expect(host.lastFrame()).toMatchObject({ edited: false, epoch: 0 });
  });

  it.each([
    [{ name: "w-1-4", value: 1 }, "not a weight of this network"],
    [{ name: "u-1-1", value: Number.NaN }, "finite number"],
    [{ name: "b2-1", value: 2e6 }, "finite number"],
    [{ name: "b2-1", value: Number.POSITIVE_INFINITY }, "finite number"],
  ])("refuses %o in words and changes nothing", (bad, words) => {
    const { host, trainer } = started();
    const before = host.lastFrame().params;
    trainer.handle({ type: "setWeights", values: [{ name: "w-1-1", value: 0.75 }, bad] });
    ack(host, trainer);
    expect(host.errors()).toHaveLength(1);
    expect(host.errors()[0]).toContain(words);
    expect(host.lastFrame().params).toEqual(before);
    expect(host.lastFrame().edited).toBe(false);
  });

  it("names the input → output weights w-I-K without a hidden layer", () => {
    const { host, trainer } = started({ ...DEFAULT_SETTINGS, hiddenUnits: 0 });
    trainer.handle({ type: "setWeights", values: [{ name: "w-2-1", value: 0.125 }] });
    ack(host, trainer);
    expect(host.lastFrame().params[2]).toBe(0.125);
    expect(host.lastFrame().unitMaps).toBeNull();
  });

  it("are refused while the run is diverged", () => {
    const { host, trainer } = started({ ...DEFAULT_SETTINGS, learningRate: 10 });
    trainer.handle({ type: "play" });
    for (let i = 0; i < 50 && host.lastFrame().status !== "diverged"; i++) ack(host, trainer);
    const before = host.lastFrame().params;
    trainer.handle({ type: "setWeights", values: [{ name: "w-1-1", value: 0 }] });
    ack(host, trainer);
    expect(host.errors().at(-1)).toContain("diverged");
    expect(host.lastFrame().params).toEqual(before);
  });
});

describe("switched-off units", () => {
  it("show in frames and keep still while training, then come back on", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "mask", units: [2] });
    ack(host, trainer);
    const before = host.lastFrame();
    expect(before.masked).toEqual([2]);
    for (let i = 0; i < 5; i++) {
      trainer.handle({ type: "step" });
      ack(host, trainer);
    }
    const after = host.lastFrame();
    const unit2 = (p: Float64Array) => [p[1], p[4], p[7], p[11], p[12]]; // w_12, w_22, b1_2, u_21, u_22
    expect(unit2(after.params)).toEqual(unit2(before.params));
    expect(after.params[0]).not.toBe(before.params[0]);
    expect(after.gradient[1]).toBe(0);
    trainer.handle({ type: "mask", units: [] });
    trainer.handle({ type: "step" });
    ack(host, trainer);
    expect(host.lastFrame().masked).toEqual([]);
    expect(unit2(host.lastFrame().params)).not.toEqual(unit2(before.params));
  });

  it("are kept for a fresh network, those beyond its hidden layer dropped", () => {
    const { host, trainer } = started({ ...DEFAULT_SETTINGS, hiddenUnits: 5 });
    trainer.handle({ type: "mask", units: [2, 5, 5, 0, 99] });
    ack(host, trainer);
    expect(host.lastFrame().masked).toEqual([2, 5]);
    trainer.handle({ type: "reset" });
    ack(host, trainer);
    expect(host.lastFrame().masked).toEqual([2, 5]);
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, hiddenUnits: 3 } });
    host.run();
    ack(host, trainer);
    expect(host.lastFrame()).toMatchObject({ hiddenUnits: 3, masked: [2] });
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, hiddenUnits: 5 } });
    host.run();
    ack(host, trainer);
    expect(host.lastFrame()).toMatchObject({ hiddenUnits: 5, masked: [2] });
  });

  it("apply to the network the settings sent just before build", () => {
    const { host, trainer } = unconfigured();
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, hiddenUnits: 8 } });
    trainer.handle({ type: "mask", units: [7] }); // as the page sends them on load
    host.run();
    expect(host.lastFrame()).toMatchObject({ hiddenUnits: 8, masked: [7] });
  });
});

describe("the explained weight", () => {
  it("predicts exactly the weight after the next full-batch step, in every frame", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "explain", target: { weight: "w-2-3", example: 17 } });
    ack(host, trainer);
    for (let i = 0; i < 3; i++) {
      const e = host.lastFrame().explanation;
      expect(e).toMatchObject({ weight: "w-2-3", example: 17, n: 200, eps: 0.01, lambda: 0.01 });
      expect(e?.value).toBe(host.lastFrame().params[5]);
      trainer.handle({ type: "step" });
      ack(host, trainer);
      expect(host.lastFrame().params[5]).toBe(e?.next);
    }
  });

  it("is null for a weight this network lacks, and stops when asked", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "explain", target: { weight: "u-4-1", example: 0 } });
    ack(host, trainer);
    expect(host.lastFrame().explanation).toBeNull();
    trainer.handle({ type: "explain", target: { weight: "b2-2", example: 0 } });
    ack(host, trainer);
    expect(host.lastFrame().explanation?.weight).toBe("b2-2");
    trainer.handle({ type: "explain", target: null });
    ack(host, trainer);
    expect(host.lastFrame().explanation).toBeNull();
  });

  it("follows the learning rate and λ in force", () => {
    const { host, trainer } = started();
    trainer.handle({ type: "explain", target: { weight: "u-1-1", example: 3 } });
    trainer.handle({ type: "configure", settings: { ...DEFAULT_SETTINGS, learningRate: 0.05, lambda: 0.1 } });
    host.run();
    ack(host, trainer);
    const frame = host.lastFrame();
    const data = runData(DEFAULT_SETTINGS).train;
    const net = networkFromParams(DEFAULT_SETTINGS, frame.params);
    expect(frame.explanation).toEqual(explainWeight(net, data, 0.05, 0.1, "u-1-1", 3));
  });
});

describe("every frame", () => {
  it("carries the full-batch gradient with λw and every hidden unit's map", () => {
    const { host, trainer } = started({ ...DEFAULT_SETTINGS, hiddenUnits: 7, batchSize: 20 });
    trainer.handle({ type: "step" });
    ack(host, trainer);
    const frame = host.lastFrame();
    const settings = { ...DEFAULT_SETTINGS, hiddenUnits: 7 };
    const net = networkFromParams(settings, frame.params);
    const data = runData(settings).train;
    const ws = createWorkspace(net, data.n);
    computeGradient(net, ws, data, DEFAULT_SETTINGS.lambda);
    expect(frame.gradient).toEqual(ws.grad);
    const side = unitMapSide(7);
    expect(frame.unitMaps?.side).toBe(side);
    expect(frame.unitMaps?.values).toHaveLength(7 * side * side);
    expect(frame.unitMaps?.scale).toHaveLength(7);
    expect(frame).toMatchObject({ masked: [], edited: false, explanation: null });
  });
});
