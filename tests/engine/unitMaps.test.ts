import { describe, expect, it } from "vitest";
import { ACTIVATIONS } from "../../src/engine/activations.ts";
import { createNetwork, maskUnits } from "../../src/engine/network.ts";
import { createUnitMapsWorkspace, evaluateUnitMaps, unitMapSide } from "../../src/engine/unitMaps.ts";

const rect = { x1Min: -1.5, x1Max: 2.5, x2Min: -1.75, x2Max: 2.25 };

/** h_j at the centre of cell (row, col) of a side × side grid over rect, computed directly. */
function hDirect(
  activation: string,
  w1: number,
  w2: number,
  b: number,
  side: number,
  row: number,
  col: number,
) {
  const x1 = rect.x1Min + ((col + 0.5) * (rect.x1Max - rect.x1Min)) / side;
  const x2 = rect.x2Max - ((row + 0.5) * (rect.x2Max - rect.x2Min)) / side;
  const a = w1 * x1 + w2 * x2 + b;
  if (activation === "tanh") return Math.tanh(a);
  if (activation === "sigmoid") return 1 / (1 + Math.exp(-a));
  if (activation === "relu") return Math.max(0, a);
  return a;
}

describe("evaluateUnitMaps", () => {
  it("keeps every frame's maps within 4096 values, 8 to 24 cells a side", () => {
    expect([1, 3, 7, 8, 16, 50, 64].map(unitMapSide)).toEqual([24, 24, 24, 22, 16, 9, 8]);
    for (let H = 1; H <= 64; H++) expect(H * unitMapSide(H) ** 2).toBeLessThanOrEqual(4096);
  });

  it.each(ACTIVATIONS)(
    "gives h_j within scale/127 of its direct value, row 0 at the top (%s, H = 5)",
    (activation) => {
      const net = createNetwork({ hiddenUnits: 5, activation, output: "softmax" }, 2);
      net.b1.set([0.3, -0.2, 0.1, 0.5, -0.4]);
      maskUnits(net, [3]); // a switched-off unit still has its map
      const maps = evaluateUnitMaps(net, rect);
      if (!maps) throw new Error("no maps");
      const side = unitMapSide(5);
      expect(maps.side).toBe(side);
      expect(maps.values).toHaveLength(5 * side * side);
      for (let j = 0; j < 5; j++) {
        let largest = 0;
        for (let row = 0; row < side; row++) {
          for (let col = 0; col < side; col++) {
            const h = hDirect(activation, net.w[j], net.w[5 + j], net.b1[j], side, row, col);
            largest = Math.max(largest, Math.abs(h));
            const shown = (maps.values[(j * side + row) * side + col] * maps.scale[j]) / 127;
            expect(Math.abs(shown - h)).toBeLessThanOrEqual(maps.scale[j] / 127);
          }
        }
        expect(maps.scale[j]).toBeCloseTo(largest, 6);
        expect(Math.max(...maps.values.subarray(j * side * side, (j + 1) * side * side).map(Math.abs))).toBe(
          127,
        );
      }
    },
  );

  it("is null without a hidden layer and reuses its workspace across sizes", () => {
    const ws = createUnitMapsWorkspace();
    expect(
      evaluateUnitMaps(createNetwork({ hiddenUnits: 0, activation: "tanh", output: "softmax" }, 0), rect, ws),
    ).toBeNull();
    const big = evaluateUnitMaps(
      createNetwork({ hiddenUnits: 64, activation: "tanh", output: "softmax" }, 0),
      rect,
      ws,
    );
    expect(big?.values).toHaveLength(64 * 64);
    const small = evaluateUnitMaps(
      createNetwork({ hiddenUnits: 2, activation: "relu", output: "softmax" }, 0),
      rect,
      ws,
    );
    expect(small?.values).toHaveLength(2 * 24 * 24);
    expect(small?.scale).toHaveLength(2);
  });

  it("leaves a unit that is 0 everywhere at 0 with scale 0", () => {
    const net = createNetwork({ hiddenUnits: 2, activation: "linear", output: "softmax" }, 0);
    net.w.set([0, 1, 0, 1]); // unit 1: w = 0, b = 0
    const maps = evaluateUnitMaps(net, rect);
    expect(maps?.scale[0]).toBe(0);
    expect(maps?.values.subarray(0, 24 * 24).every((v) => v === 0)).toBe(true);
    expect(maps?.scale[1]).toBeGreaterThan(0);
  });
});
