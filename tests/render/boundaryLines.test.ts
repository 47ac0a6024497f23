import { contours } from "d3";
import { describe, expect, it } from "vitest";
import { boundaryLines } from "../../src/render/boundaryLines.ts";

/** The P = ½ contour of a cols × rows grid whose value at (column c, row r) is p(c, r). */
function halfContour(cols: number, rows: number, p: (c: number, r: number) => number): number[][][][] {
  const grid = Array.from({ length: cols * rows }, (_, i) => p(i % cols, Math.floor(i / cols)));
  return contours().size([cols, rows]).thresholds([0.5])(grid)[0].coordinates;
}

describe("the decision line", () => {
  it("runs only where the classes meet, not along the edge of the plot", () => {
    // Class 1 fills the right half: the line is the vertical between columns 2 and 3, edge to edge.
    const lines = boundaryLines(
      halfContour(6, 4, (c) => (c > 2 ? 0.9 : 0.1)),
      6,
      4,
    );
    expect(lines).toHaveLength(1);
    const [line] = lines;
    const inner = line.filter(([, y]) => y > 0 && y < 4);
    expect(inner.length).toBeGreaterThan(0);
    for (const [x] of inner) expect(x).toBe(3);
    // it reaches the top and bottom edges, and never runs along them or along the right edge
    expect(line.some(([, y]) => y === 0)).toBe(true);
    expect(line.some(([, y]) => y === 4)).toBe(true);
    expect(line.every(([x]) => x < 6)).toBe(true);
  });

  it("keeps a region inside the plot as one closed loop", () => {
    const lines = boundaryLines(
      halfContour(8, 8, (c, r) => (c >= 3 && c <= 4 && r >= 3 && r <= 4 ? 0.9 : 0.1)),
      8,
      8,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0][0]).toEqual(lines[0].at(-1));
    expect(lines[0].every(([x, y]) => x > 0 && x < 8 && y > 0 && y < 8)).toBe(true);
  });

  it("draws nothing when one class covers the whole plot", () => {
    expect(
      boundaryLines(
        halfContour(5, 5, () => 0.9),
        5,
        5,
      ),
    ).toEqual([]);
    expect(
      boundaryLines(
        halfContour(5, 5, () => 0.1),
        5,
        5,
      ),
    ).toEqual([]);
  });

  it("keeps a line that starts where the ring happens to begin in one piece", () => {
    // A hand-made ring starting mid-line: the top edge (y = 0) is its only border run.
    const ring = [
      [2, 1],
      [2, 2],
      [1, 2],
      [0.5, 0],
      [2.5, 0],
      [3, 1],
      [2, 1],
    ];
    expect(boundaryLines([[ring]], 4, 4)).toEqual([
      [
        [2.5, 0],
        [3, 1],
        [2, 1],
        [2, 2],
        [1, 2],
        [0.5, 0],
      ],
    ]);
  });
});
