import { describe, expect, it } from "vitest";
import { translate } from "../../src/i18n/translate.ts";
import { CONTROL_GROUPS, type RunSettings, SETTINGS, SPEED } from "../../src/settings/schema.ts";
import { evenSteps, nearestStop, oneTwoFive } from "../../src/settings/stops.ts";

const NUMBER_CONTROLS = CONTROL_GROUPS.flatMap((g) => g.controls).filter(
  (id): id is keyof RunSettings => id !== "speed" && SETTINGS[id].kind !== "choice",
);

function numericSpec(name: keyof RunSettings) {
  const spec = SETTINGS[name];
  if (spec.kind === "choice") throw new Error(`${name} is a choice`);
  return spec;
}

/** Whether x is 1, 2 or 5 times a power of ten, written exactly as such (no 0.30000000000000004). */
function isOneTwoFive(x: number): boolean {
  const exponent = Math.floor(Math.log10(x) + 1e-9);
  return ["1", "2", "5"].some((m) => x === Number(`${m}e${exponent}`));
}

describe("the slider stops", () => {
  it("give every numeric control ascending stops inside its setting's range, the default among them", () => {
    expect([...NUMBER_CONTROLS].sort()).toEqual(
      ["hiddenUnits", "lambda", "learningRate", "noise", "samples", "testFraction"].sort(),
    );
    for (const name of NUMBER_CONTROLS) {
      const spec = numericSpec(name);
      const stops = spec.stops ?? [];
      expect(stops.length, name).toBeGreaterThan(5);
      for (let i = 0; i < stops.length; i++) {
        const stop = stops[i];
        expect(spec.minExclusive ? stop > spec.min : stop >= spec.min, `${name} ${stop}`).toBe(true);
        expect(stop, name).toBeLessThanOrEqual(spec.max);
        if (spec.kind === "integer") expect(Number.isInteger(stop), `${name} ${stop}`).toBe(true);
        if (i > 0) expect(stop, name).toBeGreaterThan(stops[i - 1]);
      }
      expect(stops, name).toContain(spec.default);
    }
  });

  it("give the speed stops from 1 epoch per second to its maximum, then max", () => {
    const numbers = SPEED.stops.filter((s) => s !== "max") as number[];
    expect(SPEED.stops.at(-1)).toBe("max");
    expect(SPEED.stops.filter((s) => s === "max")).toHaveLength(1);
    expect(numbers[0]).toBe(1);
    for (const s of numbers) {
      expect(s).toBeGreaterThanOrEqual(SPEED.min);
      expect(s).toBeLessThanOrEqual(SPEED.max);
    }
    expect(numbers).toContain(SPEED.default);
  });

  it("make log-scaled stops round 1–2–5 numbers, each 2 to 2.5 times the one before", () => {
    const logStops = [
      ...NUMBER_CONTROLS.filter((n) => numericSpec(n).scale === "log").map((n) => numericSpec(n).stops ?? []),
      SPEED.stops.filter((s) => s !== "max") as number[],
    ];
    expect(logStops).toHaveLength(3);
    for (const stops of logStops) {
      const positive = stops.filter((s) => s > 0);
      expect(stops.length - positive.length).toBeLessThanOrEqual(1); // regularization starts at 0
      for (const s of positive) expect(isOneTwoFive(s), String(s)).toBe(true);
      for (let i = 1; i < positive.length; i++) {
        expect([2, 2.5]).toContain(Math.round((positive[i] / positive[i - 1]) * 10) / 10);
      }
    }
    expect(oneTwoFive(-2, 0)).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
  });

  it("step linear stops evenly, written as the decimals a person would type", () => {
    expect(evenSteps(0, 0.3, 0.05)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(numericSpec("noise").stops).toEqual(
      [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100].map((p) => p / 100),
    );
    expect(numericSpec("hiddenUnits").stops).toEqual(Array.from({ length: 65 }, (_, h) => h));
  });
});

describe("the nearest stop", () => {
  const lr = [0.01, 0.02, 0.05, 0.1];
  const lambda = [0, 0.1, 0.2, 0.5, 1];

  it("is the stop itself for a value on the stops", () => {
    for (const [i, stop] of lr.entries()) expect(nearestStop(lr, stop, "log")).toBe(i);
    expect(nearestStop([1, 2, "max"], "max", "log")).toBe(2);
  });

  it("on a log scale, is split at the geometric mean of two stops (√(0.02 × 0.05) ≈ 0.0316)", () => {
    expect(nearestStop(lr, 0.031, "log")).toBe(1);
    expect(nearestStop(lr, 0.032, "log")).toBe(2);
    // On a linear scale the split is at 0.035 instead.
    expect(nearestStop(lr, 0.034, "linear")).toBe(1);
    expect(nearestStop(lr, 0.034, "log")).toBe(2);
  });

  it("keeps a value between two positive stops off the 0 stop (λ = 0.3 sits at 0.2, not at 0)", () => {
    expect(nearestStop(lambda, 0.3, "log")).toBe(2);
    expect(nearestStop(lambda, 0.7, "log")).toBe(3); // √(0.5 × 1) ≈ 0.707
    expect(nearestStop(lambda, 0.72, "log")).toBe(4);
    expect(nearestStop(lambda, 0.04, "log")).toBe(0);
    expect(nearestStop(lambda, 0.06, "log")).toBe(1);
  });

  it("goes to the end stops for values beyond them, and a number never lands on max", () => {
    expect(nearestStop(lr, 0.001, "log")).toBe(0);
    expect(nearestStop(lr, 50, "log")).toBe(3);
    expect(nearestStop([1, 2, 5, "max"] as (number | "max")[], 100000, "log")).toBe(2);
  });

  it("places the speed a link may carry at its nearest stop", () => {
    expect(SPEED.stops[nearestStop(SPEED.stops, 100000, SPEED.scale)]).toBe(50000);
    expect(SPEED.stops[nearestStop(SPEED.stops, 300, SPEED.scale)]).toBe(200);
    expect(SPEED.stops[nearestStop(SPEED.stops, 350, SPEED.scale)]).toBe(500);
  });
});

describe("the settings table", () => {
  it("labels every control once, with the names INTERFACES.md gives", () => {
    const labels = CONTROL_GROUPS.flatMap((g) => g.controls).map((id) => {
      const key = id === "speed" ? SPEED.label : SETTINGS[id].label;
      return key === undefined ? id : translate("en", key);
    });
    expect(labels).toEqual([
      "Dataset",
      "Samples",
      "Noise",
      "Test fraction",
      "Hidden units",
      "Activation",
      "Output",
      "Learning rate",
      "Regularization",
      "Speed",
    ]);
  });

  it("keeps the speed out of the run settings the trainer's options are made from", () => {
    expect(Object.keys(SETTINGS)).not.toContain("speed");
    expect(Object.values(SETTINGS).map((s) => s.url)).not.toContain(SPEED.url);
  });

  it("labels every choice of a select, in words for the data sets and outputs", () => {
    for (const name of ["dataset", "output"] as const) {
      const spec = SETTINGS[name];
      if (spec.kind !== "choice") throw new Error(`${name} is a choice`);
      expect(Object.keys(spec.choiceLabels ?? {}).sort(), name).toEqual([...spec.choices].sort());
    }
  });
});
