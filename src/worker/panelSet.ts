/**
 * The compare-view panels one worker trains: each panel's settings and run, in one RunList (runs.ts), on
 * the data set they share, and what a frame shows of each. A panel's run is built exactly as the single
 * view builds its run (new Run(settings, runData(settings))), so it goes epoch for epoch, loss for loss, as
 * the single view would with the same settings.
 *
 * Taking a new list of panels follows the single view's rules panel by panel: same id and settings keep
 * the run; a new learning rate, regularization or batch size keeps its weights; anything else (or a
 * diverged run) starts it fresh; new data settings start every panel fresh. Pure: no DOM, no worker globals.
 */

import { samePoints } from "../data/points.ts";
import type { Dataset, Split } from "../engine/datasets.ts";
import { createGridWorkspace, evaluateGrid, type Rect, squareDomain } from "../engine/grid.ts";
import { Run, type RunSettings, runData } from "../engine/run.ts";
import { captureRun, type RunSnapshot } from "../engine/snapshot.ts";
import type { PanelSpec, PanelView } from "./protocol.ts";
import { RunList } from "./runs.ts";
import { runReadouts } from "./runView.ts";

/** Cells per side of a panel's decision grid: panels are small on screen, and up to 12 are painted at once. */
export const PANEL_GRID_SIZE = 64;

/** The settings that make the data set: panels must agree on them. */
export const DATA_KEYS = ["dataset", "samples", "noise", "seed", "testFraction"] as const;
/** The settings that make the network: a change starts a fresh one. */
export const NETWORK_KEYS = ["hiddenUnits", "activation", "output", "initSeed"] as const;

/** A command about panels that cannot be carried out, worded for the page; it changes nothing. */
export class PanelRefusal extends Error {}

function sameKeys(a: RunSettings, b: RunSettings, keys: readonly (keyof RunSettings)[]): boolean {
  return keys.every((key) => a[key] === b[key]);
}

/** Whether two settings are the same in every key (the trainer's test for "nothing to rebuild"). */
export function sameSettings(a: RunSettings, b: RunSettings): boolean {
  const keys = Object.keys(a) as (keyof RunSettings)[];
  return keys.length === Object.keys(b).length && sameKeys(a, b, keys);
}

function checkSpecs(panels: unknown): PanelSpec[] {
  if (!Array.isArray(panels)) throw new PanelRefusal("The panels must be given as a list.");
  const ids = new Set<string>();
  for (const panel of panels as PanelSpec[]) {
    if (!panel || typeof panel.id !== "string" || typeof panel.settings !== "object" || !panel.settings) {
      throw new PanelRefusal("Each panel needs an id and its settings.");
    }
    if (ids.has(panel.id)) throw new PanelRefusal(`Two panels have the id ${panel.id}.`);
    ids.add(panel.id);
  }
  const first = (panels as PanelSpec[])[0];
  if (first && !(panels as PanelSpec[]).every((p) => sameKeys(p.settings, first.settings, DATA_KEYS))) {
    throw new PanelRefusal("The panels must share one data set: their data settings differ.");
  }
  return panels as PanelSpec[];
}

/** The data set the panels share, and what it was made from. */
interface PanelData {
  settings: RunSettings;
  points: Dataset | null;
  split: Split;
  domain: Rect;
}

/**
 * The custom data set's points as a message carries them: null when absent; refused in words when they are
 * not n rows of two finite coordinates and a class 0 or 1.
 */
export function checkPoints(points: Dataset | null | undefined): Dataset | null {
  if (points == null) return null;
  const { n, x, t } = points;
  const ok =
    Number.isInteger(n) &&
    n >= 0 &&
    x instanceof Float64Array &&
    t instanceof Uint8Array &&
    x.length === 2 * n &&
    t.length === n &&
    x.every(Number.isFinite) &&
    t.every((c) => c <= 1);
  if (!ok) throw new PanelRefusal("The points must be rows of two numbers and a class 0 or 1.");
  return points;
}

/**
 * The plane to show a data set on: a square around its points. For the user's own points (`keep`: the plane
 * on screen) the plane stays put while every point is inside it, so it does not jump under the pointer
 * while points are added.
 */
