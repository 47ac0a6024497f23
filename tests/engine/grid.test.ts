import { describe, expect, it } from "vitest";
import type { Activation } from "../../src/engine/activations.ts";
import { createWorkspace, trainEpoch } from "../../src/engine/backprop.ts";
import { makeMoons } from "../../src/engine/datasets.ts";
import {
  createGridWorkspace,
  evaluateGrid,
  MIN_DOMAIN_SIDE,
  type Rect,
  squareDomain,
} from "../../src/engine/grid.ts";
import type { Output } from "../../src/engine/losses.ts";
import { createNetwork, type Network, networkFromParams } from "../../src/engine/network.ts";
import { RandomState } from "../../src/engine/random.ts";

const data = makeMoons(200, 0.2, 0);
const rect: Rect = { x1Min: -1.5, x1Max: 2.5, x2Min: -1, x2Max: 1.5 };
const COLS = 64;
const ROWS = 48; // not square, so rows and columns cannot be confused

function exactActivation(kind: Activation, a: number): number {
  switch (kind) {
    case "tanh":
      return Math.tanh(a);
    case "sigmoid":
      return 1 / (1 + Math.exp(-a));
    case "relu":
      return Math.max(a, 0);
    case "linear":
      return a;
  }
}

/** The network at one point with the library's exact functions: its hidden values and P(class 1). */
function exactForward(net: Network, x1: number, x2: number): { h: number[]; a: [number, number]; p: number } {
  const { H, w, b1, u, b2 } = net;
  const h =
    H === 0
      ? [x1, x2]
      : Array.from({ length: H }, (_, j) =>
          exactActivation(net.activation, b1[j] + w[j] * x1 + w[H + j] * x2),
        );
  let a0 = b2[0];
  let a1 = b2[1];
  h.forEach((hj, j) => {
    a0 += u[2 * j] * hj;
    a1 += u[2 * j + 1] * hj;
  });
  if (net.output === "softmax") return { h, a: [a0, a1], p: 1 / (1 + Math.exp(a0 - a1)) };
  const y0 = 1 / (1 + Math.exp(-a0));
  const y1 = 1 / (1 + Math.exp(-a1));
  return { h, a: [a0, a1], p: y1 / (y0 + y1) };
}

/** The centre of cell (row, col), row 0 at the top of the rectangle. */
function cellCentre(row: number, col: number): [number, number] {
  const x1 = rect.x1Min + ((col + 0.5) * (rect.x1Max - rect.x1Min)) / COLS;
  const x2 = rect.x2Max - ((row + 0.5) * (rect.x2Max - rect.x2Min)) / ROWS;
  return [x1, x2];
}

function trained(H: number, activation: Activation, output: Output, passes: number): Network {
  const net = createNetwork({ hiddenUnits: H, activation, output }, 0);
  const ws = createWorkspace(net, data.n);
  const rng = new RandomState(0);
  for (let i = 0; i < passes; i++) trainEpoch(net, ws, data, { eps: 0.01, lambda: 0.01, batchSize: 0 }, rng);
  return net;
}

/** The largest |grid value − exact value| over the grid, for P and for every hidden map. */
function gridErrors(net: Network): { p: number; hidden: number } {
  const out = new Float32Array(COLS * ROWS);
  const maps = new Float32Array(net.H * COLS * ROWS);
  evaluateGrid(net, rect, COLS, ROWS, out, createGridWorkspace(), maps);
  let p = 0;
  let hidden = 0;
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++) {
      const exact = exactForward(net, ...cellCentre(r, c));
      p = Math.max(p, Math.abs(out[r * COLS + c] - exact.p));
      for (let j = 0; j < net.H; j++) {
        hidden = Math.max(hidden, Math.abs(maps[j * COLS * ROWS + r * COLS + c] - exact.h[j]));
      }
    }
  }
  return { p, hidden };
}

