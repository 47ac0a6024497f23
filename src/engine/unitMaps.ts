/**
 * Every hidden unit's value over the plane, small and quantised, for the page's per-unit pictures:
 *
 *   h_j = f(Σ_i w_ij x_i + b1_j) at the centre of each cell of a side × side grid,
 *   stored as round(127 · h_j / s_j) with s_j = max |h_j| over the map, so h_j ≈ value · s_j / 127.
 *
 * The side shrinks as H grows so that all maps together stay within 4096 values (4 KB a frame):
 * side = clamp(⌊√(4096 / H)⌋, 8, 24). A switched-off unit still has its map: it is off for the output only.
 */
import { createGridWorkspace, evaluateGrid, type GridWorkspace, type Rect } from "./grid.ts";
import type { Network } from "./network.ts";

/** All hidden units' maps: unit j's is values[j·side² … (j+1)·side²), row 0 at the top (x2 = x2Max). */
export interface QuantisedUnitMaps {
  side: number;
  values: Int8Array;
  /** max |h_j| over unit j's map (0 when the unit is 0 everywhere). */
  scale: Float32Array;
}

/** The map side for H hidden units: clamp(⌊√(4096 / H)⌋, 8, 24) cells. */
export function unitMapSide(H: number): number {
  return Math.min(24, Math.max(8, Math.floor(Math.sqrt(4096 / Math.max(H, 1)))));
}

/** Buffers for evaluateUnitMaps, reused between calls; one per caller. */
export interface UnitMapsWorkspace {
  grid: GridWorkspace;
  probability: Float32Array;
  hidden: Float32Array;
}

/** Empty buffers for evaluateUnitMaps, which grows them on first use. */
export function createUnitMapsWorkspace(): UnitMapsWorkspace {
  return { grid: createGridWorkspace(), probability: new Float32Array(0), hidden: new Float32Array(0) };
}

/**
 * Every hidden unit's map of `net` over `rect`, side × side (unitMapSide(H) unless given), quantised to
 * Int8 with a scale per unit; null when there is no hidden layer. The arrays are new (they may be
 * transferred); `ws` holds the float buffers between calls.
 */
export function evaluateUnitMaps(
  net: Network,
  rect: Rect,
  ws: UnitMapsWorkspace = createUnitMapsWorkspace(),
  side = unitMapSide(net.H),
): QuantisedUnitMaps | null {
  const { H } = net;
  if (H === 0) return null;
  const cells = side * side;
  if (ws.probability.length !== cells) ws.probability = new Float32Array(cells);
  if (ws.hidden.length !== H * cells) ws.hidden = new Float32Array(H * cells);
  evaluateGrid(net, rect, side, side, ws.probability, ws.grid, ws.hidden);
  const { hidden } = ws;
  const values = new Int8Array(H * cells);
  const scale = new Float32Array(H);
  for (let j = 0; j < H; j++) {
    const start = j * cells;
    let s = 0;
    for (let c = start; c < start + cells; c++) {
      const v = Math.abs(hidden[c]);
      if (v > s && v < Number.POSITIVE_INFINITY) s = v; // a diverged unit's ±∞ and NaN are left out
    }
    scale[j] = s;
    if (s === 0) continue; // 0 everywhere: the map stays 0
    const toInt = 127 / s;
    for (let c = start; c < start + cells; c++) values[c] = Math.round(hidden[c] * toInt);
  }
  return { side, values, scale };
}
