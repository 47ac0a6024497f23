/**
 * The hidden-space picture: a canvas (regions, bent grid lines, points) under an SVG (axes, the
 * separator, the 3-D box), painted by usePainter. One or two units: an image; three: a box the user
 * turns by dragging or with the arrow keys (an application region with its instructions beside it).
 */
import { useId, useRef } from "react";
import { useStoreApi } from "../../StoreContext.tsx";
import { type Translate, useT } from "../../useT.ts";
import { BOTTOM } from "./overlay.ts";
import { type PlotRefs, usePlotRefs } from "./plotRefs.ts";
import { VIEW } from "./scene.ts";
import { subscript } from "./subscript.ts";
import { usePainter } from "./usePainter.ts";
import { useTurn } from "./useTurn.ts";

const MIDDLE = VIEW.top + VIEW.side / 2;

/** The picture for the shown units (0-based, 1 to 3 of them). */
export function HiddenSpacePlot({ units }: { units: readonly number[] }) {
  const t = useT();
  const store = useStoreApi();
  const hintId = useId();
  const refs = usePlotRefs();
  const redraw = useRef(() => {});
  const words = useRef<Translate>(t);
  words.current = t;
  const { turn, handlers } = useTurn(redraw);
  const shownKey = units.join(",");
  usePainter(store, refs, shownKey, turn, redraw, words);

  const names = units.map((j) => `h${subscript(j + 1)}`);
  const style = { aspectRatio: `${VIEW.width} / ${VIEW.height}` };
  const layers = <Layers refs={refs} names={names} />;
  return (
    <div className="hs-figure">
      {units.length === 3 ? (
        <div
          ref={refs.root}
          className="hs-plot hs-turnable"
          style={style}
          data-frame="0"
          data-dims={3}
          role="application"
          aria-label={t("hiddenSpace.label3d", { units: names.join(", ") })}
          aria-describedby={hintId}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the box turns with the arrow keys, so it takes focus
          tabIndex={0}
          {...handlers}
        >
          {layers}
        </div>
      ) : (
        <div
          ref={refs.root}
          className="hs-plot"
          style={style}
          data-frame="0"
          data-dims={units.length}
          role="img"
          aria-label={t("hiddenSpace.label", { units: names.join(", ") })}
        >
          {layers}
        </div>
      )}
      {units.length === 3 && (
        <p id={hintId} className="hs-hint">
          {t("hiddenSpace.rotate")}
        </p>
      )}
      <p ref={refs.missed} className="hs-missed" hidden>
        {t("hiddenSpace.caption.missed")}
      </p>
    </div>
  );
}

/** The canvas and the SVG over it; what changes per frame is written by the painter. */
function Layers({ refs, names }: { refs: PlotRefs; names: string[] }) {
  const dims = names.length;
  return (
    <>
      <canvas ref={refs.canvas} />
      <svg viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} aria-hidden="true">
        {dims === 3 ? (
          <>
            <path ref={refs.box} className="hs-box" />
            <path ref={refs.axes} className="hs-axes" />
            {names.map((name, d) => (
              <text
                key={name}
                ref={(node) => {
                  refs.axisLabels.current[d] = node;
                }}
                className="hs-axis-label"
                textAnchor="middle"
                dominantBaseline="middle"
              >
                {name}
              </text>
            ))}
          </>
        ) : (
          <>
            <g ref={refs.xAxis} className="hs-axis" transform={`translate(0,${BOTTOM})`} />
            {dims === 2 && <g ref={refs.yAxis} className="hs-axis" transform={`translate(${VIEW.left},0)`} />}
            <rect x={VIEW.left} y={VIEW.top} width={VIEW.side} height={VIEW.side} className="hs-frame" />
            <text
              x={VIEW.left + VIEW.side / 2}
              y={VIEW.height - 2}
              textAnchor="middle"
              className="hs-axis-label"
            >
              {names[0]}
            </text>
            {dims === 2 && (
              <text
                x={12}
                y={MIDDLE}
                textAnchor="middle"
                className="hs-axis-label"
                transform={`rotate(-90 12 ${MIDDLE})`}
              >
                {names[1]}
              </text>
            )}
          </>
        )}
        <path ref={refs.separator} data-testid="hidden-separator" className="hs-separator" />
        {dims === 1 && <text ref={refs.threshold} y={VIEW.top + 14} dx={4} className="hs-threshold" />}
      </svg>
    </>
  );
}
