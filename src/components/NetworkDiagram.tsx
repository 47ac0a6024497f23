/**
 * The network as the article's Figure 2: x → h → y with every weight as an arrow, its width growing with
 * |value|, solid and blue when positive, dashed and red when negative. Arrows carry their current value
 * (data-value, and a tooltip); values update every frame from a store subscription, without re-render.
 */
import { useEffect, useMemo, useRef } from "react";
import { formatWeight } from "../render/format.ts";
import { DIAGRAM_HEIGHT, DIAGRAM_WIDTH, networkLayout } from "../render/networkLayout.ts";
import { CLASS_COLORS } from "../render/palette.ts";
import { usePlayground, useStoreApi } from "./StoreContext.tsx";

const NEGATIVE = CLASS_COLORS[0];
const POSITIVE = CLASS_COLORS[1];

function strokeWidth(value: number): number {
  return Math.min(0.6 + 1.4 * Math.sqrt(Math.abs(value)), 6);
}

export function NetworkDiagram() {
  const store = useStoreApi();
  const hidden = usePlayground((s) => s.frame?.hiddenUnits ?? s.settings.hiddenUnits);
  const layout = useMemo(() => networkLayout(hidden), [hidden]);
  const svg = useRef<SVGSVGElement>(null);
  const radius = hidden > 24 ? 3 : 9;

  useEffect(() => {
    const update = () => {
      const frame = store.getState().frame;
      const root = svg.current;
      if (!frame || !root || frame.hiddenUnits !== hidden) return;
      for (const arrow of layout.arrows) {
        const line = root.querySelector<SVGLineElement>(`[data-weight="${arrow.name}"]`);
        if (!line) continue;
        const value = frame.params[arrow.param];
        line.dataset.value = String(value);
        line.setAttribute("stroke", value >= 0 ? POSITIVE : NEGATIVE);
        line.setAttribute("stroke-dasharray", value >= 0 ? "none" : "4 3");
        line.setAttribute("stroke-width", String(strokeWidth(value)));
        const title = line.firstElementChild;
        if (title) title.textContent = `${arrow.name.replace(/-/g, " ")} = ${formatWeight(value)}`;
      }
    };
    update();
    return store.subscribe((s, prev) => {
      if (s.frame !== prev.frame) update();
    });
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
