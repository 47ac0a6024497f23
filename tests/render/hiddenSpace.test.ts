import { describe, expect, it } from "vitest";
import {
  createLayerValues,
  forwardRows,
  networkFromParams,
  parameterCount,
} from "../../src/engine/network.ts";
import {
  activationRange,
  clipPolygon,
  followRange,
  inputGrid,
  outputSeparator,
  project,
  rotation,
  separatorOn,
  sliceBox,
  unitMeans,
} from "../../src/render/hiddenSpace.ts";

/** Parameters [w | b1 | u | b2] of a 2 → 2 → 2 network with these u (rows u_j1, u_j2) and b2. */
function twoUnits(u: number[], b2: number[]): Float64Array {
  return Float64Array.from([0.3, -0.7, 1.1, 0.4, 0.2, -0.1, ...u, ...b2]);
}

/** A polygon's area (shoelace). */
function area(polygon: number[][]): number {
  let twice = 0;
  polygon.forEach(([x, y], i) => {
    const [nx, ny] = polygon[(i + 1) % polygon.length];
    twice += x * ny - nx * y;
  });
  return Math.abs(twice) / 2;
}

/** The points as sorted strings, so two lists compare as sets. */
const asSet = (points: number[][]) => points.map((p) => p.join(",")).sort();

describe("the output's separator in hidden space", () => {
  it("is Σ_j (u_j2 − u_j1) h_j + (b2_2 − b2_1)", () => {
    const sep = outputSeparator(twoUnits([1, 3, 2, -1], [0.5, 2]), 2, []);
    expect([...sep.c]).toEqual([2, -3]);
    expect(sep.c0).toBe(1.5);
  });

  it("leaves a switched-off unit out (1-based), and ignores units the network does not have", () => {
    const sep = outputSeparator(twoUnits([1, 3, 2, -1], [0.5, 2]), 2, [2, 5]);
    expect([...sep.c]).toEqual([2, 0]);
    expect(sep.c0).toBe(1.5);
  });

  it("agrees with the forward pass: class 1 exactly where a₂ > a₁", () => {
    const H = 4;
    const params = Float64Array.from({ length: parameterCount(H) }, (_, p) => 1.5 * Math.sin(7 * (p + 1)));
    const net = networkFromParams({ hiddenUnits: H, activation: "tanh", output: "softmax" }, params);
    const n = 400;
    const x = Float64Array.from({ length: 2 * n }, (_, i) => 3 * Math.sin(13 * i + 1));
    const out = createLayerValues(H, n);
    forwardRows(net, x, n, out);
    const sep = outputSeparator(params, H, []);
    let classOne = 0;
    for (let r = 0; r < n; r++) {
      let f = sep.c0;
      for (let j = 0; j < H; j++) f += sep.c[j] * out.h[j * n + r];
      expect(f > 0, `row ${r}`).toBe(out.a[2 * r + 1] > out.a[2 * r]);
      if (f > 0) classOne++;
    }
    expect(classOne).toBeGreaterThan(0);
    expect(classOne).toBeLessThan(n);
  });

  it("moves the units not shown into the constant at their mean", () => {
    expect(unitMeans(Float64Array.of(1, 2, 3, 10, 20, 30), 3, 2)).toEqual(Float64Array.of(2, 20));
    const sep = { c: Float64Array.of(1, 2, 3), c0: 0.5 };
    expect(separatorOn(sep, [0, 2], [7, 4, 9])).toEqual({ c: [1, 3], c0: 8.5 });
    expect(separatorOn(sep, [2, 1, 0], [7, 4, 9])).toEqual({ c: [3, 2, 1], c0: 0.5 });
  });
});

describe("slicing the box shown by the separator", () => {
  it("cuts a square along a vertical line", () => {
    expect(asSet(sliceBox([1, 0], -0.5, [0, 0], [1, 1]))).toEqual(["0.5,0", "0.5,1"]);
  });

  it("cuts a square along its diagonal from corner to corner", () => {
    expect(asSet(sliceBox([1, 1], -1, [0, 0], [1, 1]))).toEqual(["0,1", "1,0"]);
  });

  it("finds nothing when the line misses the box or there is no line", () => {
    expect(sliceBox([1, 1], 5, [0, 0], [1, 1])).toEqual([]);
    expect(sliceBox([0, 0], 1, [0, 0], [1, 1])).toEqual([]);
    expect(sliceBox([0, 0, 0], 0, [0, 0, 0], [1, 1, 1])).toEqual([]);
  });

  it("cuts a cube in a square, corners in order around it", () => {
    const square = sliceBox([2, 0, 0], -1, [0, 0, 0], [1, 1, 1]);
    expect(asSet(square)).toEqual(["0.5,0,0", "0.5,0,1", "0.5,1,0", "0.5,1,1"]);
    square.forEach((p, i) => {
      const q = square[(i + 1) % 4];
      expect(Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2])).toBe(1); // neighbours, not diagonals
    });
  });

  it("cuts a cube through its centre across the main diagonal in a regular hexagon", () => {
    const hexagon = sliceBox([1, 1, 1], -1.5, [0, 0, 0], [1, 1, 1]);
    expect(hexagon).toHaveLength(6);
    for (const p of hexagon) expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1.5, 12);
    expect(asSet(hexagon)).toEqual(["0,0.5,1", "0,1,0.5", "0.5,0,1", "0.5,1,0", "1,0,0.5", "1,0.5,0"]);
    hexagon.forEach((p, i) => {
      const q = hexagon[(i + 1) % 6];
      expect(Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2])).toBeCloseTo(Math.SQRT1_2, 12);
    });
  });

  it("has no polygon where the plane only touches a corner", () => {
    expect(sliceBox([1, 1, 1], -3, [0, 0, 0], [1, 1, 1])).toEqual([]);
  });

  it("works in boxes of any extent", () => {
    // h₁ = 0 across [−1, 1] × [0, 4] × [−2, 2]: a 4 × 4 rectangle.
    const rectangle = sliceBox([3, 0, 0], 0, [-1, 0, -2], [1, 4, 2]);
    expect(asSet(rectangle)).toEqual(["0,0,-2", "0,0,2", "0,4,-2", "0,4,2"]);
  });
});

