/**
 * The data points' markers (circle: class 0, triangle: class 1, so colour is not the only difference) and
 * how much to enlarge them in presenter mode, where a point must be at least 12 px wide on screen. The
 * plot's SVG scales with its box, so a marker's size on screen is its size in the plot's units times the
 * CSS px per unit the layout gives.
 */
import { circlePath, trianglePath } from "./svgPaths.ts";

/** The circle's and the triangle's areas, in the plot's units², at scale 1. */
const AREAS = [42, 48] as const;

/** Marker paths centred on 0, 0: [circle, triangle], their sides scaled by `scale`. */
export function markers(scale = 1): readonly [string, string] {
  const area = scale * scale;
  return [circlePath(AREAS[0] * area), trianglePath(AREAS[1] * area)];
}

/** The circle's diameter at scale 1, in the plot's units (the smaller marker: the triangle is taller). */
export const MARKER_SIDE = 2 * Math.sqrt(AREAS[0] / Math.PI);

/**
 * The scale that makes the circle at least `minPx` CSS px wide when one plot unit is `pxPerUnit` px, in
 * quarter steps (so resizing rarely re-draws the points), never below 1.
 */
export function markerScale(pxPerUnit: number, minPx: number): number {
  if (!(pxPerUnit > 0)) return 1;
  return Math.max(1, Math.ceil((4 * minPx) / (MARKER_SIDE * pxPerUnit)) / 4);
}
