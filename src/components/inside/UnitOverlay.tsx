/**
 * What the hidden units add to the plane (BoundaryView renders both): UnitOverlay inside the plot — the
 * focused unit's large map and the movable unit lines — and UnitLinesToggle in the legend, the switch
 * that shows the lines.
 */
import { usePlayground, useStoreApi } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import { FocusedUnitMap } from "./FocusedUnitMap.tsx";
import { UnitLines } from "./UnitLines.tsx";
import "./units.css";

export function UnitOverlay() {
  return (
    <>
      <FocusedUnitMap />
      <UnitLines />
    </>
  );
}

export function UnitLinesToggle() {
  const t = useT();
  const store = useStoreApi();
  const on = usePlayground((s) => s.unitLines);
  const H = usePlayground((s) => s.frame?.hiddenUnits ?? s.settings.hiddenUnits);
  if (H === 0) return null;
  // The how-to is the button's tooltip, shown on hover, keyboard focus and tap (units.css), so the
  // legend keeps its one line; the focused line's caption repeats it.
  return (
    <button
      type="button"
      className="unit-lines-toggle"
      aria-pressed={on}
      title={t("units.lineHelp")}
      onClick={() => store.getState().setUnitLines(!on)}
    >
      <svg viewBox="0 0 18 12" aria-hidden="true">
        <path d="M1 11L17 1" className="unit-line-stroke" />
      </svg>
      {t("units.lines")}
    </button>
  );
}
