/** The readouts and the loss chart. */
export const results = {
  "results.label": "Results",
  "results.epoch": "Epoch",
  "results.updates": "Updates",
  "results.epoch.explain":
    "Passes over the training data so far (the article's num_passes; its run makes 20,000). Step makes one.",
  "results.updates.explain":
    "Gradient-descent updates made: one per mini-batch, so equal to the epoch with full batch, as in the article.",
  "results.epochsPerSecond.explain":
    "Epochs trained per second of real time, set by Speed. A faster run ends the same, only sooner.",
  "results.epochsPerSecond": "Epochs/s",
  "results.trainLoss": "Training loss",
  "results.trainLoss.explain":
    "The article's calculate_loss: the cross-entropy (or squared error) summed over the training points, plus λ/2·Σw², divided by their number. Lower is better: the article's run ends near 0.07.",
  "results.testLoss.explain":
    "The same loss on the test points, which training never sees (— without a test set). Rising while the training loss falls: overfitting.",
  "results.trainAccuracy.explain":
    "Fraction of training points on their class's side of the decision boundary (1 = all). The article's 3 hidden units reach 0.975.",
  "results.testAccuracy.explain":
    "Fraction of test points classified right: how well the network generalises. Close to the training accuracy is good; far below it means overfitting.",
  "results.testLoss": "Test loss",
  "results.trainAccuracy": "Training accuracy",
  "results.testAccuracy": "Test accuracy",
  "results.chart.title": "Loss",
  "results.chart.train": "— training",
  "results.chart.test": "- - test",
  "results.chart.logScale": "Log scale",
  "results.chart.label": "Loss curve",
  "results.chart.epochAxis": "epoch",
} as const;
