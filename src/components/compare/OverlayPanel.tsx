/**
 * The seeds in one plane (`overlay=1`, a sweep of initialisation seeds): every seed's P = ½ line over the
 * shared data, each line dashed its own way and labelled with its seed on the plane and in a legend, so
 * no line is told apart by colour alone. It shows how much a network's result depends on its start.
 * Redrawn from a store subscription at most ten times a second, only the lines whose panel changed.
 */
import { useEffect, useRef } from "react";
import { PLOT } from "../../render/plotGeometry.ts";
import type { PanelView } from "../../worker/protocol.ts";
import { createThrottle } from "../inside/throttle.ts";
import { useStoreApi } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import { PointsLayer } from "./Panel.tsx";
import { createLineMaker, type PointGroup, pointAlong } from "./plotPaths.ts";

/** Up to MAX_PANELS dash patterns (in the plot's units), each distinct; the first line is solid. */
export const DASHES = [
  "none",
  "14 6",
  "4 4",
  "18 5 4 5",
  "2 6",
  "26 8",
  "9 4 2 4",
  "10 10",
  "3 3 14 3",
  "22 4 4 4 4 4",
  "1 5",
  "14 4 2 4 2 4",
] as const;
/** Dark line colours, cycled beside the dashes (a second cue, never the only one). */
const INKS = ["#111111", "#5b3a99", "#00695c", "#8a4b08"] as const;
/** How often the lines are redrawn at most, in ms. */
const REDRAW_MS = 100;

export interface OverlayPanelProps {
  /** The seeds' panel ids and values, in the sweep's order. */
  ids: readonly string[];
  seeds: readonly (string | number)[];
  points: readonly PointGroup[];
}

export function OverlayPanel({ ids, seeds, points }: OverlayPanelProps) {
  const t = useT();
  const store = useStoreApi();
  const svg = useRef<SVGSVGElement>(null);

  useEffect(() => {
    const root = svg.current;
    if (!root) return;
    const lines = Array.from(root.querySelectorAll<SVGPathElement>("path[data-seed]"));
    const labels = Array.from(root.querySelectorAll<SVGTextElement>("text[data-seed]"));
    const makeLine = createLineMaker();
    const drawn: (PanelView | null | undefined)[] = ids.map(() => undefined);
    let redraws = 0;
    const draw = () => {
      const { panels } = store.getState();
      let changed = false;
      ids.forEach((id, i) => {
        const view = panels.get(id) ?? null;
        if (view === drawn[i]) return;
        drawn[i] = view;
        changed = true;
        const d = view ? makeLine(view.grid, view.gridCols, view.gridRows) : "";
        lines[i]?.setAttribute("d", d);
        // Labels stagger along their lines, so lines that lie close keep their labels apart.
        const at = pointAlong(d, (i + 1) / (ids.length + 1));
        const label = labels[i];
        if (!label) return;
        label.style.display = at ? "" : "none";
        if (at) {
          label.setAttribute("x", at.x.toFixed(1));
          label.setAttribute("y", at.y.toFixed(1));
        }
      });
      if (changed) root.dataset.frame = String(++redraws);
    };
    const throttle = createThrottle(draw, REDRAW_MS);
    draw();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.panels !== prev.panels) throttle.schedule();
    });
    return () => {
      unsubscribe();
      throttle.cancel();
    };
  }, [store, ids]);

  return (
    <figure className="compare-overlay" data-testid="overlay">
      <figcaption>{t("compare.overlay.title")}</figcaption>
      <div className="compare-plot">
        <svg viewBox={`0 0 ${PLOT} ${PLOT}`} aria-hidden="true">
          <PointsLayer points={points} />
          <rect width={PLOT} height={PLOT} className="plot-frame" />
        </svg>
        {/* The lines change as the seeds train: a layer of their own over the points. */}
        <svg
          ref={svg}
          viewBox={`0 0 ${PLOT} ${PLOT}`}
          role="img"
          aria-label={t("compare.overlay.label", { count: seeds.length })}
          data-frame="0"
          className="own-layer"
        >
          {ids.map((id, i) => (
            <path
              key={id}
              data-seed={String(seeds[i])}
              className="overlay-line"
              stroke={INKS[i % INKS.length]}
              strokeDasharray={DASHES[i % DASHES.length]}
            />
          ))}
          {ids.map((id, i) => (
            <text key={id} data-seed={String(seeds[i])} className="overlay-label">
              {t("compare.overlay.seed", { value: seeds[i] })}
            </text>
          ))}
        </svg>
      </div>
      <ul className="overlay-legend">
        {ids.map((id, i) => (
          <li key={id}>
            <svg viewBox="0 0 48 12" aria-hidden="true">
              <line
                x1={0}
                x2={48}
                y1={6}
                y2={6}
                stroke={INKS[i % INKS.length]}
                strokeDasharray={DASHES[i % DASHES.length]}
              />
            </svg>
            {t("compare.overlay.seed", { value: seeds[i] })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
