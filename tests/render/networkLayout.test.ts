import { describe, expect, it } from "vitest";
import { MAX_HIDDEN, parameterCount, parameterViews } from "../../src/engine/network.ts";
import { arrowWeight, nearestArrow, networkLayout } from "../../src/render/networkLayout.ts";

describe("the network diagram's layout", () => {
  it("draws one arrow per weight, each weight once, for every hidden size the page offers", () => {
    for (let H = 0; H <= MAX_HIDDEN; H++) {
      const { arrows, units } = networkLayout(H);
      const views = parameterViews(new Float64Array(parameterCount(H)), H);
      const read = arrows.map((a) => `${a.view}[${a.index}]`);
      const weights = [
        ...Array.from(views.w, (_, i) => `w[${i}]`),
        ...Array.from(views.u, (_, i) => `u[${i}]`),
      ];
      expect(read.sort()).toEqual(weights.sort());
      expect(new Set(arrows.map((a) => a.name)).size).toBe(arrows.length);
      expect(units).toHaveLength(H + 4);
    }
  });

  it("joins the units each arrow's name says it joins", () => {
    for (const H of [0, 1, 3, 64]) {
      for (const { name, from, to } of networkLayout(H).arrows) {
        const [, a, b] = name.split("-");
        expect(from.id).toBe(name.startsWith("w") ? `x${a}` : `h${a}`);
        expect(to.id).toBe(name.startsWith("w") && H > 0 ? `h${b}` : `y${b}`);
      }
    }
  });

  it("reads an arrow's value from the engine's view it names", () => {
    const views = { w: Float64Array.of(1, 2, 3, 4, 5, 6), u: Float64Array.of(-1, -2, -3, -4, -5, -6) };
    const byName = new Map(networkLayout(3).arrows.map((a) => [a.name, arrowWeight(a, views)]));
    // Hand-derived: w[i·3 + j] for input i → hidden j, u[j·2 + k] for hidden j → output k (0-based).
    expect(byName.get("w-1-1")).toBe(1);
    expect(byName.get("w-2-1")).toBe(4);
    expect(byName.get("w-2-3")).toBe(6);
    expect(byName.get("u-1-2")).toBe(-2);
    expect(byName.get("u-3-1")).toBe(-5);
    const perceptron = { w: new Float64Array(0), u: Float64Array.of(7, 8, 9, 10) };
    const direct = new Map(networkLayout(0).arrows.map((a) => [a.name, arrowWeight(a, perceptron)]));
    expect(direct).toEqual(
      new Map([
        ["w-1-1", 7],
        ["w-1-2", 8],
        ["w-2-1", 9],
        ["w-2-2", 10],
      ]),
    );
  });
});

describe("picking an arrow by a tap near it", () => {
  const { arrows } = networkLayout(3);
  const named = (name: string) => arrows.findIndex((a) => a.name === name);

  it("picks the arrow whose line passes nearest, anywhere along it", () => {
    const a = arrows[named("u-2-1")];
    const midX = (a.from.x + a.to.x) / 2;
    const midY = (a.from.y + a.to.y) / 2;
    expect(nearestArrow(arrows, midX, midY + 3, 10)).toBe(named("u-2-1"));
    expect(nearestArrow(arrows, a.to.x - 1, a.to.y + 2, 10)).not.toBeNull();
  });

  it("picks nothing farther than its reach from every arrow", () => {
    // the diagram's top-left corner is 35 units from x₁ (30, 18), where its arrows start
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
});
