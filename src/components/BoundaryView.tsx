/**
 * The plane: decision regions shaded by P(class 1), the 0.5 boundary as a crisp line, the data points
 * (class by colour and by shape; training points filled, test points hollow) and axes.
 *
 * Regions are a small canvas (one pixel per grid cell, scaled up smoothly by CSS) repainted from the
 * colour table on every frame; the boundary is a d3-contour path. Both are updated from a store
 * subscription, outside React, so a frame costs no re-render, and only from a frame computed for the
 * data set on screen.
 */
import {
  type JSX,
  lazy,
  memo,
  type RefObject,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Rect } from "../engine/grid.ts";
import type { MessageKey } from "../i18n/translate.ts";
import { createBoundaryPainter } from "../render/boundaryPainter.ts";
import { markerScale, markers } from "../render/markers.ts";
import { CLASS_COLORS, POINT_OUTLINE, regionLookupTable } from "../render/palette.ts";
import { HEIGHT, MARGIN, PLOT, PLOT_BOX_STYLE, WIDTH } from "../render/plotGeometry.ts";
import { linearScale, linearTickFormat, type Scale } from "../render/scales.ts";
import { drawAxis } from "../render/svgAxis.ts";
import type { PlaygroundState } from "../store/playgroundStore.ts";
import type { DataMessage, Frame } from "../worker/protocol.ts";
import { EmptyNotice } from "./data/EmptyNotice.tsx";
import { PlaneCursor } from "./data/PlaneCursor.tsx";
import { useLegendRoom } from "./data/useLegendRoom.ts";
import { usePlaneEditing } from "./data/usePlaneEditing.ts";
import { ExampleMarker } from "./inside/ExampleMarker.tsx";
import { UnitLinesToggle, UnitOverlay } from "./inside/UnitOverlay.tsx";
import { usePlayground, useStoreApi } from "./StoreContext.tsx";
import { type Translate, useT } from "./useT.ts";

const CANVAS_STYLE = PLOT_BOX_STYLE;

/** The data tools under the plane load after the first paint (the CSV code itself only when a file is used). */
const DataTools = lazy(() => import("./data/DataTools.tsx"));

const MARKERS = markers();
/** In presenter mode a point is at least this wide on screen, in CSS px (the issue asks for 12). */
const PRESENTER_POINT_PX = 14;

/**
 * How much to enlarge the markers so a point is PRESENTER_POINT_PX wide on screen in presenter mode
 * (the SVG scales with its box, so the factor depends on the plot's width); 1 otherwise. Quarter steps,
 * so resizing re-renders the points rarely.
 */
