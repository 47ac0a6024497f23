import { describe, expect, it } from "vitest";
import { ACTIVATIONS, type Activation } from "../../src/engine/activations.ts";
import {
  computeGradient,
  createWorkspace,
  descend,
  type StepSettings,
  trainEpoch,
  trainStep,
} from "../../src/engine/backprop.ts";
import { type Dataset, makeMoons, splitTrainTest } from "../../src/engine/datasets.ts";
import { evaluate, sumOfSquaredWeights } from "../../src/engine/evaluate.ts";
import { OUTPUTS, type Output } from "../../src/engine/losses.ts";
import { createNetwork, type Network, networkFromParams } from "../../src/engine/network.ts";
import { RandomState } from "../../src/engine/random.ts";
import { mismatches } from "../fixtures/compare.ts";
import gradients from "../fixtures/gradients.json";
import minibatch from "../fixtures/minibatch.json";

const LAMBDA = 0.01; // non-zero, so the λW terms are checked too

/** The article's initialisation, with biases moved off zero so that their gradients are generic. */
function testNetwork(H: number, activation: Activation, output: Output): Network {
  const net = createNetwork({ hiddenUnits: H, activation, output }, 0);
  const rng = new RandomState(99);
  for (let j = 0; j < net.b1.length; j++) net.b1[j] = rng.normal(0, 0.5);
  for (let k = 0; k < 2; k++) net.b2[k] = rng.normal(0, 0.5);
  return net;
}

/** N·L, the summed loss whose gradient the article's code follows (L is calculate_loss, a mean). */
function summedLoss(net: Network, data: Dataset): number {
  return evaluate(net, data, LAMBDA).loss * data.n;
}

/**
 * ∂(N·L)/∂θᵢ by the four-point central difference [f(−2h) − 8f(−h) + 8f(h) − f(2h)] / 12h. Its error
 * is O(h⁴), so at h = 10⁻⁴ it is limited by rounding (≈ 10⁻¹¹ here), about 100 times sharper than the
 * two-point difference at its best h ≈ 10⁻⁶.
 */
function numericalGradient(net: Network, data: Dataset, i: number, h = 1e-4): number {
  const theta = net.params[i];
  const at = (v: number) => {
    net.params[i] = v;
    return summedLoss(net, data);
  };
  const d = (at(theta - 2 * h) - 8 * at(theta - h) + 8 * at(theta + h) - at(theta + 2 * h)) / (12 * h);
  net.params[i] = theta;
  return d;
}

/** Parameter names in the layout [w | b1 | u | b2], for readable failures. */
function parameterName(net: Network, i: number): string {
  const { H, K } = net;
  if (i < 2 * H) return `w[${Math.floor(i / H) + 1}][${(i % H) + 1}]`;
  if (i < 3 * H) return `b1[${i - 2 * H + 1}]`;
  const iu = i - 3 * H;
  if (iu < 2 * K) return `u[${Math.floor(iu / 2) + 1}][${(iu % 2) + 1}]`;
  return `b2[${iu - 2 * K + 1}]`;
}

/** The fixture's 8 rows of the moons. */
const rows: Dataset = {
  n: gradients.data.t.length,
  x: Float64Array.from(gradients.data.x),
  t: Uint8Array.from(gradients.data.t),
};

/**
 * Sums over 8 rows of terms within a few ulps of numpy's (fastExp and fastTanh against glibc), the
 * terms at most about 1: measured, the engine stays within a tenth of this.
 */
const GRADIENT_TOLERANCE = { rel: 1e-14, abs: 1e-15 };

describe("computeGradient against numpy", () => {
  const cases = gradients.cases.flatMap((c) =>
    c.H === 0 ? ACTIVATIONS.map((activation) => ({ ...c, activation })) : [c],
  );

  it.each(cases)(
    "gives numpy's dW1, db1, dW2, db2 with λW ($activation hidden units, $output output, H = $H)",
    (c) => {
      const arch = { hiddenUnits: c.H, activation: c.activation as Activation, output: c.output as Output };
      const net = networkFromParams(arch, gradients.params[String(c.H) as "0" | "3"]);
      const ws = createWorkspace(net, rows.n);
      const bound = computeGradient(net, ws, rows, gradients.lambda);
      expect(mismatches(ws.grad, c.grad, GRADIENT_TOLERANCE, (i) => parameterName(net, i))).toEqual([]);
      expect(bound).toBeGreaterThanOrEqual(c.dataLoss);
    },
  );
});

