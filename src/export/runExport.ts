/**
 * The page's run as files: the model (modelFile.ts), the NumPy script (numpyScript.ts) and the picture
 * (png.ts), made from the store's state — the settings, the latest frame's weights and epoch, the data on
 * screen — with names that say what they hold.
 */
import type { Dataset } from "../engine/datasets.ts";
import type { MessageKey, MessageParams } from "../i18n/translate.ts";
import { formatAccuracy, formatLoss } from "../render/format.ts";
import { SETTINGS } from "../settings/schema.ts";
import type { PlaygroundState } from "../store/playgroundStore.ts";
import type { Frame } from "../worker/protocol.ts";
import { modelData, modelFileText } from "./modelFile.ts";
import { numpyScript } from "./numpyScript.ts";
import { type BoundaryImage, canvasToPng, drawBoundaryImage } from "./png.ts";

/** A file to download. */
export interface ExportFile {
  name: string;
  blob: Blob;
}

/** The page's words in its language (components/useT.ts gives one). */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

type State = Pick<PlaygroundState, "settings" | "points" | "frame" | "data" | "masked">;

/** The frame showing the run as set now (null before it arrives, e.g. just after a setting changed). */
export function currentFrame(s: State): Frame | null {
  const { frame, data } = s;
  if (!frame || !data || frame.dataId !== data.dataId) return null;
  return frame.hiddenUnits === s.settings.hiddenUnits ? frame : null;
}

function baseName(s: State, frame: Frame): string {
  return `backprop-playground-${s.settings.dataset}-H${s.settings.hiddenUnits}-epoch${frame.epoch}`;
}

function customPoints(s: State): Dataset | null {
  return s.settings.dataset === "custom" ? s.points : null;
}

/** The model file of the run on screen (null: no frame for it yet). */
export function modelExport(s: State): ExportFile | null {
  const frame = currentFrame(s);
  if (!frame) return null;
  const text = modelFileText({
    settings: s.settings,
    points: customPoints(s),
    epoch: frame.epoch,
    params: frame.params,
  });
  return { name: `${baseName(s, frame)}.json`, blob: new Blob([text], { type: "application/json" }) };
}

/**
 * The NumPy script reproducing the run on screen: as many passes as it has made (the article's 20000 for a
 * run not started yet), printing every 1000 (every tenth of the run when shorter).
 */
export function numpyExport(s: State): ExportFile | null {
  const frame = currentFrame(s);
  if (!frame) return null;
  const epochs = frame.epoch > 0 ? frame.epoch : 20000;
  const printEvery = epochs >= 1000 ? 1000 : Math.max(1, Math.ceil(epochs / 10));
  const text = numpyScript({
    settings: s.settings,
    data: modelData(s.settings, customPoints(s)),
    epochs,
    printEvery,
    edited: frame.edited,
    masked: s.masked,
  });
  return {
    name: `${baseName(s, frame).replace(/-/g, "_")}.py`,
    blob: new Blob([text], { type: "text/x-python" }),
  };
}

/** The settings and results written under the picture, in the page's language. */
export function imageSummary(s: State, frame: Frame, t: Translate): string[] {
  const st = s.settings;
  const label = (key: keyof typeof SETTINGS) => t(SETTINGS[key].label ?? "export.menu");
  const choice = (key: "dataset" | "activation" | "output") => {
    const spec = SETTINGS[key];
    const k = spec.kind === "choice" ? spec.choiceLabels?.[st[key]] : undefined;
    return k ? t(k) : st[key];
  };
  const data =
    st.dataset === "custom"
      ? [`${label("dataset")}: ${choice("dataset")} (${s.points?.n ?? 0})`]
      : [
          `${label("dataset")}: ${choice("dataset")}`,
          `${label("samples")} ${st.samples}`,
          `${label("noise")} ${st.noise}`,
        ];
  const test =
    frame.testLoss === null
      ? []
      : [
          `${t("results.testLoss")} ${formatLoss(frame.testLoss)}`,
          `${t("results.testAccuracy")} ${formatAccuracy(frame.testAccuracy)}`,
        ];
  return [
    [...data, `${label("testFraction")} ${st.testFraction}`].join(" · "),
    [
      `${label("hiddenUnits")} ${st.hiddenUnits}`,
      `${label("activation")}: ${choice("activation")}`,
      `${label("output")}: ${choice("output")}`,
    ].join(" · "),
    [
      `${label("learningRate")} ${st.learningRate}`,
      `${label("lambda")} ${st.lambda}`,
      st.batchSize > 0 ? t("export.summary.batch", { size: st.batchSize }) : t("export.summary.fullBatch"),
    ].join(" · "),
    [
      `${t("results.epoch")} ${frame.epoch}`,
      `${t("results.trainLoss")} ${formatLoss(frame.trainLoss)}`,
      `${t("results.trainAccuracy")} ${formatAccuracy(frame.trainAccuracy)}`,
      ...test,
    ].join(" · "),
  ];
}

/** The picture of the boundary view on screen (null: no frame yet, or no plane on screen to copy). */
export async function imageExport(
  s: State,
  t: Translate,
  doc: Document = document,
): Promise<ExportFile | null> {
  const frame = currentFrame(s);
  const regions = doc.querySelector<HTMLCanvasElement>(
    '[data-testid="plane"] canvas[data-testid="boundary"]',
  );
  const line = doc.querySelector('[data-testid="plane"] [data-testid="boundary-line"]');
  if (!frame || !s.data || !regions) return null;
  const rows = (set: { x: Float64Array; t: Uint8Array }) => ({ x: set.x, t: set.t });
  const image: BoundaryImage = {
    regions,
    line: line?.getAttribute("d") ?? "",
    train: rows(s.data.train),
    test: rows(s.data.test),
    domain: s.data.domain,
    legend: [
      t("export.legend.class0"),
      t("export.legend.class1"),
      t("export.legend.train"),
      t("export.legend.test"),
      t("boundary.legend.line"),
    ],
    summary: imageSummary(s, frame, t),
  };
  const canvas = drawBoundaryImage(image, doc);
  if (!canvas) return null;
  return { name: `${baseName(s, frame)}.png`, blob: await canvasToPng(canvas) };
}
