/**
 * Hidden space: every training and test point at its hidden values h = f(W x + b), the input plane's grid
 * lines bent by the hidden layer, and where the output layer changes class, which is flat there:
 * Σ_j (u_j2 − u_j1) h_j + (b2_2 − b2_1) = 0. One unit: a number line; two: the plane; three: a box to
 * turn; more: the user picks two or three, the others held at their mean. Loaded lazily (export default):
 * nothing imports it statically, so the first paint never waits for it.
 */
import { type JSX, useState } from "react";
import { markers } from "../../render/markers.ts";
import { CLASS_COLORS } from "../../render/palette.ts";
import { usePlayground } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import { HiddenSpacePlot } from "./hiddenSpace/HiddenSpacePlot.tsx";
import { subscript } from "./hiddenSpace/subscript.ts";
import { fitPicks, type Picks, UnitPicker } from "./hiddenSpace/UnitPicker.tsx";
import "./hiddenSpace.css";

const MARKERS = markers();
const LEGEND: readonly {
  label: "hiddenSpace.legend.class0" | "hiddenSpace.legend.class1" | "hiddenSpace.legend.test";
  mark: JSX.Element;
}[] = [
  { label: "hiddenSpace.legend.class0", mark: <path d={MARKERS[0]} fill={CLASS_COLORS[0]} /> },
  { label: "hiddenSpace.legend.class1", mark: <path d={MARKERS[1]} fill={CLASS_COLORS[1]} /> },
  {
    label: "hiddenSpace.legend.test",
    mark: <path d={MARKERS[0]} fill="white" stroke="#555" strokeWidth={1.5} />,
  },
];

export default function HiddenSpace() {
  const t = useT();
  const H = usePlayground((s) => s.frame?.hiddenUnits ?? s.settings.hiddenUnits);
  // A string, so a new frame with the same masked units re-renders nothing.
  const masked = usePlayground((s) => (s.frame?.masked ?? s.masked).join(","));
  const [picks, setPicks] = useState<Picks>([0, 1, 2]);

  if (H === 0) {
    return (
      <section className="hidden-space" data-testid="hidden-space" data-units="">
        <p>{t("hiddenSpace.none")}</p>
      </section>
    );
  }
  const fitted = fitPicks(picks, H);
  const units = H <= 3 ? Array.from({ length: H }, (_, j) => j) : fitted.filter((j) => j >= 0);
  const name = (unit: number) => `h${subscript(unit)}`;
  const off = masked === "" ? [] : masked.split(",").map(Number);
  return (
    <section
      className="hidden-space"
      data-testid="hidden-space"
      data-units={units.map((j) => j + 1).join(",")}
    >
      {H > 3 && <UnitPicker H={H} picks={fitted} onChange={setPicks} />}
      <HiddenSpacePlot units={units} />
      <ul className="hs-legend">
        {LEGEND.map(({ label, mark }) => (
          <li key={label}>
            <svg viewBox="-6 -6 12 12" aria-hidden="true">
              {mark}
            </svg>
            {t(label)}
          </li>
        ))}
      </ul>
      <div className="hs-captions">
        <p>{t("hiddenSpace.caption.rule")}</p>
        {units.length === 1 ? <p>{t("hiddenSpace.caption.line")}</p> : <p>{t("hiddenSpace.caption.grid")}</p>}
        {H > units.length && <p>{t("hiddenSpace.caption.held")}</p>}
        {off.length > 0 && <p>{t("hiddenSpace.caption.masked", { units: off.map(name).join(", ") })}</p>}
      </div>
    </section>
  );
}