describe("computeGradient, backpropagation", () => {
  const data = makeMoons(20, 0.2, 1);

  describe.each(ACTIVATIONS)("with %s hidden units", (activation) => {
    it.each(OUTPUTS.flatMap((output) => [0, 1, 3].map((H) => ({ output, H }))))(
      "gives the gradient of the summed loss on every weight and bias ($output output, H = $H)",
      ({ output, H }) => {
        const net = testNetwork(H, activation, output);
        const ws = createWorkspace(net, data.n);
        computeGradient(net, ws, data, LAMBDA);
        const before = net.params.slice();
        const mismatches: string[] = [];
        for (let i = 0; i < net.params.length; i++) {
          const numerical = numericalGradient(net, data, i);
          const analytic = ws.grad[i];
          // evaluate() uses Math.exp/log1p where training uses fastExp/fastTanh (≤ 2 ulps): negligible here
          if (!(Math.abs(analytic - numerical) <= 1e-7 * Math.abs(numerical) + 1e-9)) {
            mismatches.push(`${parameterName(net, i)}: backprop ${analytic}, finite difference ${numerical}`);
          }
        }
        expect(mismatches).toEqual([]);
        expect(net.params).toEqual(before);
        expect(ws.grad.length).toBe({ 0: 6, 1: 7, 3: 17 }[H]); // 2H + H + 2H + 2, or 2·2 + 2
      },
    );
  });

  it("adds λW to the weights' gradients and nothing to the biases'", () => {
    const net = testNetwork(3, "tanh", "softmax");
    const ws = createWorkspace(net, data.n);
    computeGradient(net, ws, data, 0);
    const plain = ws.grad.slice();
    computeGradient(net, ws, data, 0.5);
    for (let j = 0; j < net.w.length; j++) expect(ws.dw[j] - plain[j]).toBeCloseTo(0.5 * net.w[j], 14);
    expect(Array.from(ws.db1)).toEqual(Array.from(plain.subarray(6, 9)));
    for (let j = 0; j < net.u.length; j++) expect(ws.du[j] - plain[9 + j]).toBeCloseTo(0.5 * net.u[j], 14);
    expect(Array.from(ws.db2)).toEqual(Array.from(plain.subarray(15, 17)));
  });

  it("sums over the examples: the gradient of a set is the sum of its rows' gradients", () => {
    const net = testNetwork(3, "sigmoid", "sigmoid");
    const ws = createWorkspace(net, data.n);
    computeGradient(net, ws, data, 0);
    const whole = ws.grad.slice();
    const sum = new Float64Array(whole.length);
    for (let r = 0; r < data.n; r++) {
      const row: Dataset = { n: 1, x: data.x.slice(2 * r, 2 * r + 2), t: data.t.slice(r, r + 1) };
      computeGradient(net, ws, row, 0);
      for (let i = 0; i < sum.length; i++) sum[i] += ws.grad[i];
    }
    for (let i = 0; i < sum.length; i++) expect(whole[i]).toBeCloseTo(sum[i], 12);
  });
});

describe("descend, one gradient step", () => {
  it("moves every parameter by −ε times its gradient", () => {
    const net = networkFromParams(
      { hiddenUnits: 1, activation: "tanh", output: "softmax" },
      [1, 2, 3, 4, 5, 6, 7],
    );
    const ws = createWorkspace(net, 1);
    ws.grad.set([4, -2, 0, 8, 1, -6, 0.5]);
    expect(descend(net, ws, 0.25)).toBe(true);
    expect(Array.from(net.params)).toEqual([0, 2.5, 3, 2, 4.75, 7.5, 6.875]);
  });

  it("reports false once a parameter is no longer finite", () => {
    const data = makeMoons(20, 0.2, 1);
    const net = testNetwork(3, "tanh", "softmax");
    const ws = createWorkspace(net, data.n);
    ws.grad.fill(0);
    ws.grad[4] = Number.POSITIVE_INFINITY;
    expect(descend(net, ws, 0.01)).toBe(false);
  });
});

