/**
 * Frames and data sets as the worker makes them, for tests of the store and the components.
 */
import { parameterCount } from "../../src/engine/network.ts";
import type { DataMessage, Frame, PanelView, UnitMaps } from "../../src/worker/protocol.ts";

/** The worker's decision grid: cells per side (runView.ts's GRID_SIZE, up to 40 hidden units). */
export const GRID_SIZE = 128;

/**
 * Distinct, full-precision parameter values [w (2×H) | b1 (H) | u (H×2) | b2 (2)], or [u (2×2) | b2]
 * when H = 0, so a test can tell every weight from every other and from the biases.
 */
export function makeParams(hiddenUnits: number): Float64Array {
  return Float64Array.from({ length: parameterCount(hiddenUnits) }, (_, p) => 1.5 * Math.sin(7 * (p + 1)));
}

/** Unit maps of side 8: unit j (0-based) a ramp along x₁ if j is even, along x₂ if odd, scale j + 1. */
export function makeUnitMaps(hiddenUnits: number, side = 8): UnitMaps {
  const values = new Int8Array(hiddenUnits * side * side);
  for (let j = 0; j < hiddenUnits; j++) {
    for (let row = 0; row < side; row++) {
      for (let col = 0; col < side; col++) {
        const along = j % 2 === 0 ? col : side - 1 - row;
        values[(j * side + row) * side + col] = Math.round(-127 + (254 * along) / (side - 1));
      }
    }
  }
  return { side, values, scale: Float32Array.from({ length: hiddenUnits }, (_, j) => j + 1) };
}

/** P(class 1) over a GRID_SIZE² grid, row 0 at the top: a soft diagonal boundary through the centre. */
export function makeGrid(): Float32Array {
  const grid = new Float32Array(GRID_SIZE * GRID_SIZE);
  for (let row = 0; row < GRID_SIZE; row++) {
    for (let col = 0; col < GRID_SIZE; col++)
      grid[row * GRID_SIZE + col] = 1 / (1 + Math.exp((row - col) / 8));
  }
  return grid;
}

/**
 * A frame as the worker makes it: a fresh network at epoch 0, paused, no test set, unless overridden.
 * Full batch unless told otherwise, so `updates` follows `epoch`.
 */
export function makeFrame(overrides: Partial<Frame> = {}): Frame {
  const hiddenUnits = overrides.hiddenUnits ?? 3;
  const epoch = overrides.epoch ?? 0;
  return {
    type: "frame",
    handled: 1,
    runId: 1,
    dataId: 1,
    status: "paused",
    epoch,
    updates: epoch,
    epochsPerSecond: 0,
    trainLoss: Math.LN2,
    trainAccuracy: 0.5,
    testLoss: null,
    testAccuracy: null,
    hiddenUnits,
    params: makeParams(hiddenUnits),
    grid: makeGrid(),
    gridCols: GRID_SIZE,
    gridRows: GRID_SIZE,
    divergence: null,
    gradient: makeParams(hiddenUnits).map((v) => v / 10),
    unitMaps: hiddenUnits === 0 ? null : makeUnitMaps(hiddenUnits),
    masked: [],
    edited: false,
    explanation: null,
    stoppedAt: null,
    ...overrides,
  };
}

/** Two interleaved half-circles like the article's moons: `train` and `test` points, classes alternating. */
export function makeData(counts: { train?: number; test?: number; dataId?: number } = {}): DataMessage {
  const set = (n: number, offset: number) => {
    const x = new Float64Array(2 * n);
    const t = new Uint8Array(n);
    for (let r = 0; r < n; r++) {
      const c = (r + offset) % 2;
      const angle = (Math.PI * (r + offset)) / (n + offset);
      x[2 * r] = c === 0 ? Math.cos(angle) : 1 - Math.cos(angle);
      x[2 * r + 1] = c === 0 ? Math.sin(angle) : 0.5 - Math.sin(angle);
      t[r] = c;
    }
    return { x, t };
  };
  return {
    type: "data",
    dataId: counts.dataId ?? 1,
    train: set(counts.train ?? 200, 0),
    test: set(counts.test ?? 0, 1),
    domain: { x1Min: -1.5, x1Max: 2.5, x2Min: -1.75, x2Max: 2.25 },
  };
}

/**
 * A compare panel's view as the worker makes it: a fresh network of H hidden units at epoch 0, no test
 * set, not training, unless overridden. `id` is the panel's id (compareUrl.ts panelId, e.g. "hidden=3").
 */
export function makePanelView(
  id: string,
  hiddenUnits: number,
  overrides: Partial<PanelView> = {},
): PanelView {
  const epoch = overrides.epoch ?? 0;
  return {
    id,
    hiddenUnits,
    epoch,
    updates: epoch,
    trainLoss: Math.LN2,
    trainAccuracy: 0.5,
    testLoss: null,
    testAccuracy: null,
    grid: makeGrid(),
    gridCols: GRID_SIZE,
    gridRows: GRID_SIZE,
    divergence: null,
    stoppedAt: null,
    epochsPerSecond: 0,
    ...overrides,
  };
}
