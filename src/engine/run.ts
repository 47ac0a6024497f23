/**
 * A training run: the data, a network and its random stream, advanced one gradient update at a time. The
 * headless trainer and the page's worker both drive this one object, so they train identically.
 *
 *   data   = split(makeDataset(dataset, samples, noise, seed), testFraction, seed)
 *            (the "custom" data set: split(the user's points, testFraction, seed); samples and noise unused)
 *   net    = createNetwork(architecture, stream seeded with initSeed)  — the stream then shuffles mini-batches
 *   update = trainStep(net, data.train, ε, λ, batch, from)   — an epoch is ⌈n / batch⌉ updates (1 for full
 *            batch), reshuffled when its first batch is taken, exactly as trainEpoch trains it
 *
 * A run diverges when a parameter stops being a finite number (checked after every update), or when the
 * training loss grows past LOSS_EXPLOSION_FACTOR times its baseline (checked at every epoch's end: through
 * the free bound the epoch's updates return, and exactly only when that bound is past the limit). So the
 * epoch a run diverges at depends on its settings alone, not on how often it is looked at. The baseline
 * compares like with like: L(θ₀; λ), the initial weights' loss with the λ in force, or, if larger, the loss
 * when λ was last changed — a new λ redefines the loss. Once diverged it trains no further.
 *
 * Its network may have hidden units switched off (setMasked) and weights set by hand (setParameters);
 * neither touches the example order or the random stream, nor does gradient(), which only looks.
 */
import type { Activation } from "./activations.ts";
import {
  batchEnd,
  computeGradient,
  createWorkspace,
  isFullBatch,
  type StepSettings,
  trainStep,
  type Workspace,
} from "./backprop.ts";
import { type DataSource, type Dataset, makeDataset, type Split, splitTrainTest } from "./datasets.ts";
import { type Evaluation, evaluate, sumOfSquaredWeights } from "./evaluate.ts";
import type { Output } from "./losses.ts";
import {
  createLayerValues,
  createNetwork,
  type LayerValues,
  maskedUnits,
  maskUnits,
  type Network,
  networkFromParams,
} from "./network.ts";
import { type RandomSnapshot, RandomState } from "./random.ts";

/** What defines a run: the data, the network and how it learns. */
export interface RunSettings {
  dataset: DataSource;
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

/** A training loss this many times its baseline means the steps overshoot: the run diverged. */
export const LOSS_EXPLOSION_FACTOR = 100;

/** Why and when a run stopped. */
export interface Divergence {
  /** The epoch it happened in, counting from 1 (the epochs completed, when it is noticed at an epoch's end). */
  epoch: number;
  /** Gradient updates made, the one that diverged included. */
  updates: number;
  reason: "not-finite" | "loss-exploded";
  /** The training loss when it was detected (NaN or ±∞ for "not-finite"). */
  loss: number;
  /** The baseline the loss was compared with. */
  initialLoss: number;
  /** Where the baseline comes from: the initial weights, or the moment λ was last changed. */
  since: "start" | "lambda";
}

/** Loss and accuracy on the training set and on the test set (NaN when there is none). */
export interface RunEvaluation {
  train: Evaluation;
  test: Evaluation;
}

/** Everything a run's future depends on besides its settings and data, as plain values (snapshot.ts). */
export interface RunProgress {
  step: StepSettings;
  params: Float64Array;
  /** Hidden units switched off, 0-based, ascending (absent: none). */
  masked?: number[];
  epoch: number;
  updates: number;
  /** Position in the epoch's example order where the next update starts (0: a new epoch). */
  from: number;
  /** Sum of the data-loss bounds of the current epoch's updates so far. */
  epochBound: number;
  order: Int32Array;
  random: RandomSnapshot;
  initialLoss: number;
  baseline: number;
  since: Divergence["since"];
  divergence: Divergence | null;
}

/** The data of a run, split into training and test sets; `points` are the "custom" data set's (none: empty). */
export function runData(s: RunSettings, points?: Dataset | null): Split {
  const data =
    s.dataset === "custom"
      ? (points ?? { n: 0, x: new Float64Array(0), t: new Uint8Array(0) })
      : makeDataset(s.dataset, s.samples, s.noise, s.seed);
  return splitTrainTest(data, s.testFraction, s.seed);
}

export class Run {
  readonly data: Split;
  readonly net: Network;
  /** Epochs completed. */
  epoch = 0;
  /** Gradient updates made (equal to `epoch` with full batch). */
  updates = 0;
  divergence: Divergence | null = null;
  /** θ₀, for the divergence baseline (a resumed run makes it again from initSeed). */
  private readonly initialNet: Network;
  private readonly ws: Workspace;
  private readonly rng: RandomState;
  private readonly step: StepSettings;
  private readonly trainBuffers: LayerValues;
  private readonly testBuffers: LayerValues;
  private startLoss: number;
  private from = 0;
  private epochBound = 0;
  private baseline: number;
  private since: Divergence["since"] = "start";

