/**
 * Switching hidden units off: the output ignores them, training leaves them as they are, and the rest of
 * the network behaves as if they were not there.
 */
import { describe, expect, it } from "vitest";
import { computeGradient, createWorkspace, trainEpoch } from "../../src/engine/backprop.ts";
import { makeMoons } from "../../src/engine/datasets.ts";
import { evaluate } from "../../src/engine/evaluate.ts";
import { createGridWorkspace, evaluateGrid } from "../../src/engine/grid.ts";
import {
  createLayerValues,
  createNetwork,
  forwardRows,
  maskedUnits,
  maskUnits,
  networkFromParams,
} from "../../src/engine/network.ts";
import { RandomState } from "../../src/engine/random.ts";
import { Run } from "../../src/engine/run.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";

const data = makeMoons(40, 0.2, 2);
const step = { eps: 0.01, lambda: 0.01, batchSize: 0 };

/** Unit j's parameters w_1j, w_2j, b1_j, u_j1, u_j2 (0-based j). */
function unitParameters(params: Float64Array, H: number, j: number): number[] {
  return [params[j], params[H + j], params[2 * H + j], params[3 * H + 2 * j], params[3 * H + 2 * j + 1]];
}

describe("masked hidden units", () => {
  it("leave the output: a hand-worked linear network at x = (1, 2)", () => {
    // h = x (w = I, b1 = 0), u = [[1, 2], [3, 4]], b2 = (½, −½): a = (½ + 1 + 6, −½ + 2 + 8) = (7.5, 9.5)
    const net = networkFromParams(
      { hiddenUnits: 2, activation: "linear", output: "softmax" },
      [1, 0, 0, 1, 0, 0, 1, 2, 3, 4, 0.5, -0.5],
    );
    const out = createLayerValues(2, 1);
    const x = Float64Array.of(1, 2);
    forwardRows(net, x, 1, out);
    expect(Array.from(out.a)).toEqual([7.5, 9.5]);
    maskUnits(net, [1]); // unit 2 off: only h_1 = 1 remains, a = (½ + 1, −½ + 2)
    forwardRows(net, x, 1, out);
    expect(Array.from(out.a)).toEqual([1.5, 1.5]);
    expect(Array.from(out.h)).toEqual([1, 2]); // h_2 is still computed: its map can be drawn
    maskUnits(net, [0, 1]); // both off: a = b2
    forwardRows(net, x, 1, out);
    expect(Array.from(out.a)).toEqual([0.5, -0.5]);
  });

  it("make the network's loss, λ term included, that of the network without them", () => {
    const arch = { hiddenUnits: 3, activation: "tanh", output: "softmax" } as const;
    const net = createNetwork(arch, 4);
    maskUnits(net, [1]); // unit 2 off
    // The same network with unit 2 taken out: units 1 and 3 only, [w (2×2) | b1 | u (2×2) | b2].
    const H = 3;
    const p = net.params;
    const keep = [0, 2];
    const without = networkFromParams({ ...arch, hiddenUnits: 2 }, [
      ...keep.map((j) => p[j]),
      ...keep.map((j) => p[H + j]),
      ...keep.map((j) => p[2 * H + j]),
      ...keep.flatMap((j) => [p[3 * H + 2 * j], p[3 * H + 2 * j + 1]]),
      p[5 * H],
      p[5 * H + 1],
    ]);
    const lambda = 0.3;
    const masked = evaluate(net, data, lambda, createLayerValues(3, data.n)).loss;
    const removed = evaluate(without, data, lambda, createLayerValues(2, data.n)).loss;
    expect(masked).toBeCloseTo(removed, 14);
  });

  it("get gradient 0 on all five of their parameters, λ decay included, and the others are unchanged", () => {
    const arch = { hiddenUnits: 4, activation: "tanh", output: "softmax" } as const;
    const net = createNetwork(arch, 1);
    const ws = createWorkspace(net, data.n);
    maskUnits(net, [2]);
    computeGradient(net, ws, data, 0.5);
    expect(unitParameters(ws.grad, 4, 2)).toEqual([0, 0, 0, 0, 0]);
    // The same as a network whose unit 3 is absent: u_3· = 0 gives the other units the same gradient.
    const zeroed = networkFromParams(arch, net.params);
    zeroed.u[4] = 0;
    zeroed.u[5] = 0;
    const ws0 = createWorkspace(zeroed, data.n);
    computeGradient(zeroed, ws0, data, 0.5);
    for (const j of [0, 1, 3]) expect(unitParameters(ws.grad, 4, j)).toEqual(unitParameters(ws0.grad, 4, j));
    expect(Array.from(ws.db2)).toEqual(Array.from(ws0.db2));
  });

  it("stay exactly as they are through 100 epochs of training while the other units learn", () => {
    const net = createNetwork({ hiddenUnits: 5, activation: "relu", output: "sigmoid" }, 4);
    maskUnits(net, [1, 3]);
    const before = net.params.slice();
    const ws = createWorkspace(net, data.n);
    const rng = new RandomState(0);
    for (let e = 0; e < 50; e++) trainEpoch(net, ws, data, step, rng);
    for (let e = 0; e < 50; e++) trainEpoch(net, ws, data, { ...step, batchSize: 8 }, rng);
    for (const j of [1, 3]) expect(unitParameters(net.params, 5, j)).toEqual(unitParameters(before, 5, j));
    for (const j of [0, 2, 4])
      expect(unitParameters(net.params, 5, j)).not.toEqual(unitParameters(before, 5, j));
    expect(Array.from(net.b2)).not.toEqual(Array.from(before.subarray(23, 25)));
  });

  it("change the loss and the decision picture as zeroing their u would", () => {
    const arch = { hiddenUnits: 3, activation: "tanh", output: "softmax" } as const;
    const net = createNetwork(arch, 0);
    const zeroed = networkFromParams(arch, net.params);
    zeroed.u[0] = 0;
    zeroed.u[1] = 0;
    const loss = evaluate(net, data, 0).loss;
    maskUnits(net, [0]);
    expect(evaluate(net, data, 0).loss).not.toBe(loss);
    expect(evaluate(net, data, 0).loss).toBe(evaluate(zeroed, data, 0).loss);
    const rect = { x1Min: -2, x1Max: 3, x2Min: -2, x2Max: 2 };
    const masked = new Float32Array(32 * 32);
    const plain = new Float32Array(32 * 32);
    const maps = new Float32Array(3 * 32 * 32);
    evaluateGrid(net, rect, 32, 32, masked, createGridWorkspace(), maps);
    evaluateGrid(zeroed, rect, 32, 32, plain, createGridWorkspace());
    expect(masked).toEqual(plain);
    expect(maps.subarray(0, 32 * 32).some((h) => h !== 0)).toBe(true); // unit 1's own map is still there
  });

  it("cannot exist without a hidden layer, and ignore units beyond H", () => {
    const perceptron = createNetwork({ hiddenUnits: 0, activation: "tanh", output: "softmax" }, 0);
    maskUnits(perceptron, [0, 1]);
    expect(Array.from(perceptron.masked)).toEqual([0, 0]);
    const net = createNetwork({ hiddenUnits: 3, activation: "tanh", output: "softmax" }, 0);
    maskUnits(net, [2, 3, 7, -1, 0.5]);
    expect(maskedUnits(net)).toEqual([2]);
    maskUnits(net, []);
    expect(maskedUnits(net)).toEqual([]);
  });
});

