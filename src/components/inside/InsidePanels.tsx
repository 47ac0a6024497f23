/**
 * The side column of the "Inside the network" view: the diagram with its w and u arrows, the one-update
 * panel for the chosen arrow, each hidden unit's map and the output as their sum, and the hidden space.
 * Everything but the diagram loads only when first shown (the one-update panel with KaTeX, the hidden
 * space, the units), so the page's first paint never waits for it.
 */
import { lazy, Suspense, useState } from "react";
import { usePlayground } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import { NetworkDiagram } from "./NetworkDiagram.tsx";

const HiddenSpace = lazy(() => import("./HiddenSpace.tsx"));
const ExplainPanel = lazy(() => import("./ExplainPanel.tsx"));
const UnitMaps = lazy(() => import("./UnitMaps.tsx").then((m) => ({ default: m.UnitMaps })));

export function InsidePanels() {
  const t = useT();
  const explain = usePlayground((s) => s.explain);
  const [spaceOpen, setSpaceOpen] = useState(false);
  const loading = <p className="inside-hint">{t("inside.loading")}</p>;
  return (
    <div className="inside-panels">
      <NetworkDiagram />
      {explain === null ? (
        <p className="inside-hint">{t("inside.chooseArrow")}</p>
      ) : (
        <Suspense fallback={loading}>
          <ExplainPanel />
        </Suspense>
      )}
      <Suspense fallback={loading}>
        <UnitMaps />
      </Suspense>
      <details
        className="hidden-space-fold"
        open={spaceOpen}
        onToggle={(e) => setSpaceOpen(e.currentTarget.open)}
      >
        <summary>{t("inside.hiddenSpace")}</summary>
        {spaceOpen && (
          <Suspense fallback={loading}>
            <HiddenSpace />
          </Suspense>
        )}
      </details>
    </div>
  );
}
