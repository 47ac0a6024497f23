import { describe, expect, it } from "vitest";
import { MAX_HIDDEN, parameterCount } from "../../src/engine/network.ts";
import { parameterNames } from "../../src/engine/weightNames.ts";
import {
  COMPACT_ABOVE,
  DIAGRAM_HEIGHT,
  DIAGRAM_WIDTH,
  nearestArrow,
  nearestUnit,
  networkLayout,
  strongestArrows,
  symbolName,
  unitSymbol,
} from "../../src/render/networkLayout.ts";

describe("the network diagram's layout", () => {
  it("draws every parameter once: 2H + 2H weights (4 without a hidden layer) and H + 2 biases", () => {
    for (let H = 0; H <= MAX_HIDDEN; H++) {
      const { arrows, biases } = networkLayout(H);
      expect(arrows).toHaveLength(H === 0 ? 4 : 4 * H);
      expect(biases).toHaveLength(H + 2);
      expect([...arrows, ...biases].map((a) => a.offset).sort((a, b) => a - b)).toEqual(
        Array.from({ length: parameterCount(H) }, (_, p) => p),
      );
      expect([...arrows, ...biases].map((a) => a.name).sort()).toEqual(parameterNames(H).sort());
    }
  });

  it("joins the units each arrow's name says it joins, biases coming from a +1 node", () => {
    for (const H of [0, 1, 3, 64]) {
      const { arrows, biases } = networkLayout(H);
      for (const { name, from, to, unit } of arrows) {
        const [, a, b] = name.split("-");
        expect(from.id).toBe(name.startsWith("w") ? `x${a}` : `h${a}`);
        expect(to.id).toBe(name.startsWith("w") && H > 0 ? `h${b}` : `y${b}`);
        expect(unit).toBe(H === 0 ? null : Number(name.startsWith("w") ? b : a));
      }
      for (const { name, from, to, bias } of biases) {
        expect(bias).toBe(true);
        expect(from.kind).toBe("bias");
        expect(from.label).toBe("+1");
        const [family, n] = name.split("-");
        expect(to.id).toBe(family === "b1" ? `h${n}` : `y${n}`);
      }
    }
  });

  it("finds each parameter where the engine keeps it: w[i·H + j], u[j·2 + k], and after w, b1, u the b2", () => {
    const byName = new Map(
      [...networkLayout(3).arrows, ...networkLayout(3).biases].map((a) => [a.name, a.offset]),
    );
    // Hand-derived for H = 3: params = [w (6) | b1 (3) | u (6) | b2 (2)].
    expect(byName.get("w-1-1")).toBe(0);
    expect(byName.get("w-2-3")).toBe(5);
    expect(byName.get("b1-2")).toBe(7);
    expect(byName.get("u-1-2")).toBe(10);
    expect(byName.get("u-3-1")).toBe(13);
    expect(byName.get("b2-2")).toBe(16);
    // H = 0: the engine's u holds input i → output k at u[i·2 + k], then b2.
    const direct = new Map(
      [...networkLayout(0).arrows, ...networkLayout(0).biases].map((a) => [a.name, a.offset]),
    );
    expect(direct).toEqual(
      new Map([
        ["w-1-1", 0],
        ["w-1-2", 1],
        ["w-2-1", 2],
        ["w-2-2", 3],
        ["b2-1", 4],
        ["b2-2", 5],
      ]),
    );
  });

  it("turns compact past 16 hidden units, keeping every unit inside the box and apart from the next", () => {
    expect(networkLayout(COMPACT_ABOVE).compact).toBe(false);
    expect(networkLayout(COMPACT_ABOVE + 1).compact).toBe(true);
    for (const H of [1, 3, 16, 17, 50, 64]) {
      const layout = networkLayout(H);
      for (const u of layout.units) {
        expect(u.x).toBeGreaterThanOrEqual(10);
        expect(u.x).toBeLessThanOrEqual(DIAGRAM_WIDTH - 10);
        expect(u.y).toBeGreaterThanOrEqual(10);
        expect(u.y).toBeLessThanOrEqual(DIAGRAM_HEIGHT - 10);
      }
      const hidden = layout.units.filter((u) => u.kind === "hidden").map((u) => u.y);
      for (let j = 1; j < hidden.length; j++) {
        // each unit's shape (half-height hiddenSize) ends before the next one's begins
        expect(hidden[j] - hidden[j - 1]).toBeGreaterThan(2 * layout.hiddenSize);
      }
      const bias = layout.units.find((u) => u.id === "b2");
      expect(bias && bias.y - hidden[hidden.length - 1]).toBeGreaterThan(layout.hiddenSize + 7);
    }
  });

  it("names the layers w and u above the arrows between them", () => {
    expect(networkLayout(3).layerLabels.map((l) => l.text)).toEqual(["w", "u"]);
    expect(networkLayout(0).layerLabels.map((l) => l.text)).toEqual(["w"]);
  });
});

