/**
 * The diagram's drawing, rendered once per layout and language: the arrows (weights carry data-weight,
 * biases data-bias; their values and styles are written later by useNetworkPaint, outside React), the
 * units, and the layer names w and u. Memoised, so hovering or a new frame never re-renders 300 lines.
 */
import { memo } from "react";
import { type Arrow, type NetworkLayout, type Unit, unitSymbol } from "../../render/networkLayout.ts";
import type { Translate } from "../useT.ts";
import { arrowLabel } from "./arrowWords.ts";

interface ArrowsProps {
  layout: NetworkLayout;
  items: readonly Arrow[];
  /** The arrow that is the list's active descendant. */
  active: number;
  optionId: string;
  t: Translate;
}

/** Every weight and bias as an option of the list box (the list itself is the parent's element). */
export const DiagramArrows = memo(function DiagramArrows({
  layout,
  items,
  active,
  optionId,
  t,
}: ArrowsProps) {
  return items.map((a, i) => (
    <line
      key={a.name}
      {...(a.bias ? { "data-bias": a.name } : { "data-weight": a.name })}
      data-value=""
      data-gradient=""
      x1={a.from.x}
      y1={a.from.y}
      x2={a.to.x}
      y2={a.to.y}
      stroke="#999"
      strokeWidth={layout.compact ? 0.5 : 1}
      id={`${optionId}-${a.name}`}
      role="option"
      aria-selected={i === active}
      aria-label={arrowLabel(t, a)}
    />
  ));
});

function UnitShape({ unit, layout }: { unit: Unit; layout: NetworkLayout }) {
  if (unit.kind === "hidden" && layout.compact) {
    const half = layout.hiddenSize;
    return <rect x={-5} y={-half} width={10} height={2 * half} />;
  }
  const r = unit.kind === "hidden" ? layout.hiddenSize : unit.kind === "bias" ? 7 : 9;
  const label = unit.kind === "bias" ? unit.label : unitSymbol(unit.label);
  return (
    <>
      <circle r={r} />
      {r > 5 && (
        <text dy="0.35em" textAnchor="middle">
          {label}
        </text>
      )}
    </>
  );
}

/** The units (hidden ones carry data-h="J" for picking), the layer names, and the focused unit's name. */
export const DiagramUnits = memo(function DiagramUnits({ layout }: { layout: NetworkLayout }) {
  return (
    <>
      <g className="units">
        {layout.units.map((unit) => (
          <g
            key={unit.id}
            className={unit.kind}
            transform={`translate(${unit.x},${unit.y})`}
            data-h={unit.kind === "hidden" ? unit.id.slice(1) : undefined}
          >
            <UnitShape unit={unit} layout={layout} />
          </g>
        ))}
      </g>
      {layout.layerLabels.map((l) => (
        <text key={l.text} className="layer-label" x={l.x} y={l.y} textAnchor="middle">
          {l.text}
        </text>
      ))}
      {/* Written by useNetworkPaint: the focused unit's name when the column is too dense for labels. */}
      <text className="focus-label" x={layout.hiddenX + 8} y={0} dy="0.35em" />
    </>
  );
});
