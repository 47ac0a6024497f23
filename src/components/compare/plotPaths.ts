/**
 * What the compare view draws over its small planes, as SVG path data in a PLOT-sided square (no axes:
 * every panel shares the data and its plane): the data points, one path per class and set (so eight
 * panels of 200 points cost 32 elements, not 1,600), and a grid's P = ½ line.
 */
import { contours } from "d3";
import type { Rect } from "../../engine/grid.ts";
import { boundaryLines } from "../../render/boundaryLines.ts";
import { PLOT } from "../../render/plotGeometry.ts";
import { circlePath, polylinePath, trianglePath } from "../../render/svgPaths.ts";
import type { DataMessage } from "../../worker/protocol.ts";

/** One class of one set of points: its path, its class (0: circle, 1: triangle) and whether it is the test set. */
export interface PointGroup {
  d: string;
  cls: 0 | 1;
  test: boolean;
}

/** The markers' areas at scale 1, as the single view's (render/markers.ts). */
const AREAS = [42, 48] as const;
const SHAPES = [circlePath, trianglePath] as const;

/** The points of `data` on the square of `domain`, markers enlarged by `scale` (in the plot's units). */
export function pointGroups(data: DataMessage, domain: Rect, scale: number): PointGroup[] {
  const sx = PLOT / (domain.x1Max - domain.x1Min);
  const sy = PLOT / (domain.x2Max - domain.x2Min);
  const groups: PointGroup[] = [];
  for (const [set, test] of [
    [data.train, false],
    [data.test, true],
  ] as const) {
    for (const cls of [0, 1] as const) {
      const area = AREAS[cls] * scale * scale;
      const parts: string[] = [];
      for (let r = 0; r < set.t.length; r++) {
        if (set.t[r] !== cls) continue;
        const cx = (set.x[2 * r] - domain.x1Min) * sx;
        const cy = (domain.x2Max - set.x[2 * r + 1]) * sy;
        parts.push(SHAPES[cls](area, cx, cy));
      }
      if (parts.length > 0) groups.push({ d: parts.join(""), cls, test });
    }
  }
  return groups;
}

/** Makes P = ½ lines of grids as path data in the PLOT square (generators kept per grid size). */
export function createLineMaker(): (grid: Float32Array, cols: number, rows: number) => string {
  let sized: {
    cols: number;
    rows: number;
    isoline: ReturnType<typeof contours>;
  } | null = null;
  return (grid, cols, rows) => {
    if (sized?.cols !== cols || sized.rows !== rows) {
      sized = {
        cols,
        rows,
        isoline: contours().size([cols, rows]).thresholds([0.5]),
      };
    }
    const contour = sized.isoline(grid as unknown as number[])[0];
    const lines = contour ? boundaryLines(contour.coordinates, cols, rows) : [];
    return polylinePath(lines, PLOT / cols);
  };
}

/**
 * A point on the longest of the line's polylines, `fraction` of the way along its points, for a label
 * (null for an empty line). Reads the path data `createLineMaker` writes (M x,y L x,y …).
 */
export function pointAlong(d: string, fraction: number): { x: number; y: number } | null {
  let best: number[][] = [];
  for (const part of d.split("M").slice(1)) {
    const points = part
      .replace(/Z/g, "")
      .split("L")
      .map((xy) => xy.split(",").map(Number));
    if (points.length > best.length) best = points;
  }
  if (best.length === 0) return null;
  const [x, y] = best[Math.min(best.length - 1, Math.floor(fraction * best.length))];
  return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
}
