/**
 * Training and test loss against epochs (test dashed, so colour is not the only difference), with a
 * log-scale option. Lines go on a canvas and each frame adds only its new segments; the whole curve
 * is redrawn only when an axis changes or the history is thinned (see lossChartScales.ts).
 */
import { useEffect, useId, useRef, useState } from "react";
import {
  type ChartDomain,
  chartDomain,
  formatEpochTick,
  formatLossTick,
  sameDomain,
} from "../render/lossChartScales.ts";
import { linearScale, logScale, type Scale } from "../render/scales.ts";
import { drawAxis } from "../render/svgAxis.ts";
import type { LossHistory } from "../store/lossHistory.ts";
import { useStoreApi } from "./StoreContext.tsx";
import { useT } from "./useT.ts";

const W = 400;
const H = 230;
const MARGIN = { top: 8, right: 12, bottom: 30, left: 52 };
const PW = W - MARGIN.left - MARGIN.right;
const PH = H - MARGIN.top - MARGIN.bottom;
const SERIES = [
  { key: "train", color: "#222", dash: [] as number[] },
  { key: "test", color: "#7a3fa0", dash: [5, 4] },
] as const;

const pct = (part: number, whole: number) => `${(100 * part) / whole}%`;

export function LossChart() {
  const t = useT();
  const store = useStoreApi();
  const [log, setLog] = useState(false);
  const canvas = useRef<HTMLCanvasElement>(null);
  const xAxis = useRef<SVGGElement>(null);
  const yAxis = useRef<SVGGElement>(null);
  const checkboxId = useId();

  useEffect(() => {
    let domain: ChartDomain | null = null;
    let drawn = 0;
    let thinnings = -1;
    let history: LossHistory | null = null;
    let y: Scale = linearScale([0, 1], [PH, 0]);
    let x: Scale = linearScale([0, 1], [0, PW]);

    const draw = () => {
      const el = canvas.current;
      const h = store.getState().history;
      const ctx = el?.getContext("2d");
      if (!el || !ctx) return;
      // A new run (a new history) gets axes of its own, not the last run's grown ones.
      const next = chartDomain(h.epochs, [h.train, h.test], h.count, log, h === history ? domain : null);
      const full = h !== history || h.thinnings !== thinnings || !sameDomain(domain, next) || h.count < drawn;
      if (full) {
        domain = next;
        history = h;
        thinnings = h.thinnings;
        drawn = 0;
        const ratio = globalThis.devicePixelRatio || 1;
        // As many pixels as the canvas shows at the device pixel ratio (twice the design size when it is
        // not laid out, e.g. folded away), so lines stay crisp on a 4K screen or a projector.
        el.width = Math.round(Math.max(el.clientWidth, PW * 2) * ratio);
        el.height = Math.round(Math.max(el.clientHeight, PH * 2) * ratio);
        ctx.setTransform(el.width / PW, 0, 0, el.height / PH, 0, 0);
        ctx.clearRect(0, 0, PW, PH);
        x = linearScale([0, next.epochMax], [0, PW]);
        const lossDomain = [next.lossMin, next.lossMax];
        const logY = next.log ? logScale(lossDomain, [PH, 0], true) : null;
        y = logY ?? linearScale(lossDomain, [PH, 0], true);
        if (xAxis.current) drawAxis(xAxis.current, "bottom", x, x.ticks(5), formatEpochTick);
        // A log axis labels only some of its ticks: its own format chooses which.
        const yFormat = logY ? logY.tickFormat(4) : formatLossTick;
        if (yAxis.current) drawAxis(yAxis.current, "left", y, y.ticks(4), yFormat);
      }
      const from = Math.max(drawn - 1, 0);
      for (const { key, color, dash } of SERIES) {
        const values = h[key];
        ctx.beginPath();
        ctx.strokeStyle = color;
        ctx.lineWidth = 1.5;
        ctx.setLineDash(dash);
        let pen = false;
        for (let i = from; i < h.count; i++) {
          const v = values[i];
          if (!(v > 0) || !Number.isFinite(v)) {
            pen = false;
            continue;
          }
          const px = x(h.epochs[i]);
          const py = y(v);
          if (pen) ctx.lineTo(px, py);
          else ctx.moveTo(px, py);
          pen = true;
        }
        ctx.stroke();
      }
      drawn = h.count;
    };
    draw();
    return store.subscribe((s, prev) => {
      if (s.historyVersion !== prev.historyVersion) draw();
    });
  }, [store, log]);

  return (
    <figure className="loss-chart">
      <div className="chart-head">
        <figcaption>
          {t("results.chart.title")} <span className="key train">{t("results.chart.train")}</span>{" "}
          <span className="key test">{t("results.chart.test")}</span>
        </figcaption>
        <label htmlFor={checkboxId} className="inline">
          <input
            id={checkboxId}
            type="checkbox"
            checked={log}
            onChange={(e) => setLog(e.currentTarget.checked)}
          />{" "}
          {t("results.chart.logScale")}
        </label>
      </div>
      <div className="chart" style={{ aspectRatio: `${W} / ${H}` }}>
        <canvas
          ref={canvas}
          role="img"
          aria-label={t("results.chart.label")}
          style={{
            left: pct(MARGIN.left, W),
            top: pct(MARGIN.top, H),
            width: pct(PW, W),
            height: pct(PH, H),
          }}
        />
        <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <g ref={xAxis} transform={`translate(0,${PH})`} data-axis="epoch" />
            <g ref={yAxis} data-axis="loss" />
            <text x={PW / 2} y={PH + 28} textAnchor="middle" className="axis-label small">
              {t("results.chart.epochAxis")}
            </text>
          </g>
        </svg>
      </div>
    </figure>
  );
}
