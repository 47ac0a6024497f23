import { describe, expect, it } from "vitest";
import { ACTIVATIONS, type Activation } from "../../src/engine/activations.ts";
import { makeMoons } from "../../src/engine/datasets.ts";
import type { Output } from "../../src/engine/losses.ts";
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
import { mismatches } from "../fixtures/compare.ts";
import forward from "../fixtures/gradients.json";
import numpyRandom from "../fixtures/random.json";

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
    const randn = numpyRandom.cases.find((c) => c.seed === 0)?.randn ?? []; // numpy's randn(9), seed 0
    expect(Array.from(net.u)).toEqual(randn.slice(0, 4).map((g) => g / Math.sqrt(2)));
  });

  it("continues a given stream, drawing exactly one Gaussian per weight", () => {
    const rng = new RandomState(5);
    createNetwork(tanhSoftmax(3), rng);
    const reference = new RandomState(5);
    reference.randn(12);
    expect(rng.random()).toBe(reference.random());
  });

  it("keeps [w | b1 | u | b2] in one buffer that the views share", () => {
    // 2H weights w, H biases b1, 2H weights u, 2 biases b2; without a hidden layer 2×2 weights u and b2
    const counts = new Map([
      [0, 6],
      [1, 7],
      [3, 17],
      [MAX_HIDDEN, 322],
    ]);
    for (const [H, count] of counts) {
      const net = createNetwork(tanhSoftmax(H), 1);
      expect(parameterCount(H)).toBe(count);
      expect(net.params.length).toBe(count);
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
  /** The fixture's 8 rows of the moons. */
  const x = Float64Array.from(forward.data.x);
  const n = forward.data.t.length;
  const TOLERANCE = { rel: 1e-14, abs: Number.EPSILON }; // fastTanh, fastExp: a few ulps of glibc's

  it.each(ACTIVATIONS)(
    "computes numpy's h_j = f(a_j) and f′(a_j), unit by unit, for every row (%s)",
    (activation) => {
      const net = networkFromParams({ hiddenUnits: 3, activation, output: "softmax" }, forward.params["3"]);
      const values = createLayerValues(3, n);
      forwardRows(net, x, n, values);
      const numpy = forward.hidden[activation]; // row by row: [r·3 + j]
      const unitByUnit = (v: number[]) =>
        Array.from({ length: 3 * n }, (_, i) => v[(i % n) * 3 + Math.floor(i / n)]);
      const label = (i: number) => `unit ${Math.floor(i / n)}, row ${i % n}`;
      expect(mismatches(values.h, unitByUnit(numpy.h), TOLERANCE, label)).toEqual([]);
      expect(mismatches(values.slope, unitByUnit(numpy.slope), TOLERANCE, label)).toEqual([]);
    },
  );

  it.each(forward.cases)(
    "computes numpy's output pre-activations a_k for every row ($activation hidden units, $output output, H = $H)",
    (c) => {
      const arch = { hiddenUnits: c.H, activation: c.activation as Activation, output: c.output as Output };
      const net = networkFromParams(arch, forward.params[String(c.H) as "0" | "3"]);
      const values = createLayerValues(net.K, n);
      forwardRows(net, x, n, values);
      const label = (i: number) => `a${i % 2}, row ${Math.floor(i / 2)}`;
      expect(mismatches(values.a, c.a, TOLERANCE, label)).toEqual([]);
    },
  );

  it("feeds the inputs to the outputs without a hidden layer", () => {
    const data = makeMoons(15, 0.2, 2);
    const net = networkFromParams(tanhSoftmax(0), [1, 2, 3, 4, 0.5, -0.5]);
    const values = createLayerValues(2, data.n);
    forwardRows(net, data.x, data.n, values);
    for (let r = 0; r < data.n; r++) {
      const [x1, x2] = [data.x[2 * r], data.x[2 * r + 1]];
      expect(values.a[2 * r]).toBe(0.5 + x1 * 1 + x2 * 3);
      expect(values.a[2 * r + 1]).toBe(-0.5 + x1 * 2 + x2 * 4);
    }
  });

  it("computes only the first n rows when the buffers were made for more", () => {
    const net = networkFromParams(tanhSoftmax(3), forward.params["3"]);
    const values = createLayerValues(3, 20);
    values.a.fill(7);
    forwardRows(net, x, 5, values);
    const numpy = forward.cases.find((c) => c.H === 3 && c.activation === "tanh" && c.output === "softmax");
    expect(mismatches(values.a.subarray(0, 10), numpy?.a.slice(0, 10) ?? [], TOLERANCE)).toEqual([]);
    expect(Array.from(values.a.subarray(10))).toEqual(new Array(30).fill(7));
  });
});
