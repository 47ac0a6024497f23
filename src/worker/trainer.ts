/**
 * The training loop that runs inside the worker, as a plain module (tests drive it in node with a fake
 * host): messages in, frames out, and the Run they act on. The Pacer decides how much to train and when;
 * the trainer decides what (today one run; a list of runs for the compare view goes through the same
 * `work` callback). It sends the page one Frame at a time: the next only after the page says it has drawn
 * the last, so frames never queue up and the page gets at most one per animation frame while training
 * goes on in between.
 *
 * Settings changes rebuild only what they touch: data settings regenerate the data and start fresh;
 * hidden units, activation, output and the init seed start a fresh network on the same data; learning
 * rate, regularization and batch size apply from the next update and keep the weights. Settings equal to
 * those in force change nothing, and the speed is only the pace: neither revives a diverged run.
 *
 * Weights set by hand replace the parameters in place (the run goes on from them and is marked edited
 * until a fresh network starts); switched-off units are kept across fresh networks (those beyond the hidden
 * layer dropped); an explained weight is explained again in every frame, at that frame's parameters.
 *
 * A stop epoch (`until`) caps playing: the run pauses exactly when that many epochs are completed (with
 * mini-batches, after the epoch's last update), and Play at or past it leaves the run paused, the frames
 * saying why (`stoppedAt`); Step still makes one update.
 *
 * The compare view's panels (worker/panelSet.ts) are trained by the same loop: while the page has given
 * panels, Play, Pause, Step, Reset and the stop epoch act on them, the single run waits, paused as it was,
 * and frames are PanelsFrames, one for all of this worker's panels. A panel can be captured and made the
 * single run ("restore"), weights, epoch and all.
 *
 * A failure in any task leaves the trainer paused and usable, and is reported to the page in words; so
 * does a refused command (weights that cannot be set), which changes nothing else.
 */

import { samePoints } from "../data/points.ts";
import type { Dataset, Split } from "../engine/datasets.ts";
import type { Rect } from "../engine/grid.ts";
import { MAX_HIDDEN } from "../engine/network.ts";
import { Run, type RunSettings, runData } from "../engine/run.ts";
import { type RunSnapshot, restoreRun } from "../engine/snapshot.ts";
import { locateValues } from "../engine/weightNames.ts";
import { Pacer } from "./pacer.ts";
import {
  checkPoints,
  DATA_KEYS,
  dataDomain,
  NETWORK_KEYS,
  PanelRefusal,
  PanelSet,
  sameSettings,
} from "./panelSet.ts";
import type {
  DataMessage,
  ExplainTarget,
  Frame,
  FromWorker,
  PanelsFrame,
  RunStatus,
  ToWorker,
} from "./protocol.ts";
import { MAX_SPEED_ROUND_EPOCHS, RunList } from "./runs.ts";
import { RunViewer } from "./runView.ts";

/** What the trainer needs from its surroundings (the worker scope, or a test's fake). */
export interface TrainerHost {
  post(message: FromWorker, transfer?: Transferable[]): void;
  /** Milliseconds, monotonic. */
  now(): number;
  /** Run `task` after `delayMs` (0: as soon as the messages already queued have been handled). */
  schedule(task: () => void, delayMs: number): void;
}

/**
 * Least time between two PanelsFrames while the panels train, in ms: about 16 a second, so every panel
 * repaints at least 10 times a second, while the page's thread, which paints several grids per frame,
 * leaves the workers the cores (on two cores every millisecond it paints is one they do not train).
 * Paused, a frame goes out at once.
 */
export const PANELS_FRAME_MS = 60;

/** A command the trainer will not carry out, worded for the page; it changes nothing. */
class Refusal extends PanelRefusal {}

/** Hidden units as a set of 1-based numbers (ascending, each once), dropping anything else. */
function unitSet(units: readonly number[]): number[] {
  const valid = Array.isArray(units)
    ? units.filter((unit) => Number.isInteger(unit) && unit >= 1 && unit <= MAX_HIDDEN)
    : [];
  return [...new Set(valid)].sort((a, b) => a - b);
}

