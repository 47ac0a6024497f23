import { describe, expect, it } from "vitest";
import { ACTIVATIONS, type Activation } from "../../src/engine/activations.ts";
import { makeMoons } from "../../src/engine/datasets.ts";
import {
  createLayerValues,
  createNetwork,
  forwardRows,
  MAX_HIDDEN,
  networkFromParams,
  parameterCount,
} from "../../src/engine/network.ts";
import { RandomState } from "../../src/engine/random.ts";
import fixture from "../fixtures/article.json";

const tanhSoftmax = (H: number) => ({ hiddenUnits: H, activation: "tanh", output: "softmax" }) as const;

describe("createNetwork, the article's build_model initialisation", () => {
  it.each(fixture.tanhSoftmax.filter((r) => r.initialWeights))(
    "draws numpy's W1 = randn(2, H)/√2 and W2 = randn(H, 2)/√H for H = $H, biases 0",
    (r) => {
      const net = createNetwork(tanhSoftmax(r.H), 0);
      expect(Array.from(net.w)).toEqual(r.initialWeights?.W1);
      expect(Array.from(net.u)).toEqual(r.initialWeights?.W2);
      expect(Array.from(net.b1)).toEqual(new Array(r.H).fill(0));
      expect(Array.from(net.b2)).toEqual([0, 0]);
    },
  );

  it("connects the inputs straight to the outputs without a hidden layer: u = randn(2, 2)/√2", () => {
    const net = createNetwork(tanhSoftmax(0), 0);
    expect(net.K).toBe(2);
    expect(net.w.length + net.b1.length).toBe(0);
    expect(Array.from(net.u)).toEqual(Array.from(new RandomState(0).randn(4), (g) => g / Math.sqrt(2)));
  });

  it("continues a given stream, drawing exactly one Gaussian per weight", () => {
    const rng = new RandomState(5);
    createNetwork(tanhSoftmax(3), rng);
    const reference = new RandomState(5);
    reference.randn(12);
    expect(rng.random()).toBe(reference.random());
  });

  it("keeps [w | b1 | u | b2] in one buffer that the views share", () => {
    for (const H of [0, 1, 3, MAX_HIDDEN]) {
      const net = createNetwork(tanhSoftmax(H), 1);
      expect(net.params.length).toBe(parameterCount(H));
      expect(parameterCount(H)).toBe(H === 0 ? 6 : 5 * H + 2);
      for (const view of [net.w, net.b1, net.u, net.b2]) expect(view.buffer).toBe(net.params.buffer);
      net.b2[1] = 42;
      expect(net.params[net.params.length - 1]).toBe(42);
    }
  });
});

describe("networkFromParams", () => {
  it("copies the given parameters", () => {
    const params = Float64Array.from({ length: parameterCount(2) }, (_, i) => i);
    const net = networkFromParams(tanhSoftmax(2), params);
    expect(Array.from(net.w)).toEqual([0, 1, 2, 3]);
    expect(Array.from(net.b1)).toEqual([4, 5]);
    expect(Array.from(net.u)).toEqual([6, 7, 8, 9]);
    expect(Array.from(net.b2)).toEqual([10, 11]);
    params[0] = 99;
    expect(net.w[0]).toBe(0);
  });

  it("rejects a hidden size outside 0…MAX_HIDDEN and a parameter list of the wrong length", () => {
    for (const H of [-1, 1.5, MAX_HIDDEN + 1, Number.NaN]) {
      expect(() => networkFromParams(tanhSoftmax(H), [])).toThrow(RangeError);
    }
    expect(() => networkFromParams(tanhSoftmax(3), new Float64Array(16))).toThrow(RangeError);
  });
});

describe("forwardRows, the forward pass", () => {
  const data = makeMoons(15, 0.2, 2);
  const exact: Record<Activation, (a: number) => number> = {
    tanh: Math.tanh,
    sigmoid: (a) => 1 / (1 + Math.exp(-a)),
    relu: (a) => Math.max(a, 0),
    linear: (a) => a,
  };

  it.each(ACTIVATIONS)("computes a_j, h_j = f(a_j), f′(a_j) and a_k for every row (%s)", (activation) => {
    const net = createNetwork({ hiddenUnits: 3, activation, output: "softmax" }, 4);
    const rng = new RandomState(8);
    for (let j = 0; j < 3; j++) net.b1[j] = rng.normal(0, 0.5);
    net.b2.set([0.3, -0.2]);
    const values = createLayerValues(3, data.n);
    forwardRows(net, data.x, data.n, values);
    const f = exact[activation];
    for (let r = 0; r < data.n; r++) {
      const [x1, x2] = [data.x[2 * r], data.x[2 * r + 1]];
      const a = [net.b2[0], net.b2[1]];
      for (let j = 0; j < 3; j++) {
        const aj = net.b1[j] + net.w[j] * x1 + net.w[3 + j] * x2; // a_j = Σ_i w_ij x_i + b_j
        const hj = f(aj);
        const slope = (f(aj + 1e-6) - f(aj - 1e-6)) / 2e-6;
        expect(values.h[j * data.n + r]).toBeCloseTo(hj, 14);
        expect(values.slope[j * data.n + r]).toBeCloseTo(slope, 8);
        a[0] += net.u[2 * j] * hj; // a_k = Σ_j u_jk h_j + b_k
        a[1] += net.u[2 * j + 1] * hj;
      }
      expect(values.a[2 * r]).toBeCloseTo(a[0], 13);
      expect(values.a[2 * r + 1]).toBeCloseTo(a[1], 13);
    }
  });

  it("feeds the inputs to the outputs without a hidden layer", () => {
    const net = networkFromParams(tanhSoftmax(0), [1, 2, 3, 4, 0.5, -0.5]);
    const values = createLayerValues(2, data.n);
    forwardRows(net, data.x, data.n, values);
    for (let r = 0; r < data.n; r++) {
      const [x1, x2] = [data.x[2 * r], data.x[2 * r + 1]];
      expect(values.a[2 * r]).toBe(0.5 + x1 * 1 + x2 * 3);
      expect(values.a[2 * r + 1]).toBe(-0.5 + x1 * 2 + x2 * 4);
    }
  });
});
