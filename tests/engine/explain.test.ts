import { describe, expect, it } from "vitest";
import { ACTIVATIONS, type Activation } from "../../src/engine/activations.ts";
import { computeGradient, createWorkspace, trainStep } from "../../src/engine/backprop.ts";
import { type Dataset, makeMoons } from "../../src/engine/datasets.ts";
import { evaluate } from "../../src/engine/evaluate.ts";
import { exampleTerms, explainWeight } from "../../src/engine/explain.ts";
import { OUTPUTS, type Output } from "../../src/engine/losses.ts";
import { createNetwork, maskUnits, type Network, networkFromParams } from "../../src/engine/network.ts";
import { RandomState } from "../../src/engine/random.ts";
import { parameterByName, parameterNames } from "../../src/engine/weightNames.ts";

const EPS = 0.01;
const LAMBDA = 0.01;
const data = makeMoons(24, 0.2, 3);

/** The article's initialisation with the biases moved off zero, so that every gradient is generic. */
function testNetwork(H: number, activation: Activation, output: Output): Network {
  const net = createNetwork({ hiddenUnits: H, activation, output }, 0);
  const rng = new RandomState(5);
  for (let j = 0; j < net.b1.length; j++) net.b1[j] = rng.normal(0, 0.5);
  for (let k = 0; k < 2; k++) net.b2[k] = rng.normal(0, 0.5);
  return net;
}

/** ∂(N·L)/∂θ by the four-point central difference of evaluate.ts's loss (O(h⁴)). */
function numericalGradient(net: Network, d: Dataset, offset: number, h = 1e-4): number {
  const theta = net.params[offset];
  const at = (v: number) => {
    net.params[offset] = v;
    return evaluate(net, d, LAMBDA).loss * d.n;
  };
  const g = (at(theta - 2 * h) - 8 * at(theta - h) + 8 * at(theta + h) - at(theta + 2 * h)) / (12 * h);
  net.params[offset] = theta;
  return g;
}

const cases = ACTIVATIONS.flatMap((activation) =>
  OUTPUTS.flatMap((output) => [0, 1, 3].map((H) => ({ activation, output, H }))),
);

