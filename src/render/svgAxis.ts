/**
 * An axis drawn into an SVG `g` as d3-axis draws it — a `path.domain` along the range, and a `g.tick` per
 * tick with its `line` and `text` — without d3-selection and d3-axis, which then stay out of the page's
 * first load (about 5 KB gzipped; issue 10 measured 121.8 KB against the 120 KB budget with them). The
 * ticks and their labels still come from the scale (d3-scale): `scale.ticks(count)` and `format`.
 */

/** What the axis needs of a scale: position of a value, and the range's ends. */
export interface AxisScale {
  (value: number): number;
  range(): number[];
}

const SVG = "http://www.w3.org/2000/svg";
/** d3-axis's defaults: tick length, gap between tick and label, in the SVG's units. */
const TICK = 6;
const PADDING = 3;

/**
 * Draw a bottom or left axis of `scale` into `g`, replacing what was there: a tick at each of `ticks`,
 * labelled by `format`.
 */
export function drawAxis(
  g: SVGGElement,
  orient: "bottom" | "left",
  scale: AxisScale,
  ticks: readonly number[],
  format: (value: number) => string,
): void {
  const doc = g.ownerDocument;
  const bottom = orient === "bottom";
  const sign = bottom ? 1 : -1;
  g.replaceChildren();
  g.setAttribute("fill", "none");
  g.setAttribute("font-size", "10");
  g.setAttribute("font-family", "sans-serif");
  g.setAttribute("text-anchor", bottom ? "middle" : "end");
  const [r0, r1] = scale.range();
  const domain = doc.createElementNS(SVG, "path");
  domain.setAttribute("class", "domain");
  domain.setAttribute("stroke", "currentColor");
  domain.setAttribute(
    "d",
    bottom ? `M${r0},${sign * TICK}V0H${r1}V${sign * TICK}` : `M${sign * TICK},${r0}H0V${r1}H${sign * TICK}`,
  );
  g.append(domain);
  for (const value of ticks) {
    const at = scale(value);
    if (!Number.isFinite(at)) continue;
    const tick = doc.createElementNS(SVG, "g");
    tick.setAttribute("class", "tick");
    tick.setAttribute("opacity", "1");
    tick.setAttribute("transform", bottom ? `translate(${at},0)` : `translate(0,${at})`);
    const line = doc.createElementNS(SVG, "line");
    line.setAttribute("stroke", "currentColor");
    line.setAttribute(bottom ? "y2" : "x2", String(sign * TICK));
    const text = doc.createElementNS(SVG, "text");
    text.setAttribute("fill", "currentColor");
    text.setAttribute(bottom ? "y" : "x", String(sign * (TICK + PADDING)));
    text.setAttribute("dy", bottom ? "0.71em" : "0.32em");
    text.textContent = format(value);
    tick.append(line, text);
    g.append(tick);
  }
}
