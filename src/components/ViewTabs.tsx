/**
 * The header's choice of view: the playground (plane, controls, results) or inside the network (the
 * diagram, each unit's map, the output as a sum, hidden space and one update explained), or networks
 * compared side by side (one panel per value of a swept setting). The single run is the same in the first
 * two; only what the side column shows changes. The link keeps it (`view=inside`, `view=compare`).
 */
import type { View } from "../store/urlState.ts";
import { usePlayground } from "./StoreContext.tsx";
import { useT } from "./useT.ts";

const TABS: readonly View[] = ["playground", "inside", "compare"];

export function ViewTabs() {
  const t = useT();
  const view = usePlayground((s) => s.view);
  const setView = usePlayground((s) => s.setView);
  return (
    <nav className="view-tabs" aria-label={t("view.label")}>
      {TABS.map((tab) => (
        <button key={tab} type="button" aria-pressed={view === tab} onClick={() => setView(tab)}>
          {t(`view.${tab}`)}
        </button>
      ))}
    </nav>
  );
}
