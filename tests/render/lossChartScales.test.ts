import { describe, expect, it } from "vitest";
import {
  type ChartDomain,
  chartDomain,
  formatEpochTick,
  formatLossTick,
  sameDomain,
} from "../../src/render/lossChartScales.ts";

/** A history's arrays from [epoch, loss] points. */
function series(points: [number, number][]): { epochs: Float64Array; loss: Float64Array; count: number } {
  return {
    epochs: Float64Array.from(points, ([e]) => e),
    loss: Float64Array.from(points, ([, l]) => l),
    count: points.length,
  };
}

function domainOf(points: [number, number][], log = false, previous: ChartDomain | null = null): ChartDomain {
  const { epochs, loss, count } = series(points);
  return chartDomain(epochs, [loss], count, log, previous);
}

describe("the loss chart's axes", () => {
  it("start at 100 epochs and a loss of 1 with nothing to show", () => {
    expect(domainOf([])).toEqual({ epochMax: 100, lossMin: 0, lossMax: 1, log: false });
    expect(domainOf([], true)).toEqual({ epochMax: 100, lossMin: 0.01, lossMax: 1, log: true });
  });

  it("double the epoch axis until the last epoch fits, and no further", () => {
    expect(domainOf([[100, 0.5]]).epochMax).toBe(100);
    expect(domainOf([[101, 0.5]]).epochMax).toBe(200);
    expect(domainOf([[20000, 0.07]]).epochMax).toBe(25600);
  });

  it("end the linear loss axis at the 1-2-5 step above 1.1 × the largest loss, from 0", () => {
    expect(domainOf([[0, 0.7]])).toMatchObject({ lossMin: 0, lossMax: 1 }); // 0.77 → 1
    expect(domainOf([[0, 0.25]])).toMatchObject({ lossMin: 0, lossMax: 0.5 }); // 0.275 → 0.5
    expect(domainOf([[0, 1.5]])).toMatchObject({ lossMax: 2 }); // 1.65 → 2
    expect(domainOf([[0, 95.2]])).toMatchObject({ lossMax: 200 }); // 104.72 → 200
    expect(domainOf([[0, 0.1]])).toMatchObject({ lossMax: 0.2 }); // 0.11 → 0.2
  });

  it("span whole decades on a log scale", () => {
    expect(
      domainOf(
        [
          [0, 0.7],
          [500, 0.03],
        ],
        true,
      ),
    ).toEqual({
      epochMax: 800,
      lossMin: 0.01,
      lossMax: 1,
      log: true,
    });
    expect(
      domainOf(
        [
          [0, 95.2],
          [1, 0.0004],
        ],
        true,
      ),
    ).toMatchObject({ lossMin: 0.0001, lossMax: 100 });
  });

  it("count the test loss as well as the training loss", () => {
    const { epochs, loss, count } = series([
      [0, 0.7],
      [10, 0.6],
    ]);
    const test = Float64Array.of(0.8, 1.9);
    expect(chartDomain(epochs, [loss, test], count, false, null).lossMax).toBe(5); // 2.09 → 5
  });

  it("ignore losses that are not a positive finite number, and points beyond the count", () => {
    const points: [number, number][] = [
      [0, 0.7],
      [1, Number.NaN],
      [2, Number.POSITIVE_INFINITY],
      [3, 0],
      [4, 1e6],
    ];
    const { epochs, loss } = series(points);
    expect(chartDomain(epochs, [loss], 4, false, null)).toEqual({
      epochMax: 100,
      lossMin: 0,
      lossMax: 1,
      log: false,
    });
    expect(chartDomain(epochs, [loss], 4, true, null)).toMatchObject({ lossMin: 0.1, lossMax: 1 });
  });

  it("keep the previous domain while the points fit in it, so the picture is not redrawn", () => {
    const previous = domainOf([
      [0, 0.7],
      [150, 0.4],
    ]);
    expect(previous).toEqual({ epochMax: 200, lossMin: 0, lossMax: 1, log: false });
    const next = domainOf(
      [
        [0, 0.7],
        [150, 0.4],
        [190, 0.1],
      ],
      false,
      previous,
    );
    expect(next).toEqual(previous);
    expect(sameDomain(previous, next)).toBe(true);
  });

  it("only ever grow from the previous domain as points are added, and always hold every point", () => {
    // A property over a loss that falls steadily with a jump now and then, on both kinds of axis.
    for (const log of [false, true]) {
      let previous: ChartDomain | null = null;
      const points: [number, number][] = [];
      let loss = 0.7;
      let low = Number.POSITIVE_INFINITY;
      let high = 0;
      for (let i = 0; i < 300; i++) {
        loss *= i % 37 === 36 ? 30 : 0.9;
        points.push([i * 13, loss]);
        low = Math.min(low, loss);
        high = Math.max(high, loss);
        const next = domainOf(points, log, previous);
        expect(next.epochMax).toBeGreaterThanOrEqual(i * 13);
        expect(next.lossMax).toBeGreaterThanOrEqual(high);
        expect(next.lossMin).toBeLessThanOrEqual(low);
        if (previous) {
          expect(next.epochMax).toBeGreaterThanOrEqual(previous.epochMax);
          expect(next.lossMax).toBeGreaterThanOrEqual(previous.lossMax);
          expect(next.lossMin).toBeLessThanOrEqual(previous.lossMin);
        }
        previous = next;
      }
    }
  });

  it("start afresh when switching between linear and log", () => {
    const log = domainOf(
      [
        [0, 0.7],
        [10, 0.03],
      ],
      true,
    );
    expect(
      domainOf(
        [
          [0, 0.7],
          [10, 0.03],
        ],
        false,
        log,
      ),
    ).toEqual({
      epochMax: 100,
      lossMin: 0,
      lossMax: 1,
      log: false,
    });
  });

  it("tell a changed domain from the same one", () => {
    const a: ChartDomain = { epochMax: 200, lossMin: 0, lossMax: 1, log: false };
    expect(sameDomain(null, a)).toBe(false);
    expect(sameDomain({ ...a }, a)).toBe(true);
    expect(sameDomain({ ...a, epochMax: 400 }, a)).toBe(false);
    expect(sameDomain({ ...a, lossMin: 0.01 }, a)).toBe(false);
    expect(sameDomain({ ...a, lossMax: 2 }, a)).toBe(false);
    expect(sameDomain({ ...a, log: true }, a)).toBe(false);
  });

  it("label epochs as whole numbers with k from a thousand, and losses as plain numbers", () => {
    expect([0, 20, 500, 1000, 1500, 20000, 1500000].map(formatEpochTick)).toEqual([
      "0",
      "20",
      "500",
      "1k",
      "1.5k",
      "20k",
      "1.5M",
    ]);
    expect([0, 0.2, 0.1 + 0.2, 1, 10, 50, 100, 150, 1000].map(formatLossTick)).toEqual([
      "0",
      "0.2",
      "0.3",
      "1",
      "10",
      "50",
      "100",
      "150",
      "1000",
    ]);
  });
});
