/**
 * What a frame shows of one run, computed in the worker: its loss and accuracy, the decision grid over the
 * plane, each hidden unit's map, the gradient ∂L/∂θ and the weight the one-update panel explains. The
 * trainer adds what belongs to the page's session (status, pace, what the user did); the compare view's
 * panels will each be one RunView. Buffers are kept between calls, and the page hands grids back.
 */
import { createExplainWorkspace, explainWeight } from "../engine/explain.ts";
import type { Rect } from "../engine/grid.ts";
import { createGridWorkspace, evaluateGrid } from "../engine/grid.ts";
import type { Run } from "../engine/run.ts";
import { createUnitMapsWorkspace, evaluateUnitMaps } from "../engine/unitMaps.ts";
import type { ExplainTarget, Frame } from "./protocol.ts";

/** The decision grid's resolution, cells per side, for up to GRID_FULL_UP_TO hidden units. */
export const GRID_SIZE = 128;
/** Hidden units up to which the grid is GRID_SIZE² cells. */
export const GRID_FULL_UP_TO = 40;

/**
 * Cells per side of the decision grid for H hidden units. A grid costs about cells · (H + 1); beyond
 * GRID_FULL_UP_TO units the grid gets coarser so it costs no more than there (114² at H = 50, 101² at
 * H = 64), and the boundary keeps repainting as often while training goes on (the canvas is scaled up
 * smoothly anyway).
 */
export function gridSize(H: number): number {
  if (H <= GRID_FULL_UP_TO) return GRID_SIZE;
  return Math.floor(GRID_SIZE * Math.sqrt((GRID_FULL_UP_TO + 1) / (H + 1)));
}

/** The parts of a Frame that depend on the run alone. */
export type RunView = Pick<
  Frame,
  | "epoch"
  | "updates"
  | "trainLoss"
  | "trainAccuracy"
  | "testLoss"
  | "testAccuracy"
  | "hiddenUnits"
  | "params"
  | "grid"
  | "gridCols"
  | "gridRows"
  | "divergence"
  | "gradient"
  | "unitMaps"
  | "masked"
  | "explanation"
>;

/** A run's numbers as the readouts show them (the single view's and every compare panel's). */
export type RunReadouts = Pick<
  Frame,
  | "epoch"
  | "updates"
  | "trainLoss"
  | "trainAccuracy"
  | "testLoss"
  | "testAccuracy"
  | "hiddenUnits"
  | "divergence"
>;

/** `run`'s epoch, updates, loss and accuracy (test ones null without a test set), H and divergence. */
export function runReadouts(run: Run): RunReadouts {
  const { train, test } = run.evaluate();
  const hasTest = run.data.test.n > 0;
  return {
    epoch: run.epoch,
    updates: run.updates,
    trainLoss: train.loss,
    trainAccuracy: train.accuracy,
    testLoss: hasTest ? test.loss : null,
    testAccuracy: hasTest ? test.accuracy : null,
    hiddenUnits: run.net.H,
    divergence: run.divergence,
  };
}

/** Computes RunViews, keeping its buffers between calls. */
export class RunViewer {
  private readonly gridWorkspace = createGridWorkspace();
  private readonly unitMapsWorkspace = createUnitMapsWorkspace();
  private readonly explainWorkspace = createExplainWorkspace();
  /** A grid the page has finished with, to fill again. */
  private spareGrid: Float32Array | null = null;

  /** Take back a grid the page has drawn. */
  reuse(grid: Float32Array): void {
    this.spareGrid = grid;
  }

  /** `run` now, drawn over `domain`, explaining `target` (null: nothing). */
  view(run: Run, domain: Rect, target: ExplainTarget | null): RunView {
    const side = gridSize(run.net.H);
    const cells = side * side;
    const grid = this.spareGrid?.length === cells ? this.spareGrid : new Float32Array(cells);
    this.spareGrid = null;
    evaluateGrid(run.net, domain, side, side, grid, this.gridWorkspace);
    const { eps, lambda } = run.stepSettings;
    return {
      ...runReadouts(run),
      params: run.net.params.slice(),
      grid,
      gridCols: side,
      gridRows: side,
      gradient: run.gradient(),
      unitMaps: evaluateUnitMaps(run.net, domain, this.unitMapsWorkspace),
      masked: run.masked.map((j) => j + 1),
      explanation: target
        ? explainWeight(
            run.net,
            run.data.train,
            eps,
            lambda,
            target.weight,
            target.example,
            this.explainWorkspace,
          )
        : null,
    };
  }
}
