/**
 * The focused hidden unit (store.focusUnit: pointed at in the unit maps or the diagram) shown large over
 * the plane: its value h_j at MAP_SIDE² points, computed here from the frame's parameters (cheap for one
 * unit), semi-transparent, with its own line a_j = 0 (where h_j = 0, or ½ for sigmoid) drawn exactly,
 * and a caption naming it. Repainted from a store subscription, at most every PAINT_MS.
 */
import { useEffect, useMemo, useRef } from "react";
import { HEIGHT, MARGIN, PLOT_BOX_STYLE, WIDTH } from "../../render/plotGeometry.ts";
import { clipToSquare, lineInPlot, unitWeights } from "../../render/unitLines.ts";
import {
  paintValues,
  unitMap,
  unitMapCentre,
  unitMapLookupTable,
  unitMapSpan,
} from "../../render/unitMaps.ts";
import type { PlaygroundState } from "../../store/playgroundStore.ts";
import { usePlayground, useStoreApi } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import { createThrottle } from "./throttle.ts";
import "./units.css";

/** The large map's side in cells (the canvas is scaled up smoothly by CSS). */
export const MAP_SIDE = 64;
/** Shortest time between two repaints, in ms (about 15 a second: the map changes slowly; a frame has little to spare at H = 64). */
const PAINT_MS = 66;

/** The unit to show: the focused one if this network has it. */
const shownUnit = (s: PlaygroundState) => {
  const H = s.frame?.hiddenUnits ?? s.settings.hiddenUnits;
  return s.focusUnit !== null && s.focusUnit <= H ? s.focusUnit : null;
};

export function FocusedUnitMap() {
  const unit = usePlayground(shownUnit);
  return unit === null ? null : <LargeMap unit={unit} />;
}

function LargeMap({ unit }: { unit: number }) {
  const t = useT();
  const store = useStoreApi();
  const activation = usePlayground((s) => s.settings.activation);
  const lines = usePlayground((s) => s.unitLines);
  const canvas = useRef<HTMLCanvasElement>(null);
  const line = useRef<SVGPathElement>(null);
  const lut = useMemo(unitMapLookupTable, []);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext("2d") ?? null;
    const image = ctx?.createImageData(MAP_SIDE, MAP_SIDE) ?? null;
    const pixels = image && new Uint32Array(image.data.buffer);
    const h = new Float64Array(MAP_SIDE * MAP_SIDE);
    const paint = () => {
      const { frame, data } = store.getState();
      const H = frame?.hiddenUnits ?? 0;
      const w = frame && unitWeights(frame.params, H, unit);
      if (!frame || !data || !w) {
        line.current?.setAttribute("d", "");
        return;
      }
      const segment = clipToSquare(lineInPlot(w, data.domain));
      line.current?.setAttribute(
        "d",
        segment ? `M${segment.from.px},${segment.from.py}L${segment.to.px},${segment.to.py}` : "",
      );
      if (!ctx || !image || !pixels) return;
      unitMap(frame.params, H, unit, activation, data.domain, MAP_SIDE, h);
      let scale = 0;
      for (let i = 0; i < h.length; i++) scale = Math.max(scale, Math.abs(h[i]));
      paintValues(h, h.length, unitMapCentre(activation), unitMapSpan(activation, scale), pixels, lut);
      ctx.putImageData(image, 0, 0);
    };
    const throttle = createThrottle(paint, PAINT_MS);
    throttle.schedule();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.frame !== prev.frame || s.data !== prev.data) throttle.schedule();
    });
    return () => {
      unsubscribe();
      throttle.cancel();
    };
  }, [store, unit, activation, lut]);

  const level = unitMapCentre(activation) === 0 ? "0" : "½";
  return (
    <>
      <canvas
        ref={canvas}
        className="focused-unit-map"
        data-testid="focused-unit"
        data-unit={unit}
        width={MAP_SIDE}
        height={MAP_SIDE}
        style={PLOT_BOX_STYLE}
      />
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" className="focused-unit-line">
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          <path ref={line} />
        </g>
      </svg>
      <p className="focused-unit-caption" style={{ left: PLOT_BOX_STYLE.left, top: PLOT_BOX_STYLE.top }}>
        {t("units.focus", { unit, level })}
        {lines && <span className="focused-unit-help"> {t("units.lineHelp")}</span>}
      </p>
    </>
  );
}