  /** A fresh run, or one resumed from `progress`; pass `data` to reuse a data set made for these settings. */
  constructor(
    readonly settings: RunSettings,
    data: Split = runData(settings),
    progress?: RunProgress,
  ) {
    this.data = data;
    this.rng = new RandomState(settings.initSeed);
    this.net = createNetwork(settings, this.rng);
    this.initialNet = networkFromParams(settings, this.net.params);
    this.ws = createWorkspace(this.net, data.train.n);
    this.step = { eps: settings.learningRate, lambda: settings.lambda, batchSize: settings.batchSize };
    this.trainBuffers = createLayerValues(this.net.K, data.train.n);
    this.testBuffers = createLayerValues(this.net.K, data.test.n);
    this.startLoss = evaluate(this.net, data.train, settings.lambda, this.trainBuffers).loss;
    this.baseline = this.startLoss;
    if (progress) this.resume(progress);
  }

  /** The training loss before any update, with the λ the run started with. */
  get initialLoss(): number {
    return this.startLoss;
  }

  /** ε, λ and the batch size in force (read-only; change them with setStepSettings). */
  get stepSettings(): Readonly<StepSettings> {
    return this.step;
  }

  /** Updates in one epoch with the batch size in force: 1 for full batch, ⌈n / batch⌉ for mini-batches. */
  get updatesPerEpoch(): number {
    const { n } = this.data.train;
    return isFullBatch(this.step.batchSize, n) ? 1 : Math.ceil(n / this.step.batchSize);
  }

  /**
   * Change ε, λ or the batch size from the next update on, keeping the weights. A new λ redefines the
   * loss, so the divergence baseline is measured again with it.
   */
  setStepSettings(learningRate: number, lambda: number, batchSize: number): void {
    const lambdaChanged = lambda !== this.step.lambda;
    this.step.eps = learningRate;
    this.step.lambda = lambda;
    this.step.batchSize = batchSize;
    if (!lambdaChanged) return;
    const atStart = evaluate(this.initialNet, this.data.train, lambda, this.trainBuffers).loss;
    const now = this.evaluateOn("train").loss;
    // ">" keeps "start" on a tie (and when `now` is NaN), where both readings are the same
    this.since = now > atStart ? "lambda" : "start";
    this.baseline = this.since === "lambda" ? now : atStart;
  }

  /**
   * Train until `epochs` more epochs are completed (a partial epoch left by single updates is finished
   * first and counts as one); stops early on divergence. Returns the epochs completed.
   */
  train(epochs: number): number {
    let done = 0;
    while (done < epochs && this.divergence === null) if (this.update()) done++;
    return done;
  }

  /** Make `count` gradient updates; stops early on divergence. Returns the updates made. */
  trainUpdates(count: number): number {
    let done = 0;
    for (; done < count && this.divergence === null; done++) this.update();
    return done;
  }

  /** Loss and accuracy now, on both sets. */
  evaluate(): RunEvaluation {
    return { train: this.evaluateOn("train"), test: this.evaluateOn("test") };
  }

  /** Switch off exactly these hidden units (0-based; units not below H are ignored), every other on. */
  setMasked(units: readonly number[]): void {
    maskUnits(this.net, units);
  }

