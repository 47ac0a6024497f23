/**
 * The store's actions on the user's own data set ("custom", data/points.ts): adding a point where the plane
 * was clicked, removing the nearest, clearing, importing a file's points, and undoing a clear or an import.
 * The first point added to a generated data set starts the custom one from the points on screen, so a
 * click adds to the moons rather than wiping them. The points are kept when another data set is chosen, so
 * choosing "custom" again brings them back.
 */
import {
  addPoint,
  concatPoints,
  emptyPoints,
  nearestPoint,
  removePoint,
  samePoints,
} from "../data/points.ts";
import type { DataSource, Dataset } from "../engine/datasets.ts";
import type { PlaygroundState } from "./playgroundStore.ts";

/** What Clear or an import replaced, for Undo. */
export interface PointsUndo {
  points: Dataset | null;
  dataset: DataSource;
}

/** The own-data part of the store's state. */
export interface OwnDataState {
  /** The custom data set's points (null until the user makes some); kept while another data set is shown. */
  points: Dataset | null;
  /** The class a tap on the plane adds (a touch screen has no Shift key). */
  pointClass: 0 | 1;
  /** What the last Clear or import replaced (null: nothing to undo). */
  pointsUndo: PointsUndo | null;
  /** Add a point of class `label` at (x1, x2), switching to the custom data set. */
  addPoint(x1: number, x2: number, label: 0 | 1): void;
  /** Remove the custom point nearest (x1, x2) within `radius` (plane units); whether one was removed. */
  removePointNear(x1: number, x2: number, radius: number): boolean;
  /** Remove every point (the custom data set, empty); undoable. */
  clearPoints(): void;
  /** Learn from these points from now on (a file's): the custom data set; undoable. */
  setPoints(points: Dataset): void;
  /** Bring back what the last Clear or import replaced. */
  undoPoints(): void;
  setPointClass(label: 0 | 1): void;
}

type Get = () => PlaygroundState;
type Set = (partial: Partial<PlaygroundState>) => void;

/** The points the custom data set starts from: its own, or else the data set on screen. */
export function customBase(s: PlaygroundState): Dataset {
  if (s.points) return s.points;
  if (!s.data) return emptyPoints();
  const rows = ({ x, t }: { x: Float64Array; t: Uint8Array }): Dataset => ({ n: t.length, x, t });
  return concatPoints(rows(s.data.train), rows(s.data.test));
}

/**
 * The own-data actions. `configure` sends the settings and points in force to the trainer (and the compare
 * view's panels).
 */
export function ownDataActions(
  get: Get,
  set: Set,
  configure: () => void,
): Omit<OwnDataState, "points" | "pointClass" | "pointsUndo"> {
  /** Make these the points in force, on the custom data set. */
  const use = (points: Dataset, undo: PointsUndo | null = get().pointsUndo) => {
    const s = get();
    if (s.settings.dataset === "custom" && samePoints(points, s.points)) return;
    set({
      points,
      pointsUndo: undo,
      settings: { ...s.settings, dataset: "custom" },
      status: s.status === "diverged" ? "paused" : s.status,
    });
    configure();
  };
  const replaced = (): PointsUndo => {
    const { points, settings } = get();
    return { points, dataset: settings.dataset };
  };
  return {
    addPoint(x1, x2, label) {
      if (!(Number.isFinite(x1) && Number.isFinite(x2))) return;
      use(addPoint(customBase(get()), x1, x2, label));
    },
    removePointNear(x1, x2, radius) {
      const base = customBase(get());
      const row = nearestPoint(base, x1, x2, radius);
      if (row < 0) return false;
      use(removePoint(base, row));
      return true;
    },
    clearPoints() {
      use(emptyPoints(), replaced());
    },
    setPoints(points) {
      use(points, replaced());
    },
    undoPoints() {
      const undo = get().pointsUndo;
      if (!undo) return;
      const s = get();
      set({
        points: undo.points,
        pointsUndo: null,
        settings: { ...s.settings, dataset: undo.dataset },
        status: s.status === "diverged" ? "paused" : s.status,
      });
      configure();
    },
    setPointClass(label) {
      set({ pointClass: label });
    },
  };
}