describe("one class's side of a line", () => {
  const square = [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ];

  it("keeps the part of the square where c·p + c0 ≥ 0", () => {
    const right = clipPolygon(square, [1, 0], -0.25);
    expect(area(right)).toBeCloseTo(0.75, 12);
    for (const [x] of right) expect(x).toBeGreaterThanOrEqual(0.25);
    expect(area(clipPolygon(square, [-1, 0], 0.25))).toBeCloseTo(0.25, 12);
  });

  it("splits the square in two triangles along the diagonal", () => {
    expect(area(clipPolygon(square, [1, 1], -1))).toBeCloseTo(0.5, 12);
    expect(area(clipPolygon(square, [-1, -1], 1))).toBeCloseTo(0.5, 12);
  });

  it("keeps all of it or none of it when the line misses", () => {
    expect(area(clipPolygon(square, [1, 1], 5))).toBe(1);
    expect(clipPolygon(square, [1, 1], -5)).toEqual([]);
  });
});

describe("the 3-D view's rotation", () => {
  it("shows the first axis to the right, the third up and the second into the screen at the start", () => {
    const R = rotation(0, 0);
    expect(project(R, 1, 0, 0)).toEqual([1, 0]);
    expect(project(R, 0, 0, 1)).toEqual([0, 1]);
    expect(project(R, 0, 1, 0)).toEqual([0, 0]);
  });

  it("turns the second axis to the left by a quarter turn of yaw", () => {
    const R = rotation(Math.PI / 2, 0);
    const [right, up] = project(R, 0, 1, 0);
    expect(right).toBeCloseTo(-1, 15);
    expect(up).toBeCloseTo(0, 15);
    expect(project(R, 0, 0, 1)).toEqual([0, 1]); // the vertical axis stays up
  });

  it("from straight above, the axis into the screen points up and the vertical one at the viewer", () => {
    const R = rotation(0, Math.PI / 2);
    const [right, up] = project(R, 0, 1, 0);
    expect(right).toBeCloseTo(0, 15);
    expect(up).toBeCloseTo(1, 15);
    const [r3, u3] = project(R, 0, 0, 1);
    expect(Math.hypot(r3, u3)).toBeCloseTo(0, 15);
  });

  it("is a rotation: its rows are orthonormal at any angle", () => {
    const R = rotation(0.83, -0.41);
    for (let a = 0; a < 3; a++) {
      for (let b = 0; b < 3; b++) {
        const dot = R[3 * a] * R[3 * b] + R[3 * a + 1] * R[3 * b + 1] + R[3 * a + 2] * R[3 * b + 2];
        expect(dot).toBeCloseTo(a === b ? 1 : 0, 14);
      }
    }
  });
});

describe("the input plane's grid lines", () => {
  it("runs lines of constant x₁, then of constant x₂, across the domain", () => {
    const x = inputGrid({ x1Min: 0, x1Max: 10, x2Min: -1, x2Max: 1 }, 3, 2);
    // biome-ignore format: one grid line per row
    expect([...x]).toEqual([
      0, -1, 0, 1,
      5, -1, 5, 1,
      10, -1, 10, 1,
      0, -1, 10, -1,
      0, 0, 10, 0,
      0, 1, 10, 1,
    ]);
  });
});

describe("the axes' ranges", () => {
  it("are the activation's own range when it is bounded", () => {
    expect(activationRange("tanh")).toEqual([-1, 1]);
    expect(activationRange("sigmoid")).toEqual([0, 1]);
    expect(activationRange("relu")).toBeNull();
    expect(activationRange("linear")).toBeNull();
  });

  it("follow unbounded values with 10 % room, and stay put while the values fill a third of them", () => {
    expect(followRange(null, 0, 10)).toEqual([-1, 11]);
    expect(followRange([-1, 11], 2, 9)).toEqual([-1, 11]);
    const shrunk = followRange([-1, 11], 2, 4);
    expect(shrunk[0]).toBeCloseTo(1.8, 12);
    expect(shrunk[1]).toBeCloseTo(4.2, 12);
    const grown = followRange([-1, 11], 0, 12);
    expect(grown[0]).toBeCloseTo(-1.2, 12);
    expect(grown[1]).toBeCloseTo(13.2, 12);
  });

  it("are never empty, and survive values that are not numbers", () => {
    expect(followRange(null, 0, 0)).toEqual([-1, 1]); // a dead ReLU unit: 0 everywhere
    expect(followRange(null, 3, 3)).toEqual([2, 4]);
    expect(followRange([2, 3], Number.NaN, 1)).toEqual([2, 3]);
    expect(followRange(null, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)).toEqual([-1, 1]);
  });
});
