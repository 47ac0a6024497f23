/**
 * The pool's arithmetic: panels balanced over workers by cost, against assignments worked out by hand and,
 * for many small generated cases, against the best assignment found by trying them all.
 */
import { describe, expect, it } from "vitest";
import { balance, MAX_WORKERS, panelCost, workerCount } from "../../src/worker/pool.ts";

const totals = (costs: number[], assignment: number[][]) =>
  assignment.map((panels) => panels.reduce((sum, i) => sum + costs[i], 0));

/** The smallest possible largest total, by trying every assignment of panels to workers. */
function optimum(costs: number[], workers: number): number {
  let best = Number.POSITIVE_INFINITY;
  const sums = new Array<number>(workers).fill(0);
  const place = (i: number) => {
    if (i === costs.length) {
      best = Math.min(best, Math.max(...sums));
      return;
    }
    for (let w = 0; w < workers; w++) {
      sums[w] += costs[i];
      place(i + 1);
      sums[w] -= costs[i];
    }
  };
  place(0);
  return best;
}

/** A small seeded generator (Park–Miller), so the cases are the same on every run. */
function generator(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 48271) % 2147483647;
    return state % below;
  };
}

describe("balancing panels over workers", () => {
  it("costs a panel (H + 1) times its training examples", () => {
    expect(panelCost(0, 200)).toBe(200);
    expect(panelCost(3, 200)).toBe(800);
    expect(panelCost(50, 150)).toBe(7650);
  });

  it("puts Figure 4's H = 50 alone on one of two workers and the seven others on the other", () => {
    const sizes = [0, 1, 2, 3, 4, 5, 20, 50];
    const costs = sizes.map((H) => panelCost(H, 200) / 200); // 1, 2, 3, 4, 5, 6, 21, 51
    const assignment = balance(costs, 2);
    expect(assignment).toEqual([[7], [0, 1, 2, 3, 4, 5, 6]]);
    expect(totals(costs, assignment)).toEqual([51, 42]);
  });

  it("gives each panel its own worker when there are workers enough, the rest none", () => {
    expect(balance([5, 1, 3], 4)).toEqual([[0], [2], [1], []]);
    expect(balance([], 2)).toEqual([[], []]);
    expect(balance([4, 2, 7], 1)).toEqual([[0, 1, 2]]);
  });

  it("breaks ties by panel index and then by worker, so the same panels always land alike", () => {
    expect(balance([1, 1, 1, 1], 2)).toEqual([
      [0, 2],
      [1, 3],
    ]);
    const costs = [6, 2, 6, 3, 3, 2, 1];
    expect(balance(costs, 3)).toEqual(balance([...costs], 3));
    expect(costs).toEqual([6, 2, 6, 3, 3, 2, 1]);
  });

  it("is the longest-first rule, not the best: 3, 3, 2, 2, 2 on two workers makes 7 where 6 is possible", () => {
    const costs = [3, 3, 2, 2, 2];
    const assignment = balance(costs, 2);
    expect(assignment).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
    expect(Math.max(...totals(costs, assignment))).toBe(7);
    expect(optimum(costs, 2)).toBe(6);
  });

  it("assigns every panel once and stays within Graham's bound (4/3 − 1/(3m)) of the best", () => {
    const next = generator(2024);
    for (let round = 0; round < 300; round++) {
      const workers = 1 + next(3);
      const costs = Array.from({ length: 1 + next(8) }, () => next(60));
      const assignment = balance(costs, workers);
      expect(assignment.length).toBe(workers);
      const flat = assignment.flat();
      expect([...flat].sort((a, b) => a - b)).toEqual(costs.map((_, i) => i));
      for (const panels of assignment) expect(panels).toEqual([...panels].sort((a, b) => a - b));
      const largest = Math.max(...totals(costs, assignment));
      const best = optimum(costs, workers);
      expect(largest).toBeGreaterThanOrEqual(best);
      // largest ≤ (4/3 − 1/(3m)) · best, in whole numbers
      expect(3 * workers * largest, `costs ${costs} on ${workers}`).toBeLessThanOrEqual(
        (4 * workers - 1) * best,
      );
    }
  });

  it("refuses no workers and costs that are not numbers ≥ 0", () => {
    expect(() => balance([1], 0)).toThrow(RangeError);
    expect(() => balance([1], 1.5)).toThrow(RangeError);
    expect(() => balance([1, -1], 2)).toThrow(RangeError);
    expect(() => balance([Number.NaN], 2)).toThrow(RangeError);
  });
});

describe("how many workers", () => {
  it("starts one per core, at least one and at most four", () => {
    expect(MAX_WORKERS).toBe(4);
    expect([1, 2, 3, 4, 8, 64].map(workerCount)).toEqual([1, 2, 3, 4, 4, 4]);
  });

  it("starts one when the browser does not say how many cores there are", () => {
    expect([undefined, 0, -2, Number.NaN, Number.POSITIVE_INFINITY].map(workerCount)).toEqual([
      1, 1, 1, 1, 1,
    ]);
    expect(workerCount(2.5)).toBe(2);
  });
});
