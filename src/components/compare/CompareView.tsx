/**
 * The compare view (`view=compare`): networks trained side by side on the same data, one panel per value
 * of the swept setting (the perceptron and the article's Figure 4 sizes by default). Above the panels:
 * the sweep editor, how long the figure took, and, for seeds in one panel, the overlay of their
 * boundaries; below: the generalisation chart. Loaded on demand (App lazy-loads it), with its styles.
 */
import { useMemo } from "react";
import type { Rect } from "../../engine/grid.ts";
import { markers } from "../../render/markers.ts";
import { CLASS_COLORS, regionLookupTable } from "../../render/palette.ts";
import { panelId } from "../../store/compareUrl.ts";
import { usePlayground } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import { FigureTime } from "./FigureTime.tsx";
import { GeneralisationChart } from "./GeneralisationChart.tsx";
import { panelHeading, settingLabel, valueLabel } from "./headings.ts";
import { OverlayPanel } from "./OverlayPanel.tsx";
import { Panel } from "./Panel.tsx";
import { pointGroups } from "./plotPaths.ts";
import { SweepEditor } from "./SweepEditor.tsx";
import "./compare.css";

/** Markers a little larger than the single plane's: a panel is a quarter of its width or less. */
const PANEL_MARKER_SCALE = 1.6;
const OVERLAY_MARKER_SCALE = 1.25;

const MARKERS = markers();

/** What the panels' marks mean, once for all of them. */
function Legend() {
  const t = useT();
  const keys = [
    {
      label: "boundary.legend.class0",
      box: "-6 -6 12 12",
      mark: <path d={MARKERS[0]} fill={CLASS_COLORS[0]} />,
    },
    {
      label: "boundary.legend.class1",
      box: "-6 -6 12 12",
      mark: <path d={MARKERS[1]} fill={CLASS_COLORS[1]} />,
    },
    {
      label: "boundary.legend.test",
      box: "-6 -6 12 12",
      mark: <path d={MARKERS[0]} fill="white" stroke="#555" strokeWidth={1.5} />,
    },
    {
      label: "boundary.legend.line",
      box: "0 -6 18 12",
      mark: <line x1={0} x2={18} y1={0} y2={0} className="decision-line" />,
    },
  ] as const;
  return (
    <p className="legend compare-legend">
      {keys.map(({ label, box, mark }) => (
        <span key={label}>
          <svg viewBox={box} aria-hidden="true">
            {mark}
          </svg>
          {t(label)}
        </span>
      ))}
    </p>
  );
}

/** A plane as a string, equal for equal planes (so a selector's result compares by value). */
function planeKey(domain: Rect | null): string {
  return domain ? [domain.x1Min, domain.x1Max, domain.x2Min, domain.x2Max].join(" ") : "";
}

function planeOf(key: string): Rect | null {
  if (key === "") return null;
  const [x1Min, x1Max, x2Min, x2Max] = key.split(" ").map(Number);
  return { x1Min, x1Max, x2Min, x2Max };
}

/**
 * The compare view. `embedded` (embed=1, EmbedView.tsx): the panels only, without the sweep editor and the
 * chart, for an `<iframe>`.
 */
export default function CompareView({ embedded = false }: { embedded?: boolean }) {
  const t = useT();
  const compare = usePlayground((s) => s.compare);
  const data = usePlayground((s) => s.data);
  // Every panels frame carries its own copy of the plane: re-render (and redraw the points) only when
  // the plane itself changes, not with every frame.
  const domainKey = usePlayground((s) => planeKey(s.panelDomain ?? s.data?.domain ?? null));
  const domain = useMemo(() => planeOf(domainKey), [domainKey]);
  const lut = useMemo(regionLookupTable, []);
  const { setting, values } = compare.sweep;

  const ids = useMemo(() => values.map((value) => panelId(setting, value)), [setting, values]);
  const headings = useMemo(
    () => values.map((value) => panelHeading(t, setting, value)),
    [t, setting, values],
  );
  const ticks = useMemo(() => values.map((value) => valueLabel(t, setting, value)), [t, setting, values]);
  const points = useMemo(
    () => (data && domain ? pointGroups(data, domain, PANEL_MARKER_SCALE) : []),
    [data, domain],
  );
  const overlayPoints = useMemo(
    () => (data && domain ? pointGroups(data, domain, OVERLAY_MARKER_SCALE) : []),
    [data, domain],
  );
  const overlay = compare.overlay && setting === "initSeed";

  return (
    <section className="compare" aria-label={t("compare.region")}>
      {!embedded && <SweepEditor />}
      <FigureTime ids={ids} />
      <Legend />
      {overlay && <OverlayPanel ids={ids} seeds={values} points={overlayPoints} />}
      <div className="panel-grid">
        {values.map((value, i) => (
          <Panel
            key={ids[i]}
            id={ids[i]}
            hidden={setting === "hiddenUnits" ? (value as number) : null}
            heading={headings[i]}
            points={points}
            lut={lut}
          />
        ))}
      </div>
      {!embedded && (
        <GeneralisationChart ids={ids} ticks={ticks} headings={headings} setting={settingLabel(t, setting)} />
      )}
    </section>
  );
}
