/**
 * The plane's plot in its SVG's own units: a PLOT-sided square inside margins for the axes. Every layer
 * over the plane (regions, boundary, points, unit maps and lines) shares this box; the SVGs scale it to
 * their element.
 */
import type { Rect } from "../engine/grid.ts";

/** The plot's square side and margins, in the SVG's own units (it scales to its box). */
export const PLOT = 480;
export const MARGIN = { top: 10, right: 10, bottom: 38, left: 46 } as const;
export const WIDTH = MARGIN.left + PLOT + MARGIN.right;
export const HEIGHT = MARGIN.top + PLOT + MARGIN.bottom;

const pct = (part: number, whole: number) => `${(100 * part) / whole}%`;

/** CSS placing an element (a canvas) exactly over the plot square, in percentages of the whole box. */
export const PLOT_BOX_STYLE = {
  left: pct(MARGIN.left, WIDTH),
  top: pct(MARGIN.top, HEIGHT),
  width: pct(PLOT, WIDTH),
  height: pct(PLOT, HEIGHT),
} as const;

/** A point of the plot square, in its units: px from the left edge, py down from the top edge. */
export interface PlotPoint {
  px: number;
  py: number;
}

/** Where the plane's point (x1, x2) lies in the plot square of `domain` (x2 grows upwards). */
export function dataToPlot(domain: Rect, x1: number, x2: number): PlotPoint {
  return {
    px: ((x1 - domain.x1Min) / (domain.x1Max - domain.x1Min)) * PLOT,
    py: ((domain.x2Max - x2) / (domain.x2Max - domain.x2Min)) * PLOT,
  };
}

/** The plane's point at (px, py) of the plot square of `domain`: dataToPlot's inverse. */
export function plotToData(domain: Rect, px: number, py: number): { x1: number; x2: number } {
  return {
    x1: domain.x1Min + (px / PLOT) * (domain.x1Max - domain.x1Min),
    x2: domain.x2Max - (py / PLOT) * (domain.x2Max - domain.x2Min),
  };
}