export function dataDomain(data: Split, keep: Rect | null): Rect {
  const inside = (d: Dataset) => {
    if (!keep) return false;
    for (let r = 0; r < d.n; r++) {
      const x1 = d.x[2 * r];
      const x2 = d.x[2 * r + 1];
      if (!(x1 >= keep.x1Min && x1 <= keep.x1Max && x2 >= keep.x2Min && x2 <= keep.x2Max)) return false;
    }
    return true;
  };
  return keep && inside(data.train) && inside(data.test) ? keep : squareDomain([data.train, data.test]);
}

/** The panels of one worker. */
export class PanelSet {
  readonly runs = new RunList<string>();
  private readonly settings = new Map<string, RunSettings>();
  private data: PanelData | null = null;
  private readonly gridWorkspace = createGridWorkspace();
  private until: number | null = null;

  /** The plane every panel's grid covers. */
  get domain(): Rect {
    return this.data?.domain ?? { x1Min: -1, x1Max: 1, x2Min: -1, x2Max: 1 };
  }

  /** Whether the panels' data set has a training example (the user's own may have none). */
  get hasTrainingData(): boolean {
    return (this.data?.split.train.n ?? 0) > 0;
  }

  /** How many panels there are. */
  get size(): number {
    return this.settings.size;
  }

  /**
   * Train these panels from now on, in this order. Returns whether any panel started fresh (or went). Bad
   * lists are refused before anything changes.
   */
  set(panels: readonly PanelSpec[], points: Dataset | null = null): boolean {
    const specs = checkSpecs(panels);
    const first = specs[0];
    const dataChanged =
      first !== undefined &&
      !(
        this.data &&
        sameKeys(this.data.settings, first.settings, DATA_KEYS) &&
        (first.settings.dataset !== "custom" || samePoints(this.data.points, points))
      );
    // Everything is built before anything is replaced, so settings that fail to build change nothing.
    const data = dataChanged ? this.makeData(first.settings, points) : this.data;
    const built = specs.map(({ id, settings }) => {
      const old = this.runs.get(id);
      const before = this.settings.get(id);
      if (!dataChanged && old && before && sameSettings(before, settings))
        return { id, settings, run: old, fresh: false };
      const keep =
        !dataChanged && old && before && old.divergence === null && sameKeys(before, settings, NETWORK_KEYS);
      return {
        id,
        settings,
        run: keep ? old : new Run(settings, data ? data.split : runData(settings, points)),
        fresh: !keep,
      };
    });
    let changed = built.length !== this.settings.size;
    for (const id of [...this.settings.keys()]) this.runs.remove(id);
    this.settings.clear();
    if (dataChanged) this.data = data;
    for (const { id, settings, run, fresh } of built) {
      if (!fresh) run.setStepSettings(settings.learningRate, settings.lambda, settings.batchSize);
      changed ||= fresh;
      this.settings.set(id, settings);
      this.runs.add(id, run, this.until);
    }
    return changed;
  }

  /** A fresh network for every panel, on the same data. */
  reset(): void {
    for (const { id } of [...this.runs.runs()]) {
      const settings = this.settings.get(id);
      if (settings && this.data) this.runs.add(id, new Run(settings, this.data.split), this.until);
    }
  }

  /** One gradient update of every panel that has not diverged. */
  step(): void {
    for (const { run } of this.runs.runs()) if (run.divergence === null) run.trainUpdates(1);
  }

  /** Stop every panel at epoch `until` (null: never). */
  setUntil(until: number | null): void {
    this.until = until;
    this.runs.setUntilForAll(until);
  }

  /** This panel's run, captured (null: no such panel). */
  capture(id: string): RunSnapshot | null {
    const run = this.runs.get(id);
    return run ? captureRun(run) : null;
  }

  /** What each panel shows now, in order; `epochsPerSecond` is the rate of the panels still training. */
  views(epochsPerSecond: number): PanelView[] {
    const side = PANEL_GRID_SIZE;
    const domain = this.domain;
    return this.runs.runs().map(({ id, run }) => {
      const grid = new Float32Array(side * side);
      evaluateGrid(run.net, domain, side, side, grid, this.gridWorkspace);
      const stoppedAt = this.runs.stoppedAt(id);
      return {
        id,
        ...runReadouts(run),
        grid,
        gridCols: side,
        gridRows: side,
        stoppedAt,
        epochsPerSecond: run.divergence === null && stoppedAt === null ? epochsPerSecond : 0,
      };
    });
  }

  private makeData(settings: RunSettings, points: Dataset | null): PanelData {
    const split = runData(settings, points);
    return { settings, points, split, domain: dataDomain(split, null) };
  }
}
