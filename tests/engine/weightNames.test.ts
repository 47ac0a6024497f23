import { describe, expect, it } from "vitest";
import { createNetwork, parameterCount } from "../../src/engine/network.ts";
import { parameterByName, parameterNames } from "../../src/engine/weightNames.ts";

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