describe("explainWeight", () => {
  it.each(cases)(
    "sums the examples' terms to exactly the engine's gradient, which the loss confirms ($activation, $output, H = $H)",
    ({ activation, output, H }) => {
      const net = testNetwork(H, activation, output);
      const ws = createWorkspace(net, data.n);
      computeGradient(net, ws, data, LAMBDA);
      const problems: string[] = [];
      for (const name of parameterNames(H)) {
        const p = parameterByName(name, H);
        const e = explainWeight(net, data, EPS, LAMBDA, name, 7);
        const terms = exampleTerms(net, data, name);
        if (!p || !e || !terms) throw new Error(`${name} not explained`);
        let sum = 0;
        for (const term of terms) sum += term;
        const weight = p.view === "w" || p.view === "u";
        const engine = ws.grad[p.offset];
        if (!Object.is(weight ? sum + LAMBDA * net.params[p.offset] : sum, engine)) {
          problems.push(`${name}: terms sum to ${sum}, engine ${engine}`);
        }
        if (!Object.is(e.gradient, engine))
          problems.push(`${name}: explained ${e.gradient}, engine ${engine}`);
        if (e.sum !== sum || e.exampleGradient !== terms[7]) problems.push(`${name}: sum or term differ`);
        const numerical = numericalGradient(net, data, p.offset);
        if (!(Math.abs(e.gradient - numerical) <= 1e-6 * Math.abs(numerical) + 1e-9)) {
          problems.push(`${name}: explained ${e.gradient}, finite difference ${numerical}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(cases)(
    "predicts every parameter after one full-batch step exactly ($activation, $output, H = $H)",
    ({ activation, output, H }) => {
      const net = testNetwork(H, activation, output);
      const predicted = parameterNames(H).map((name) => explainWeight(net, data, EPS, LAMBDA, name, 0)?.next);
      const stepped = networkFromParams({ hiddenUnits: H, activation, output }, net.params);
      trainStep(
        stepped,
        createWorkspace(stepped, data.n),
        data,
        { eps: EPS, lambda: LAMBDA, batchSize: 0 },
        new RandomState(0),
        0,
      );
      expect(predicted).toEqual(Array.from(stepped.params));
      predicted.forEach((next, p) => {
        expect(Object.is(next, stepped.params[p]), parameterNames(H)[p]).toBe(true);
      });
    },
  );

  it("follows one example through the chain rule: forward values, deltas and its term (tanh, softmax)", () => {
    const net = testNetwork(3, "tanh", "softmax");
    const r = 4;
    const e = explainWeight(net, data, EPS, LAMBDA, "w-2-3", r);
    if (!e) throw new Error("not explained");
    const x: [number, number] = [data.x[2 * r], data.x[2 * r + 1]];
    const t = data.t[r];
    expect(e).toMatchObject({
      weight: "w-2-3",
      layer: "hidden",
      bias: false,
      i: 2,
      j: 3,
      k: null,
      H: 3,
      n: data.n,
    });
    expect(e).toMatchObject({
      example: r,
      x,
      t,
      target: [1 - t, t],
      masked: false,
      eps: EPS,
      lambda: LAMBDA,
    });
    const a = [0, 1, 2].map((j) => net.b1[j] + x[0] * net.w[j] + x[1] * net.w[3 + j]);
    for (let j = 0; j < 3; j++) {
      expect(e.a[j]).toBe(a[j]);
      expect(e.h[j]).toBeCloseTo(Math.tanh(a[j]), 15);
      expect(e.slope[j]).toBeCloseTo(1 - Math.tanh(a[j]) ** 2, 15);
    }
    const outputA = [0, 1].map((k) => net.b2[k] + e.h.reduce((s, h, j) => s + h * net.u[2 * j + k], 0));
    expect(e.outputA[0]).toBeCloseTo(outputA[0], 14);
    expect(e.outputA[1]).toBeCloseTo(outputA[1], 14);
    const y1 = Math.exp(outputA[1]) / (Math.exp(outputA[0]) + Math.exp(outputA[1]));
    expect(e.y[1]).toBeCloseTo(y1, 14);
    expect(e.y[0]).toBeCloseTo(1 - y1, 14);
    expect(e.outputDelta[1]).toBeCloseTo(y1 - t, 14); // δ_k = y_k − t_k
    expect(e.outputDelta[0]).toBeCloseTo(1 - y1 - (1 - t), 14);
    const deltaJ = e.slope[2] * (e.outputDelta[0] * net.u[4] + e.outputDelta[1] * net.u[5]);
    expect(e.hiddenDelta[2]).toBe(deltaJ);
    expect(e.exampleGradient).toBe(x[1] * deltaJ); // ∂L_n/∂w_23 = δ_3 x_2
    expect(e.value).toBe(net.w[5]);
    expect(e.decay).toBe(LAMBDA * net.w[5]);
    expect(e.next).toBe(e.value - EPS * e.gradient);
  });

  it("names the layer, indices and kind of every family, and gives biases no decay", () => {
    const net = testNetwork(2, "sigmoid", "sigmoid");
    const pick = (name: string) => {
      const e = explainWeight(net, data, EPS, LAMBDA, name, 1);
      return e && { layer: e.layer, bias: e.bias, i: e.i, j: e.j, k: e.k, decay: e.decay };
    };
    expect(pick("u-2-1")).toEqual({
      layer: "output",
      bias: false,
      i: null,
      j: 2,
      k: 1,
      decay: LAMBDA * net.u[2],
    });
    expect(pick("b1-1")).toEqual({ layer: "hidden", bias: true, i: null, j: 1, k: null, decay: 0 });
    expect(pick("b2-2")).toEqual({ layer: "output", bias: true, i: null, j: null, k: 2, decay: 0 });
    const perceptron = testNetwork(0, "tanh", "softmax");
    const e = explainWeight(perceptron, data, EPS, LAMBDA, "w-1-2", 1);
    expect(e).toMatchObject({ layer: "output", bias: false, i: 1, j: null, k: 2, H: 0, a: [], h: [] });
    expect(e?.exampleGradient).toBe((e?.outputDelta[1] ?? Number.NaN) * data.x[2]); // δ_k x_i
  });

  it("gives sigmoid outputs the article's δ_k = (y_k − t_k) y_k (1 − y_k)", () => {
    const net = testNetwork(1, "relu", "sigmoid");
    const e = explainWeight(net, data, EPS, LAMBDA, "b2-1", 2);
    if (!e) throw new Error("not explained");
    const y0 = 1 / (1 + Math.exp(-e.outputA[0]));
    expect(e.y[0]).toBeCloseTo(y0, 15);
    expect(e.outputDelta[0]).toBeCloseTo((y0 - e.target[0]) * y0 * (1 - y0), 15);
    expect(e.exampleGradient).toBe(e.outputDelta[0]);
  });

  it("is null for a weight the network lacks or an example out of range", () => {
    const net = testNetwork(3, "tanh", "softmax");
    expect(explainWeight(net, data, EPS, LAMBDA, "w-1-4", 0)).toBeNull();
    expect(explainWeight(net, data, EPS, LAMBDA, "u-1-3", 0)).toBeNull();
    expect(explainWeight(net, data, EPS, LAMBDA, "w-1-1", data.n)).toBeNull();
    expect(explainWeight(net, data, EPS, LAMBDA, "w-1-1", -1)).toBeNull();
    expect(explainWeight(net, data, EPS, LAMBDA, "w-1-1", 1.5)).toBeNull();
    expect(exampleTerms(net, data, "b1-9")).toBeNull();
  });

  it("says a switched-off unit's weights have gradient 0 and stay, as the engine does", () => {
    const net = testNetwork(3, "tanh", "softmax");
    maskUnits(net, [1]);
    const ws = createWorkspace(net, data.n);
    computeGradient(net, ws, data, LAMBDA);
    for (const name of ["w-1-2", "w-2-2", "b1-2", "u-2-1", "u-2-2"]) {
      const e = explainWeight(net, data, EPS, LAMBDA, name, 3);
      expect(e).toMatchObject({ masked: true, sum: 0, decay: 0, gradient: 0, exampleGradient: 0 });
      expect(e?.next).toBe(e?.value);
      expect(e?.hiddenDelta[1]).toBe(0);
    }
    for (const name of parameterNames(3)) {
      const p = parameterByName(name, 3);
      const e = explainWeight(net, data, EPS, LAMBDA, name, 3);
      expect(Object.is(e?.gradient, ws.grad[p?.offset ?? -1]), name).toBe(true);
      expect(e?.masked, name).toBe(p?.j === 2); // w_i2, b1_2, u_2k: hidden unit 2's parameters
    }
  });
});
