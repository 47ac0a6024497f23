/**
 * `--load FILE`: the trainer goes on from a saved model's settings, data and weights, as the page does
 * with a dropped file; conflicts and bad files are one line on stderr with status 2.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadOptions } from "../../src/cli/load.ts";
import { parseTrainerArgs, type TrainerOptions } from "../../src/cli/options.ts";
import { report } from "../../src/cli/report.ts";
import { pointsFromRows } from "../../src/data/points.ts";
import { Run, type RunSettings, runData } from "../../src/engine/run.ts";
import { modelFileText } from "../../src/export/modelFile.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** A run trained `epochs` passes and saved as the page saves it. */
function saved(
  settings: RunSettings,
  epochs: number,
  points = null as ReturnType<typeof pointsFromRows> | null,
) {
  const run = new Run(settings, runData(settings, points));
  run.train(epochs);
  return { run, text: modelFileText({ settings, points, epoch: run.epoch, params: run.net.params }) };
}

/** What `train --load <file> ...args` prints, run in-process on a file held in memory. */
function trainFrom(text: string, args: string[]): { lines: string[] } | { error: string } {
  const parsed = parseTrainerArgs(["--load", "model.json", ...args]);
  if (parsed.kind !== "train") throw new Error("the options should parse");
  const loaded = loadOptions(parsed.options, () => text);
  return loaded.ok ? { lines: [...report(loaded.options, loaded.start)] } : { error: loaded.message };
}

function json(out: { lines: string[] } | { error: string }) {
  if ("error" in out) throw new Error(out.error);
  return JSON.parse(out.lines[0]);
}

describe("train --load FILE", () => {
  it("goes on from the file's weights exactly as the same run continuing in the engine", () => {
    const { run, text } = saved(ARTICLE_SETTINGS, 300);
    const out = json(trainFrom(text, ["--epochs", "200", "--print-every", "100", "--json"]));
    const losses: number[] = [];
    for (let i = 0; i < 2; i++) {
      run.train(i === 0 ? 1 : 100);
      losses.push(run.evaluate().train.loss);
    }
    run.train(99);
    expect(out.losses).toEqual([
      [0, losses[0]],
      [100, losses[1]],
    ]);
    const { w, b1, u, b2 } = run.net;
    expect(out.W1.flat()).toEqual(Array.from(w));
    expect(out.b1).toEqual(Array.from(b1));
    expect(out.W2.flat()).toEqual(Array.from(u));
    expect(out.b2).toEqual(Array.from(b2));
  });

  it("trains on the file's own points, and prints them with --data-only", () => {
    const points = pointsFromRows([
      [-1, 0.5, 0],
      [0.25, -0.75, 1],
      [1.5, 1, 1],
      [-0.5, -1, 0],
    ]);
    const settings: RunSettings = {
      ...ARTICLE_SETTINGS,
      dataset: "custom",
      hiddenUnits: 2,
      learningRate: 0.1,
    };
    const { run, text } = saved(settings, 10, points);
    run.train(5);
    expect(json(trainFrom(text, ["--epochs", "5", "--json"])).loss).toBe(run.evaluate().train.loss);
    const data = trainFrom(text, ["--data-only"]);
    expect("lines" in data && data.lines.slice(1)).toEqual([
      "-1 0.5 0",
      "0.25 -0.75 1",
      "1.5 1 1",
      "-0.5 -1 0",
    ]);
  });

  it("lets --lr, --lambda and --batch change how it learns, and the matching settings be given again", () => {
    const { text } = saved(ARTICLE_SETTINGS, 50);
    const loaded = loadOptions(
      (
        parseTrainerArgs(["--load", "m.json", "--lr", "0.05", "--hidden", "3", "--batch", "20"]) as {
          options: TrainerOptions;
        }
      ).options,
      () => text,
    );
    expect(loaded.ok && loaded.options.settings).toEqual({
      ...ARTICLE_SETTINGS,
      learningRate: 0.05,
      batchSize: 20,
    });
  });

  it("refuses a setting that contradicts the file, naming both", () => {
    const { text } = saved(ARTICLE_SETTINGS, 1);
    expect(trainFrom(text, ["--hidden", "5"])).toEqual({
      error:
        "train: --hidden 5 conflicts with --load model.json, whose hidden is 3: the data and the network come " +
        "from the file (only --lr, --lambda and --batch may change)",
    });
    expect(trainFrom(text, ["--dataset", "circles"])).toHaveProperty(
      "error",
      expect.stringMatching(/^train: --dataset circles conflicts/),
    );
  });

  it("refuses a bad file in one line saying what is wrong", () => {
    expect(trainFrom("{}", [])).toEqual({
      error:
        'train: --load model.json: not a model this trainer can open: it is not a saved model (its "format" is not "backprop-playground-model").',
    });
  });
});

function train(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      join(root, "node_modules", ".bin", "tsx"),
      [join(root, "src", "cli", "train.ts"), ...args],
      { cwd: root },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe("the train command with --load", () => {
  it("prints the loss lines from the file, and exits 2 with one line for a missing or bad file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "load-"));
    const good = join(dir, "model.json");
    const bad = join(dir, "bad.json");
    writeFileSync(good, saved(ARTICLE_SETTINGS, 1000).text);
    writeFileSync(bad, '{"format": "backprop-playground-model", "version": 1}');
    const [ok, missing, broken, conflict] = await Promise.all([
      train(["--load", good, "--epochs", "1000"]),
      train(["--load", join(dir, "nothing.json")]),
      train(["--load", bad]),
      train(["--load", good, "--activation", "relu"]),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe("");
    // the article's run goes on: after 1000 + 1 passes its loss is near the article's 0.068947 at 1000
    const lines = ok.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^Loss after iteration 0: 0\.0689\d\d$/);
    expect(lines.at(-1)).toBe("Training accuracy: 0.975");
    for (const failed of [missing, broken, conflict]) {
      expect(failed.code).toBe(2);
      expect(failed.stdout).toBe("");
      expect(failed.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(missing.stderr).toMatch(/cannot read the file \(no such file\)/);
    expect(broken.stderr).toMatch(/it has no "settings"\./);
    expect(conflict.stderr).toMatch(/^train: --activation relu conflicts with --load/);
  }, 30_000);
});
