/**
 * A Run against independent numbers: numpy's article runs (tests/fixtures/article.json, datasets.json),
 * numpy references written for these tests (the article's code with mini-batches added: see NUMPY below),
 * hand-derived cases and properties.
 */
import { describe, expect, it } from "vitest";
import { LOSS_EXPLOSION_FACTOR, Run, type RunSettings, runData } from "../../src/engine/run.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";
import article from "../fixtures/article.json";
import { mismatches } from "../fixtures/compare.ts";
import datasets from "../fixtures/datasets.json";
import minibatch from "../fixtures/minibatch.json";

const H3 = article.tanhSoftmax.find((r) => r.H === 3);
if (!H3?.initialWeights) throw new Error("article.json has no H = 3 run with initial weights");
const numpy3 = H3;
const initialWeights = H3.initialWeights;

/**
 * Computed with numpy 2.4 from the moons of datasets.json by the article's code (np.random.RandomState
 * seeded with initSeed draws W1 = randn(2, H)/√2, W2 = randn(H, 2)/√H), extended for mini-batches the
 * engine's way: at each epoch's start `rs.shuffle(order)` on a persistent order = arange(n), then one
 * step per slice order[f : f + 32]. Losses are calculate_loss's, after the stated passes.
 */
const NUMPY = {
  /** Batch 32, ε = λ = 0.01: the loss after epoch 1 and after epoch 10. */
  miniBatchLoss: [0.44953137331960896, 0.3069960206896189],
  /** Full batch on datasets.json's 0.25 split after 100 passes: train and test loss and accuracy. */
  split: { train: 0.2033618442766682, test: 0.14988605110285058, trainAccuracy: 0.94, testAccuracy: 0.94 },
  /** The article's run at ε = 0.5: the loss after updates 0, 1, 2 and 3. */
  lr05: [5.024643019544609, 25.560226140697722, 104.31063282048963, 95.20049406979201],
  /** The article's run at ε = 10: the loss after updates 0 and 1. */
  lr10: [126.94957605574369, 459.8705219751771],
};

const withTestSet: RunSettings = { ...ARTICLE_SETTINGS, testFraction: 0.25 };
const miniBatch: RunSettings = { ...ARTICLE_SETTINGS, batchSize: 32 };
const near = (actual: number, expected: number, tolerance: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));

