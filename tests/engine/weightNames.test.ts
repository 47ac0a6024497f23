import { describe, expect, it } from "vitest";
import { createNetwork, parameterCount } from "../../src/engine/network.ts";
import {
  isSettableValue,
  locateValues,
  MAX_WEIGHT,
  parameterByName,
  parameterNames,
} from "../../src/engine/weightNames.ts";

const arch = (H: number) => ({ hiddenUnits: H, activation: "tanh", output: "softmax" }) as const;

describe("parameterByName", () => {
  it("finds w_ij, b1_j, u_jk and b2_k where network.ts stores them (H = 3)", () => {
    const net = createNetwork(arch(3), 7);
    net.params.forEach((_, p) => {
      net.params[p] = p + 0.5; // every parameter a distinct value
    });
    const w23 = parameterByName("w-2-3", 3);
    expect(w23).toEqual({ name: "w-2-3", view: "w", index: 5, offset: 5, i: 2, j: 3, k: null });
    expect(net.w[1 * 3 + 2]).toBe(net.params[w23?.offset ?? -1]);
    const b12 = parameterByName("b1-2", 3);
    expect(b12).toEqual({ name: "b1-2", view: "b1", index: 1, offset: 7, i: null, j: 2, k: null });
    expect(net.b1[1]).toBe(net.params[b12?.offset ?? -1]);
    const u32 = parameterByName("u-3-2", 3);
    expect(u32).toEqual({ name: "u-3-2", view: "u", index: 5, offset: 14, i: null, j: 3, k: 2 });
    expect(net.u[2 * 2 + 1]).toBe(net.params[u32?.offset ?? -1]);
    const b21 = parameterByName("b2-1", 3);
    expect(b21).toEqual({ name: "b2-1", view: "b2", index: 0, offset: 15, i: null, j: null, k: 1 });
    expect(net.b2[0]).toBe(net.params[b21?.offset ?? -1]);
  });

  it("names input → output weights w-I-K with no hidden layer, stored in the u view", () => {
    const w21 = parameterByName("w-2-1", 0);
    expect(w21).toEqual({ name: "w-2-1", view: "u", index: 2, offset: 2, i: 2, j: null, k: 1 });
    expect(parameterByName("b2-2", 0)?.offset).toBe(5);
    expect(parameterByName("u-1-1", 0)).toBeNull();
    expect(parameterByName("b1-1", 0)).toBeNull();
    expect(parameterByName("w-1-3", 0)).toBeNull();
  });

  it("refuses names the network does not have or that are malformed", () => {
    for (const name of [
      "w-3-1",
      "w-1-4",
      "w-0-1",
      "w-1",
      "u-4-1",
      "u-1-3",
      "b1-4",
      "b1-1-1",
      "b2-3",
      "b2-0",
      "x-1-1",
      "w-01-1",
      " w-1-1",
      "w-1-1 ",
      "",
    ]) {
      expect(parameterByName(name, 3), name).toBeNull();
    }
  });
});

describe("parameterNames", () => {
  it.each([0, 1, 3, 64])("lists every parameter once, in params order, for H = %i", (H) => {
    const names = parameterNames(H);
    expect(names.length).toBe(parameterCount(H));
    expect(new Set(names).size).toBe(names.length);
    names.forEach((name, p) => {
      expect(parameterByName(name, H)?.offset, name).toBe(p);
    });
  });

  it("starts with the w layer and ends with the output biases", () => {
    expect(parameterNames(2)).toEqual([
      "w-1-1",
      "w-1-2",
      "w-2-1",
      "w-2-2",
      "b1-1",
      "b1-2",
      "u-1-1",
      "u-1-2",
      "u-2-1",
      "u-2-2",
      "b2-1",
      "b2-2",
    ]);
    expect(parameterNames(0)).toEqual(["w-1-1", "w-1-2", "w-2-1", "w-2-2", "b2-1", "b2-2"]);
  });
});

describe("values set by hand", () => {
  it("accept finite numbers up to a million in size, and nothing else", () => {
    for (const ok of [0, -0, 1.5e-300, MAX_WEIGHT, -1e6, 123456.789])
      expect(isSettableValue(ok), String(ok)).toBe(true);
    for (const bad of [1e6 + 0.5, -2e6, Number.NaN, Number.POSITIVE_INFINITY, "1", null, undefined]) {
      expect(isSettableValue(bad), String(bad)).toBe(false);
    }
  });

  it("are placed at their parameters' offsets, or the first bad one is named in words", () => {
    expect(
      locateValues(
        [
          { name: "u-2-1", value: 0.5 },
          { name: "b2-2", value: -1 },
        ],
        2,
      ),
    ).toEqual({
      ok: true,
      values: [
        { offset: 8, value: 0.5 },
        { offset: 11, value: -1 },
      ],
    });
    const unknown = locateValues([{ name: "u-3-1", value: 0.5 }], 2);
    expect(unknown.ok ? "" : unknown.reason).toBe(
      '"u-3-1" is not a weight of this network (2 hidden units).',
    );
    const huge = locateValues(
      [
        { name: "w-1-1", value: 0 },
        { name: "w-1-2", value: 5e6 },
      ],
      2,
    );
    expect(huge.ok ? "" : huge.reason).toContain("w-1-2 cannot be set to 5000000");
  });
});