describe("evaluateGrid, the decision-region picture", () => {
  it.each([
    { H: 3, passes: 3000 },
    { H: 50, passes: 1000 },
  ])(
    "draws P(class 1) of the trained article network with $H units within 10⁻⁴ everywhere",
    ({ H, passes }) => {
      // the display tanh moves P by at most 10⁻⁴ by design; Float32 storage adds ≤ 3·10⁻⁸
      expect(gridErrors(trained(H, "tanh", "softmax", passes)).p).toBeLessThanOrEqual(1e-4);
    },
  );

  it.each([
    ["tanh", "sigmoid"],
    ["sigmoid", "sigmoid"],
    ["sigmoid", "softmax"],
    ["relu", "softmax"],
    ["linear", "sigmoid"],
  ] as const)(
    "draws %s hidden units with %s outputs within 10⁻⁴ of the exact network",
    (activation, output) => {
      expect(gridErrors(trained(5, activation, output, 500)).p).toBeLessThanOrEqual(1e-4);
    },
  );

  it("stays exact where large output weights would magnify the display approximation", () => {
    // Output weights of ~10⁴ turn the display tanh's 3·10⁻⁸ into ~10⁻³ of P at the decision boundary:
    // put the boundary through one cell's centre and check P there, where it is most sensitive
    const net = trained(3, "tanh", "softmax", 500);
    for (let i = 0; i < net.u.length; i++) net.u[i] *= 1e4;
    const [row, col] = [20, 30];
    const [a0, a1] = exactForward(net, ...cellCentre(row, col)).a;
    net.b2[1] -= a1 - a0; // now P = ½ at that centre
    const out = new Float32Array(COLS * ROWS);
    evaluateGrid(net, rect, COLS, ROWS, out, createGridWorkspace());
    expect(exactForward(net, ...cellCentre(row, col)).p).toBeCloseTo(0.5, 9);
    expect(Math.abs(out[row * COLS + col] - 0.5)).toBeLessThanOrEqual(1e-4);
    expect(gridErrors(net).p).toBeLessThanOrEqual(1e-4);
  });

  it("puts row 0 at the top of the rectangle (largest x₂), as an image is laid out", () => {
    // logistic regression whose P(class 1) = σ(x₂) grows upward and does not depend on x₁
    const net = networkFromParams(
      { hiddenUnits: 0, activation: "tanh", output: "softmax" },
      [0, 0, 0, 1, 0, 0],
    );
    const out = new Float32Array(COLS * ROWS);
    evaluateGrid(net, rect, COLS, ROWS, out, createGridWorkspace());
    expect(out[0]).toBeCloseTo(1 / (1 + Math.exp(-cellCentre(0, 0)[1])), 6);
    expect(out[0]).toBeGreaterThan(out[(ROWS - 1) * COLS]);
    for (let r = 1; r < ROWS; r++) expect(out[r * COLS]).toBeLessThan(out[(r - 1) * COLS]);
    for (let c = 1; c < COLS; c++) expect(out[c]).toBe(out[0]);
  });

  it("writes each hidden unit's value h_j into its own map", () => {
    for (const activation of ["tanh", "sigmoid", "relu"] as const) {
      expect(gridErrors(trained(4, activation, "softmax", 300)).hidden).toBeLessThanOrEqual(1e-6);
    }
  });

  it("works without a hidden layer (H = 0), and leaves hidden maps alone", () => {
    const net = trained(0, "tanh", "softmax", 300);
    expect(gridErrors(net).p).toBeLessThanOrEqual(1e-6);
    const maps = new Float32Array(4).fill(7);
    evaluateGrid(net, rect, 2, 2, new Float32Array(4), createGridWorkspace(), maps);
    expect(Array.from(maps)).toEqual([7, 7, 7, 7]);
  });

  it("keeps its buffers in the workspace it is given: other grids and other workspaces change no picture", () => {
    const net = trained(3, "tanh", "softmax", 300);
    const wide = trained(20, "relu", "softmax", 100);
    const ws = createGridWorkspace();
    const first = new Float32Array(COLS * ROWS);
    evaluateGrid(net, rect, COLS, ROWS, first, ws);
    const other = createGridWorkspace();
    evaluateGrid(wide, rect, 200, 3, new Float32Array(600), other); // interleaved with another caller
    evaluateGrid(wide, rect, 7, 5, new Float32Array(35), ws); // and a smaller grid of a wider network
    const again = new Float32Array(COLS * ROWS);
    evaluateGrid(net, rect, COLS, ROWS, again, ws);
    expect(again).toEqual(first);
    const fresh = new Float32Array(COLS * ROWS);
    evaluateGrid(net, rect, COLS, ROWS, fresh, other);
    expect(fresh).toEqual(first);
  });
});

