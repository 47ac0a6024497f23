/**
 * Every hidden unit's line a_j = w_1j x1 + w_2j x2 + b_j = 0 over the plane (when store.unitLines is on),
 * numbered j, ticked on the side where a_j > 0, each one movable: drag it to move it (b_j changes), drag
 * its round handle to turn it (w_1j, w_2j change, |w_j| kept), or focus it and use the keyboard. The
 * drawing and the dragging live in unitLinesController.ts; this renders the elements they fill in.
 */
import { useEffect, useId, useRef } from "react";
import { HEIGHT, MARGIN, WIDTH } from "../../render/plotGeometry.ts";
import type { PlaygroundStore } from "../../store/playgroundStore.ts";
import { usePlayground, useStoreApi } from "../StoreContext.tsx";
import { type Translate, useT } from "../useT.ts";
import { createUnitLinesController, DENSE_FROM } from "./unitLinesController.ts";
import "./units.css";

/** 1, 2, …, H. */
const unitNumbers = (H: number) => Array.from({ length: H }, (_, j) => j + 1);

export function UnitLines() {
  const on = usePlayground((s) => s.unitLines);
  const H = usePlayground((s) => s.frame?.hiddenUnits ?? s.settings.hiddenUnits);
  const hasData = usePlayground((s) => s.data !== null);
  return on && H > 0 && hasData ? <Lines H={H} /> : null;
}

function Lines({ H }: { H: number }) {
  const t = useT();
  const store = useStoreApi();
  const masked = usePlayground((s) => s.masked);
  const focusUnit = usePlayground((s) => s.focusUnit);
  const svg = useRef<SVGSVGElement>(null);
  const helpId = useId();
  /** The line with keyboard focus (its unit), if any. */
  const focusedLine = useRef<number | null>(null);

  useEffect(() => {
    const root = svg.current;
    if (!root) return;
    const controller = createUnitLinesController(root, store, H);
    return () => controller.destroy();
  }, [store, H]);
  // A focused line removed (the lines switched off) never blurs: let its unit go here.
  useEffect(
    () => () => {
      const unit = focusedLine.current;
      if (unit !== null && store.getState().focusUnit === unit) store.getState().setFocusUnit(null);
    },
    [store],
  );

  return (
    <>
      {/* biome-ignore lint/a11y/useSemanticElements: an svg cannot be a fieldset; it groups the movable lines */}
      <svg
        ref={svg}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className={["unit-lines", H >= DENSE_FROM ? "dense" : "", focusUnit !== null ? "has-focus" : ""]
          .filter(Boolean)
          .join(" ")}
        role="group"
        aria-label={t("units.linesGroup")}
        aria-describedby={helpId}
      >
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {unitNumbers(H).map((unit) => (
            <UnitLine
              key={unit}
              unit={unit}
              masked={masked.includes(unit)}
              focused={focusUnit === unit}
              helpId={helpId}
              store={store}
              t={t}
              focusedLine={focusedLine}
            />
          ))}
          {/* The handles above every line, so a line crossing another's handle never hides it. */}
          {unitNumbers(H).map((unit) => (
            <g
              key={unit}
              className={focusUnit === unit ? "unit-line-handles focused" : "unit-line-handles"}
              data-unit-handle={unit}
              data-outside="true"
            >
              <circle data-part="turn" className="unit-line-handle-hit" r={20} />
              <circle data-part="handle" className="unit-line-handle" r={7} />
            </g>
          ))}
        </g>
      </svg>
      <p id={helpId} className="visually-hidden">
        {t("units.lineHelp")}
      </p>
    </>
  );
}

interface UnitLineProps {
  unit: number;
  focusedLine: { current: number | null };
  masked: boolean;
  focused: boolean;
  helpId: string;
  store: PlaygroundStore;
  t: Translate;
}

/** One unit's line, hit area, ticks, "+" mark and number (positions written by the controller). */
function UnitLine({ unit, masked, focused, helpId, store, t, focusedLine }: UnitLineProps) {
  const classes = ["unit-line", masked ? "masked" : "", focused ? "focused" : ""].filter(Boolean).join(" ");
  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG group cannot be a <button>; it is dragged and moved by keys
    <g
      className={classes}
      data-unit-line={unit}
      data-outside="true"
      tabIndex={0}
      role="button"
      aria-roledescription={t("units.lineRole")}
      aria-label={t("units.line", { unit })}
      aria-describedby={helpId}
      onFocus={() => {
        focusedLine.current = unit;
        store.getState().setFocusUnit(unit);
      }}
      onBlur={() => {
        focusedLine.current = null;
        if (store.getState().focusUnit === unit) store.getState().setFocusUnit(null);
      }}
    >
      <path data-part="move" className="unit-line-hit" />
      <path data-part="ticks" className="unit-line-ticks" />
      <path data-part="line" className="unit-line-stroke" />
      <text data-part="plus" className="unit-line-plus" textAnchor="middle" dominantBaseline="central">
        +
      </text>
      <text data-part="number" className="unit-line-number" textAnchor="middle" dominantBaseline="central">
        {unit}
      </text>
    </g>
  );
}
