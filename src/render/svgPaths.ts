/**
 * SVG path data written by hand for what the first page load draws — the P = ½ polylines and the two
 * point markers — so d3-geo, d3-shape and d3-path stay out of the initial JavaScript (about 8 KB gzipped;
 * issue 9 measured 125 KB against the 120 KB budget with them). The shapes are d3's: a circle of the given
 * area, and d3's symbolTriangle (pointing up, centred on its centroid) of the given area.
 */

/** A number for path data: two decimals are a hundredth of a plot unit, finer than any screen shows. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Polylines of [x, y] points, each scaled by `scale`, as `M x,y L x,y …` (empty string for none). */
export function polylinePath(lines: readonly (readonly (readonly number[])[])[], scale = 1): string {
  let d = "";
  for (const line of lines) {
    line.forEach(([x, y], i) => {
      d += `${i === 0 ? "M" : "L"}${num(x * scale)},${num(y * scale)}`;
    });
  }
  return d;
}

/** A circle of area `area` centred on (cx, cy): two half arcs. */
export function circlePath(area: number, cx = 0, cy = 0): string {
  const r = Math.sqrt(area / Math.PI);
  const rr = num(r);
  return `M${num(cx + r)},${num(cy)}A${rr},${rr},0,1,1,${num(cx - r)},${num(cy)}A${rr},${rr},0,1,1,${num(cx + r)},${num(cy)}Z`;
}

const SQRT3 = Math.sqrt(3);

/** An upward triangle of area `area` centred on (cx, cy), as d3's symbolTriangle draws it. */
export function trianglePath(area: number, cx = 0, cy = 0): string {
  const y = -Math.sqrt(area / (SQRT3 * 3));
  return (
    `M${num(cx)},${num(cy + y * 2)}` +
    `L${num(cx - SQRT3 * y)},${num(cy - y)}` +
    `L${num(cx + SQRT3 * y)},${num(cy - y)}Z`
  );
}
