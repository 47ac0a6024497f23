/**
 * The first screen's own scales and Lab colours (render/scales.ts, render/labColor.ts) against d3's, which
 * the lazy views still use and which drew these axes and colours before: the same ticks, the same labels,
 * the same positions and the same region colours, to the last digit.
 */
import { interpolateLab as d3Lab, format, scaleLinear, scaleLog } from "d3";
import { describe, expect, it } from "vitest";
import { interpolateLab } from "../../src/render/labColor.ts";
import {
  formatShortest,
  formatSI,
  linearScale,
  linearTickFormat,
  logScale,
} from "../../src/render/scales.ts";

const PLANES: [number, number][] = [
  [-1.5, 2.5],
  [-1.3412, 2.3377],
  [-3, 3],
  [-0.12, 0.07],
  [-12.5, 40],
  [0, 20000],
  [0, 1.1e7],
];

describe("the plane's and the chart's scales, as d3 makes them", () => {
  it("place values, invert positions and choose ticks and labels as d3's linear scale", () => {
    for (const domain of PLANES) {
      const ours = linearScale(domain, [0, 300]);
      const d3 = scaleLinear().domain(domain).range([0, 300]);
      for (const count of [4, 5, 6]) {
        expect(ours.ticks(count), `${domain} ${count}`).toEqual(d3.ticks(count));
        const label = linearTickFormat(domain, count);
        const d3Label = d3.tickFormat(count);
        for (const t of d3.ticks(count)) expect(label(t), `${domain} ${t}`).toBe(d3Label(t));
      }
      for (const v of [domain[0], domain[1], 0.3, -0.7, 1234.5]) {
        expect(ours(v)).toBeCloseTo(d3(v), 9);
        expect(ours.invert(ours(v))).toBeCloseTo(v, 9);
      }
    }
  });

  it("clamp and tick a log axis as d3's log scale, labelling the same ticks", () => {
    for (const domain of [
      [0.01, 1],
      [0.001, 10],
      [1e-7, 1],
      [0.1, 1],
      [0.02, 0.5],
    ] as [number, number][]) {
      const ours = logScale(domain, [200, 0], true);
      const d3 = scaleLog().domain(domain).range([200, 0]).clamp(true);
      expect(ours.ticks(4), `${domain}`).toEqual(d3.ticks(4));
      const label = ours.tickFormat(4);
      const d3Label = d3.tickFormat(4, "~g");
      for (const t of d3.ticks(4)) expect(label(t), `${domain} ${t}`).toBe(d3Label(t));
      for (const v of [domain[0] / 10, domain[0], 0.05, domain[1], domain[1] * 3])
        expect(ours(v)).toBeCloseTo(d3(v), 9);
    }
  });

  it("write numbers as d3's ~g and ~s formats do", () => {
    const g = format("~g");
    const s = format("~s");
    for (const v of [0, 0.2, 0.05, 1e-7, 0.000123, 50, 100, 1.5, 2.25, 0.3333333333, 123456789])
      expect(formatShortest(v), String(v)).toBe(g(v));
    for (const v of [0, 1, 500, 999, 1000, 1500, 2500, 20000, 160000, 1e6, 2.5e7, 1e8])
      expect(formatSI(v), String(v)).toBe(s(v));
  });
});

describe("colours between two colours in CIELAB", () => {
  it("are d3's interpolateLab, channel for channel", () => {
    for (const [a, b] of [
      ["#f7f7f7", "#b35000"],
      ["#f7f7f7", "#0072b2"],
      ["#ffffff", "#000000"],
      ["#d55e00", "#0072b2"],
    ]) {
      const ours = interpolateLab(a, b);
      const d3 = d3Lab(a, b);
      for (let i = 0; i <= 20; i++) {
        const t = i / 20;
        const [r, g, bl] = d3(t).match(/\d+/g)?.map(Number) ?? [];
        expect(ours(t), `${a}→${b} at ${t}`).toEqual([r, g, bl]);
      }
    }
  });
});
