/**
 * Generalisation made visible: each panel's training and test accuracy (or loss) at its current epoch,
 * against the swept value in the sweep's order. Training is a solid line with circles, test a dashed line
 * with squares (shape and dash, not colour alone), with a legend, an accessible name and the numbers as
 * a table for a screen reader. As the run goes on, the gap opens where the large networks overfit.
 * Drawn with d3 from a store subscription, at most ten times a second.
 */
import { useEffect, useId, useRef, useState } from "react";
import { createThrottle } from "../inside/throttle.ts";
import { usePlayground, useStoreApi } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import { CHART, createGeneralisationDrawing, type Measure, PH, PW, SERIES } from "./generalisationDrawing.ts";

const { W, H, MARGIN } = CHART;
/** How often the chart is redrawn at most, in ms. */
const REDRAW_MS = 100;

export interface GeneralisationChartProps {
  /** The panels' ids, in the sweep's order. */
  ids: readonly string[];
  /** Each panel's value as the x axis shows it ("3", "0.01", "ReLU"), in the same order. */
  ticks: readonly string[];
  /** Each panel's heading ("H = 3"), for the table. */
  headings: readonly string[];
  /** The swept setting's name (the x axis). */
  setting: string;
}

export function GeneralisationChart({ ids, ticks, headings, setting }: GeneralisationChartProps) {
  const t = useT();
  const store = useStoreApi();
  const hasTest = usePlayground((s) => s.settings.testFraction > 0);
  const [measure, setMeasure] = useState<Measure>("accuracy");
  const plot = useRef<SVGGElement>(null);
  const table = useRef<HTMLTableSectionElement>(null);
  const name = useId();
  const label = t(measure === "accuracy" ? "compare.chart.label.accuracy" : "compare.chart.label.loss", {
    setting,
  });

  useEffect(() => {
    const root = plot.current;
    const body = table.current;
    if (!root || !body) return;
    const drawing = createGeneralisationDrawing(root, body, { ids, ticks, headings, measure, hasTest });
    const draw = () => drawing(store.getState().panels);
    const throttle = createThrottle(draw, REDRAW_MS);
    draw();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.panels !== prev.panels) throttle.schedule();
    });
    return () => {
      unsubscribe();
      throttle.cancel();
    };
  }, [store, ids, ticks, headings, measure, hasTest]);

  const trainLabel = t(measure === "accuracy" ? "results.trainAccuracy" : "results.trainLoss");
  const testLabel = t(measure === "accuracy" ? "results.testAccuracy" : "results.testLoss");
  return (
    <figure className="generalisation" data-testid="generalisation">
      <div className="chart-head">
        <figcaption>{t("compare.chart.title")}</figcaption>
        <fieldset className="measure">
          <legend>{t("compare.chart.show")}</legend>
          {(["accuracy", "loss"] as const).map((m) => (
            <label key={m} className="inline">
              <input
                type="radio"
                name={name}
                value={m}
                checked={measure === m}
                onChange={() => setMeasure(m)}
              />{" "}
              {t(m === "accuracy" ? "compare.chart.accuracy" : "results.chart.title")}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="chart-keys">
        <span className="key">
          <svg viewBox="0 0 30 12" aria-hidden="true">
            <line x1={0} x2={30} y1={6} y2={6} className="series-line train" />
            <circle cx={15} cy={6} r={4} className="train" />
          </svg>
          {t("compare.chart.train")}
        </span>
        {hasTest && (
          <span className="key">
            <svg viewBox="0 0 30 12" aria-hidden="true">
              <line x1={0} x2={30} y1={6} y2={6} className="series-line test" />
              <rect x={11} y={2} width={8} height={8} className="test" />
            </svg>
            {t("compare.chart.test")}
          </span>
        )}
      </p>
      {!hasTest && (
        <p className="chart-note">{t("compare.chart.noTest", { field: t("controls.testFraction.label") })}</p>
      )}
      <div className="generalisation-plot">
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
          <g ref={plot} transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <g className="x-axis" transform={`translate(0,${PH})`} />
            <g className="y-axis" />
            <text x={PW / 2} y={PH + 38} textAnchor="middle" className="axis-label small">
              {setting}
            </text>
            <text
              transform={`translate(${-40},${PH / 2}) rotate(-90)`}
              textAnchor="middle"
              className="axis-label small"
            >
              {t(measure === "accuracy" ? "compare.chart.accuracy" : "results.chart.title")}
            </text>
            {SERIES.map(({ key, color, dash }) => (
              <g
                key={key}
                data-series={key}
                className={key}
                stroke={color}
                fill={key === "train" ? color : "white"}
              >
                <path className="series-line" fill="none" strokeWidth={2} strokeDasharray={dash} />
              </g>
            ))}
          </g>
        </svg>
      </div>
      {/* A table is as wide as its content whatever its own width: the wrapper is what is hidden. */}
      <div className="visually-hidden">
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">{setting}</th>
              <th scope="col">{trainLabel}</th>
              <th scope="col">{testLabel}</th>
            </tr>
          </thead>
          <tbody ref={table} />
        </table>
      </div>
    </figure>
  );
}