  /** The hidden units switched off, 0-based, ascending. */
  get masked(): number[] {
    return maskedUnits(this.net);
  }

  /**
   * Set parameters by their index in `params` ([w | b1 | u | b2]) and go on training from them: the epoch,
   * the example order and the random stream stay as they are.
   */
  setParameters(values: readonly { offset: number; value: number }[]): void {
    for (const { offset } of values) {
      if (!(Number.isInteger(offset) && offset >= 0 && offset < this.net.params.length)) {
        throw new RangeError(`no parameter at index ${offset}`);
      }
    }
    for (const { offset, value } of values) this.net.params[offset] = value;
  }

  /**
   * ∂L/∂θ over the whole training set plus λ·w, in the layout of `params`: what a full-batch update would
   * subtract ε times. A copy; training goes on exactly as if it had not been asked.
   */
  gradient(): Float64Array {
    // The workspace's buffers are scratch that every update rewrites; its example order is not touched.
    computeGradient(this.net, this.ws, this.data.train, this.step.lambda);
    return this.ws.grad.slice();
  }

  /** A copy of everything the run's future depends on besides its settings and data. */
  progress(): RunProgress {
    return {
      step: { ...this.step },
      params: this.net.params.slice(),
      masked: maskedUnits(this.net),
      epoch: this.epoch,
      updates: this.updates,
      from: this.from,
      epochBound: this.epochBound,
      order: this.ws.order.slice(),
      random: this.rng.snapshot(),
      initialLoss: this.startLoss,
      baseline: this.baseline,
      since: this.since,
      divergence: this.divergence && { ...this.divergence },
    };
  }

  private resume(p: RunProgress): void {
    Object.assign(this.step, p.step);
    this.net.params.set(p.params);
    maskUnits(this.net, p.masked ?? []);
    this.ws.order.set(p.order);
    this.rng.restore(p.random);
    this.startLoss = p.initialLoss;
    this.epoch = p.epoch;
    this.updates = p.updates;
    this.from = p.from;
    this.epochBound = p.epochBound;
    this.baseline = p.baseline;
    this.since = p.since;
    this.divergence = p.divergence && { ...p.divergence };
  }

  /** One gradient update and the divergence checks after it; true when it completed an epoch. */
  private update(): boolean {
    const n = this.data.train.n;
    if (this.from === 0) this.epochBound = 0;
    const bound = trainStep(this.net, this.ws, this.data.train, this.step, this.rng, this.from);
    this.updates++;
    this.epochBound += bound;
    this.from = batchEnd(this.from, this.step.batchSize, n);
    const completed = this.from >= n;
    if (completed) {
      this.from = 0;
      this.epoch++;
    }
    if (Number.isNaN(bound)) this.diverge("not-finite", Number.NaN);
    else if (completed && this.mayHaveExploded(this.epochBound))
      this.checkLoss(this.evaluateOn("train").loss);
    return completed;
  }

  /** Whether the loss could be past the limit, from the bound on the data loss the epoch's updates returned. */
  private mayHaveExploded(dataLossBound: number): boolean {
    const n = this.data.train.n;
    const bound = (dataLossBound + (this.step.lambda / 2) * sumOfSquaredWeights(this.net)) / n;
    return !(bound <= LOSS_EXPLOSION_FACTOR * this.baseline);
  }

  private evaluateOn(set: "train" | "test"): Evaluation {
    const buffers = set === "train" ? this.trainBuffers : this.testBuffers;
    return evaluate(this.net, this.data[set], this.step.lambda, buffers);
  }

  private checkLoss(loss: number): void {
    if (!Number.isFinite(loss)) this.diverge("not-finite", loss);
    else if (loss > LOSS_EXPLOSION_FACTOR * this.baseline) this.diverge("loss-exploded", loss);
  }

  private diverge(reason: Divergence["reason"], loss: number): void {
    this.divergence = {
      epoch: this.from === 0 ? this.epoch : this.epoch + 1,
      updates: this.updates,
      reason,
      loss,
      initialLoss: this.baseline,
      since: this.since,
    };
  }
}
