/**
 * One compare panel: its heading, its own plane (decision regions, the P = ½ line, the shared data points),
 * its readouts and the gap between training and test accuracy, a line when it diverged or stopped, and a
 * button (or a click on the plane) that opens its network in the playground.
 *
 * Painting and the numbers come from a store subscription, as in the single view: a frame costs a repaint
 * and a few text writes, never a React render, and only a panel whose own view changed is painted, at
 * most 25 times a second.
 */
import { memo, useEffect, useId, useRef } from "react";
import { createBoundaryPainter } from "../../render/boundaryPainter.ts";
import { CLASS_COLORS } from "../../render/palette.ts";
import { PLOT } from "../../render/plotGeometry.ts";
import type { PlaygroundState } from "../../store/playgroundStore.ts";
import type { PanelView } from "../../worker/protocol.ts";
import { createThrottle } from "../inside/throttle.ts";
import { useStoreApi } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import { PANEL_READOUTS, panelState } from "./panelText.ts";
import type { PointGroup } from "./plotPaths.ts";

/** The shortest time between two paints of one panel, in ms. */
const PAINT_MS = 40;

export interface PanelProps {
  /** The panel's id (compareUrl.ts panelId): "hidden=3", "lr=0.1". */
  id: string;
  /** The hidden units when the sweep is of hidden units (the panel's `data-hidden`), else null. */
  hidden: number | null;
  heading: string;
  points: readonly PointGroup[];
  lut: Uint32Array;
}

/** The data points on a plane: training filled, test hollow; class by colour and by shape. */
export const PointsLayer = memo(function PointsLayer({ points }: { points: readonly PointGroup[] }) {
  return (
    <g className="points">
      {points.map(({ d, cls, test }) => (
        <path
          key={`${test ? "test" : "train"}-${cls}`}
          d={d}
          fill={test ? "white" : CLASS_COLORS[cls]}
          stroke={test ? CLASS_COLORS[cls] : "#1b1b1b"}
          strokeWidth={test ? 1.8 : 0.7}
        />
      ))}
    </g>
  );
});

export const Panel = memo(function Panel({ id, hidden, heading, points, lut }: PanelProps) {
  const t = useT();
  const store = useStoreApi();
  const headingId = useId();
  const canvas = useRef<HTMLCanvasElement>(null);
  const line = useRef<SVGPathElement>(null);
  const list = useRef<HTMLDListElement>(null);
  const state = useRef<HTMLParagraphElement>(null);
  const open = () => store.getState().openPanel(id);

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const painter = createBoundaryPainter(el, line.current, PLOT, lut);
    const cells = Array.from(list.current?.querySelectorAll("dd") ?? []);
    let repaints = 0;
    /** The view on the canvas (null: blank); undefined before the first update. */
    let shown: PanelView | null | undefined;
    let shownLang: PlaygroundState["lang"] | null = null;
    const update = ({ panels, lang }: PlaygroundState) => {
      const view = panels.get(id) ?? null;
      if (view !== shown) {
        shown = view;
        if (view) {
          painter.paint(view.grid, view.gridCols, view.gridRows);
          el.dataset.frame = String(++repaints);
        } else {
          painter.clear();
        }
        PANEL_READOUTS.forEach((spec, i) => {
          const text = spec.text(view);
          if (cells[i] && cells[i].textContent !== text) cells[i].textContent = text;
        });
        shownLang = null;
      }
      if (lang !== shownLang && state.current) {
        shownLang = lang;
        const text = panelState(view, lang);
        if (state.current.textContent !== text) state.current.textContent = text;
      }
    };
    update(store.getState());
    // Eight panels painted at every display frame would cost the page its frame rate: each panel is
    // painted at most every PAINT_MS (25 times a second), always with its latest view.
    const throttle = createThrottle(() => update(store.getState()), PAINT_MS);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.lang !== prev.lang) update(s);
      else if (s.panels !== prev.panels && s.panels.get(id) !== shown) throttle.schedule();
    });
    return () => {
      unsubscribe();
      throttle.cancel();
    };
  }, [store, id, lut]);

  const sweep = hidden === null ? { "data-sweep": id } : { "data-hidden": String(hidden) };
  return (
    <article className="compare-panel" data-testid="panel" {...sweep} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {/* A click or tap on the plane opens the panel too; the button below is the way for a keyboard or a
          screen reader, so the plane itself is not a second focus stop. */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a pointer shortcut for the Open button below */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the Open button below is the keyboard's way */}
      <div className="compare-plot" onClick={open}>
        <canvas
          ref={canvas}
          data-testid="boundary"
          data-frame="0"
          role="img"
          aria-label={t("compare.panel.plot", { heading })}
        />
        {/* The line changes with every frame: a layer of its own, so the points above are not redrawn. */}
        <svg viewBox={`0 0 ${PLOT} ${PLOT}`} aria-hidden="true" className="own-layer">
          <path ref={line} className="decision-line" />
        </svg>
        <svg viewBox={`0 0 ${PLOT} ${PLOT}`} aria-hidden="true">
          <PointsLayer points={points} />
          <rect width={PLOT} height={PLOT} className="plot-frame" />
        </svg>
      </div>
      <p className="panel-state" ref={state} aria-live="polite" />
      <dl className="compare-readouts" ref={list}>
        {PANEL_READOUTS.map(({ label, testId }) => (
          <div className={`readout readout-${testId}`} key={testId}>
            <dt>{t(label)}</dt>
            {/* Filled by the subscription above; React never writes into it. */}
            <dd data-testid={testId} />
          </div>
        ))}
      </dl>
      <button type="button" className="open-panel" onClick={open}>
        {t("compare.panel.open", { heading })}
      </button>
    </article>
  );
});