describe("squareDomain, the part of the plane to draw", () => {
  it("is a square around every point, padded, with the data centred", () => {
    const d = squareDomain([data], 0.1);
    expect(d.x1Max - d.x1Min).toBeCloseTo(d.x2Max - d.x2Min, 12);
    for (let r = 0; r < data.n; r++) {
      expect(data.x[2 * r]).toBeGreaterThan(d.x1Min);
      expect(data.x[2 * r]).toBeLessThan(d.x1Max);
      expect(data.x[2 * r + 1]).toBeGreaterThan(d.x2Min);
      expect(data.x[2 * r + 1]).toBeLessThan(d.x2Max);
    }
    const xs = Array.from(data.x).filter((_, k) => k % 2 === 0);
    expect((d.x1Min + d.x1Max) / 2).toBeCloseTo((Math.min(...xs) + Math.max(...xs)) / 2, 12);
  });

  it("covers the test set too, and falls back to the narrowest square at the origin without points", () => {
    const far = { n: 1, x: Float64Array.of(10, -10) };
    const d = squareDomain([data, far]);
    expect(d.x1Max).toBeGreaterThan(10);
    expect(d.x2Min).toBeLessThan(-10);
    expect(squareDomain([])).toEqual({ x1Min: -2, x1Max: 2, x2Min: -2, x2Max: 2 });
  });

  it("leaves the default moons' view as it was: the bounding box's larger side plus 10 % on each edge", () => {
    const xs = Array.from(data.x).filter((_, k) => k % 2 === 0);
    const ys = Array.from(data.x).filter((_, k) => k % 2 === 1);
    const [x1Min, x1Max, x2Min, x2Max] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const half = (Math.max(x1Max - x1Min, x2Max - x2Min) * 1.2) / 2;
    const d = squareDomain([data]);
    expect(2 * half).toBeGreaterThan(MIN_DOMAIN_SIDE);
    expect(d.x1Min).toBeCloseTo((x1Min + x1Max) / 2 - half, 12);
    expect(d.x1Max).toBeCloseTo((x1Min + x1Max) / 2 + half, 12);
    expect(d.x2Min).toBeCloseTo((x2Min + x2Max) / 2 - half, 12);
    expect(d.x2Max).toBeCloseTo((x2Min + x2Max) / 2 + half, 12);
  });

  // The article's view of the moons: its plot pads the data by 0.5 on each side of the noise-free moons'
  // x₁ range [−1, 2], so it is 4 wide
  const articleSide = 3 + 2 * 0.5;

  it("draws one point (#samples=1) in a square as wide as the article's view of the moons, centred on it", () => {
    const one = makeMoons(1, 0.2, 0);
    const [x1, x2] = one.x;
    const d = squareDomain([one, { n: 0, x: new Float64Array(0) }]);
    expect(MIN_DOMAIN_SIDE).toBe(articleSide);
    expect(d.x1Min).toBeCloseTo(x1 - 2, 12);
    expect(d.x1Max).toBeCloseTo(x1 + 2, 12);
    expect(d.x2Min).toBeCloseTo(x2 - 2, 12);
    expect(d.x2Max).toBeCloseTo(x2 + 2, 12);
  });

  it("draws points that are all equal in that square around them", () => {
    const same = { n: 5, x: new Float64Array(10).fill(0.3528104686) };
    expect(squareDomain([same])).toEqual({
      x1Min: 0.3528104686 - 2,
      x1Max: 0.3528104686 + 2,
      x2Min: 0.3528104686 - 2,
      x2Max: 0.3528104686 + 2,
    });
  });

  it("widens a narrow set (one class only, a thin line) to that square, centred on its bounding box", () => {
    const line = { n: 3, x: Float64Array.of(-0.5, 1, 0, 1, 0.5, 1) }; // 1 wide, 0 tall
    expect(squareDomain([line])).toEqual({ x1Min: -2, x1Max: 2, x2Min: -1, x2Max: 3 });
    const rows = Array.from({ length: data.n }, (_, r) => r).filter((r) => data.t[r] === 1);
    const class1 = {
      n: 3,
      x: Float64Array.from(rows.slice(0, 3).flatMap((r) => [data.x[2 * r], data.x[2 * r + 1]])),
    };
    const d = squareDomain([class1]);
    expect(d.x1Max - d.x1Min).toBeCloseTo(articleSide, 12);
    expect(d.x2Max - d.x2Min).toBeCloseTo(articleSide, 12);
  });
});
