import { describe, expect, it } from "vitest";
import type { Rect } from "../../src/engine/grid.ts";
import { dataToPlot, PLOT, plotToData } from "../../src/render/plotGeometry.ts";
import {
  clipToSquare,
  HANDLE_REACH,
  lineInPlot,
  movedWeights,
  nearestOnLine,
  pivotAndHandle,
  positiveNormal,
  rotatedWeights,
  turnedWeights,
  unitWeightOffsets,
  unitWeights,
  weightValues,
} from "../../src/render/unitLines.ts";

/** [0, 4]²: 120 plot units per unit of x, so every case below can be worked out by hand. */
const SQUARE: Rect = { x1Min: 0, x1Max: 4, x2Min: 0, x2Max: 4 };
/** The fake data sets' plane (tests/fakes/frames.ts). */
const MOONS: Rect = { x1Min: -1.5, x1Max: 2.5, x2Min: -1.75, x2Max: 2.25 };

const close = (actual: { px: number; py: number }, px: number, py: number) => {
  expect(actual.px).toBeCloseTo(px, 9);
  expect(actual.py).toBeCloseTo(py, 9);
};

describe("the plot's geometry", () => {
  it("puts the plane's top-left corner at (0, 0) and x2 growing upwards", () => {
    close(dataToPlot(MOONS, -1.5, 2.25), 0, 0);
    close(dataToPlot(MOONS, 2.5, -1.75), PLOT, PLOT);
    close(dataToPlot(MOONS, 0.5, 0.25), PLOT / 2, PLOT / 2);
    close(dataToPlot(SQUARE, 1, 3), 120, 120);
  });

  it("takes a plot point back to the plane", () => {
    const { x1, x2 } = plotToData(MOONS, 120, 360);
    expect(x1).toBeCloseTo(-0.5, 12);
    expect(x2).toBeCloseTo(-0.75, 12);
    const back = dataToPlot(MOONS, x1, x2);
    close(back, 120, 360);
  });
});