describe("picking in the diagram", () => {
  const layout = networkLayout(3);
  const { arrows } = layout;
  const named = (name: string) => arrows.findIndex((a) => a.name === name);

  it("picks the arrow whose line passes nearest, anywhere along it", () => {
    const a = arrows[named("u-2-1")];
    const midX = (a.from.x + a.to.x) / 2;
    const midY = (a.from.y + a.to.y) / 2;
    expect(nearestArrow(arrows, midX, midY + 3, 10)).toBe(named("u-2-1"));
    expect(nearestArrow(arrows, a.to.x - 1, a.to.y + 2, 10)).not.toBeNull();
  });

  it("picks no arrow farther than its reach from every arrow", () => {
    // the top-left corner is 36 units from x₁ (30, 20), where the nearest arrows start
    expect(nearestArrow(arrows, 0, 0, 10)).toBeNull();
    expect(nearestArrow([], 10, 10, 10)).toBeNull();
  });

  it("measures to the end of a segment, not to the line beyond it", () => {
    const only = [arrows[named("w-1-1")]];
    const { from, to } = only[0];
    // continue the line 20 units past its end: on the infinite line, but 20 from the segment
    const length = Math.hypot(to.x - from.x, to.y - from.y);
    const beyond = { x: to.x + (20 * (to.x - from.x)) / length, y: to.y + (20 * (to.y - from.y)) / length };
    expect(nearestArrow(only, beyond.x, beyond.y, 10)).toBeNull();
    expect(nearestArrow(only, beyond.x, beyond.y, 21)).toBe(0);
  });

  it("picks the hidden unit nearest in height on the hidden column, and none off it", () => {
    const big = networkLayout(64);
    const y = (j: number) => big.units.find((u) => u.id === `h${j}`)?.y ?? Number.NaN;
    expect(nearestUnit(big, big.hiddenX, y(17), 7)).toBe(17);
    // a third of the way to the next unit is still this one; two thirds is the next
    const step = y(2) - y(1);
    expect(nearestUnit(big, big.hiddenX + 6, y(40) + step / 3, 7)).toBe(40);
    expect(nearestUnit(big, big.hiddenX - 6, y(40) + (2 * step) / 3, 7)).toBe(41);
    expect(nearestUnit(big, big.hiddenX, y(64) + step / 4, 7)).toBe(64);
    expect(nearestUnit(big, big.hiddenX + 8, y(17), 7)).toBeNull();
    expect(nearestUnit(big, big.hiddenX, y(1) - step, 7)).toBeNull();
    expect(nearestUnit(big, big.hiddenX, y(64) + step, 7)).toBeNull();
    expect(nearestUnit(layout, layout.hiddenX, layout.units.find((u) => u.id === "h3")?.y ?? 0, 9)).toBe(3);
    expect(nearestUnit(networkLayout(0), 150, 110, 9)).toBeNull();
  });
});

describe("the strongest arrows", () => {
  it("are the largest by absolute value, whatever their sign", () => {
    const { arrows } = networkLayout(3);
    const params = new Float64Array(parameterCount(3));
    params.set([0.1, -5, 0.3, 2, 0, 0]); // w
    params.set([1, -3, 0.5, 0, 0, 4], 9); // u
    const strong = [...strongestArrows(arrows, params, 3)].map((i) => arrows[i].name).sort();
    expect(strong).toEqual(["u-1-2", "u-3-2", "w-1-2"]);
  });

  it("put a NaN last", () => {
    const { arrows } = networkLayout(1);
    const params = Float64Array.of(Number.NaN, 0.5, 0, 0.25, -1, 0, 0);
    const strong = [...strongestArrows(arrows, params, 3)].map((i) => arrows[i].name).sort();
    expect(strong).toEqual(["u-1-1", "u-1-2", "w-2-1"]);
  });
});

describe("the article's notation", () => {
  it("writes indices as subscripts, with a comma once one has two digits", () => {
    expect(symbolName("w-1-2")).toBe("w₁₂");
    expect(symbolName("u-3-1")).toBe("u₃₁");
    expect(symbolName("w-2-64")).toBe("w₂,₆₄");
    expect(symbolName("b1-2")).toBe("b1₂");
    expect(symbolName("b2-1")).toBe("b2₁");
    expect(unitSymbol("h12")).toBe("h₁₂");
    expect(unitSymbol("x1")).toBe("x₁");
  });
});
