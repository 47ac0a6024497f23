/**
 * The training loop that runs inside the worker, as a plain module (tests drive it in node with a fake
 * host). It owns the Run, paces epochs to the chosen speed, and sends the page one Frame at a time:
 * the next only after the page says it has drawn the last, so frames never queue up and the page gets
 * at most one per animation frame while training goes on in between.
 *
 * Settings changes rebuild only what they touch: data settings regenerate the data and start fresh;
 * hidden units, activation, output and the init seed start a fresh network on the same data; learning
 * rate, regularization and batch size apply from the next epoch and keep the weights.
 */

import type { Split } from "../engine/datasets.ts";
import type { Rect } from "../engine/grid.ts";
import { evaluateGrid, squareDomain } from "../engine/grid.ts";
import { Run, type RunSettings, runData } from "../engine/run.ts";
import type { DataMessage, Frame, FromWorker, RunStatus, Speed, ToWorker } from "./protocol.ts";

/** What the trainer needs from its surroundings (the worker scope, or a test's fake). */
export interface TrainerHost {
  post(message: FromWorker, transfer?: Transferable[]): void;
  /** Milliseconds, monotonic. */
  now(): number;
  /** Run `task` after `delayMs` (0: as soon as the messages already queued have been handled). */
  schedule(task: () => void, delayMs: number): void;
}

/** The decision grid's resolution, cells per side. */
export const GRID_SIZE = 128;
/** Longest stretch of training between looks at the message queue, in ms. */
const TICK_MS = 12;
/** Epochs/s is measured over this window, in ms. */
const RATE_WINDOW_MS = 1000;
/** Most epochs between two looks at the clock, whatever the estimate of their cost says. */
const MAX_CHUNK = 1000;

const DATA_KEYS = ["dataset", "samples", "noise", "seed", "testFraction"] as const;
const NETWORK_KEYS = ["hiddenUnits", "activation", "output", "initSeed"] as const;

export class Trainer {
  private settings: RunSettings | null = null;
  private pendingSettings: RunSettings | null = null;
  private speed: Speed = "max";
  private data: Split | null = null;
  private domain: Rect = { x1Min: -1, x1Max: 1, x2Min: -1, x2Max: 1 };
  private run: Run | null = null;
  private dataId = 0;
  private runId = 0;
  private playing = false;
  /** A frame is out and the page has not yet said it was drawn. */
  private awaitingAck = false;
  /** Something changed since the last frame. */
  private dirty = false;
  private tickScheduled = false;
  private lastTick = 0;
  /** Epochs the speed setting allows but not yet run. */
  private credit = 0;
  /** Estimated milliseconds per epoch, to size chunks of about 1 ms. */
  private msPerEpoch = 0.05;
  private rateSamples: { time: number; epoch: number }[] = [];
  private spareGrid: Float32Array | null = null;
  /** Messages received other than frameDone, echoed in frames so the page knows what they reflect. */
  private handled = 0;

  constructor(private readonly host: TrainerHost) {}

  handle(message: ToWorker): void {
    if (message.type !== "frameDone") this.handled++;
    switch (message.type) {
      case "configure":
        // Coalesced: a slider dragged fast sends many; only the last one is built.
        if (this.pendingSettings === null) this.host.schedule(() => this.applySettings(), 0);
        this.pendingSettings = message.settings;
        this.speed = message.speed;
        return;
      case "play":
        this.applySettings();
        if (this.run && this.run.divergence === null && !this.playing) {
          this.playing = true;
          this.lastTick = this.host.now();
          this.credit = 0;
          this.rateSamples = [{ time: this.lastTick, epoch: this.run.epoch }];
          this.scheduleTick(0);
        }
        this.changed();
        return;
      case "pause":
        this.playing = false;
        this.changed();
        return;
      case "step":
        this.applySettings();
        this.playing = false;
        this.run?.train(1);
        this.changed();
        return;
      case "reset":
        this.applySettings();
        this.playing = false;
        if (this.settings && this.data) this.startRun(this.settings, this.data);
        this.changed();
        return;
      case "frameDone":
        this.awaitingAck = false;
        if (message.grid) this.spareGrid = message.grid;
        this.sendFrameIfDue();
        return;
    }
  }

  /** Apply the latest settings received, rebuilding only what they change. */
  private applySettings(): void {
    const next = this.pendingSettings;
    if (next === null) return;
    this.pendingSettings = null;
    const prev = this.settings;
    this.settings = next;
    const dataChanged = !prev || DATA_KEYS.some((k) => prev[k] !== next[k]);
    const networkChanged = !prev || NETWORK_KEYS.some((k) => prev[k] !== next[k]);
    if (dataChanged || !this.data) {
      this.data = runData(next);
      this.domain = squareDomain([this.data.train, this.data.test]);
      this.dataId++;
      this.postData(this.data);
    }
    if (dataChanged || networkChanged || !this.run || this.run.divergence) {
      this.startRun(next, this.data);
    } else {
      this.run.setStepSettings(next.learningRate, next.lambda, next.batchSize);
    }
    if (this.playing) this.scheduleTick(0);
    this.changed();
  }

