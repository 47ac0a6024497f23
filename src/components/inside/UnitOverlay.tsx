/**
 * What the hidden units add to the plane (BoundaryView renders both): UnitOverlay inside the plot — the
 * focused unit's large map and the movable unit lines — and UnitLinesToggle in the legend, the switch
 * that shows the lines. The layers' code loads the first time a unit is focused or the lines are shown,
 * so the page's first load does not carry it.
 */
import { lazy, Suspense, useState } from "react";
import { usePlayground, useStoreApi } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import "./units.css";

type LayersModule = typeof import("./UnitLayers.tsx");
let layers: LayersModule | null = null;

/** Load the layers' code (once); after that they render without suspending. */
export function loadUnitLayers(): Promise<LayersModule> {
  return import("./UnitLayers.tsx").then((module) => {
    layers = module;
    return module;
  });
}

const UnitLayers = lazy(loadUnitLayers);

export function UnitOverlay() {
  const needed = usePlayground((s) => s.focusUnit !== null || s.unitLines);
  // True from the first time a unit is focused or the lines are shown: the layers then stay mounted.
  const [wanted, setWanted] = useState(needed);
  if (needed && !wanted) setWanted(true);
  if (!wanted) return null;
  if (layers) return <layers.default />;
  return (
    <Suspense fallback={null}>
      <UnitLayers />
    </Suspense>
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
