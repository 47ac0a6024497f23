/**
 * The messages between the page and the training worker. Behaviour crosses by name ("tanh"), numbers
 * cross in typed arrays; big arrays are transferred, not copied.
 */
import type { Rect } from "../engine/grid.ts";
import type { Divergence, RunSettings } from "../engine/run.ts";

/** Training speed: target epochs per second, or as fast as the machine goes. */
export type Speed = number | "max";

export type RunStatus = "paused" | "running" | "diverged";

/** Page → worker. */
export type ToWorker =
  /**
   * Apply these settings: rebuild what they change (data, network) and keep the rest. Settings equal to
   * the ones in force change nothing (a diverged run stays diverged).
   */
  | { type: "configure"; settings: RunSettings }
  /** Train at this pace from now on; never touches the run itself. */
  | { type: "speed"; speed: Speed }
  | { type: "play" }
  | { type: "pause" }
  /** Exactly one gradient update (one mini-batch, or the whole training set with full batch), then pause. */
  | { type: "step" }
  /** A fresh network on the same data, paused at epoch 0. */
  | { type: "reset" }
  /** The page has drawn the last frame; `grid` hands its buffer back for reuse. */
  | { type: "frameDone"; grid?: Float32Array };

/** The data set of a run, for drawing: rows of x (n×2) and classes t, and the plane's extent to show. */
export interface DataMessage {
  type: "data";
  /** Increments every time the data set is regenerated. */
  dataId: number;
  train: { x: Float64Array; t: Uint8Array };
  test: { x: Float64Array; t: Uint8Array };
  domain: Rect;
}

/** The state of the run at one moment: what the page shows. */
export interface Frame {
  type: "frame";
  /** How many messages other than frameDone the worker had received when it made this frame. */
  handled: number;
  /** Increments every time a fresh network starts (new data, new architecture, reset). */
  runId: number;
  dataId: number;
  status: RunStatus;
  /** Passes over the training data completed. */
  epoch: number;
  /** Gradient updates made: equal to `epoch` with full batch, more with mini-batches. */
  updates: number;
  /** Epochs trained per second over the last second of running (0 when paused). */
  epochsPerSecond: number;
  trainLoss: number;
  trainAccuracy: number;
  /** null without a test set. */
  testLoss: number | null;
  testAccuracy: number | null;
  hiddenUnits: number;
  /** The network's parameters [w | b1 | u | b2] (see engine/network.ts). */
  params: Float64Array;
  /** P(class 1) over a gridCols × gridRows grid of `domain`, row 0 at the top. */
  grid: Float32Array;
  gridCols: number;
  gridRows: number;
  divergence: Divergence | null;
}

/** Worker → page. */
export type FromWorker = DataMessage | Frame | { type: "error"; message: string };