function useMarkerScale(plot: RefObject<HTMLDivElement | null>, present: boolean): number {
  const [pxPerUnit, setPxPerUnit] = useState(0);
  useEffect(() => {
    const el = plot.current;
    if (!present || !el || typeof ResizeObserver !== "function") return;
    const measure = () => setPxPerUnit(el.clientWidth / WIDTH);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [plot, present]);
  return present ? markerScale(pxPerUnit, PRESENTER_POINT_PX) : 1;
}

const LEGEND: readonly { label: MessageKey; viewBox: string; mark: JSX.Element }[] = [
  {
    label: "boundary.legend.class0",
    viewBox: "-6 -6 12 12",
    mark: <path d={MARKERS[0]} fill={CLASS_COLORS[0]} />,
  },
  {
    label: "boundary.legend.class1",
    viewBox: "-6 -6 12 12",
    mark: <path d={MARKERS[1]} fill={CLASS_COLORS[1]} />,
  },
  {
    label: "boundary.legend.test",
    viewBox: "-6 -6 12 12",
    mark: <path d={MARKERS[0]} fill="white" stroke="#555" strokeWidth={1.5} />,
  },
  {
    label: "boundary.legend.line",
    viewBox: "0 -6 18 12",
    mark: <line x1={0} x2={18} y1={0} y2={0} className="decision-line" />,
  },
];

function scalesFor(domain: Rect): { x: Scale; y: Scale } {
  return {
    x: linearScale([domain.x1Min, domain.x1Max], [0, PLOT]),
    y: linearScale([domain.x2Min, domain.x2Max], [PLOT, 0]),
  };
}

/** The data points, re-rendered only when the data set changes. */
const Points = memo(function Points({ data, scale }: { data: DataMessage; scale: number }) {
  const { x, y } = scalesFor(data.domain);
  const shapes = scale === 1 ? MARKERS : markers(scale);
  const marks = (set: DataMessage["train"], hollow: boolean) =>
    Array.from(set.t, (t, r) => (
      <path
        // biome-ignore lint/suspicious/noArrayIndexKey: a point is its row; the whole set is replaced together
        key={`${hollow ? "test" : "train"}-${r}`}
        d={shapes[t] ?? shapes[0]}
        transform={`translate(${x(set.x[2 * r]).toFixed(1)},${y(set.x[2 * r + 1]).toFixed(1)})`}
        fill={hollow ? "white" : CLASS_COLORS[t]}
        stroke={hollow ? CLASS_COLORS[t] : POINT_OUTLINE}
        strokeWidth={hollow ? 1.8 : 0.7}
      />
    ));
  return (
    <g className="points">
      {marks(data.train, false)}
      {marks(data.test, true)}
    </g>
  );
});

function Axes({ domain, t }: { domain: Rect; t: Translate }) {
  const xAxis = useRef<SVGGElement>(null);
  const yAxis = useRef<SVGGElement>(null);
  useEffect(() => {
    const { x, y } = scalesFor(domain);
    const xFormat = linearTickFormat([domain.x1Min, domain.x1Max], 6);
    const yFormat = linearTickFormat([domain.x2Min, domain.x2Max], 6);
    if (xAxis.current) drawAxis(xAxis.current, "bottom", x, x.ticks(6), xFormat);
    if (yAxis.current) drawAxis(yAxis.current, "left", y, y.ticks(6), yFormat);
  }, [domain]);
  return (
    <g className="axes">
      <g ref={xAxis} transform={`translate(0,${PLOT})`} />
      <g ref={yAxis} />
      <text x={PLOT / 2} y={PLOT + 34} textAnchor="middle" className="axis-label">
        {t("boundary.axis.x1")}
      </text>
      <text x={-34} y={PLOT / 2} textAnchor="middle" className="axis-label">
        {t("boundary.axis.x2")}
      </text>
    </g>
  );
}

export function BoundaryView() {
  const t = useT();
  const store = useStoreApi();
  const data = usePlayground((s) => s.data);
  const canvas = useRef<HTMLCanvasElement>(null);
  const boundary = useRef<SVGPathElement>(null);
  const lut = useMemo(regionLookupTable, []);
  const plot = useRef<HTMLDivElement>(null);
  const present = usePlayground((s) => s.present);
  const scale = useMarkerScale(plot, present);
  // The user's own data is edited on the full page's plane, not in an embedded one.
  const editable = !usePlayground((s) => s.embed);
  const hintId = useId();
  const figure = useRef<HTMLElement>(null);
  useLegendRoom(figure, editable);
  const editing = usePlaneEditing(plot, canvas, data?.domain ?? null, editable, {
    "aria-label": t("data.plane"),
    "aria-describedby": hintId,
  });

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const painter = createBoundaryPainter(el, boundary.current, PLOT, lut);
    let repaints = 0;
    /** The frame whose grid is on the canvas (null: the canvas is blank). */
    let shown: Frame | null = null;
    // A grid belongs to the data set it was computed for: over other points it would show an old
    // network's regions, so the plane stays blank until a frame for the points on screen arrives.
    const update = ({ frame, data }: PlaygroundState) => {
      const current = frame && data && frame.dataId === data.dataId ? frame : null;
      if (current === shown) return;
      shown = current;
      if (current) {
        painter.paint(current.grid, current.gridCols, current.gridRows);
        el.dataset.frame = String(++repaints);
      } else {
        painter.clear();
      }
    };
    update(store.getState());
    return store.subscribe((s, prev) => {
      if (s.frame !== prev.frame || s.data !== prev.data) update(s);
    });
  }, [store, lut]);

  return (
    <figure className="boundary-view" ref={figure}>
      <div
        className="plot"
        ref={plot}
        style={{ aspectRatio: `${WIDTH} / ${HEIGHT}` }}
        {...editing.plotProps}
        data-testid="plane"
      >
        <canvas
          ref={canvas}
          data-testid="boundary"
          data-frame="0"
          style={CANVAS_STYLE}
          role="img"
          aria-label={t("boundary.label")}
        />
        {/* The boundary changes every frame: its own layer, so the points above are not repainted with it. */}
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" className="own-layer">
          <path
            ref={boundary}
            data-testid="boundary-line"
            className="decision-line"
            transform={`translate(${MARGIN.left},${MARGIN.top})`}
          />
        </svg>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {data && <Points data={data} scale={scale} />}
            {data && <ExampleMarker data={data} />}
            {data && <Axes domain={data.domain} t={t} />}
            {data && editing.cursor && <PlaneCursor cursor={editing.cursor} domain={data.domain} />}
            <rect width={PLOT} height={PLOT} className="plot-frame" />
          </g>
        </svg>
        <UnitOverlay />
        {editable && <EmptyNotice />}
      </div>
      <figcaption className="legend">
        {LEGEND.map(({ label, mark, viewBox }) => (
          <span key={label}>
            <svg viewBox={viewBox} aria-hidden="true">
              {mark}
            </svg>
            {t(label)}
          </span>
        ))}
        <UnitLinesToggle />
      </figcaption>
      {editable && (
        // A slot there from the first paint, so useLegendRoom measures the tools when they arrive.
        <div className="data-tools-slot">
          <Suspense fallback={null}>
            <DataTools hintId={hintId} />
          </Suspense>
        </div>
      )}
    </figure>
  );
}
