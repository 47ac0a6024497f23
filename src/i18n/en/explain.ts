/** The one-update panel: the chain rule for one weight with real numbers. */
export const explain = {
  "explain.label": "One update, step by step",
  "explain.of.weight": "How {weight} moves in one update",
  "explain.of.hiddenBias": "How {weight}, the bias of hidden unit {unit}, moves in one update",
  "explain.of.outputBias": "How {weight}, the bias of output {unit}, moves in one update",
  "explain.rule":
    "Backpropagation with real numbers: every weight moves by −ε × (the δ of the unit it enters) × (the value of the unit it leaves), summed over the training examples.",
  "explain.example": "Example",
  "explain.exampleRange": "of {count}",
  "explain.previous": "Previous example",
  "explain.next": "Next example",
  "explain.close": "Close",
  "explain.closeName": "Close the one-update panel",
  "explain.waiting": "Waiting for the trainer's numbers…",
  "explain.missing": "{weight} is not in this network. Choose an arrow in the network diagram.",
  "explain.step.forward":
    "Forward pass of example {example}: its inputs x, target t, and the values a, h and y",
  "explain.step.forwardLinear":
    "Forward pass of example {example}: its inputs x, target t, and the values a and y",
  "explain.step.outputDelta.softmax": "The output's error δ, for softmax with cross-entropy",
  "explain.step.outputDelta.sigmoid":
    "The output's error δ, for sigmoid with squared error (the article's derivation)",
  "explain.step.hiddenDelta": "Back through u to hidden unit {unit}: its δ by the chain rule",
  "explain.step.term": "This example's part of the partial derivative (the chain rule)",
  "explain.step.sum": "The gradient: the sum over all {count} training examples, plus λ × the weight",
  "explain.step.sumBias": "The gradient: the sum over all {count} training examples (no λ on a bias)",
  "explain.step.masked": "Hidden unit {unit} is switched off: its weights get gradient 0 and do not move.",
  "explain.step.update": "The update rule: old value − ε × gradient = new value",
  "explain.stepHint": "Pause and press Step to apply exactly this update.",
  "explain.miniBatch":
    "Step uses one mini-batch of {size} examples, so the weight moves by that batch's sum, not exactly by this full-batch update.",
  "explain.compare.title": "Step: before and after",
  "explain.compare.before": "Before",
  "explain.compare.predicted": "Predicted new value",
  "explain.compare.after": "After",
  "explain.compare.exact": "The weight after Step equals the predicted new value exactly.",
  "explain.compare.miniBatch":
    "The weight after Step differs from the full-batch prediction: Step used one mini-batch.",
  "explain.compare.differs": "The weight after Step differs from the prediction.",
  "explain.compare.loss": "Training loss",
  "explain.compare.accuracy": "Training accuracy",
} as const;