  private startRun(settings: RunSettings, data: Split): void {
    this.run = new Run(settings, data);
    this.runId++;
    this.rateSamples = [{ time: this.host.now(), epoch: 0 }];
  }

  private postData(data: Split): void {
    const message: DataMessage = {
      type: "data",
      dataId: this.dataId,
      train: { x: data.train.x.slice(), t: data.train.t.slice() },
      test: { x: data.test.x.slice(), t: data.test.t.slice() },
      domain: this.domain,
    };
    const { train, test } = message;
    this.host.post(message, [train.x.buffer, train.t.buffer, test.x.buffer, test.t.buffer]);
  }

  private scheduleTick(delayMs: number): void {
    if (this.tickScheduled) return;
    this.tickScheduled = true;
    this.host.schedule(() => this.tick(), delayMs);
  }

  /** One stretch of training: as many epochs as the speed allows and TICK_MS holds. */
  private tick(): void {
    this.tickScheduled = false;
    const run = this.run;
    if (!this.playing || !run) return;
    const start = this.host.now();
    const elapsed = start - this.lastTick;
    this.lastTick = start;
    let allowed = Number.POSITIVE_INFINITY;
    if (this.speed !== "max") {
      // A quarter second of credit at most, so a stall is not followed by a burst.
      this.credit = Math.min(this.credit + (this.speed * elapsed) / 1000, Math.max(1, this.speed / 4));
      allowed = Math.floor(this.credit);
    }
    let done = 0;
    while (done < allowed && run.divergence === null) {
      const chunk = Math.min(allowed - done, MAX_CHUNK, Math.max(1, Math.floor(1 / this.msPerEpoch)));
      const t0 = this.host.now();
      done += run.train(chunk);
      const spent = this.host.now() - t0;
      if (spent > 0) this.msPerEpoch = 0.8 * this.msPerEpoch + (0.2 * spent) / chunk;
      if (this.host.now() - start >= TICK_MS) break;
    }
    if (this.speed !== "max") this.credit -= done;
    if (done > 0) this.changed();
    if (run.divergence) {
      this.playing = false;
      this.changed();
      return;
    }
    const wait = this.speed === "max" || this.credit >= 1 ? 0 : ((1 - this.credit) / this.speed) * 1000;
    this.scheduleTick(Math.min(wait, 250));
  }

  private changed(): void {
    this.dirty = true;
    this.sendFrameIfDue();
  }

  private sendFrameIfDue(): void {
    if (!this.dirty || this.awaitingAck || !this.run || this.pendingSettings !== null) return;
    this.dirty = false;
    this.awaitingAck = true;
    const frame = this.makeFrame(this.run);
    this.host.post(frame, [frame.grid.buffer]);
  }

  private status(run: Run): RunStatus {
    if (run.divergence) return "diverged";
    return this.playing ? "running" : "paused";
  }

  private epochsPerSecond(run: Run): number {
    if (!this.playing) return 0;
    const now = this.host.now();
    const samples = this.rateSamples;
    samples.push({ time: now, epoch: run.epoch });
    while (samples.length > 2 && now - samples[1].time >= RATE_WINDOW_MS) samples.shift();
    const first = samples[0];
    const span = now - first.time;
    return span > 0 ? ((run.epoch - first.epoch) / span) * 1000 : 0;
  }

  private makeFrame(run: Run): Frame {
    const { train, test } = run.evaluate();
    const cells = GRID_SIZE * GRID_SIZE;
    const grid = this.spareGrid?.length === cells ? this.spareGrid : new Float32Array(cells);
    this.spareGrid = null;
    evaluateGrid(run.net, this.domain, GRID_SIZE, GRID_SIZE, grid);
    const hasTest = run.data.test.n > 0;
    return {
      type: "frame",
      handled: this.handled,
      runId: this.runId,
      dataId: this.dataId,
      status: this.status(run),
      epoch: run.epoch,
      epochsPerSecond: this.epochsPerSecond(run),
      trainLoss: train.loss,
      trainAccuracy: train.accuracy,
      testLoss: hasTest ? test.loss : null,
      testAccuracy: hasTest ? test.accuracy : null,
      hiddenUnits: run.net.H,
      params: run.net.params.slice(),
      grid,
      gridCols: GRID_SIZE,
      gridRows: GRID_SIZE,
      divergence: run.divergence,
    };
  }
}
