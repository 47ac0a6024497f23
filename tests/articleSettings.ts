/**
 * The article's run, written out here on purpose rather than imported from the code's defaults, so a
 * test notices if the defaults ever drift from the article.
 */
import type { RunSettings } from "../src/engine/run.ts";

export const ARTICLE_SETTINGS: RunSettings = {
  dataset: "moons",
  samples: 200,
  noise: 0.2,
  seed: 0,
  initSeed: 0,
  testFraction: 0,
  hiddenUnits: 3,
  activation: "tanh",
  output: "softmax",
  learningRate: 0.01,
  lambda: 0.01,
  batchSize: 0,
};
