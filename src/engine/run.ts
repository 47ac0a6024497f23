/**
 * A training run: the data, a network and its random stream, advanced epoch by epoch. The headless
 * trainer and the page's worker both drive this one object, so they train identically.
 *
 *   data  = split(makeDataset(dataset, samples, noise, seed), testFraction, seed)
 *   net   = createNetwork(architecture, stream seeded with initSeed)  — the stream then shuffles mini-batches
 *   epoch = trainEpoch(net, data.train, ε, λ, batch)
 *
 * A run diverges when a parameter stops being a finite number, or when the training loss grows past
 * LOSS_EXPLOSION_FACTOR times its value before training. Both are checked after every epoch: the loss
 * through the free upper bound the training pass returns, and exactly only when that bound is past the
 * limit. So the epoch a run diverges at depends on its settings alone, not on how often it is looked at.
 * Once diverged it trains no further.
 */
import type { Activation } from "./activations.ts";
import { createWorkspace, type StepSettings, trainEpoch, type Workspace } from "./backprop.ts";
import { type DatasetName, makeDataset, type Split, splitTrainTest } from "./datasets.ts";
import { type Evaluation, evaluate, sumOfSquaredWeights } from "./evaluate.ts";
import type { Output } from "./losses.ts";
import { createLayerValues, createNetwork, type LayerValues, type Network } from "./network.ts";
import { RandomState } from "./random.ts";

/** What defines a run: the data, the network and how it learns. */
export interface RunSettings {
  dataset: DatasetName;
  samples: number;
  noise: number;
  seed: number;
  initSeed: number;
  testFraction: number;
  hiddenUnits: number;
  activation: Activation;
  output: Output;
  learningRate: number;
  lambda: number;
  batchSize: number;
}

/** A training loss this many times its starting value means the steps overshoot: the run diverged. */
export const LOSS_EXPLOSION_FACTOR = 100;

/** Why and when a run stopped. */
export interface Divergence {
  epoch: number;
  reason: "not-finite" | "loss-exploded";
  /** The training loss when it was detected (NaN or ±∞ for "not-finite"). */
  loss: number;
  initialLoss: number;
}

/** Loss and accuracy on the training set and on the test set (NaN when there is none). */
export interface RunEvaluation {
  train: Evaluation;
  test: Evaluation;
}

/** The data of a run, split into training and test sets. */
export function runData(s: RunSettings): Split {
  return splitTrainTest(makeDataset(s.dataset, s.samples, s.noise, s.seed), s.testFraction, s.seed);
}

export class Run {
  readonly data: Split;
  readonly net: Network;
  /** Epochs completed. */
  epoch = 0;
  divergence: Divergence | null = null;
  readonly initialLoss: number;
  private readonly ws: Workspace;
  private readonly rng: RandomState;
  private readonly step: StepSettings;
  private readonly trainBuffers: LayerValues;
  private readonly testBuffers: LayerValues;

  /** A fresh run; pass `data` to reuse a data set already generated for these settings. */
  constructor(
    readonly settings: RunSettings,
    data: Split = runData(settings),
  ) {
    this.data = data;
    this.rng = new RandomState(settings.initSeed);
    this.net = createNetwork(settings, this.rng);
    this.ws = createWorkspace(this.net, data.train.n);
    this.step = { eps: settings.learningRate, lambda: settings.lambda, batchSize: settings.batchSize };
    this.trainBuffers = createLayerValues(this.net.K, data.train.n);
    this.testBuffers = createLayerValues(this.net.K, data.test.n);
    this.initialLoss = evaluate(this.net, data.train, settings.lambda, this.trainBuffers).loss;
  }

  /** Change ε, λ or the batch size from the next epoch on, keeping the weights. */
  setStepSettings(learningRate: number, lambda: number, batchSize: number): void {
    this.step.eps = learningRate;
    this.step.lambda = lambda;
    this.step.batchSize = batchSize;
  }

  /** Train up to `epochs` more epochs; stops early on divergence. Returns the epochs actually run. */
  train(epochs: number): number {
    let done = 0;
    while (done < epochs && this.divergence === null) {
      const bound = trainEpoch(this.net, this.ws, this.data.train, this.step, this.rng);
      this.epoch++;
      done++;
      if (Number.isNaN(bound)) this.diverge("not-finite", Number.NaN);
      else if (this.mayHaveExploded(bound)) this.checkLoss(this.evaluateOn("train").loss);
    }
    return done;
  }

  /** Loss and accuracy now, on both sets. */
  evaluate(): RunEvaluation {
    return { train: this.evaluateOn("train"), test: this.evaluateOn("test") };
  }

  /** Whether the loss could be past the limit, from the bound on the data loss the last epoch returned. */
  private mayHaveExploded(dataLossBound: number): boolean {
    const n = this.data.train.n;
    const bound = (dataLossBound + (this.step.lambda / 2) * sumOfSquaredWeights(this.net)) / n;
    return !(bound <= LOSS_EXPLOSION_FACTOR * this.initialLoss);
  }

  private evaluateOn(set: "train" | "test"): Evaluation {
    const buffers = set === "train" ? this.trainBuffers : this.testBuffers;
    return evaluate(this.net, this.data[set], this.step.lambda, buffers);
  }

  private checkLoss(loss: number): void {
    if (!Number.isFinite(loss)) this.diverge("not-finite", loss);
    else if (loss > LOSS_EXPLOSION_FACTOR * this.initialLoss) this.diverge("loss-exploded", loss);
  }

  private diverge(reason: Divergence["reason"], loss: number): void {
    this.divergence = { epoch: this.epoch, reason, loss, initialLoss: this.initialLoss };
  }
}
