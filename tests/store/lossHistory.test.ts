import { describe, expect, it } from "vitest";
import { HISTORY_LIMIT, LossHistory } from "../../src/store/lossHistory.ts";

describe("the loss history", () => {
  it("keeps every point of a short run", () => {
    const h = new LossHistory();
    for (let e = 0; e < 10; e++) h.push(e, 1 / (e + 1), null);
    expect(h.count).toBe(10);
    expect(Array.from(h.train.subarray(0, 3))).toEqual([1, 0.5, 1 / 3]);
    expect(Number.isNaN(h.test[0])).toBe(true);
  });

  it("stays within its limit over millions of epochs, keeping the start and the order", () => {
    const h = new LossHistory();
    for (let e = 0; e < 3_000_000; e += 7) h.push(e, 1 / (e + 1), 2 / (e + 1));
    expect(h.count).toBeLessThanOrEqual(HISTORY_LIMIT);
    expect(h.count).toBeGreaterThan(HISTORY_LIMIT / 2);
    expect(h.epochs[0]).toBe(0);
    for (let i = 1; i < h.count; i++) expect(h.epochs[i]).toBeGreaterThan(h.epochs[i - 1]);
    expect(h.epochs[h.count - 1]).toBeGreaterThan(2_900_000);
    expect(h.thinnings).toBeGreaterThan(5);
    expect(h.stride).toBe(2 ** h.thinnings);
  });

  it("skips points closer than its stride to the last one", () => {
    const h = new LossHistory();
    h.stride = 10;
    expect(h.push(0, 1, null)).toBe(true);
    expect(h.push(5, 1, null)).toBe(false);
    expect(h.push(10, 1, null)).toBe(true);
  });
});
