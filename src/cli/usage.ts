/**
 * The trainer's --help text, written from the same rule table the options are parsed with, so the ranges
 * and defaults it states are the ones enforced.
 */

import { LOSS_EXPLOSION_FACTOR } from "../engine/run.ts";
import { describeAccepted, type RunSettings, SETTINGS, type SettingSpec } from "../settings/schema.ts";
import { EPOCHS, PRINT_EVERY, USAGE_ERROR } from "./options.ts";

/** Each setting's placeholder and meaning, in the order --help lists them. */
const MEANINGS: { [K in keyof RunSettings]: [placeholder: string, meaning: string] } = {
  dataset: ["NAME", "data generator"],
  samples: ["N", "number of points"],
  noise: ["X", "Gaussian noise standard deviation"],
  seed: ["S", "data seed (numpy RandomState seed)"],
  initSeed: ["S", "weight-initialisation seed"],
  testFraction: ["F", "fraction of the points held out as a test set"],
  hiddenUnits: ["H", "hidden units; 0 = no hidden layer (perceptron)"],
  activation: ["NAME", "hidden activation"],
  output: ["NAME", "softmax + cross-entropy, or sigmoid + squared error"],
  learningRate: ["X", "ε, the learning rate"],
  lambda: ["X", "λ, the L2 weight decay"],
  batchSize: ["N", "mini-batch size; 0 = full batch (the article)"],
};

function optionLines(spec: SettingSpec, placeholder: string, meaning: string): string[] {
  return [
    `  ${`${spec.cli} ${placeholder}`.padEnd(22)}${meaning}`,
    `  ${"".padEnd(22)}${describeAccepted(spec)}; default ${spec.default}`,
  ];
}

/** The full --help text (ends with a newline). */
export function usage(): string {
  const settings = (Object.keys(MEANINGS) as (keyof RunSettings)[]).flatMap((key) =>
    optionLines(SETTINGS[key], ...MEANINGS[key]),
  );
  return [
    "Usage: npm run -s train -- [options]",
    "",
    "Trains the article's network (2 inputs → H hidden units → 2 outputs) on the same engine as the page,",
    "printing the training loss as it goes, then the accuracy. Options take a value as `--lr 0.5` or",
    "`--lr=0.5`; each may be given once. With no options it is the article's run.",
    "",
    "Run settings (the page's URL keys mean the same):",
    ...settings,
    "",
    "Training and output:",
    ...optionLines(EPOCHS, "N", "passes over the training data (epochs)"),
    ...optionLines(PRINT_EVERY, "N", "print the loss after update I when I is a multiple of N; 0 = no lines"),
    `  ${"--json".padEnd(22)}one JSON object instead of text: {"losses": [[I, L], …], "loss", "accuracy",`,
    `  ${"".padEnd(22)}"testLoss", "testAccuracy" (null without a test set), "W1" (2×H), "b1",`,
    `  ${"".padEnd(22)}"W2" (H×2, or 2×2 when H = 0), "b2", "diverged"}; numbers at full precision`,
    `  ${"--data-only".padEnd(22)}only generate the data set and print it: "x1 x2 y" lines after a # header,`,
    `  ${"".padEnd(22)}or {"X": [[x1, x2], …], "y": [0|1, …]} with --json (before any test split)`,
    `  ${"--load FILE".padEnd(22)}train on from a saved model (the page's Export → Save model): its settings,`,
    `  ${"".padEnd(22)}data and weights; --epochs more passes, counted from iteration 0 as the page`,
    `  ${"".padEnd(22)}does; --lr, --lambda, --batch may change, other settings must match the file`,
    `  ${"--help".padEnd(22)}this text`,
    "",
    "Text output: `Loss after iteration I: L` (six decimals, after update I, counting from 0), then",
    "`Training accuracy: A` and, with a test set, `Test accuracy: A` (fractions from 0 to 1).",
    "",
    "If the run diverges (a weight stops being a finite number, or the training loss grows past",
    `${LOSS_EXPLOSION_FACTOR} times its starting value) training stops and a line says so in plain words; --lr 0.5 gives`,
    // the line that run prints (tests/cli/usage.test.ts runs it), wrapped
    "  Diverged at iteration 3: the training loss grew from 0.584 to 95.2 (over 100 times its starting",
    "  value). Try a smaller learning rate.",
    'then the accuracy is printed as usual; with --json, "diverged" is true and a "divergence" object',
    "gives its reason, epoch, loss, initialLoss (the starting loss it grew from), message, updates and since.",
    "",
    "Exit status:",
    "  0  the run finished, or diverged: a diverged run is a result, not an error",
    "  1  an unexpected internal error",
    `  ${USAGE_ERROR}  a bad option or --load file: one line on stderr says what is wrong; nothing on stdout`,
    "",
  ].join("\n");
}