describe("a Run's masks, hand-set weights and gradient", () => {
  it("trains with its mask and reports it", () => {
    const run = new Run(ARTICLE_SETTINGS);
    run.setMasked([1]);
    expect(run.masked).toEqual([1]);
    const before = unitParameters(run.net.params, 3, 1);
    run.train(20);
    expect(unitParameters(run.net.params, 3, 1)).toEqual(before);
  });

  it("gives the full-batch gradient without disturbing mini-batch training", () => {
    const settings = { ...ARTICLE_SETTINGS, batchSize: 16 };
    const looked = new Run(settings);
    const plain = new Run(settings);
    for (let i = 0; i < 30; i++) {
      const g = looked.gradient();
      const ws = createWorkspace(looked.net, looked.data.train.n);
      computeGradient(looked.net, ws, looked.data.train, settings.lambda);
      expect(g).toEqual(ws.grad);
      looked.trainUpdates(1);
      plain.trainUpdates(1);
    }
    expect(looked.net.params).toEqual(plain.net.params);
  });

  it("goes on training from weights set by hand, keeping its epoch", () => {
    const run = new Run(ARTICLE_SETTINGS);
    run.train(5);
    run.setParameters([
      { offset: 0, value: 2.5 },
      { offset: 16, value: -1 },
    ]);
    expect([run.net.params[0], run.net.params[16], run.epoch]).toEqual([2.5, -1, 5]);
    expect(() => run.setParameters([{ offset: 17, value: 1 }])).toThrow(RangeError);
    expect(run.net.params[0]).toBe(2.5);
  });
});
