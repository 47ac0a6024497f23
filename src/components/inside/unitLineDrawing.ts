/**
 * Drawing one hidden unit's line a_j = 0 into the elements UnitLines.tsx renders for it: the segment
 * across the plot (and its wider hit area), ticks on the side where a_j > 0, a "+" there, the unit's number
 * near one end and the turning handle. Attributes are written only when they change.
 */
import type { Rect } from "../../engine/grid.ts";
import type { PlotPoint } from "../../render/plotGeometry.ts";
import {
  clipToSquare,
  lineInPlot,
  pivotAndHandle,
  positiveNormal,
  type UnitWeights,
} from "../../render/unitLines.ts";

/** Spacing of the ticks on a line's positive side, and their length, in plot units. */
const TICK_GAP = 24;
const TICK = 7;

/** The elements of one unit's line: its group (focusable) and its handle's (drawn above every line). */
export interface LineParts {
  g: SVGGElement;
  handles: SVGGElement | null;
  line: Element | null;
  hit: Element | null;
  ticks: Element | null;
  plus: Element | null;
  number: Element | null;
  handle: Element | null;
  handleHit: Element | null;
}

/** Find unit J's elements in the lines' svg (one g[data-unit-line=J] and one g[data-unit-handle=J] each). */
export function findLineParts(svg: SVGSVGElement): Map<number, LineParts> {
  const parts = new Map<number, LineParts>();
  for (const g of svg.querySelectorAll<SVGGElement>("g[data-unit-line]")) {
    const J = g.dataset.unitLine;
    const handles = svg.querySelector<SVGGElement>(`g[data-unit-handle="${J}"]`);
    const part = (name: string) => g.querySelector(`[data-part="${name}"]`);
    parts.set(Number(J), {
      g,
      handles,
      line: part("line"),
      hit: part("move"),
      ticks: part("ticks"),
      plus: part("plus"),
      number: part("number"),
      handle: handles?.querySelector('[data-part="handle"]') ?? null,
      handleHit: handles?.querySelector('[data-part="turn"]') ?? null,
    });
  }
  return parts;
}

/** A coordinate in half plot units (under a pixel at any plot size up to 4K): most frames move a line less. */
const f = (v: number) => String(Math.round(2 * v) / 2);

/** Set an attribute only if it changes (each write costs the browser a style pass). */
function write(el: Element | null, name: string, value: string): void {
  if (el && el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/**
 * Draw the line of weights `w` (null: none) over `domain` into `p`, ticked or not; returns its pivot (the
 * middle of its segment on the plot), or null when it misses the plot.
 */
export function drawLine(
  p: LineParts,
  w: UnitWeights | null,
  domain: Rect | null,
  ticked: boolean,
): PlotPoint | null {
  const line = w && domain ? lineInPlot(w, domain) : null;
  const segment = line && clipToSquare(line);
  const outside = segment ? "false" : "true";
  write(p.g, "data-outside", outside);
  write(p.handles, "data-outside", outside);
  if (!line || !segment) {
    for (const el of [p.line, p.hit, p.ticks]) write(el, "d", "");
    return null;
  }
  const { from, to } = segment;
  const d = `M${f(from.px)},${f(from.py)}L${f(to.px)},${f(to.py)}`;
  write(p.line, "d", d);
  write(p.hit, "d", d);
  const n = positiveNormal(line);
  const length = Math.hypot(to.px - from.px, to.py - from.py);
  const along = { px: (to.px - from.px) / length, py: (to.py - from.py) / length };
  let ticks = "";
  for (let s = TICK_GAP / 2; ticked && s < length; s += TICK_GAP) {
    const x = from.px + s * along.px;
    const y = from.py + s * along.py;
    ticks += `M${f(x)},${f(y)}l${f(TICK * n.px)},${f(TICK * n.py)}`;
  }
  write(p.ticks, "d", ticks);
  const { pivot, handle } = pivotAndHandle(segment);
  write(p.plus, "x", f(pivot.px + 17 * n.px));
  write(p.plus, "y", f(pivot.py + 17 * n.py));
  const labelAt = Math.min(16, length / 2);
  write(p.number, "x", f(from.px + labelAt * along.px - 13 * n.px));
  write(p.number, "y", f(from.py + labelAt * along.py - 13 * n.py));
  for (const el of [p.handle, p.handleHit]) {
    write(el, "cx", f(handle.px));
    write(el, "cy", f(handle.py));
  }
  return pivot;
}
