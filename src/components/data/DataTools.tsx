/**
 * The tools for the user's own data, under the plane beside its legend (not in embed): how to add and
 * remove points (mouse, touch and keyboard wording), which class a tap adds, how many points of each class
 * there are, Clear (then Undo), Import CSV… and Export CSV (EmptyNotice says, over the plane, when there is no
 * training point). What happened is said in a polite live region,
 * mounted empty and filled after each action. The CSV code (data/csv.ts, d3-dsv) loads only when a file is
 * chosen or exported.
 */
import { useRef } from "react";
import { classCounts, concatPoints, emptyPoints } from "../../data/points.ts";
import type { Dataset } from "../../engine/datasets.ts";
import type { MessageKey } from "../../i18n/translate.ts";
import { markers } from "../../render/markers.ts";
import { CLASS_COLORS } from "../../render/palette.ts";
import type { PlaygroundState } from "../../store/playgroundStore.ts";
import { usePlayground, useStoreApi } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import { sayData, useDataStatus } from "./dataStatus.ts";
import { downloadText } from "./downloadText.ts";
import "./dataTools.css";

const MARKERS = markers();
const CLASSES = [0, 1] as const;

const asDataset = (d: { x: Float64Array; t: Uint8Array }): Dataset => ({ n: d.t.length, x: d.x, t: d.t });

/** The points on screen, training then test (the custom points themselves until the trainer has split them). */
export function pointsOnScreen(s: PlaygroundState): Dataset {
  if (
    s.settings.dataset === "custom" &&
    (!s.data || s.data.train.t.length + s.data.test.t.length !== s.points?.n)
  )
    return s.points ?? emptyPoints();
  return s.data ? concatPoints(asDataset(s.data.train), asDataset(s.data.test)) : emptyPoints();
}

/** How many points of each class are on screen, [class 0, class 1] (cheap: read on every store change). */
function countsOnScreen(s: PlaygroundState): [number, number] {
  const d = s.data;
  if (s.settings.dataset === "custom" && (!d || d.train.t.length + d.test.t.length !== s.points?.n))
    return classCounts(s.points ?? emptyPoints());
  if (!d) return [0, 0];
  const [a0, a1] = classCounts(asDataset(d.train));
  const [b0, b1] = classCounts(asDataset(d.test));
  return [a0 + b0, a1 + b1];
}

function ClassMark({ label }: { label: 0 | 1 }) {
  return (
    <svg viewBox="-6 -6 12 12" aria-hidden="true" className="data-mark">
      <path d={MARKERS[label]} fill={CLASS_COLORS[label]} stroke="#1b1b1b" strokeWidth={0.7} />
    </svg>
  );
}

/** The radio group choosing the class a click or tap adds. */
function ClassToggle() {
  const t = useT();
  const store = useStoreApi();
  const chosen = usePlayground((s) => s.pointClass);
  return (
    <fieldset className="data-class">
      <legend>{t("data.class.legend")}</legend>
      {CLASSES.map((c) => (
        <label key={c}>
          <input
            type="radio"
            name="data-class"
            value={c}
            checked={chosen === c}
            onChange={() => store.getState().setPointClass(c)}
          />
          <ClassMark label={c} />
          {t(`data.class.${c}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** The live region: what the last action did, in the language on screen. */
function DataStatusLine() {
  const t = useT();
  const store = useStoreApi();
  const status = useDataStatus(store);
  // Japanese sentences follow one another without a space.
  const lang = usePlayground((s) => s.lang);
  return (
    <p className="data-status" role="status" data-testid="data-status" data-serial={status?.serial ?? 0}>
      {/* A new span for each status: its fade (presenter mode, dataTools.css) starts again. */}
      {status && (
        <span key={status.serial} className="data-status-text">
          {status.messages.map((m) => t(m.key, m.params)).join(lang === "ja" ? "" : " ")}
        </span>
      )}
    </p>
  );
}

export default function DataTools({ hintId }: { hintId: string }) {
  const t = useT();
  const store = useStoreApi();
  const file = useRef<HTMLInputElement>(null);
  const canUndo = usePlayground((s) => s.pointsUndo !== null);
  const present = usePlayground((s) => s.present);
  const [class0, class1] = usePlayground((s) => countsOnScreen(s).join(",")).split(",");

  const clear = () => {
    const count = pointsOnScreen(store.getState()).n;
    store.getState().clearPoints();
    sayData(store, { key: "data.status.cleared", params: { count } });
  };
  const undo = () => {
    const before = store.getState().pointsUndo;
    store.getState().undoPoints();
    const key: MessageKey = before?.points ? "data.status.undone" : "data.status.undoneSet";
    sayData(store, { key, params: { count: before?.points?.n ?? 0 } });
  };
  const importFile = async (chosen: File) => {
    const { readCsvFile } = await import("../../data/csv.ts");
    const result = await readCsvFile(chosen);
    if (!result.ok) {
      sayData(store, { key: "data.status.refused", params: { file: chosen.name } }, result.message);
      return;
    }
    store.getState().setPoints(result.value);
    const [zeros, ones] = classCounts(result.value);
    sayData(store, {
      key: "data.status.imported",
      params: { file: chosen.name, count: result.value.n, class0: zeros, class1: ones },
    });
  };
  const exportFile = async () => {
    const { formatCsv } = await import("../../data/csv.ts");
    const s = store.getState();
    const points = pointsOnScreen(s);
    const name = `points-${s.settings.dataset}.csv`;
    downloadText(formatCsv(points), name, "text/csv");
    sayData(store, { key: "data.status.exported", params: { count: points.n, file: name } });
  };

  const body = (
    <>
      <p className="data-hint" id={hintId}>
        <span className="data-hint-mouse">{t("data.hint.mouse")}</span>
        <span className="data-hint-touch">{t("data.hint.touch")}</span>
        <span className="data-hint-keys">{t("data.hint.keys")}</span>
      </p>
      <div className="data-row">
        <ClassToggle />
        <p className="data-counts" data-testid="data-counts" data-class0={class0} data-class1={class1}>
          <span aria-hidden="true">
            <ClassMark label={0} />
            {class0} <ClassMark label={1} />
            {class1}
          </span>
          <span className="visually-hidden">{t("data.counts", { class0, class1 })}</span>
        </p>
        <div className="data-buttons">
          <button type="button" onClick={clear} title={t("data.clear.title")}>
            {t("data.clear")}
          </button>
          {canUndo && (
            <button type="button" onClick={undo}>
              {t("data.undo")}
            </button>
          )}
          <button type="button" onClick={() => file.current?.click()} title={t("data.import.title")}>
            {t("data.import")}
          </button>
          <input
            ref={file}
            type="file"
            accept=".csv,text/csv,text/plain"
            hidden
            data-testid="data-file"
            onChange={(e) => {
              const chosen = e.currentTarget.files?.[0];
              e.currentTarget.value = "";
              if (chosen) void importFile(chosen);
            }}
          />
          <button type="button" onClick={() => void exportFile()} title={t("data.export.title")}>
            {t("data.export")}
          </button>
        </div>
      </div>
    </>
  );
  return (
    <section className="data-tools" aria-label={t("data.tools")}>
      {present ? (
        // In presenter mode the plane comes first: the tools fold behind one line.
        <details className="data-more">
          <summary>{t("data.tools")}</summary>
          {body}
        </details>
      ) : (
        body
      )}
      <DataStatusLine />
    </section>
  );
}
