import { describe, expect, it } from "vitest";
import { createWorkspace, trainEpoch } from "../../src/engine/backprop.ts";
import { makeDataset, splitTrainTest } from "../../src/engine/datasets.ts";
import { evaluate } from "../../src/engine/evaluate.ts";
import { createNetwork } from "../../src/engine/network.ts";
import { RandomState } from "../../src/engine/random.ts";
import { LOSS_EXPLOSION_FACTOR, Run, type RunSettings, runData } from "../../src/engine/run.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";

const article = ARTICLE_SETTINGS;

const withTestSet: RunSettings = { ...article, testFraction: 0.25, batchSize: 32, seed: 7, initSeed: 3 };

describe("Run, one training run", () => {
  it("generates its data from the settings: the data set, then the train/test split by the data seed", () => {
    const expected = splitTrainTest(makeDataset("moons", 200, 0.2, 7), 0.25, 7);
    expect(runData(withTestSet)).toEqual(expected);
    const run = new Run(withTestSet);
    expect(run.data.train.n).toBe(150);
    expect(run.data.test.n).toBe(50);
  });

  it("starts from the article's initialisation and reports the loss before training", () => {
    const run = new Run(article);
    const net = createNetwork(article, 0);
    expect(run.net.params).toEqual(net.params);
    expect(run.initialLoss).toBe(evaluate(net, run.data.train, 0.01).loss);
    expect(run.epoch).toBe(0);
    expect(run.divergence).toBeNull();
  });

  it.each([
    ["full batch", article],
    ["mini-batches and a test set", withTestSet],
  ])("trains deterministically: the same settings give the same weights (%s)", (_name, settings) => {
    const a = new Run(settings);
    const b = new Run(settings);
    expect(a.train(300)).toBe(300);
    b.train(300);
    expect(a.epoch).toBe(300);
    expect(a.net.params).toEqual(b.net.params);
    expect(a.evaluate()).toEqual(b.evaluate());
  });

  it("trains the same however the epochs are chunked", () => {
    const once = new Run(withTestSet);
    once.train(120);
    const chunked = new Run(withTestSet);
    for (let i = 0; i < 12; i++) chunked.train(10);
    expect(chunked.epoch).toBe(120);
    expect(chunked.net.params).toEqual(once.net.params);
  });

  it("trains exactly as trainEpoch with the run's own stream (seeded with initSeed)", () => {
    const run = new Run(withTestSet);
    run.train(20);
    const rng = new RandomState(withTestSet.initSeed);
    const net = createNetwork(withTestSet, rng); // the same stream then shuffles the mini-batches
    const data = runData(withTestSet).train;
    const ws = createWorkspace(net, data.n);
    for (let e = 0; e < 20; e++) trainEpoch(net, ws, data, { eps: 0.01, lambda: 0.01, batchSize: 32 }, rng);
    expect(run.net.params).toEqual(net.params);
  });

  it("evaluates loss and accuracy on the training and the test set", () => {
    const run = new Run(withTestSet);
    run.train(200);
    const { train, test } = run.evaluate();
    expect(train).toEqual(evaluate(run.net, run.data.train, 0.01));
    expect(test).toEqual(evaluate(run.net, run.data.test, 0.01));
    expect(train.loss).toBeLessThan(run.initialLoss);
    expect(test.accuracy).toBeGreaterThan(0.7);
    const noTest = new Run(article).evaluate().test;
    expect(noTest.loss).toBeNaN();
    expect(noTest.accuracy).toBeNaN();
  });

  it("keeps the weights when the step settings change, and trains on from them with the new ones", () => {
    const run = new Run(withTestSet);
    run.train(50);
    const before = run.net.params.slice();
    run.setStepSettings(0.05, 0.001, 0);
    expect(run.net.params).toEqual(before);
    expect(run.epoch).toBe(50);

    const net = createNetwork(withTestSet, 0);
    net.params.set(before);
    const ws = createWorkspace(net, run.data.train.n);
    for (let e = 0; e < 30; e++) {
      trainEpoch(net, ws, run.data.train, { eps: 0.05, lambda: 0.001, batchSize: 0 }, new RandomState(0));
    }
    run.train(30);
    expect(run.net.params).toEqual(net.params);
    expect(run.evaluate().train.loss).toBe(evaluate(net, run.data.train, 0.001).loss);
  });

  it.each([
    ["tanh", 10],
    ["linear", 10],
  ] as const)(
    "stops when the loss explodes: %s hidden units and softmax at ε = %i",
    (activation, learningRate) => {
      const run = new Run({ ...article, activation, learningRate });
      const done = run.train(5000);
      expect(done).toBeLessThan(5000);
      expect(run.divergence).not.toBeNull();
      expect(run.divergence?.reason).toBe("loss-exploded");
      expect(run.divergence?.epoch).toBe(done);
      expect(run.divergence?.initialLoss).toBe(run.initialLoss);
      expect(run.divergence?.loss).toBeGreaterThan(LOSS_EXPLOSION_FACTOR * run.initialLoss);
      expect(run.net.params.every(Number.isFinite)).toBe(true);
    },
  );

  // The loss is checked after every epoch, so at full batch even a linear layer at ε = 10 is caught as
  // "loss-exploded"; with a step per example the numbers overflow within the first epoch
  it("stops when the weights stop being numbers: a linear hidden layer at ε = 1000, one example per step", () => {
    const run = new Run({ ...article, activation: "linear", learningRate: 1000, batchSize: 1 });
    expect(run.train(5000)).toBe(1);
    expect(run.divergence).toMatchObject({ epoch: 1, reason: "not-finite" });
    expect(run.divergence?.loss).toBeNaN();
    expect(run.net.params.every(Number.isFinite)).toBe(false);
  });

  it("stops when the loss overflows though the weights are still finite (ε = 100, one example per step)", () => {
    const run = new Run({ ...article, activation: "linear", learningRate: 100, batchSize: 1 });
    expect(run.train(5000)).toBe(1);
    expect(run.divergence).toMatchObject({ epoch: 1, reason: "not-finite", loss: Number.POSITIVE_INFINITY });
    expect(run.net.params.every(Number.isFinite)).toBe(true);
  });

  it("trains no further once diverged", () => {
    const run = new Run({ ...article, learningRate: 10 });
    run.train(5000);
    const { epoch } = run;
    const params = run.net.params.slice();
    expect(run.train(100)).toBe(0);
    expect(run.epoch).toBe(epoch);
    expect(run.net.params).toEqual(params);
  });

  it("diverges at the same epoch however often it is looked at", () => {
    const settings = { ...article, learningRate: 10 };
    const once = new Run(settings);
    once.train(5000);
    const stepwise = new Run(settings);
    for (let i = 0; i < 5000 && stepwise.divergence === null; i++) {
      stepwise.train(1);
      stepwise.evaluate();
    }
    expect(stepwise.divergence).toEqual(once.divergence);
  });

  it("does not call the article's own training diverging", () => {
    const run = new Run(article);
    run.train(3000);
    expect(run.divergence).toBeNull();
  });
});
