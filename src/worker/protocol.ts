/**
 * The messages between the page and the training worker. Behaviour crosses by name ("tanh"), numbers
 * cross in typed arrays; big arrays are transferred, not copied.
 */
import type { Dataset } from "../engine/datasets.ts";
import type { Explanation } from "../engine/explain.ts";
import type { Rect } from "../engine/grid.ts";
import type { Divergence, RunSettings } from "../engine/run.ts";
import type { RunSnapshot } from "../engine/snapshot.ts";

/** Training speed: target epochs per second, or as fast as the machine goes. */
export type Speed = number | "max";

export type RunStatus = "paused" | "running" | "diverged";

/** Page → worker. */
export type ToWorker =
  /**
   * Apply these settings: rebuild what they change (data, network) and keep the rest. Settings equal to
   * the ones in force change nothing (a diverged run stays diverged). `points` are the "custom" data set's
   * (data/points.ts), used when `settings.dataset` is "custom": new points are new data.
   */
  | { type: "configure"; settings: RunSettings; points?: Dataset | null }
  /** Train at this pace from now on; never touches the run itself. */
  | { type: "speed"; speed: Speed }
  | { type: "play" }
  | { type: "pause" }
  /** Exactly one gradient update (one mini-batch, or the whole training set with full batch), then pause. */
  | { type: "step" }
  /** A fresh network on the same data, paused at epoch 0. */
  | { type: "reset" }
  /**
   * Set weights or biases by name (engine/weightNames.ts: "w-1-2", "u-3-1", "b1-2", "b2-1") and go on
   * training from them; the run is marked as edited until a fresh network starts.
   */
  | { type: "setWeights"; values: WeightValue[] }
  /** Switch these hidden units off (1-based; every other unit on): training and the output skip them. */
  | { type: "mask"; units: number[] }
  /** Explain this weight in every frame from now on, following training example `example` (null: stop). */
  | { type: "explain"; target: ExplainTarget | null }
  /**
   * Stop playing when this many epochs are completed (an integer ≥ 1; null: never). Play at or past it
   * leaves the run paused; Step still makes one update.
   */
  | { type: "until"; epoch: number | null }
  /**
   * Train these compare-view panels instead of the single run (null: back to the single run, paused, as it
   * was). A panel whose id and settings are unchanged keeps its run; new learning rate, regularization or
   * batch size keep its weights, as in the single view; anything else starts it fresh. All panels share
   * one data set (their data settings must be equal). Play, Pause, Step, Reset and Stop at then act on the
   * panels, and the worker sends PanelsFrames instead of Frames. `points`: as in configure.
   */
  | { type: "panels"; panels: PanelSpec[] | null; points?: Dataset | null }
  /** Send the run of this panel as a snapshot (a "captured" message; null when there is no such panel). */
  | { type: "capture"; id: string }
  /**
   * Make this captured run the single run, weights, epoch and all (the single view's settings must already
   * be the snapshot's: send configure first). The run is refused, with a message, when they differ.
   */
  | { type: "restore"; snapshot: RunSnapshot }
  /** The page has drawn the last frame; `grid` hands its buffer back for reuse. */
  | { type: "frameDone"; grid?: Float32Array };

/** One compare-view panel: an id unique in the view (compareUrl.ts panelId, e.g. "hidden=3") and its settings. */
export interface PanelSpec {
  id: string;
  settings: RunSettings;
}

/** One weight set by hand. */
export interface WeightValue {
  /** "w-I-J", "u-J-K", "b1-J" or "b2-K" (1-based; with no hidden layer "w-I-K"). */
  name: string;
  value: number;
}

/** What the one-update panel explains: a weight by name and one training example (0-based row). */
export interface ExplainTarget {
  weight: string;
  example: number;
}

/**
 * Every hidden unit's value h_j over the plane, small and quantised (a few KB for any H): unit j's map is
 * values[j·side² … (j+1)·side²), row 0 at the top as in `grid`, and h_j ≈ values[…] · scale[j] / 127.
 */
export interface UnitMaps {
  side: number;
  values: Int8Array;
  /** max |h_j| over unit j's map (0 when the unit is 0 everywhere). */
  scale: Float32Array;
}

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
  /**
   * ∂L/∂θ over the whole training set plus λ·w, in the layout of `params`: what a full-batch update
   * subtracts ε times.
   */
  gradient: Float64Array;
  /** Each hidden unit's map over `domain` (null when H = 0). */
  unitMaps: UnitMaps | null;
  /** Hidden units switched off, 1-based, ascending. */
  masked: number[];
  /** A weight was set by hand since this network started. */
  edited: boolean;
  /** The weight asked for with `explain`, at this frame's parameters (null: none asked, or not in this network). */
  explanation: Explanation | null;
  /**
   * The `until` epoch when the run is paused because of it (it stopped there, or Play found it reached);
   * null otherwise.
   */
  stoppedAt: number | null;
}

/** What a compare-view panel shows of its run. */
export interface PanelView {
  id: string;
  hiddenUnits: number;
  epoch: number;
  updates: number;
  trainLoss: number;
  trainAccuracy: number;
  /** null without a test set. */
  testLoss: number | null;
  testAccuracy: number | null;
  /** P(class 1) over a gridCols × gridRows grid of the PanelsFrame's `domain`, row 0 at the top. */
  grid: Float32Array;
  gridCols: number;
  gridRows: number;
  divergence: Divergence | null;
  /** The `until` epoch when the panel has stopped there; null otherwise. */
  stoppedAt: number | null;
  /** Epochs per second over the last second (0 when not training). */
  epochsPerSecond: number;
}

/** The compare-view panels one worker trains, at one moment. */
export interface PanelsFrame {
  type: "panels";
  /** As Frame.handled. */
  handled: number;
  /** "running" while this worker trains any of its panels. */
  status: RunStatus;
  /** The plane the grids cover (the same for every worker: it follows from the data). */
  domain: Rect;
  panels: PanelView[];
  /**
   * Milliseconds this worker has spent playing since its panels last started fresh (Reset, new panels or
   * settings): with a stop epoch, how long the figure took to train, once every panel has stopped.
   */
  playingMs: number;
}

/** The reply to "capture". */
export interface Captured {
  type: "captured";
  id: string;
  snapshot: RunSnapshot | null;
}

/** Worker → page. */
export type FromWorker = DataMessage | Frame | PanelsFrame | Captured | { type: "error"; message: string };
