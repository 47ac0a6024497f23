/**
 * Paint P(class 1) over the grid into an ImageData through the colour lookup table: one table read
 * and one 32-bit write per cell.
 */
import { LUT_SIZE } from "./palette.ts";

export function paintRegions(grid: Float32Array, pixels: Uint32Array, lut: Uint32Array): void {
  const top = LUT_SIZE - 1;
  for (let i = 0; i < grid.length; i++) {
    const p = grid[i];
    // NaN (never expected: the worker stops diverged runs) paints as the unsure middle, P = ½.
    const index = p >= 0 && p <= 1 ? Math.round(p * top) : top >> 1;
    pixels[i] = lut[index];
  }
}
