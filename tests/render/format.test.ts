import { describe, expect, it } from "vitest";
import {
  formatAccuracy,
  formatCount,
  formatLoss,
  formatSetting,
  formatWeight,
  MISSING,
} from "../../src/render/format.ts";

const NOTHING = [Number.NaN, null, undefined, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

describe("number formats on the page", () => {
  it("write nothing to show as an em dash", () => {
    expect(MISSING).toBe("—");
  });

  // Expected texts: Python's "%.6f" % loss, as the article prints its losses.
  it.each([
    [0.0689471234, "0.068947"],
    [Math.LN2, "0.693147"],
    [0.0712, "0.071200"],
    [0, "0.000000"],
    [95.2, "95.200000"],
    [1234.5678915, "1234.567892"],
  ])("print the loss %f to six decimals as the article does: %s", (loss, text) => {
    expect(formatLoss(loss)).toBe(text);
  });

  it.each(NOTHING)("print a loss of %s as —", (loss) => {
    expect(formatLoss(loss)).toBe("—");
  });

  it.each([
    [0.975, "0.975"],
    [1, "1"],
    [0, "0"],
    [0.5, "0.5"],
    [0.9714285714285714, "0.971"],
    [0.8666666666666667, "0.867"],
    [0.9996, "1"],
  ])("print the accuracy %f as a plain fraction with up to three decimals: %s", (accuracy, text) => {
    expect(formatAccuracy(accuracy)).toBe(text);
  });

  it.each(NOTHING)("print an accuracy of %s as —", (accuracy) => {
    expect(formatAccuracy(accuracy)).toBe("—");
  });

  it.each([
    [0, "0"],
    [1234, "1234"],
    [10523.7, "10524"],
    [0.4, "0"],
    [20000, "20000"],
  ])("print the count %f as a whole number: %s", (count, text) => {
    expect(formatCount(count)).toBe(text);
  });

  it.each(NOTHING)("print a count of %s as —", (count) => {
    expect(formatCount(count)).toBe("—");
  });

  it("print a weight for a tooltip to four significant digits, and never as NaN", () => {
    expect(formatWeight(1.2473733762017727)).toBe("1.247");
    expect(formatWeight(-0.08738612495446614)).toBe("-0.08739");
    expect(formatWeight(Number.NaN)).toBe("not a number");
    expect(formatWeight(Number.POSITIVE_INFINITY)).toBe("not a number");
  });

  it.each([
    [0, "0"],
    [0.01, "0.01"],
    [0.0001, "0.0001"],
    [0.03, "0.03"],
    [1 / 3, "0.3333"],
    [2.5, "2.5"],
    [10, "10"],
    [5000, "5000"],
    [123456, "123500"],
    [-0.5, "-0.5"],
    [0.00005, "5.00e-5"],
    [2.5e-7, "2.50e-7"],
    [1e6, "1.00e+6"],
  ])(
    "print the setting %f as %s: at most four significant digits, an exponent only far from 1",
    (value, text) => {
      expect(formatSetting(value)).toBe(text);
    },
  );
});
