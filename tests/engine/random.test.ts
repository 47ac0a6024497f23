import { describe, expect, it } from "vitest";
import { isValidSeed, MAX_SEED, RandomState } from "../../src/engine/random.ts";
import fixture from "../fixtures/random.json";

/** Draw `count` values with `draw` from a fresh stream. */
function draws(seed: number, count: number, draw: (rng: RandomState) => number): number[] {
  const rng = new RandomState(seed);
  return Array.from({ length: count }, () => draw(rng));
}

describe("RandomState, numpy's legacy stream", () => {
  it("gives the article's seed-0 test vectors", () => {
    expect(draws(0, 3, (rng) => rng.nextUint32())).toEqual([2357136044, 2546248239, 3071714933]);
    expect(draws(0, 2, (rng) => rng.random())).toEqual([0.5488135039273248, 0.7151893663724195]);
    expect(Array.from(new RandomState(0).randn(3))).toEqual([
      1.764052345967664, 0.4001572083672233, 0.9787379841057392,
    ]);
    expect(Array.from(new RandomState(0).permutation(10))).toEqual([2, 8, 4, 9, 1, 6, 7, 3, 0, 5]);
  });

  describe.each(fixture.cases)("matches numpy draw for draw with seed $seed", (c) => {
    it("gives the raw 32-bit outputs", () => {
      expect(draws(c.seed, 8, (rng) => rng.nextUint32())).toEqual(c.u32);
    });

    it("gives the raw outputs across the second twist of the state", () => {
      const rng = new RandomState(c.seed);
      for (let i = 0; i < 1244; i++) rng.nextUint32();
      expect(draws(0, 8, () => rng.nextUint32())).toEqual(c.u32At1244);
    });

    it("gives random_sample's doubles", () => {
      expect(draws(c.seed, 6, (rng) => rng.random())).toEqual(c.random);
    });

    it("gives randn's Gaussians, the second of each pair from the cache", () => {
      expect(Array.from(new RandomState(c.seed).randn(9))).toEqual(c.randn);
    });

    it("gives permutation(10) and permutation(37)", () => {
      expect(Array.from(new RandomState(c.seed).permutation(10))).toEqual(c.permutation10);
      expect(Array.from(new RandomState(c.seed).permutation(37))).toEqual(c.permutation37);
    });

    it("gives uniform(−1, 1)", () => {
      expect(draws(c.seed, 5, (rng) => rng.uniform(-1, 1))).toEqual(c.uniform);
    });

    it("shuffles arange(17) in place as numpy does", () => {
      const a = Array.from({ length: 17 }, (_, i) => i);
      new RandomState(c.seed).shuffle(a);
      expect(a).toEqual(c.shuffle17);
    });
  });

  it("accepts exactly the seeds numpy accepts", () => {
    for (const seed of [0, 1, 12345, MAX_SEED]) expect(isValidSeed(seed)).toBe(true);
    for (const seed of [-1, 0.5, MAX_SEED + 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(isValidSeed(seed)).toBe(false);
      expect(() => new RandomState(seed)).toThrow(RangeError);
      expect(() => new RandomState(0).seed(seed)).toThrow(RangeError);
    }
  });

  it("reseeding starts the stream over and forgets the cached Gaussian", () => {
    const rng = new RandomState(7);
    rng.gauss(); // leaves the pair's second value cached
    rng.seed(0);
    expect(Array.from(rng.randn(3))).toEqual([1.764052345967664, 0.4001572083672233, 0.9787379841057392]);
  });

  it("resumes identically from a snapshot, including the cached Gaussian", () => {
    const rng = new RandomState(12345);
    for (let i = 0; i < 700; i++) rng.nextUint32(); // past the first twist
    rng.gauss(); // a Gaussian is cached now
    const snapshot = rng.snapshot();
    const next = () => [rng.gauss(), rng.random(), rng.interval(1000), rng.nextUint32(), ...rng.randn(5)];
    const expected = next();
    for (let i = 0; i < 2000; i++) rng.nextUint32(); // move on, then rewind
    rng.restore(snapshot);
    expect(next()).toEqual(expected);
    const other = new RandomState(0);
    other.restore(snapshot);
    rng.restore(snapshot);
    expect(draws(0, 1000, () => other.nextUint32())).toEqual(draws(0, 1000, () => rng.nextUint32()));
  });

  it("keeps snapshots independent of the stream that made them", () => {
    const rng = new RandomState(1);
    const snapshot = rng.snapshot();
    const first = rng.nextUint32();
    for (let i = 0; i < 1000; i++) rng.nextUint32();
    rng.restore(snapshot);
    expect(rng.nextUint32()).toBe(first);
  });

  it("draws bounded integers in [0, max], each value reachable", () => {
    const rng = new RandomState(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = rng.interval(6);
      expect(Number.isInteger(v) && v >= 0 && v <= 6).toBe(true);
      seen.add(v);
    }
    expect(seen.size).toBe(7);
    expect(rng.interval(0)).toBe(0);
  });
});