/** Whether `epoch` is a stop epoch the trainer accepts: an integer ≥ 1, or null for never. */
function isStopEpoch(epoch: unknown): epoch is number | null {
  return epoch === null || (Number.isInteger(epoch) && (epoch as number) >= 1);
}

/** What went wrong, for the page to word around ("Training stopped after an error in the trainer (…)"). */
function failureMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class Trainer {
  private settings: RunSettings | null = null;
  private pendingSettings: RunSettings | null = null;
  /** The custom data set's points that came with the pending settings. */
  private pendingPoints: Dataset | null = null;
  /** The custom data set's points in force (null: none given). */
  private points: Dataset | null = null;
  private data: Split | null = null;
  private domain: Rect = { x1Min: -1, x1Max: 1, x2Min: -1, x2Max: 1 };
  private run: Run | null = null;
  /**
   * The runs being trained, as the compare view's panels will be (worker/runs.ts): today the one run,
   * under its runId, with the stop epoch in force.
   */
  private readonly runs = new RunList<number>();
  private dataId = 0;
  private runId = 0;
  private playing = false;
  /** A frame is out and the page has not yet said it was drawn. */
  private awaitingAck = false;
  /** Something changed since the last frame. */
  private dirty = false;
  /** Something other than training changed since the last frame: show it at once. */
  private urgent = false;
  /** Only the latest scheduled tick runs; scheduling another (or pausing) retires the one before. */
  private tickTicket = 0;
  private readonly pacer: Pacer;
  /** Computes what a frame shows of the run, reusing its buffers. */
  private readonly viewer = new RunViewer();
  /** Hidden units switched off, 1-based, ascending: kept for every fresh network (those ≤ H). */
  private masked: number[] = [];
  /** A weight was set by hand since the current network started. */
  private edited = false;
  /** The weight to explain in every frame. */
  private explainTarget: ExplainTarget | null = null;
  /** Messages received other than frameDone, echoed in frames so the page knows what they reflect. */
  private handled = 0;
  /** Stop playing when this many epochs are completed (null: never). */
  private until: number | null = null;
  /** The stop epoch the run is paused at because of it, for the frames to say (null: not so paused). */
  private stoppedAt: number | null = null;
  /** The compare view's panels while the page shows them (null: the single run is trained). */
  private panels: PanelSet | null = null;
  /** Milliseconds spent playing since the panels last started fresh, up to `playingSince`. */
  private playingMs = 0;
  /** When playing began (null: not playing). */
  private playingSince: number | null = null;
  /** When the last PanelsFrame was sent. */
  private panelsFrameAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly host: TrainerHost) {
    this.pacer = new Pacer(() => host.now());
  }

  handle(message: ToWorker): void {
    if (message.type !== "frameDone") this.handled++;
    this.guarded(() => this.dispatch(message));
  }

  private dispatch(message: ToWorker): void {
    switch (message.type) {
      case "configure": {
        const points = checkPoints(message.points); // refused before anything is taken
        // Coalesced: a slider dragged fast sends many; only the last one is built.
        if (this.pendingSettings === null) this.schedule(() => this.applySettings(), 0);
        this.pendingSettings = message.settings;
        this.pendingPoints = points;
        return;
      }
      case "speed":
        this.pacer.setSpeed(message.speed);
        if (this.playing) this.scheduleTick(0);
        this.changed();
        return;
      case "play":
        this.applySettings();
        if (!this.hasTrainingData()) {
          // No points to learn from (the user's own data set, cleared): nothing to train; the page says so.
        } else if (this.panels) {
          if (!this.playing && this.panels.runs.training) this.startPlaying();
        } else if (this.run && this.run.divergence === null && !this.playing) {
          // At or past the stop epoch the user asked for, going on takes a later one or none.
          if (this.reachedUntil(this.run)) this.stoppedAt = this.until;
          else {
            this.stoppedAt = null;
            this.startPlaying();
          }
        }
        this.changed();
        return;
      case "pause":
        this.stop();
        this.changed();
        return;
      case "step":
        this.applySettings();
        this.stop();
        if (!this.hasTrainingData()) {
          // as Play: nothing to learn from
        } else if (this.panels) this.panels.step();
        else {
          this.stoppedAt = null;
          this.run?.trainUpdates(1);
        }
        this.changed();
        return;
      case "reset":
        this.applySettings();
        this.stop();
        if (this.panels) {
          this.panels.reset();
          this.resetClock();
        } else if (this.settings && this.data) this.adopt(new Run(this.settings, this.data));
        this.changed();
        return;
      case "setWeights": {
        this.applySettings();
        const run = this.run;
        if (!run) throw new Refusal("There is no network yet to set weights of.");
        if (run.divergence) {
          throw new Refusal("Weights cannot be set on a diverged run: reset it or change a setting first.");
        }
        const located = locateValues(message.values, run.net.H);
        if (!located.ok) throw new Refusal(located.reason);
        if (located.values.length === 0) return;
        run.setParameters(located.values);
        this.edited = true;
        this.changed();
        return;
      }
      case "mask":
        this.masked = unitSet(message.units); // first, so a network built now starts with them
        this.applySettings();
        if (this.run) this.applyMask(this.run);
        this.changed();
        return;
      case "explain": {
        const target = message.target;
        const valid = target && typeof target.weight === "string" && Number.isInteger(target.example);
        this.explainTarget = valid ? { weight: target.weight, example: target.example } : null;
        this.changed();
        return;
      }
      case "until":
        if (!isStopEpoch(message.epoch)) {
          throw new Refusal(`Cannot stop at epoch ${message.epoch}: give a whole number from 1, or none.`);
        }
        this.applySettings();
        this.until = message.epoch;
        this.runs.setUntilForAll(message.epoch);
        this.panels?.setUntil(message.epoch);
        this.stoppedAt = null;
        if (this.panels) {
          if (this.playing && !this.panels.runs.training) this.stop();
        } else if (this.playing && this.run && this.reachedUntil(this.run)) {
          this.stop();
          this.stoppedAt = this.until;
        }
        this.changed();
        return;
      case "panels":
        this.setPanels(message.panels, checkPoints(message.points));
        this.changed();
        return;
      case "capture":
        this.host.post({
          type: "captured",
          id: message.id,
          snapshot: this.panels?.capture(message.id) ?? null,
        });
        return;
      case "restore":
        this.applySettings();
        this.restore(message.snapshot);
        this.changed();
        return;
      case "frameDone":
        this.awaitingAck = false;
        if (message.grid) this.viewer.reuse(message.grid);
        this.sendFrameIfDue();
        return;
    }
  }

  /** Whether there is a training example to learn from (the user's own data set may have none). */
  private hasTrainingData(): boolean {
    return this.panels ? this.panels.hasTrainingData : (this.run?.data.train.n ?? 0) > 0;
  }

  /** Run a task; on failure, pause, say so and stay usable. */
  private guarded(task: () => void): void {
    try {
      task();
    } catch (error) {
      // The page reads any error as "training stopped", so a refused command pauses too.
      this.stop();
      try {
        this.host.post({ type: "error", message: failureMessage(error) });
        this.changed(); // a frame that says "paused"
      } catch {
        // Nothing more can be told to the page now; the next message tries again.
      }
    }
  }

  private schedule(task: () => void, delayMs: number): void {
    this.host.schedule(() => this.guarded(task), delayMs);
  }

  private startPlaying(): void {
    this.playing = true;
    this.playingSince = this.host.now();
    this.pacer.start();
    this.scheduleTick(0);
  }

  private stop(): void {
    if (this.playingSince !== null) this.playingMs += this.host.now() - this.playingSince;
    this.playingSince = null;
    this.playing = false;
    this.tickTicket++;
  }

  /** Count the playing time from zero again (the panels start fresh). */
  private resetClock(): void {
    this.playingMs = 0;
    if (this.playingSince !== null) this.playingSince = this.host.now();
  }

  /** Milliseconds spent playing since the panels last started fresh. */
  private playedMs(): number {
    return this.playingMs + (this.playingSince === null ? 0 : this.host.now() - this.playingSince);
  }

  /**
   * Train these panels (null: the single run again, paused). Entering the panels pauses the single run;
   * a list that cannot be used is refused before anything changes.
   */
  private setPanels(specs: Parameters<PanelSet["set"]>[0] | null, points: Dataset | null): void {
    if (specs === null) {
      if (this.panels) this.stop();
      this.panels = null;
      return;
    }
    const panels = this.panels ?? new PanelSet();
    panels.setUntil(this.until);
    const fresh = panels.set(specs, points);
    if (!this.panels) this.stop();
    this.panels = panels;
    if (fresh) this.resetClock();
    if (this.playing) {
      if (panels.runs.training) this.scheduleTick(0);
      else this.stop();
    }
  }

  /** Make a captured run the single run, if it was made with the single view's settings. */
  private restore(snapshot: RunSnapshot): void {
    const settings = this.settings;
    const data = this.data;
    if (!settings || !data || !snapshot || typeof snapshot.settings !== "object") {
      throw new Refusal("There is no network to open yet.");
    }
    const keys = [...DATA_KEYS, ...NETWORK_KEYS];
    if (!keys.every((key) => snapshot.settings[key] === settings[key])) {
      throw new Refusal("This network was trained with other settings than the single view's.");
    }
    const run = restoreRun(snapshot, data);
    run.setStepSettings(settings.learningRate, settings.lambda, settings.batchSize);
    this.stop();
    this.adopt(run);
    if (this.reachedUntil(run)) this.stoppedAt = this.until;
  }

  /**
   * Apply the latest settings received, rebuilding only what they change. Everything is built before
   * anything is replaced, so settings that fail to build leave the previous ones in force.
   */
  private applySettings(): void {
    const next = this.pendingSettings;
    if (next === null) return;
    this.pendingSettings = null;
    const points = this.pendingPoints;
    const prev = this.settings;
    const run = this.run;
    const pointsChanged = next.dataset === "custom" && !samePoints(points, this.points);
    if (prev && run && this.data && sameSettings(prev, next) && !pointsChanged) {
      this.changed();
      return;
    }
    const dataChanged = !prev || !this.data || pointsChanged || DATA_KEYS.some((k) => prev[k] !== next[k]);
    const data = dataChanged || !this.data ? runData(next, points) : this.data;
    const networkChanged = !prev || NETWORK_KEYS.some((k) => prev[k] !== next[k]);
    // A diverged run cannot go on: any real change of settings starts a fresh one.
    const fresh = dataChanged || networkChanged || !run || run.divergence !== null;
    const nextRun = fresh ? new Run(next, data) : run;
    const domain = dataChanged
      ? dataDomain(data, next.dataset === "custom" ? this.domain : null)
      : this.domain;

    this.settings = next;
    this.points = points;
    if (dataChanged) {
      this.data = data;
      this.domain = domain;
      this.dataId++;
      this.postData(data);
    }
    if (nextRun !== run) this.adopt(nextRun);
    else nextRun.setStepSettings(next.learningRate, next.lambda, next.batchSize);
    if (this.playing) this.scheduleTick(0);
    this.changed();
  }

  /** Train `run` from now on, as a fresh network (or, later, one restored from a snapshot). */
  private adopt(run: Run): void {
    this.runs.remove(this.runId);
    this.run = run;
    this.runId++;
    this.runs.add(this.runId, run, this.until);
    this.edited = false;
    this.stoppedAt = null;
    this.masked = this.masked.filter((unit) => unit <= run.net.H);
    this.applyMask(run);
  }

  private applyMask(run: Run): void {
    run.setMasked(this.masked.filter((unit) => unit <= run.net.H).map((unit) => unit - 1));
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
    const ticket = ++this.tickTicket;
    this.schedule(() => {
      if (ticket === this.tickTicket) this.tick();
    }, delayMs);
  }

  /** One stretch of training, as the pacer allows, then the next tick when the next update is due. */
  private tick(): void {
    if (this.panels) {
      if (this.playing) this.tickPanels(this.panels);
      return;
    }
    const run = this.run;
    if (!this.playing || !run) return;
    // The list trains each run exactly to its stop epoch (mini-batches included), then no more.
    const perEpoch = this.runs.updatesPerRound;
    const done = perEpoch > 0 ? this.pacer.tick((updates) => this.runs.train(updates), perEpoch) : 0;
    if (run.divergence) {
      this.stop();
      this.changed();
      return;
    }
    if (this.reachedUntil(run)) {
      this.stop();
      this.stoppedAt = this.until;
      this.changed();
      return;
    }
    if (done > 0) this.changed();
    this.scheduleTick(this.pacer.delay(perEpoch));
  }

  /** One stretch of training of the panels, each advancing by the same epochs, until all have stopped. */
  private tickPanels(panels: PanelSet): void {
    const list = panels.runs;
    const perEpoch = list.updatesPerRound;
    const rounds = this.pacer.speed === "max" ? MAX_SPEED_ROUND_EPOCHS : 1;
    const done = perEpoch > 0 ? this.pacer.tick((updates) => list.train(updates, rounds), perEpoch) : 0;
    if (!list.training) {
      this.stop();
      this.changed();
      return;
    }
    if (done > 0) {
      this.dirty = true; // training alone: the frame may wait for PANELS_FRAME_MS (sendFrameIfDue)
      this.sendFrameIfDue();
    }
    this.scheduleTick(this.pacer.delay(perEpoch));
  }

  /** The run has completed the stop epoch's epochs (never true without one). */
  private reachedUntil(run: Run): boolean {
    return this.until !== null && run.epoch >= this.until;
  }

  private changed(): void {
    this.dirty = true;
    this.urgent = true;
    this.sendFrameIfDue();
  }

  private sendFrameIfDue(): void {
    if (!this.dirty || this.awaitingAck || this.pendingSettings !== null) return;
    if (this.panels) {
      // While training, a frame at most every PANELS_FRAME_MS (the next tick sends the one held back).
      const now = this.host.now();
      if (this.playing && !this.urgent && now - this.panelsFrameAt < PANELS_FRAME_MS) return;
      const frame = this.makePanelsFrame(this.panels);
      this.panelsFrameAt = now;
      this.urgent = false;
      this.host.post(
        frame,
        frame.panels.map((panel) => panel.grid.buffer),
      );
      this.dirty = false;
      this.awaitingAck = true;
      return;
    }
    if (!this.run) return;
    const frame = this.makeFrame(this.run);
    const transfer: Transferable[] = [frame.grid.buffer, frame.gradient.buffer];
    if (frame.unitMaps) transfer.push(frame.unitMaps.values.buffer, frame.unitMaps.scale.buffer);
    this.host.post(frame, transfer);
    this.dirty = false;
    this.awaitingAck = true;
  }

  private status(run: Run): RunStatus {
    if (run.divergence) return "diverged";
    return this.playing ? "running" : "paused";
  }

  private makePanelsFrame(panels: PanelSet): PanelsFrame {
    const rate = this.playing ? this.pacer.meter.rate(this.host.now()) : 0;
    return {
      type: "panels",
      handled: this.handled,
      status: this.playing ? "running" : "paused",
      domain: panels.domain,
      panels: panels.views(rate),
      playingMs: this.playedMs(),
    };
  }

  private makeFrame(run: Run): Frame {
    return {
      type: "frame",
      handled: this.handled,
      runId: this.runId,
      dataId: this.dataId,
      status: this.status(run),
      epochsPerSecond: this.playing ? this.pacer.meter.rate(this.host.now()) : 0,
      edited: this.edited,
      stoppedAt: this.stoppedAt,
      ...this.viewer.view(run, this.domain, this.explainTarget),
    };
  }
}
