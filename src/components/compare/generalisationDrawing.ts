/**
 * The generalisation chart's drawing, with d3: each panel's training and test value (accuracy or loss) at
 * its current epoch, on a categorical x axis in the sweep's order; training a solid line with circles, test
 * a dashed line with squares; and the same numbers as a table's rows for a screen reader.
 */
import { axisBottom, axisLeft, line, scaleLinear, scalePoint, select } from "d3";
import { formatAccuracy, formatLoss } from "../../render/format.ts";
import type { PanelView } from "../../worker/protocol.ts";

/** The chart's box in its SVG's units, and the plot inside its margins. */
export const CHART = { W: 560, H: 250, MARGIN: { top: 12, right: 18, bottom: 46, left: 52 } } as const;
export const PW = CHART.W - CHART.MARGIN.left - CHART.MARGIN.right;
export const PH = CHART.H - CHART.MARGIN.top - CHART.MARGIN.bottom;

export type Measure = "accuracy" | "loss";
export type SeriesKey = "train" | "test";

/** The series: colour and dash (the test series also differs by its square marks). */
export const SERIES: readonly { key: SeriesKey; color: string; dash: string }[] = [
  { key: "train", color: "#222222", dash: "none" },
  { key: "test", color: "#7a3fa0", dash: "6 4" },
];

/** One panel's value in a series, or null (no view yet, no test set, not a finite number). */
export function seriesValue(view: PanelView | undefined, series: SeriesKey, measure: Measure): number | null {
  if (!view) return null;
  const value =
    measure === "accuracy"
      ? series === "train"
        ? view.trainAccuracy
        : view.testAccuracy
      : series === "train"
        ? view.trainLoss
        : view.testLoss;
  return value != null && Number.isFinite(value) ? value : null;
}

export interface ChartSpec {
  /** The panels' ids, in the sweep's order, and what the x axis and the table's rows call each. */
  ids: readonly string[];
  ticks: readonly string[];
  headings: readonly string[];
  measure: Measure;
  /** Whether there is a test set (else only the training series is drawn). */
  hasTest: boolean;
}

/**
 * A drawing into `plot` (a `g` holding `.x-axis`, `.y-axis` and a `g[data-series]` per series, each with a
 * `path.series-line`) and the table body `rows`: draw it with the panels' views as they are now.
 */
export function createGeneralisationDrawing(
  plot: SVGGElement,
  rows: HTMLTableSectionElement,
  { ids, ticks, headings, measure, hasTest }: ChartSpec,
): (panels: ReadonlyMap<string, PanelView>) => void {
  const g = select(plot);
  const x = scalePoint<string>().domain(ids).range([0, PW]).padding(0.5);
  const tickOf = new Map(ids.map((id, i) => [id, ticks[i]]));
  g.select<SVGGElement>(".x-axis").call(
    axisBottom(x)
      .tickFormat((id) => tickOf.get(id) ?? id)
      .tickSizeOuter(0),
  );
  const format = measure === "accuracy" ? formatAccuracy : formatLoss;
  const shown: readonly SeriesKey[] = hasTest ? ["train", "test"] : ["train"];

  /** What was drawn last: the values, and the y axis's top (nothing is redrawn that did not change). */
  let drawn = "";
  let drawnTop = Number.NaN;
  return (panels) => {
    const values = Object.fromEntries(
      SERIES.map(({ key }) => [key, ids.map((id) => seriesValue(panels.get(id), key, measure))]),
    ) as Record<SeriesKey, (number | null)[]>;
    const key = JSON.stringify(values);
    if (key === drawn) return;
    drawn = key;
    const top =
      measure === "accuracy"
        ? 1
        : Math.max(1e-6, ...shown.flatMap((key) => values[key].filter((v): v is number => v !== null)));
    const y = scaleLinear().domain([0, top]).range([PH, 0]);
    if (measure === "loss") y.nice();
    if (y.domain()[1] !== drawnTop) {
      drawnTop = y.domain()[1];
      g.select<SVGGElement>(".y-axis").call(axisLeft(y).ticks(5));
    }
    for (const { key } of SERIES) {
      const points = shown.includes(key)
        ? ids.flatMap((id, i) => {
            const v = values[key][i];
            return v === null ? [] : [{ id, v }];
          })
        : [];
      const series = g.select<SVGGElement>(`[data-series="${key}"]`);
      series.select("path.series-line").attr(
        "d",
        line<{ id: string; v: number }>()
          .x((p) => x(p.id) ?? 0)
          .y((p) => y(p.v))(points) ?? "",
      );
      const marks = series
        .selectAll<SVGElement, { id: string; v: number }>("[data-point]")
        .data(points, (p) => p.id)
        .join(key === "train" ? "circle" : "rect")
        .attr("data-point", (p) => p.id)
        .attr("data-value", (p) => p.v);
      if (key === "train")
        marks
          .attr("cx", (p) => x(p.id) ?? 0)
          .attr("cy", (p) => y(p.v))
          .attr("r", 4.5);
      else
        marks
          .attr("x", (p) => (x(p.id) ?? 0) - 4)
          .attr("y", (p) => y(p.v) - 4)
          .attr("width", 8)
          .attr("height", 8);
    }
    select(rows)
      .selectAll("tr")
      .data(ids)
      .join((enter) => {
        const row = enter.append("tr");
        row.append("th").attr("scope", "row");
        row.append("td").attr("class", "train");
        row.append("td").attr("class", "test");
        return row;
      })
      .call((tr) => tr.select("th").text((_, i) => headings[i]))
      .call((tr) => tr.select("td.train").text((_, i) => format(values.train[i])))
      .call((tr) => tr.select("td.test").text((_, i) => format(hasTest ? values.test[i] : null)));
  };
}
