import { describe, expect, it } from "vitest";
import { MARKER_SIDE, markerScale, markers } from "../../src/render/markers.ts";

/** The width of an SVG path's points (absolute commands only, as d3-shape writes them), in its units. */
function pathWidth(d: string): number {
  const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  // d3's circle is two arcs: "M r,0 A r,r,0,1,1,-r,0 A r,r,0,1,1,r,0"; its width is 2r.
  return 2 * Math.max(...numbers.map(Math.abs));
}

describe("the data points' markers", () => {
  it("draw a circle about 7.3 units wide at scale 1, and twice as wide at scale 2", () => {
    expect(MARKER_SIDE).toBeCloseTo(7.31, 2);
    expect(pathWidth(markers()[0])).toBeCloseTo(7.31, 1);
    expect(pathWidth(markers(2)[0])).toBeCloseTo(14.62, 1);
  });

  it("grow so a point is at least the asked width on screen, in quarter steps, never shrinking", () => {
    // 896 px for the plot's 536 units (a 1920×1080 presenter screen): 7.31 × 1.67 ≈ 12.2 px already.
    const projector = 896 / 536;
    const scale = markerScale(projector, 14);
    expect(scale * MARKER_SIDE * projector).toBeGreaterThanOrEqual(14);
    expect(scale).toBe(1.25);
    expect(markerScale(0.6, 14) * MARKER_SIDE * 0.6).toBeGreaterThanOrEqual(14);
    expect(markerScale(5, 12)).toBe(1);
    expect((markerScale(0.77, 12) * 4) % 1).toBe(0);
  });

  it("stay as they are before the plot is measured", () => {
    expect(markerScale(0, 12)).toBe(1);
    expect(markerScale(Number.NaN, 12)).toBe(1);
  });
});