describe("Run, one training run", () => {
  it("generates its data from the settings: sklearn's moons, then its train/test split by the data seed", () => {
    const split = datasets.splits.find((s) => s.n === 200 && s.seed === 0 && s.fraction === 0.25);
    if (!split) throw new Error("datasets.json has no 0.25 split of the default moons");
    const data = runData(withTestSet);
    expect(Array.from(data.train.x)).toEqual(split.train.x);
    expect(Array.from(data.train.t)).toEqual(split.train.t);
    expect(Array.from(data.test.x)).toEqual(split.test.x);
    expect(data.train.n).toBe(150);
    expect(data.test.n).toBe(50);
  });

  it("starts from the article's initial weights and loss, with no epoch and no update", () => {
    const run = new Run(ARTICLE_SETTINGS);
    for (const [i, v] of initialWeights.W1.entries()) near(run.net.w[i], v, 1e-15);
    for (const [i, v] of initialWeights.W2.entries()) near(run.net.u[i], v, 1e-15);
    expect(Array.from(run.net.b1)).toEqual([0, 0, 0]);
    near(run.initialLoss, numpy3.initialLoss, 1e-12);
    expect([run.epoch, run.updates, run.divergence]).toEqual([0, 0, null]);
  });

  it("prints numpy's losses after update 0 and after 1000 passes, one update per full-batch epoch", () => {
    const run = new Run(ARTICLE_SETTINGS);
    expect(run.updatesPerEpoch).toBe(1);
    expect(run.train(1)).toBe(1);
    near(run.evaluate().train.loss, numpy3.losses[0], 1e-12);
    expect(run.trainUpdates(1000)).toBe(1000);
    near(run.evaluate().train.loss, numpy3.losses[1], 1e-6);
    expect([run.epoch, run.updates]).toEqual([1001, 1001]);
  });

  it("trains mini-batches as numpy does: reshuffled each epoch, one step per batch of 32", () => {
    const run = new Run(miniBatch);
    run.train(1);
    near(run.evaluate().train.loss, NUMPY.miniBatchLoss[0], 1e-12);
    run.train(9);
    near(run.evaluate().train.loss, NUMPY.miniBatchLoss[1], 1e-12);
    expect([run.epoch, run.updates]).toEqual([10, 70]);
  });

  it("takes minibatch.json's numpy steps one trainUpdates(1) at a time, an epoch every 3 updates", () => {
    const run = new Run(minibatch.settings as RunSettings);
    expect(run.updatesPerEpoch).toBe(minibatch.updatesPerEpoch);
    minibatch.updates.forEach((numpy, i) => {
      expect(run.trainUpdates(1)).toBe(1);
      expect(mismatches(run.net.params, numpy, { rel: 1e-13, abs: 1e-14 }), `update ${i + 1}`).toEqual([]);
      expect([run.updates, run.epoch]).toEqual([i + 1, Math.floor((i + 1) / minibatch.updatesPerEpoch)]);
    });
    const { train, test } = run.evaluate();
    expect(Math.abs(train.loss - minibatch.final.train.loss)).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(test.loss - minibatch.final.test.loss)).toBeLessThanOrEqual(1e-12);
    expect([train.accuracy, test.accuracy]).toEqual([
      minibatch.final.train.accuracy,
      minibatch.final.test.accuracy,
    ]);
  });

  it("evaluates loss and accuracy on the training and the test set as numpy does", () => {
    const run = new Run(withTestSet);
    run.train(100);
    const { train, test } = run.evaluate();
    near(train.loss, NUMPY.split.train, 1e-8);
    near(test.loss, NUMPY.split.test, 1e-8);
    expect([train.accuracy, test.accuracy]).toEqual([NUMPY.split.trainAccuracy, NUMPY.split.testAccuracy]);
    const noTest = new Run(ARTICLE_SETTINGS).evaluate().test;
    expect(noTest.loss).toBeNaN();
    expect(noTest.accuracy).toBeNaN();
  });

  it.each([
    [0, 200, 1],
    [32, 200, 7],
    [32, 150, 5],
    [1, 200, 200],
    [199, 200, 2],
    [200, 200, 1],
    [500, 200, 1],
  ])("counts ⌈n / batch⌉ updates per epoch: batch %i of %i points is %i", (batchSize, n, expected) => {
    const settings = { ...ARTICLE_SETTINGS, batchSize, testFraction: n === 150 ? 0.25 : 0 };
    expect(new Run(settings).updatesPerEpoch).toBe(expected);
  });

  it("makes exactly one update per trainUpdates(1): 7 of them are one epoch of batch 32 on 200 points, bit for bit", () => {
    const stepped = new Run(miniBatch);
    for (let i = 1; i <= 7; i++) {
      expect(stepped.trainUpdates(1)).toBe(1);
      expect([stepped.updates, stepped.epoch]).toEqual([i, i === 7 ? 1 : 0]);
    }
    const whole = new Run(miniBatch);
    expect(whole.train(1)).toBe(1);
    expect(whole.updates).toBe(7);
    expect(stepped.net.params).toEqual(whole.net.params);
  });

  it("finishes a partial epoch first: three single updates, then train(1) completes that epoch", () => {
    const run = new Run(miniBatch);
    run.trainUpdates(3);
    expect(run.train(1)).toBe(1);
    expect([run.epoch, run.updates]).toEqual([1, 7]);
    near(run.evaluate().train.loss, NUMPY.miniBatchLoss[0], 1e-12);
    expect(run.train(2)).toBe(2);
    expect([run.epoch, run.updates]).toEqual([3, 21]);
  });

  it("goes on from where the epoch is when the batch size changes mid-epoch", () => {
    // 3 batches of 32 leave 104 of 200 examples: batches of 50, 50 and 4 finish the epoch
    const resized = new Run(miniBatch);
    resized.trainUpdates(3);
    resized.setStepSettings(0.01, 0.01, 50);
    expect(resized.updatesPerEpoch).toBe(4);
    resized.trainUpdates(2);
    expect(resized.epoch).toBe(0);
    resized.trainUpdates(1);
    expect([resized.epoch, resized.updates]).toEqual([1, 6]);
    // full batch takes every example, so its one update ends the epoch
    const full = new Run(miniBatch);
    full.trainUpdates(3);
    full.setStepSettings(0.01, 0.01, 0);
    full.trainUpdates(1);
    expect([full.epoch, full.updates]).toEqual([1, 4]);
  });

  it("trains the same however the updates are chunked", () => {
    const once = new Run(miniBatch);
    once.train(12);
    const chunked = new Run(miniBatch);
    for (const count of [1, 5, 3, 13, 7, 2, 50]) chunked.trainUpdates(count);
    chunked.train(1);
    expect([chunked.epoch, chunked.updates]).toEqual([12, 84]);
    expect(chunked.net.params).toEqual(once.net.params);
  });

  it("trains from the new step settings when they change before the first update, as if started with them", () => {
    const run = new Run({ ...ARTICLE_SETTINGS, learningRate: 0.5, lambda: 0.3, batchSize: 32 });
    run.setStepSettings(0.01, 0.01, 0);
    expect(run.updatesPerEpoch).toBe(1);
    run.train(1);
    near(run.evaluate().train.loss, numpy3.losses[0], 1e-12);
  });

  it("keeps the weights when the step settings change: ε = 0 leaves every weight as it was", () => {
    const run = new Run(miniBatch);
    run.trainUpdates(10);
    const before = run.net.params.slice();
    run.setStepSettings(0, 0.3, 32);
    expect(run.trainUpdates(10)).toBe(10); // θ ← θ − 0·∂L/∂θ
    expect(run.net.params).toEqual(before);
    expect([run.epoch, run.updates]).toEqual([2, 20]);
  });
});

