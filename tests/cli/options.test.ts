/**
 * The trainer's command line: defaults, every option in both `--name value` and `--name=value` forms, and
 * one plain line naming the option for every kind of mistake.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, parseTrainerArgs, type TrainerOptions } from "../../src/cli/options.ts";
import { usage } from "../../src/cli/usage.ts";
import { DEFAULT_SETTINGS, SETTINGS } from "../../src/settings/schema.ts";

function options(argv: string[]): TrainerOptions {
  const parsed = parseTrainerArgs(argv);
  if (parsed.kind !== "train") throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function errorOf(argv: string[]): string {
  const parsed = parseTrainerArgs(argv);
  if (parsed.kind !== "error") throw new Error(`expected an error, got ${JSON.stringify(parsed)}`);
  return parsed.message;
}

const EVERY_OPTION = [
  "--dataset",
  "circles",
  "--samples",
  "300",
  "--noise",
  "0.05",
  "--seed",
  "4294967295",
  "--init-seed",
  "7",
  "--test",
  "0.3",
  "--hidden",
  "0",
  "--activation",
  "relu",
  "--output",
  "sigmoid",
  "--lr",
  "0.5",
  "--lambda",
  "0",
  "--batch",
  "16",
  "--epochs",
  "0",
  "--print-every",
  "0",
  "--json",
  "--data-only",
];

const EVERY_OPTION_PARSED: TrainerOptions = {
  settings: {
    dataset: "circles",
    samples: 300,
    noise: 0.05,
    seed: 4294967295,
    initSeed: 7,
    testFraction: 0.3,
    hiddenUnits: 0,
    activation: "relu",
    output: "sigmoid",
    learningRate: 0.5,
    lambda: 0,
    batchSize: 16,
  },
  epochs: 0,
  printEvery: 0,
  json: true,
  dataOnly: true,
};

describe("the trainer's options", () => {
  it("runs the article's settings for 20000 passes, printing every 1000, when given nothing", () => {
    expect(options([])).toEqual({
      settings: DEFAULT_SETTINGS,
      epochs: 20000,
      printEvery: 1000,
      json: false,
      dataOnly: false,
    });
    expect(DEFAULT_OPTIONS.settings).toMatchObject({ dataset: "moons", hiddenUnits: 3, learningRate: 0.01 });
  });

  it("reads every option given as `--name value`", () => {
    expect(options(EVERY_OPTION)).toEqual(EVERY_OPTION_PARSED);
  });

  it("reads every option given as `--name=value`", () => {
    const joined: string[] = [];
    for (let i = 0; i < EVERY_OPTION.length; i++) {
      const arg = EVERY_OPTION[i];
      const next = EVERY_OPTION[i + 1];
      if (next !== undefined && !next.startsWith("--")) {
        joined.push(`${arg}=${next}`);
        i++;
      } else joined.push(arg);
    }
    expect(joined).toContain("--lr=0.5");
    expect(options(joined)).toEqual(EVERY_OPTION_PARSED);
  });

  it("names each run setting on the command line as the shared settings table does", () => {
    for (const spec of Object.values(SETTINGS)) {
      expect(usage()).toContain(`${spec.cli} `);
      expect(parseTrainerArgs([spec.cli, "?"]).kind).toBe("error");
    }
  });

  it("accepts the extremes of each range: 1 sample, the largest seed, 10⁸ epochs", () => {
    const o = options(["--samples", "1", "--seed", "4294967295", "--epochs", "100000000", "--lr", "100"]);
    expect(o.settings.samples).toBe(1);
    expect(o.epochs).toBe(1e8);
    expect(o.settings.learningRate).toBe(100);
  });

  it("asks for help with --help or -h, whatever else is on the line", () => {
    expect(parseTrainerArgs(["--help"]).kind).toBe("help");
    expect(parseTrainerArgs(["--hidden", "65", "-h"]).kind).toBe("help");
  });

  it("documents the exit statuses and that a diverged run still exits 0", () => {
    expect(usage()).toMatch(/0 {2}the run finished, or diverged/);
    expect(usage()).toMatch(/2 {2}a bad option/);
  });
});

describe("a bad option", () => {
  it("refuses a hidden layer of 65 units, naming the option and its range", () => {
    expect(errorOf(["--hidden", "65"])).toBe('train: --hidden: "65" is not an integer from 0 to 64');
  });

  it("refuses a learning rate of 0, which must be greater than 0", () => {
    expect(errorOf(["--lr=0"])).toBe('train: --lr: "0" is not a number greater than 0 and at most 100');
  });

  it("refuses a value that is not a number", () => {
    expect(errorOf(["--noise", "lots"])).toBe('train: --noise: "lots" is not a number from 0 to 1');
    expect(errorOf(["--samples=0x10"])).toBe('train: --samples: "0x10" is not an integer from 1 to 5000');
  });

  it("refuses a fractional or negative number of epochs", () => {
    expect(errorOf(["--epochs", "1.5"])).toBe('train: --epochs: "1.5" is not an integer from 0 to 100000000');
    expect(errorOf(["--print-every", "-1"])).toBe(
      'train: --print-every: "-1" is not an integer from 0 to 100000000',
    );
  });

  it("refuses an unknown choice, listing the choices", () => {
    expect(errorOf(["--dataset", "iris"])).toBe(
      'train: --dataset: "iris" is not one of moons, circles, xor, gaussians, spiral',
    );
  });

  it("refuses an unknown option, suggesting the one it resembles", () => {
    expect(errorOf(["--hiden", "3"])).toBe("train: --hiden: unknown option (did you mean --hidden?)");
    expect(errorOf(["--momentum", "0.9"])).toBe(
      "train: --momentum: unknown option (see --help for the options)",
    );
  });

  it("refuses an option whose value is missing, saying what it expects", () => {
    const expected = "train: --lr: missing value, expected a number greater than 0 and at most 100";
    expect(errorOf(["--lr"])).toBe(expected);
    expect(errorOf(["--lr", "--json"])).toBe(expected);
  });

  it("refuses an option given twice", () => {
    expect(errorOf(["--lr", "0.1", "--lr=0.2"])).toBe(
      "train: --lr: given more than once; give it once, as a number greater than 0 and at most 100",
    );
    expect(errorOf(["--json", "--json"])).toBe("train: --json: given more than once");
  });

  it("refuses a value given to a flag", () => {
    expect(errorOf(["--json=yes"])).toBe('train: --json: takes no value, got "yes"');
  });

  it("refuses a stray argument that is not an option", () => {
    expect(errorOf(["0.5"])).toBe('train: unexpected argument "0.5": options start with -- (see --help)');
  });

  it("is always one line that starts with the command's name", () => {
    const mistakes = [["--hidden", "65"], ["--x"], ["--lr"], ["--seed", "-1"], ["--json", "--json"], ["x"]];
    for (const argv of mistakes) expect(errorOf(argv)).toMatch(/^train: [^\n]+$/);
  });
});