describe("a unit's weights by name", () => {
  it("finds w_1J, w_2J and b_J where the engine stores them (w[i·H + j], then b1)", () => {
    expect(unitWeightOffsets(3, 2)).toEqual([1, 4, 7]);
    expect(unitWeightOffsets(1, 1)).toEqual([0, 1, 2]);
    expect(unitWeightOffsets(3, 4)).toBeNull();
    expect(unitWeightOffsets(0, 1)).toBeNull();
  });

  it("reads them from params and names them for setWeights", () => {
    const params = [10, 11, 12, 20, 21, 22, 30, 31, 32, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(unitWeights(params, 3, 3)).toEqual({ w1: 12, w2: 22, b: 32 });
    expect(weightValues(3, { w1: 1, w2: 2, b: 3 })).toEqual([
      { name: "w-1-3", value: 1 },
      { name: "w-2-3", value: 2 },
      { name: "b1-3", value: 3 },
    ]);
  });
});

describe("a unit's line a = w1·x1 + w2·x2 + b = 0 on the plot", () => {
  it("draws x1 = 1 as a vertical line at 120 across the whole plot, positive to the right", () => {
    const line = lineInPlot({ w1: 1, w2: 0, b: -1 }, SQUARE);
    const segment = clipToSquare(line);
    expect(segment).not.toBeNull();
    close(segment?.from ?? { px: Number.NaN, py: 0 }, 120, 0);
    close(segment?.to ?? { px: Number.NaN, py: 0 }, 120, PLOT);
    close(positiveNormal(line), 1, 0);
  });

  it("draws x2 = 1 as a horizontal line at 360 (x2 grows upwards), positive above", () => {
    const line = lineInPlot({ w1: 0, w2: 1, b: -1 }, SQUARE);
    const segment = clipToSquare(line);
    close(segment?.from ?? { px: Number.NaN, py: 0 }, 0, 360);
    close(segment?.to ?? { px: Number.NaN, py: 0 }, PLOT, 360);
    close(positiveNormal(line), 0, -1);
  });

  it("clips the diagonal x1 + x2 = 4 to the plot's corners", () => {
    const segment = clipToSquare(lineInPlot({ w1: 1, w2: 1, b: -4 }, SQUARE));
    close(segment?.from ?? { px: Number.NaN, py: 0 }, 0, 0);
    close(segment?.to ?? { px: Number.NaN, py: 0 }, PLOT, PLOT);
  });

  it("keeps the sign: the same line with −w is positive on the other side", () => {
    close(positiveNormal(lineInPlot({ w1: -1, w2: 0, b: 1 }, SQUARE)), -1, 0);
  });

  it("has no segment when the line misses the plot, only touches a corner, or w = 0", () => {
    expect(clipToSquare(lineInPlot({ w1: 1, w2: 0, b: -5 }, SQUARE))).toBeNull();
    expect(clipToSquare(lineInPlot({ w1: 1, w2: 1, b: 0 }, SQUARE))).toBeNull();
    expect(clipToSquare(lineInPlot({ w1: 0, w2: 0, b: 1 }, SQUARE))).toBeNull();
    expect(clipToSquare(lineInPlot({ w1: Number.NaN, w2: 1, b: 1 }, SQUARE))).toBeNull();
  });

  it("finds the point of a line nearest another point", () => {
    close(nearestOnLine(lineInPlot({ w1: 1, w2: 0, b: -1 }, SQUARE), { px: 240, py: 200 }), 120, 200);
  });
});

describe("the pivot and the turning handle", () => {
  it("pivots at the segment's middle and puts the handle HANDLE_REACH along it", () => {
    const { pivot, handle } = pivotAndHandle({ from: { px: 120, py: 0 }, to: { px: 120, py: 480 } });
    close(pivot, 120, 240);
    close(handle, 120, 240 + HANDLE_REACH);
  });

  it("keeps the handle on a short segment, at its end", () => {
    const { pivot, handle } = pivotAndHandle({ from: { px: 0, py: 0 }, to: { px: 60, py: 80 } });
    close(pivot, 30, 40);
    close(handle, 60, 80);
  });
});

describe("moving a line by hand", () => {
  it("moves x1 = 1 one unit right (120 plot units) to x1 = 2: b from −1 to −2, w kept", () => {
    expect(movedWeights({ w1: 1, w2: 0, b: -1 }, SQUARE, 120, 0)).toEqual({ w1: 1, w2: 0, b: -2 });
  });

  it("does not change a vertical line moved along itself", () => {
    expect(movedWeights({ w1: 1, w2: 0, b: -1 }, SQUARE, 0, 75)).toEqual({ w1: 1, w2: 0, b: -1 });
  });

  it("moves x1 + x2 = 4 by (+½, +½) to x1 + x2 = 5 (up is −py)", () => {
    const w = movedWeights({ w1: 1, w2: 1, b: -4 }, SQUARE, 60, -60);
    expect(w.w1).toBe(1);
    expect(w.w2).toBe(1);
    expect(w.b).toBeCloseTo(-5, 12);
  });
});

describe("turning a line by hand", () => {
  const x1Is1 = { w1: 2, w2: 0, b: -2 }; // 2·x1 − 2 = 0, |w| = 2
  const pivot = dataToPlot(SQUARE, 1, 2);

  it("leaves the weights as they are while the handle has not moved", () => {
    const segment = clipToSquare(lineInPlot(x1Is1, SQUARE));
    if (!segment) throw new Error("x1 = 1 crosses the plot");
    const placed = pivotAndHandle(segment);
    close(placed.pivot, pivot.px, pivot.py);
    const w = turnedWeights(x1Is1, SQUARE, placed.pivot, placed.handle);
    expect(w?.w1).toBeCloseTo(2, 12);
    expect(w?.w2).toBeCloseTo(0, 12);
    expect(w?.b).toBeCloseTo(-2, 12);
  });

  it("turns x1 = 1 about (1, 2) to x2 = x1 + 1 when the handle goes to (2, 3), keeping |w| = 2", () => {
    const w = turnedWeights(x1Is1, SQUARE, pivot, dataToPlot(SQUARE, 2, 3));
    // through (1, 2) and (2, 3) with the handle along (w2, −w1): w = 2·(−1/√2, 1/√2), b = −w·(1, 2) = −√2
    expect(w?.w1).toBeCloseTo(-Math.SQRT2, 12);
    expect(w?.w2).toBeCloseTo(Math.SQRT2, 12);
    expect(w?.b).toBeCloseTo(-Math.SQRT2, 12);
  });

  it("has no answer when the handle is dropped on the pivot", () => {
    expect(turnedWeights(x1Is1, SQUARE, pivot, pivot)).toBeNull();
  });

  it("turns by a quarter turn counter-clockwise about the pivot with the keyboard: x1 = 1 becomes x2 = 2", () => {
    const w = rotatedWeights(x1Is1, SQUARE, pivot, Math.PI / 2);
    expect(w.w1).toBeCloseTo(0, 12);
    expect(w.w2).toBeCloseTo(2, 12);
    expect(w.b).toBeCloseTo(-4, 12);
  });
});
