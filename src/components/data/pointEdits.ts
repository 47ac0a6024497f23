/**
 * Adding and removing one point of the user's own data, as the plane's pointer and keyboard do it: the
 * store's action, then a word in the data tools' status (where the point went, or why nothing happened).
 */
import { MAX_POINTS, roundCoordinate } from "../../data/points.ts";
import type { Rect } from "../../engine/grid.ts";
import { customBase } from "../../store/ownData.ts";
import type { PlaygroundStore } from "../../store/playgroundStore.ts";
import { sayData } from "./dataStatus.ts";

/** Where a point of the plot square is on the plane, and how many plane units a screen pixel is. */
export interface PlanePoint {
  x1: number;
  x2: number;
  unitsPerPx: number;
}

/**
 * The plane's point under (clientX, clientY), given the plot square's box on screen (`rect`, CSS px) and the
 * plane it shows; null outside the square.
 */
export function planePointAt(
  rect: { left: number; top: number; width: number; height: number },
  domain: Rect,
  clientX: number,
  clientY: number,
): PlanePoint | null {
  if (!(rect.width > 0 && rect.height > 0)) return null;
  const fx = (clientX - rect.left) / rect.width;
  const fy = (clientY - rect.top) / rect.height;
  if (!(fx >= 0 && fx <= 1 && fy >= 0 && fy <= 1)) return null;
  return {
    x1: domain.x1Min + fx * (domain.x1Max - domain.x1Min),
    x2: domain.x2Max - fy * (domain.x2Max - domain.x2Min),
    unitsPerPx: (domain.x1Max - domain.x1Min) / rect.width,
  };
}

const where = (x1: number, x2: number) => ({ x1: roundCoordinate(x1), x2: roundCoordinate(x2) });

/** Add a point of class `label` at (x1, x2) (or say that the set is full). */
export function addPointAt(store: PlaygroundStore, x1: number, x2: number, label: 0 | 1): void {
  const s = store.getState();
  if (customBase(s).n >= MAX_POINTS) {
    sayData(store, { key: "data.status.full", params: { max: MAX_POINTS } });
    return;
  }
  s.addPoint(x1, x2, label);
  sayData(store, { key: "data.status.added", params: { label, ...where(x1, x2) } });
}

/** Remove the point nearest (x1, x2) within `radius` plane units (or say there is none). */
export function removePointAt(store: PlaygroundStore, x1: number, x2: number, radius: number): void {
  const removed = store.getState().removePointNear(x1, x2, radius);
  sayData(store, { key: removed ? "data.status.removed" : "data.status.noneNear", params: where(x1, x2) });
}