describe("divergence", () => {
  it("stops where the article's code at ε = 0.5 explodes: the loss grows from 0.584 to 95.2 after update 3", () => {
    // numpy: 5.02, 25.6, 104, 95.2 after updates 0–3. The loss is checked exactly once the bound on the
    // loss before an update passes 100 × 0.584 (as from update 3 on), and it is still past it after
    const run = new Run({ ...ARTICLE_SETTINGS, learningRate: 0.5 });
    expect(run.train(5000)).toBe(4);
    const d = run.divergence;
    expect(d).toMatchObject({ epoch: 4, updates: 4, reason: "loss-exploded", since: "start" });
    near(d?.loss ?? Number.NaN, NUMPY.lr05[3], 1e-9);
    near(d?.initialLoss ?? Number.NaN, numpy3.initialLoss, 1e-12);
  });

  it("stops the article's run at ε = 10 after update 1, where the loss is 460", () => {
    const run = new Run({ ...ARTICLE_SETTINGS, learningRate: 10 });
    expect(run.train(5000)).toBe(2);
    expect(run.divergence).toMatchObject({ epoch: 2, updates: 2, reason: "loss-exploded" });
    near(run.divergence?.loss ?? Number.NaN, NUMPY.lr10[1], 1e-9);
  });

  it("stops when a linear hidden layer at ε = 10 explodes, its weights still finite numbers", () => {
    const run = new Run({ ...ARTICLE_SETTINGS, activation: "linear", learningRate: 10 });
    const done = run.train(5000);
    expect(run.divergence?.reason).toBe("loss-exploded");
    expect(run.divergence?.epoch).toBe(done);
    expect(run.divergence?.loss).toBeGreaterThan(LOSS_EXPLOSION_FACTOR * run.initialLoss);
    expect(run.net.params.every(Number.isFinite)).toBe(true);
  });

  it("checks the weights after every update: one example per step at ε = 1000 stops mid-epoch", () => {
    const run = new Run({ ...ARTICLE_SETTINGS, activation: "linear", learningRate: 1000, batchSize: 1 });
    const made = run.trainUpdates(1000);
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThan(200); // within the first epoch of 200 updates
    expect(run.updates).toBe(made);
    expect(run.epoch).toBe(0);
    expect(run.divergence).toMatchObject({ epoch: 1, updates: made, reason: "not-finite" });
    expect(run.divergence?.loss).toBeNaN();
    expect(run.net.params.every(Number.isFinite)).toBe(false);
    expect(run.train(1)).toBe(0);
  });

  it("stops when the loss overflows though the weights are still finite (ε = 100, one example per step)", () => {
    const run = new Run({ ...ARTICLE_SETTINGS, activation: "linear", learningRate: 100, batchSize: 1 });
    expect(run.train(5000)).toBe(1);
    expect(run.divergence).toMatchObject({ epoch: 1, reason: "not-finite", loss: Number.POSITIVE_INFINITY });
    expect(run.net.params.every(Number.isFinite)).toBe(true);
  });

  it("trains no further once diverged", () => {
    const run = new Run({ ...ARTICLE_SETTINGS, learningRate: 10 });
    run.train(5000);
    const params = run.net.params.slice();
    expect(run.train(100)).toBe(0);
    expect(run.trainUpdates(100)).toBe(0);
    expect([run.epoch, run.updates]).toEqual([2, 2]);
    expect(run.net.params).toEqual(params);
  });

  it("diverges at the same epoch however often it is looked at, update by update included", () => {
    const settings = { ...ARTICLE_SETTINGS, learningRate: 3, batchSize: 32 };
    const once = new Run(settings);
    once.train(5000);
    const stepwise = new Run(settings);
    while (stepwise.divergence === null && stepwise.updates < 35000) {
      stepwise.trainUpdates(1);
      stepwise.evaluate();
    }
    expect(once.divergence).not.toBeNull();
    expect(stepwise.divergence).toEqual(once.divergence);
  });

  it("does not call the article's own training diverging", () => {
    const run = new Run(ARTICLE_SETTINGS);
    run.train(3000);
    expect(run.divergence).toBeNull();
  });
});