describe("trainEpoch", () => {
  const data = makeMoons(200, 0.2, 0);
  const arch = { hiddenUnits: 5, activation: "tanh", output: "softmax" } as const;

  function train(settings: StepSettings, epochs: number, seed = 0): Float64Array {
    const rng = new RandomState(seed);
    const net = createNetwork(arch, rng);
    const ws = createWorkspace(net, data.n);
    for (let e = 0; e < epochs; e++) expect(trainEpoch(net, ws, data, settings, rng)).not.toBeNaN();
    return net.params;
  }

  it("lowers the loss", () => {
    const net = createNetwork(arch, 0);
    const before = evaluate(net, data, LAMBDA).loss;
    const ws = createWorkspace(net, data.n);
    const rng = new RandomState(0);
    for (let e = 0; e < 200; e++) trainEpoch(net, ws, data, { eps: 0.01, lambda: LAMBDA, batchSize: 0 }, rng);
    expect(evaluate(net, data, LAMBDA).loss).toBeLessThan(before / 2);
  });

  it("trains differently in mini-batches than in full batch, and for another seed", () => {
    const miniBatch = train({ eps: 0.01, lambda: LAMBDA, batchSize: 32 }, 30);
    expect(miniBatch).not.toEqual(train({ eps: 0.01, lambda: LAMBDA, batchSize: 0 }, 30));
    expect(miniBatch).not.toEqual(train({ eps: 0.01, lambda: LAMBDA, batchSize: 32 }, 30, 1));
  });

  it("treats a batch of n or more examples as full batch", () => {
    const fullBatch = train({ eps: 0.01, lambda: LAMBDA, batchSize: 0 }, 30);
    expect(train({ eps: 0.01, lambda: LAMBDA, batchSize: 200 }, 30)).toEqual(fullBatch);
    expect(train({ eps: 0.01, lambda: LAMBDA, batchSize: 1000 }, 30)).toEqual(fullBatch);
  });

  /** minibatch.json's run at its start: the split, and the network drawn from RandomState(initSeed). */
  function numpyMiniBatchRun() {
    const s = minibatch.settings;
    const split = splitTrainTest(makeMoons(s.samples, s.noise, s.seed), s.testFraction, s.seed);
    const arch = { hiddenUnits: s.hiddenUnits, activation: "tanh", output: "softmax" } as const;
    expect([arch.activation, arch.output]).toEqual([s.activation, s.output]);
    expect([split.train.n, split.test.n]).toEqual([minibatch.trainSize, minibatch.testSize]);
    const rng = new RandomState(s.initSeed);
    const net = createNetwork(arch, rng);
    const settings = { eps: s.learningRate, lambda: s.lambda, batchSize: s.batchSize };
    return { split, rng, net, ws: createWorkspace(net, split.train.n), settings };
  }

  // a few ulps per step (fastExp, fastTanh against glibc), grown by the steps so far: 7·10⁻¹⁵ at most
  const STEPS_TOLERANCE = { rel: 1e-13, abs: 1e-14 };

  it("trains in mini-batches as numpy does: one step per slice of an order reshuffled every epoch", () => {
    const { split, rng, net, ws, settings } = numpyMiniBatchRun();
    expect(mismatches(net.params, minibatch.initialParams, { rel: 1e-15, abs: 1e-16 })).toEqual([]);
    minibatch.orders.forEach((order, epoch) => {
      expect(trainEpoch(net, ws, split.train, settings, rng)).not.toBeNaN();
      expect(Array.from(ws.order)).toEqual(order);
      const numpy = minibatch.updates[(epoch + 1) * minibatch.updatesPerEpoch - 1];
      expect(mismatches(net.params, numpy, STEPS_TOLERANCE), `epoch ${epoch + 1}`).toEqual([]);
      const loss = evaluate(net, split.train, settings.lambda).loss;
      expect(Math.abs(loss - minibatch.epochLosses[epoch])).toBeLessThanOrEqual(1e-12);
    });
    for (const set of ["train", "test"] as const) {
      const { loss, accuracy } = evaluate(net, split[set], settings.lambda);
      expect(Math.abs(loss - minibatch.final[set].loss)).toBeLessThanOrEqual(1e-12);
      expect(accuracy).toBe(minibatch.final[set].accuracy);
    }
  });

  it("takes numpy's steps one mini-batch at a time, reshuffling when an epoch's first batch is taken", () => {
    const { split, rng, net, ws, settings } = numpyMiniBatchRun();
    const n = split.train.n;
    let from = 0;
    minibatch.updates.forEach((numpy, update) => {
      expect(trainStep(net, ws, split.train, settings, rng, from)).not.toBeNaN();
      if (from === 0)
        expect(Array.from(ws.order)).toEqual(minibatch.orders[update / minibatch.updatesPerEpoch]);
      expect(mismatches(net.params, numpy, STEPS_TOLERANCE), `update ${update + 1}`).toEqual([]);
      from = from + settings.batchSize < n ? from + settings.batchSize : 0; // 32, 32, then the last 11
    });
  });

  it.each([0, 32])(
    "returns NaN when training diverges to non-finite weights (batch size %i)",
    (batchSize) => {
      // A linear hidden layer has nothing to saturate: at ε = 10 every step multiplies the weights
      const net = createNetwork({ hiddenUnits: 3, activation: "linear", output: "softmax" }, 0);
      const ws = createWorkspace(net, data.n);
      const rng = new RandomState(0);
      let epochs = 0;
      while (
        epochs < 1000 &&
        !Number.isNaN(trainEpoch(net, ws, data, { eps: 10, lambda: LAMBDA, batchSize }, rng))
      ) {
        epochs++;
      }
      expect(epochs).toBeLessThan(1000);
      expect(net.params.every(Number.isFinite)).toBe(false);
    },
  );

  it.each(OUTPUTS)("returns an upper bound on the summed data loss before the step (%s output)", (output) => {
    for (const eps of [0.01, 1, 10]) {
      const net = createNetwork({ hiddenUnits: 3, activation: "tanh", output }, 0);
      const ws = createWorkspace(net, data.n);
      const rng = new RandomState(0);
      for (let e = 0; e < 50; e++) {
        const dataLoss = summedLoss(net, data) - (LAMBDA / 2) * sumOfSquaredWeights(net);
        const bound = trainEpoch(net, ws, data, { eps, lambda: LAMBDA, batchSize: 0 }, rng);
        expect(bound).toBeGreaterThanOrEqual(dataLoss * (1 - 1e-12));
      }
    }
  });
});
