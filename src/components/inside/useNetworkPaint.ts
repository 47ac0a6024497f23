/**
 * Paints the live network into the diagram's SVG from store subscriptions, never by re-rendering React:
 * each arrow's data-value and data-gradient (full precision), its width by |value|, colour and dash by
 * sign; and which arrows stand out — the focused hidden unit's (store.focusUnit, set here or by the unit
 * maps), or in a compact diagram the three strongest of each layer when no unit is focused; and which
 * hidden units are switched off (frame.masked: drawn hollow and dashed).
 */
import { type RefObject, useEffect } from "react";
import { type Arrow, type NetworkLayout, strongestArrows, unitSymbol } from "../../render/networkLayout.ts";
import { CLASS_COLORS } from "../../render/palette.ts";
import type { PlaygroundStore } from "../../store/playgroundStore.ts";
import { lineSelector } from "./useDiagramPointer.ts";

const NEGATIVE = CLASS_COLORS[0];
const POSITIVE = CLASS_COLORS[1];

/** Longest wait between two repaints of a large diagram, in ms (the issue asks for at least 10 Hz). */
const THROTTLE_MS = 100;

/** How many arrows of each layer (w, u) stand out in a compact diagram when no unit is focused. */
const STRONGEST = 3;

/** Arrow width for a weight, in quarter-unit steps so small changes cost no restyling. */
export function strokeWidth(value: number, compact: boolean): number {
  const width = compact
    ? Math.min(0.4 + 0.6 * Math.sqrt(Math.abs(value)), 2.5)
    : Math.min(0.6 + 1.4 * Math.sqrt(Math.abs(value)), 6);
  const max = compact ? 2.5 : 6;
  return Number.isFinite(width) ? Math.round(width * 4) / 4 : max;
}

interface Painted {
  arrow: Arrow;
  line: SVGLineElement | null;
  width: number;
  positive: boolean | null;
  strong: boolean;
}

/** Keep the diagram's arrows and units painted from the store; `onPainted` runs after each repaint. */
export function useNetworkPaint(
  store: PlaygroundStore,
  layout: NetworkLayout,
  items: readonly Arrow[],
  svg: RefObject<SVGSVGElement | null>,
  onPainted: RefObject<() => void>,
): void {
  useEffect(() => {
    const root = svg.current;
    if (!root) return;
    const H = layout.H;
    const painted: Painted[] = items.map((arrow) => ({
      arrow,
      line: root.querySelector<SVGLineElement>(lineSelector(arrow)),
      width: Number.NaN,
      positive: null,
      strong: false,
    }));
    // React keeps lines and units of the same name across layouts: start from what they show.
    for (const entry of painted) entry.strong = entry.line?.classList.contains("strong") ?? false;
    for (const g of root.querySelectorAll("[data-focused]")) g.removeAttribute("data-focused");
    const cells = new Map(
      Array.from(root.querySelectorAll<SVGGElement>("[data-h]"), (g) => [Number(g.dataset.h), g] as const),
    );
    const label = root.querySelector<SVGTextElement>(".focus-label");
    let shownUnit: number | null = null;
    /** The hidden units drawn as switched off (frame.masked), to redraw only when the set changes. */
    let masked: readonly number[] = [];
    for (const g of root.querySelectorAll("[data-masked]")) g.removeAttribute("data-masked");
    if (label) label.textContent = "";

    // The weights are w (2H arrows) then u: the strongest of each layer, as indices into `items`.
    const w = layout.arrows.slice(0, 2 * H);
    const u = layout.arrows.slice(2 * H);
    const strongestOfEach = (params: Float64Array) => {
      const fromU = [...strongestArrows(u, params, STRONGEST)].map((i) => i + w.length);
      return new Set([...strongestArrows(w, params, STRONGEST), ...fromU]);
    };

    const emphasise = () => {
      const { frame, focusUnit } = store.getState();
      const unit = focusUnit !== null && focusUnit <= H ? focusUnit : null;
      const params = frame?.hiddenUnits === H ? frame.params : null;
      const strongest = unit === null && layout.compact && params ? strongestOfEach(params) : null;
      for (let i = 0; i < painted.length; i++) {
        const entry = painted[i];
        const strong = unit !== null ? entry.arrow.unit === unit : strongest?.has(i) === true;
        if (strong !== entry.strong && entry.line) {
          entry.strong = strong;
          entry.line.classList.toggle("strong", strong);
        }
      }
      root.toggleAttribute("data-emphasis", unit !== null || layout.compact);
      if (unit !== shownUnit) {
        if (shownUnit !== null) cells.get(shownUnit)?.removeAttribute("data-focused");
        if (unit !== null) cells.get(unit)?.setAttribute("data-focused", "");
        shownUnit = unit;
        if (label) {
          const cell = unit === null ? undefined : layout.units.find((u) => u.id === `h${unit}`);
          // Labels are drawn in the units only when they are large enough; otherwise name the focused one.
          label.textContent = cell && layout.hiddenSize <= 5 ? unitSymbol(cell.label) : "";
          label.setAttribute("y", String(cell?.y ?? 0));
        }
      }
    };

    // Restyling SVG strokes costs a style recalculation each: write only what changed, and for large
    // layers at most every THROTTLE_MS (a frame arriving in between is drawn when that time is up).
    const throttle = items.length > 40 ? THROTTLE_MS : 0;
    let last = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const paint = () => {
      timer = undefined;
      const frame = store.getState().frame;
      if (!frame || frame.hiddenUnits !== H) return;
      last = performance.now();
      const { params } = frame;
      const gradient = frame.gradient?.length === params.length ? frame.gradient : null;
      for (const entry of painted) {
        const { arrow, line } = entry;
        if (!line) continue;
        const value = params[arrow.offset];
        // setAttribute, not dataset: half the cost, and this runs for every arrow at every repaint.
        line.setAttribute("data-value", String(value));
        line.setAttribute("data-gradient", gradient ? String(gradient[arrow.offset]) : "");
        const positive = !(value < 0);
        if (positive !== entry.positive) {
          entry.positive = positive;
          line.setAttribute("stroke", positive ? POSITIVE : NEGATIVE);
          line.setAttribute("stroke-dasharray", positive ? "none" : "4 3");
        }
        const width = strokeWidth(value, layout.compact);
        if (width !== entry.width) {
          entry.width = width;
          line.setAttribute("stroke-width", String(width));
        }
      }
      if (frame.masked.join() !== masked.join()) {
        for (const j of masked) cells.get(j)?.removeAttribute("data-masked");
        for (const j of frame.masked) cells.get(j)?.setAttribute("data-masked", "");
        masked = frame.masked;
      }
      emphasise();
      onPainted.current();
    };
    const schedule = () => {
      const wait = last + throttle - performance.now();
      if (wait <= 0) paint();
      else timer ??= setTimeout(paint, wait);
    };
    paint();
    emphasise();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.frame !== prev.frame) schedule();
      else if (s.focusUnit !== prev.focusUnit) emphasise();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, layout, items, svg, onPainted]);
}