describe("divergence after λ changes: like with like", () => {
  // The probe: #hidden=64&samples=20&lambda=0 trained a while, then λ = 10 and the smallest ε.
  // λ = 10 adds 5·Σw²/n to the loss (Σw² ≈ 232 here), far past 100 times the λ = 0 loss at the start,
  // yet tiny steps of weight decay only make the loss fall.
  const probe: RunSettings = { ...ARTICLE_SETTINGS, hiddenUnits: 64, samples: 20, lambda: 0 };

  function probed(): { run: Run; lossAtChange: number } {
    const run = new Run(probe);
    run.train(5000);
    run.setStepSettings(1e-4, 10, 0);
    return { run, lossAtChange: run.evaluate().train.loss };
  }

  it("does not report weight decay shrinking the weights as a divergence", () => {
    const { run, lossAtChange } = probed();
    expect(lossAtChange).toBeGreaterThan(LOSS_EXPLOSION_FACTOR * run.initialLoss);
    expect(run.train(1000)).toBe(1000);
    expect(run.divergence).toBeNull();
    expect(run.evaluate().train.loss).toBeLessThan(lossAtChange);
  });

  it("still catches a real divergence after the change, measured from the loss when λ changed", () => {
    const { run, lossAtChange } = probed();
    run.setStepSettings(10, 10, 0); // ε alone changes: the baseline stays
    run.train(5000);
    expect(run.divergence).toMatchObject({
      reason: "loss-exploded",
      since: "lambda",
      initialLoss: lossAtChange,
    });
    expect(run.divergence?.loss).toBeGreaterThan(LOSS_EXPLOSION_FACTOR * lossAtChange);
  });

  it("compares with the initial weights' loss under the new λ when that is larger", () => {
    // L(θ₀; λ) = L(θ₀; 0.01) + (λ − 0.01)/2 · Σθ₀²/n, from the article's initial weights and loss
    const squares = [...initialWeights.W1, ...initialWeights.W2].reduce((s, v) => s + v * v, 0);
    const expected = numpy3.initialLoss + ((1 - 0.01) / 2) * (squares / 200);
    const run = new Run(ARTICLE_SETTINGS);
    run.train(2000); // the fitted weights are larger, but the data loss has fallen further
    run.setStepSettings(1e4, 1, 0);
    run.train(10);
    expect(run.divergence).toMatchObject({ reason: "loss-exploded", since: "start" });
    near(run.divergence?.initialLoss ?? Number.NaN, expected, 1e-12);
  });

  it("keeps the starting baseline when only ε or the batch size change", () => {
    const run = new Run(ARTICLE_SETTINGS);
    run.train(100);
    run.setStepSettings(0.5, 0.01, 32);
    run.setStepSettings(10, 0.01, 0);
    run.train(5000);
    expect(run.divergence).toMatchObject({ reason: "loss-exploded", since: "start" });
    near(run.divergence?.initialLoss ?? Number.NaN, numpy3.initialLoss, 1e-12);
  });
});
