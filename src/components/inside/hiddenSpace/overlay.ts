/**
 * The SVG layer of the hidden-space picture, written from the painter: the separator (the threshold on
 * the number line, the line in 2-D, the plane's outline in 3-D) with its hidden-space coordinates in
 * data-points at full precision, the axes (1-D, 2-D) and the turned box with its axes' names (3-D).
 */
import { axisBottom, axisLeft, scaleLinear, select } from "d3";
import type { Translate } from "../../useT.ts";
import type { HiddenValues } from "./hiddenValues.ts";
import type { PlotRefs } from "./plotRefs.ts";
import { boxEdges, pictureOfValues, type Scene, separatorInBox, toPicture, VIEW } from "./scene.ts";

export const BOTTOM = VIEW.top + VIEW.side;
const RIGHT = VIEW.left + VIEW.side;
const EDGES = boxEdges();

/** A writer that redraws the axes only when their ranges change. */
export function createOverlayWriter(
  refs: PlotRefs,
): (scene: Scene, values: HiddenValues, t: Translate) => void {
  let axesFor = "";
  return (scene, values, t) => {
    const dims = scene.units.length;
    const cut = separatorInBox(scene, values);
    const at = cut.map((p) => pictureOfValues(scene, p));
    let d = "";
    if (dims === 1 && at.length === 1) d = `M${at[0][0]},${VIEW.top}V${BOTTOM}`;
    else if (at.length > 1) d = `M${at.map(([x, y]) => `${x},${y}`).join("L")}${at.length > 2 ? "Z" : ""}`;
    const line = refs.separator.current;
    if (line) {
      line.setAttribute("d", d);
      line.dataset.points = cut.map((p) => p.join(",")).join(" ");
    }
    const label = refs.threshold.current;
    if (label) {
      label.textContent = cut.length === 1 ? t("hiddenSpace.threshold", { value: cut[0][0].toFixed(3) }) : "";
      label.setAttribute("x", String(at[0]?.[0] ?? 0));
    }
    if (refs.missed.current) refs.missed.current.hidden = cut.length > 0;

    const ranges = scene.lo.map((lo, i) => [lo, scene.hi[i]] as [number, number]);
    const rangeKey = ranges.join(";");
    if (dims < 3 && rangeKey !== axesFor) {
      axesFor = rangeKey;
      const x = scaleLinear().domain(ranges[0]).range([VIEW.left, RIGHT]);
      if (refs.xAxis.current) select(refs.xAxis.current).call(axisBottom(x).ticks(6));
      if (refs.yAxis.current && dims === 2) {
        const y = scaleLinear().domain(ranges[1]).range([BOTTOM, VIEW.top]);
        select(refs.yAxis.current).call(axisLeft(y).ticks(6));
      }
    }
    if (scene.R) {
      const edges = EDGES.map(([a, b]) => {
        const [ax, ay] = toPicture(scene, a[0], a[1], a[2]);
        const [bx, by] = toPicture(scene, b[0], b[1], b[2]);
        return `M${ax},${ay}L${bx},${by}`;
      });
      refs.box.current?.setAttribute("d", edges.join(""));
      const [ox, oy] = toPicture(scene, -1, -1, -1);
      let axes = "";
      refs.axisLabels.current.forEach((name, axis) => {
        const end = [-1, -1, -1].map((v, k) => (k === axis ? 1 : v));
        const [ex, ey] = toPicture(scene, end[0], end[1], end[2]);
        axes += `M${ox},${oy}L${ex},${ey}`;
        // The name just beyond the axis's end, along it.
        name?.setAttribute("x", String(ex + 0.12 * (ex - ox) + (ex >= ox ? 6 : -6)));
        name?.setAttribute("y", String(ey + 0.12 * (ey - oy)));
      });
      refs.axes.current?.setAttribute("d", axes);
    }
  };
}
