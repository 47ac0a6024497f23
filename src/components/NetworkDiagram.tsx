/**
 * The network as the article's Figure 2: x → h → y with every weight as an arrow, its width growing with
 * |value|, solid and blue when positive, dashed and red when negative. Arrows carry their current value
 * (data-value, and a tooltip); values update every frame from a store subscription, without re-render.
 */
import { useEffect, useMemo, useRef } from "react";
import { parameterViews } from "../engine/network.ts";
import { formatWeight } from "../render/format.ts";
import { arrowWeight, DIAGRAM_HEIGHT, DIAGRAM_WIDTH, networkLayout } from "../render/networkLayout.ts";
import { CLASS_COLORS } from "../render/palette.ts";
import { usePlayground, useStoreApi } from "./StoreContext.tsx";

const NEGATIVE = CLASS_COLORS[0];
const POSITIVE = CLASS_COLORS[1];

/** Longest wait between two redraws of a large diagram, in ms. */
const THROTTLE_MS = 100;

/** Arrow width for a weight, in quarter-unit steps so small changes cost no restyling. */
function strokeWidth(value: number): number {
  const width = Math.min(0.6 + 1.4 * Math.sqrt(Math.abs(value)), 6);
  return Number.isFinite(width) ? Math.round(width * 4) / 4 : 6;
}

export function NetworkDiagram() {
  const store = useStoreApi();
  const hidden = usePlayground((s) => s.frame?.hiddenUnits ?? s.settings.hiddenUnits);
  const layout = useMemo(() => networkLayout(hidden), [hidden]);
  const svg = useRef<SVGSVGElement>(null);
  const radius = hidden > 24 ? 3 : 9;

  useEffect(() => {
    const root = svg.current;
    if (!root) return;
    const lines = layout.arrows.map((arrow) => ({
      arrow,
      line: root.querySelector<SVGLineElement>(`[data-weight="${arrow.name}"]`),
      width: Number.NaN,
      positive: null as boolean | null,
    }));
    // Restyling SVG strokes costs a style recalculation each: write only what changed, and for large
    // layers at most every THROTTLE_MS (a frame arriving in between is drawn when that time is up).
    const throttle = layout.arrows.length > 40 ? THROTTLE_MS : 0;
    let last = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      timer = undefined;
      last = performance.now();
      const frame = store.getState().frame;
      if (!frame || frame.hiddenUnits !== hidden) return;
      const views = parameterViews(frame.params, hidden);
      for (const entry of lines) {
        const { arrow, line } = entry;
        if (!line) continue;
        const value = arrowWeight(arrow, views);
        line.dataset.value = String(value);
        const positive = value >= 0;
        if (positive !== entry.positive) {
          entry.positive = positive;
          line.setAttribute("stroke", positive ? POSITIVE : NEGATIVE);
          line.setAttribute("stroke-dasharray", positive ? "none" : "4 3");
        }
        const width = strokeWidth(value);
        if (width !== entry.width) {
          entry.width = width;
          line.setAttribute("stroke-width", String(width));
        }
        const title = line.firstElementChild;
        if (title) title.textContent = `${arrow.name.replace(/-/g, " ")} = ${formatWeight(value)}`;
      }
    };
    const schedule = () => {
      const wait = last + throttle - performance.now();
      if (wait <= 0) update();
      else timer ??= setTimeout(update, wait);
    };
    update();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.frame !== prev.frame) schedule();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, layout, hidden]);

  return (
    <figure className="network">
      <figcaption>Network: weights w (input → hidden) and u (hidden → output)</figcaption>
      <svg
        ref={svg}
        data-testid="network"
        viewBox={`0 0 ${DIAGRAM_WIDTH} ${DIAGRAM_HEIGHT}`}
        role="img"
        aria-label={`Network diagram with ${hidden} hidden units`}
      >
        <g className="arrows">
          {layout.arrows.map((a) => (
            <line
              key={a.name}
              data-weight={a.name}
              data-value=""
              x1={a.from.x}
              y1={a.from.y}
              x2={a.to.x}
              y2={a.to.y}
              stroke="#999"
              strokeOpacity={0.75}
            >
              <title>{a.name}</title>
            </line>
          ))}
        </g>
        <g className="units">
          {layout.units.map((unit) => (
            <g key={unit.id} transform={`translate(${unit.x},${unit.y})`}>
              <circle r={radius} />
              {radius > 5 && (
                <text dy="0.35em" textAnchor="middle">
                  {unit.label}
                </text>
              )}
            </g>
          ))}
        </g>
      </svg>
    </figure>
  );
}
