import { describe, expect, it } from "vitest";
import {
  addPoint,
  classCounts,
  concatPoints,
  emptyPoints,
  formatPoints,
  MAX_POINTS,
  nearestPoint,
  parsePoints,
  pointsFromRows,
  removePoint,
  roundCoordinate,
  samePoints,
} from "../../src/data/points.ts";

const rows = (d: { n: number; x: Float64Array; t: Uint8Array }) =>
  Array.from({ length: d.n }, (_, i) => [d.x[2 * i], d.x[2 * i + 1], d.t[i]]);

const three = pointsFromRows([
  [0, 0, 0],
  [1, 1, 1],
  [-2, 0.5, 0],
]);

describe("the user's own points", () => {
  it("keeps coordinates to a thousandth, rounding half away as Math.round does, and reads −0 as 0", () => {
    expect(roundCoordinate(0.12345)).toBe(0.123);
    expect(roundCoordinate(0.1235)).toBe(0.124);
    expect(roundCoordinate(-1.0004)).toBe(-1);
    expect(roundCoordinate(-0.0004)).toBe(0);
    expect(Object.is(roundCoordinate(-0.0004), -0)).toBe(false);
    expect(roundCoordinate(999.9996)).toBe(1000);
  });

  it("adds a point at the end, rounded, without touching the set it was given", () => {
    const before = rows(three);
    const more = addPoint(three, 0.33333, -0.66666, 1);
    expect(rows(more)).toEqual([...before, [0.333, -0.667, 1]]);
    expect(rows(three)).toEqual(before);
  });

  it("adds nothing once the set holds MAX_POINTS", () => {
    const full = pointsFromRows(Array.from({ length: MAX_POINTS }, () => [0, 0, 0] as const));
    expect(addPoint(full, 1, 1, 1)).toBe(full);
    expect(addPoint(emptyPoints(), 1, 1, 1).n).toBe(1);
  });

  it("finds the nearest point within the radius, and none beyond it", () => {
    // (0.9, 0.9) is 0.141 from (1, 1) and 1.27 from (0, 0)
    expect(nearestPoint(three, 0.9, 0.9, 0.2)).toBe(1);
    expect(nearestPoint(three, 0.9, 0.9, 0.1)).toBe(-1);
    expect(nearestPoint(three, -1.9, 0.4, 0.5)).toBe(2);
    expect(nearestPoint(emptyPoints(), 0, 0, 10)).toBe(-1);
    // exactly on the radius counts
    expect(nearestPoint(three, 0.5, 0, 0.5)).toBe(0);
  });

  it("removes one row and keeps the others in order", () => {
    expect(rows(removePoint(three, 1))).toEqual([
      [0, 0, 0],
      [-2, 0.5, 0],
    ]);
    expect(rows(removePoint(three, 0))).toEqual([
      [1, 1, 1],
      [-2, 0.5, 0],
    ]);
    expect(removePoint(three, 3)).toBe(three);
    expect(removePoint(three, -1)).toBe(three);
  });

  it("counts each class and compares sets point by point", () => {
    expect(classCounts(three)).toEqual([2, 1]);
    expect(classCounts(emptyPoints())).toEqual([0, 0]);
    expect(samePoints(three, pointsFromRows(rows(three) as [number, number, 0 | 1][]))).toBe(true);
    expect(samePoints(three, addPoint(three, 0, 0, 0))).toBe(false);
    expect(samePoints(three, removePoint(addPoint(three, 0, 0, 0), 3))).toBe(true);
    expect(samePoints(null, null)).toBe(true);
    expect(samePoints(three, null)).toBe(false);
  });

  it("joins data sets train then test", () => {
    const joined = concatPoints(three, pointsFromRows([[5, 5, 1]]));
    expect(rows(joined)).toEqual([...rows(three), [5, 5, 1]]);
  });

  it("writes the link's value as x1,x2,label;… and reads it back to the same points", () => {
    expect(formatPoints(three)).toBe("0,0,0;1,1,1;-2,0.5,0");
    expect(formatPoints(emptyPoints())).toBe("");
    for (const d of [three, emptyPoints(), addPoint(three, -999.999, 0.001, 1)]) {
      const back = parsePoints(formatPoints(d));
      expect(back.ok && samePoints(back.value, d)).toBe(true);
    }
  });

  it.each([
    ["1,2", 1, "1,2"],
    ["1,2,0;3,4,2", 2, "3,4,2"],
    ["1,2,0;x,4,1", 2, "x,4,1"],
    ["1,2,0;0x10,4,1", 2, "0x10,4,1"],
    ["1,Infinity,0", 1, "1,Infinity,0"],
    ["1,NaN,0", 1, "1,NaN,0"],
    ["1001,0,0", 1, "1001,0,0"],
    ["1,2,0;;3,4,1", 2, ""],
    ["1,2,0,1", 1, "1,2,0,1"],
  ])("refuses the link's points %j at point %i", (text, index, point) => {
    expect(parsePoints(text)).toEqual({
      ok: false,
      message: { key: "data.url.badPoint", params: { index, point } },
    });
  });

  it("refuses more than MAX_POINTS points in a link", () => {
    const text = Array.from({ length: MAX_POINTS + 1 }, () => "0,0,0").join(";");
    expect(parsePoints(text)).toEqual({
      ok: false,
      message: { key: "data.url.tooMany", params: { count: MAX_POINTS + 1, max: MAX_POINTS } },
    });
  });
});
