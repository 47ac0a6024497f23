/**
 * The plane: decision regions shaded by P(class 1), the 0.5 boundary as a crisp line, the data points
 * (class by colour and by shape; training points filled, test points hollow) and axes.
 *
 * Regions are a small canvas (one pixel per grid cell, scaled up smoothly by CSS) repainted from the
 * colour table on every frame; the boundary is a d3-contour path. Both are updated from a store
 * subscription, outside React, so a frame costs no re-render.
 */
import {
  axisBottom,
  axisLeft,
  contours,
  geoIdentity,
  geoPath,
  type ScaleLinear,
  scaleLinear,
  select,
  symbol,
  symbolCircle,
  symbolTriangle,
} from "d3";
import { memo, useEffect, useMemo, useRef } from "react";
import type { Rect } from "../engine/grid.ts";
import { paintRegions } from "../render/paintRegions.ts";
import { CLASS_COLORS, regionLookupTable } from "../render/palette.ts";
import type { DataMessage, Frame } from "../worker/protocol.ts";
import { usePlayground, useStoreApi } from "./StoreContext.tsx";

/** The plot's square side and margins, in the SVG's own units (it scales to its box). */
const PLOT = 480;
const MARGIN = { top: 10, right: 10, bottom: 38, left: 46 };
const WIDTH = MARGIN.left + PLOT + MARGIN.right;
const HEIGHT = MARGIN.top + PLOT + MARGIN.bottom;

const pct = (part: number, whole: number) => `${(100 * part) / whole}%`;
const CANVAS_STYLE = {
  left: pct(MARGIN.left, WIDTH),
  top: pct(MARGIN.top, HEIGHT),
  width: pct(PLOT, WIDTH),
  height: pct(PLOT, HEIGHT),
};

const MARKERS = [symbol(symbolCircle, 42)() ?? "", symbol(symbolTriangle, 48)() ?? ""] as const;

const LEGEND = [
  { label: "class 0 (red)", viewBox: "-6 -6 12 12", mark: <path d={MARKERS[0]} fill={CLASS_COLORS[0]} /> },
  { label: "class 1 (blue)", viewBox: "-6 -6 12 12", mark: <path d={MARKERS[1]} fill={CLASS_COLORS[1]} /> },
  {
    label: "hollow = test point",
    viewBox: "-6 -6 12 12",
    mark: <path d={MARKERS[0]} fill="white" stroke="#555" strokeWidth={1.5} />,
  },
  {
    label: "boundary: P = ½",
    viewBox: "0 -6 18 12",
    mark: <line x1={0} x2={18} y1={0} y2={0} className="decision-line" />,
  },
];

function scalesFor(domain: Rect): { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } {
  return {
    x: scaleLinear().domain([domain.x1Min, domain.x1Max]).range([0, PLOT]),
    y: scaleLinear().domain([domain.x2Min, domain.x2Max]).range([PLOT, 0]),
  };
}

/** The data points, re-rendered only when the data set changes. */
const Points = memo(function Points({ data }: { data: DataMessage }) {
  const { x, y } = scalesFor(data.domain);
  const marks = (set: DataMessage["train"], hollow: boolean) =>
    Array.from(set.t, (t, r) => (
      <path
        // biome-ignore lint/suspicious/noArrayIndexKey: a point is its row; the whole set is replaced together
        key={`${hollow ? "test" : "train"}-${r}`}
        d={MARKERS[t] ?? MARKERS[0]}
        transform={`translate(${x(set.x[2 * r]).toFixed(1)},${y(set.x[2 * r + 1]).toFixed(1)})`}
        fill={hollow ? "white" : CLASS_COLORS[t]}
        stroke={hollow ? CLASS_COLORS[t] : "#1b1b1b"}
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

function Axes({ domain }: { domain: Rect }) {
  const xAxis = useRef<SVGGElement>(null);
  const yAxis = useRef<SVGGElement>(null);
  useEffect(() => {
    const { x, y } = scalesFor(domain);
    if (xAxis.current) select(xAxis.current).call(axisBottom(x).ticks(6));
    if (yAxis.current) select(yAxis.current).call(axisLeft(y).ticks(6));
  }, [domain]);
  return (
    <g className="axes">
      <g ref={xAxis} transform={`translate(0,${PLOT})`} />
      <g ref={yAxis} />
      <text x={PLOT / 2} y={PLOT + 34} textAnchor="middle" className="axis-label">
        x₁
      </text>
      <text x={-34} y={PLOT / 2} textAnchor="middle" className="axis-label">
        x₂
      </text>
    </g>
  );
}

export function BoundaryView() {
  const store = useStoreApi();
  const data = usePlayground((s) => s.data);
  const canvas = useRef<HTMLCanvasElement>(null);
  const boundary = useRef<SVGPathElement>(null);
  const lut = useMemo(regionLookupTable, []);

  useEffect(() => {
    let repaints = 0;
    // Per grid size: the image buffer, its 32-bit view, the contour generator and the path projection.
    let sized: {
      cols: number;
      rows: number;
      image: ImageData | null;
      pixels: Uint32Array | null;
      isoline: ReturnType<typeof contours>;
      path: ReturnType<typeof geoPath>;
    } | null = null;
    const paint = (frame: Frame | null) => {
      const el = canvas.current;
      if (!frame || !el) return;
      const { gridCols: cols, gridRows: rows, grid } = frame;
      const ctx = el.getContext("2d");
      if (sized?.cols !== cols || sized.rows !== rows) {
        el.width = cols;
        el.height = rows;
        const image = ctx?.createImageData(cols, rows) ?? null;
        sized = {
          cols,
          rows,
          image,
          pixels: image && new Uint32Array(image.data.buffer),
          isoline: contours().size([cols, rows]).thresholds([0.5]),
          path: geoPath(geoIdentity().scale(PLOT / cols)),
        };
      }
      if (ctx && sized.image && sized.pixels) {
        paintRegions(grid, sized.pixels, lut);
        ctx.putImageData(sized.image, 0, 0);
      }
      const line = sized.isoline(grid as unknown as number[])[0];
      boundary.current?.setAttribute("d", (line && sized.path(line)) || "");
      el.dataset.frame = String(++repaints);
    };
    paint(store.getState().frame);
    return store.subscribe((s, prev) => {
      if (s.frame !== prev.frame) paint(s.frame);
    });
  }, [store, lut]);

  return (
    <figure className="boundary-view">
      <div className="plot" style={{ aspectRatio: `${WIDTH} / ${HEIGHT}` }}>
        <canvas
          ref={canvas}
          data-testid="boundary"
          data-frame="0"
          style={CANVAS_STYLE}
          role="img"
          aria-label="Decision regions: shaded by the network's probability of each class"
        />
        {/* The boundary changes every frame: its own layer, so the points above are not repainted with it. */}
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" className="own-layer">
          <path
            ref={boundary}
            className="decision-line"
            transform={`translate(${MARGIN.left},${MARGIN.top})`}
          />
        </svg>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {data && <Points data={data} />}
            {data && <Axes domain={data.domain} />}
            <rect width={PLOT} height={PLOT} className="plot-frame" />
          </g>
        </svg>
      </div>
      <figcaption className="legend">
        {LEGEND.map(({ label, mark, viewBox }) => (
          <span key={label}>
            <svg viewBox={viewBox} aria-hidden="true">
              {mark}
            </svg>
            {label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
