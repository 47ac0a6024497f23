/**
 * What the headless trainer prints, as lines of text with no I/O: the article's loss lines and accuracy,
 * the same run as one JSON object, or the generated data set alone. Every number is JavaScript's
 * shortest round-trip form except the loss lines, which keep the article's six decimals.
 */
import type { Dataset } from "../engine/datasets.ts";
import { makeDataset } from "../engine/datasets.ts";
import { type Divergence, LOSS_EXPLOSION_FACTOR, Run, runData } from "../engine/run.ts";
import { locateValues } from "../engine/weightNames.ts";
import type { StartingPoint } from "./load.ts";
import type { TrainerOptions } from "./options.ts";
import { type LossPoint, trainReportingLoss } from "./training.ts";

/**
 * The lines to print for these options, produced as training goes (without line ends); `start`: a loaded
 * model's points and weights (cli/load.ts) to train on from.
 */
export function report(options: TrainerOptions, start?: StartingPoint): Iterable<string> {
  if (options.dataOnly) {
    const data = dataOf(options, start);
    return options.json ? [dataJson(data)] : dataText(data, dataTitle(options));
  }
  return options.json ? [jsonReport(options, start)] : textReport(options, start);
}

/** A fresh run for these options, its network set to the starting point's weights when there is one. */
export function startRun(options: TrainerOptions, start?: StartingPoint): Run {
  const run = new Run(options.settings, runData(options.settings, start?.points));
  if (start) {
    const located = locateValues(start.values, options.settings.hiddenUnits);
    // parseModelFile has checked every name and value against the same rules
    if (!located.ok) throw new Error(located.reason);
    run.setParameters(located.values);
  }
  return run;
}

/** `Loss after iteration I: L`, L with six decimals as the article prints it. */
export function lossLine({ iteration, loss }: LossPoint): string {
  return `Loss after iteration ${iteration}: ${loss.toFixed(6)}`;
}

/** Why a run stopped, in plain words, with what to try next. */
export function divergenceLine(d: Divergence): string {
  const when = d.epoch === 0 ? "Diverged before any update" : `Diverged at iteration ${d.epoch - 1}`;
  const why =
    d.reason === "not-finite"
      ? "a weight or the loss is no longer a finite number"
      : `the training loss grew from ${roughly(d.initialLoss)} to ${roughly(d.loss)} ` +
        `(over ${LOSS_EXPLOSION_FACTOR} times ${d.since === "lambda" ? "its value when λ was last changed" : "its starting value"})`;
  return `${when}: ${why}. Try a smaller learning rate.`;
}

/** The article's output: loss lines as training goes, a divergence line if any, then the accuracy. */
export function* textReport(options: TrainerOptions, start?: StartingPoint): Generator<string> {
  const run = startRun(options, start);
  for (const point of trainReportingLoss(run, options.epochs, options.printEvery)) yield lossLine(point);
  const final = run.evaluate();
  if (run.divergence) yield divergenceLine(run.divergence);
  yield `Training accuracy: ${final.train.accuracy}`;
  if (run.data.test.n > 0) yield `Test accuracy: ${final.test.accuracy}`;
}

/** The trained network and its losses as the JSON object of INTERFACES.md, on one line. */
export function jsonReport(options: TrainerOptions, start?: StartingPoint): string {
  const run = startRun(options, start);
  const losses = [...trainReportingLoss(run, options.epochs, options.printEvery)];
  const final = run.evaluate();
  const { H, K, w, b1, u, b2 } = run.net;
  const hasTest = run.data.test.n > 0;
  const d = run.divergence;
  // JSON.stringify writes NaN and ±∞ as null, so a diverged run still gives valid JSON.
  return JSON.stringify({
    losses: losses.map((p) => [p.iteration, p.loss]),
    loss: final.train.loss,
    accuracy: final.train.accuracy,
    testLoss: hasTest ? final.test.loss : null,
    testAccuracy: hasTest ? final.test.accuracy : null,
    W1: [0, 1].map((i) => Array.from(w.subarray(i * H, (i + 1) * H))), // W1[i][j] = w[i·H + j]
    b1: Array.from(b1),
    W2: Array.from({ length: K }, (_, j) => [u[2 * j], u[2 * j + 1]]), // W2[j][k] = u[j·2 + k]
    b2: Array.from(b2),
    diverged: d !== null,
    ...(d && {
      divergence: {
        reason: d.reason,
        epoch: d.epoch,
        loss: d.loss,
        initialLoss: d.initialLoss,
        message: divergenceLine(d),
        updates: d.updates,
        since: d.since,
      },
    }),
  });
}

/** The whole data set before any train/test split: generated, or a loaded model's own points. */
export function dataOf(options: TrainerOptions, start?: StartingPoint): Dataset {
  const { dataset, samples, noise, seed } = options.settings;
  if (dataset !== "custom") return makeDataset(dataset, samples, noise, seed);
  return start?.points ?? { n: 0, x: new Float64Array(0), t: new Uint8Array(0) };
}

/** How the data set was made, in words: "moons, 200 samples, noise 0.2, seed 0" (or the model file's points). */
export function dataTitle(options: TrainerOptions): string {
  const { dataset, samples, noise, seed } = options.settings;
  if (dataset === "custom") return `the points of ${options.load?.path ?? "the model file"}`;
  return `${dataset}, ${samples} samples, noise ${noise}, seed ${seed}`;
}

/** A `#` header (naming the columns, and the data set when titled), then one `x1 x2 y` line per point. */
export function dataText(data: Dataset, title?: string): string[] {
  const lines = [title ? `# x1 x2 y (${title})` : "# x1 x2 y"];
  for (let r = 0; r < data.n; r++) lines.push(`${data.x[2 * r]} ${data.x[2 * r + 1]} ${data.t[r]}`);
  return lines;
}

/** `{"X": [[x1, x2], …], "y": [0|1, …]}` in the generator's row order. */
export function dataJson(data: Dataset): string {
  const X = Array.from({ length: data.n }, (_, r) => [data.x[2 * r], data.x[2 * r + 1]]);
  return JSON.stringify({ X, y: Array.from(data.t) });
}

/** Three significant digits, enough to say how far a loss has grown (5.03e+13 rather than 14 digits). */
function roughly(x: number): string {
  return Math.abs(x) < 1e6 ? String(Number(x.toPrecision(3))) : x.toPrecision(3);
}
