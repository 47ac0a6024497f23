/**
 * The NumPy script: the article's own code (build_model, calculate_loss, predict) with the page's settings
 * and data written in, so `python3 run.py` prints the same `Loss after iteration I: L` lines as the page
 * and the trainer. Only numpy is needed: the data are written out as literal arrays, and the test split is
 * sklearn's train_test_split recipe in two lines of numpy.
 *
 * What it matches: the data (every row, bit for bit), the split (RandomState(seed).permutation, the first
 * ⌈F·n⌉ rows for test), the initialisation (RandomState(initSeed): W1 = randn(2, H)/√2, W2 = randn(H, 2)/√H,
 * or randn(2, 2)/√2 with no hidden layer), every activation and output, λ, ε, and mini-batches (the same
 * stream reshuffles one persistent example order at the start of each epoch, one step per slice), and the
 * page's divergence rule (training stops when the loss is not finite or passes 100 × its start; the page
 * tests a cheap bound first and may stop one pass later, so a diverging run's last lines can differ). The engine
 * computes exp and tanh its own way (within 2 ulps of glibc's), so the losses agree to about 1e-12, not bit
 * for bit; runs at the edge of stability can drift apart after thousands of passes. Weights edited by hand,
 * a model opened from a file and switched-off units are not reproduced: the script trains from the seeds.
 */
import type { Dataset } from "../engine/datasets.ts";
import type { RunSettings } from "../engine/run.ts";

/** What the script reproduces: the run's settings and every row of its data (modelData), and how long. */
export interface ScriptRun {
  settings: RunSettings;
  /** Every row before the test split (export/modelFile.ts modelData). */
  data: Dataset;
  /** Passes to train (num_passes). */
  epochs: number;
  /** Print the loss after update I when I is a multiple of this (the article: 1000). */
  printEvery: number;
  /** The page's run differs from the seeds' (weights set by hand, a model opened from a file). */
  edited?: boolean;
  /** Hidden units switched off on the page, 1-based. */
  masked?: readonly number[];
}

/** A float as Python reads it back to the same double (JavaScript's shortest round-trip form). */
function py(x: number): string {
  return String(x);
}

/** A literal numpy array of the rows, a few to a line. */
function arrays(data: Dataset): string[] {
  const rows: string[] = [];
  for (let r = 0; r < data.n; r++) rows.push(`[${py(data.x[2 * r])}, ${py(data.x[2 * r + 1])}]`);
  const lines = ["X_all = np.array(["];
  for (let r = 0; r < rows.length; r += 4) lines.push(`    ${rows.slice(r, r + 4).join(", ")},`);
  lines.push("], dtype=np.float64).reshape(-1, 2)");
  const labels = Array.from(data.t);
  lines.push("y_all = np.array([");
  for (let r = 0; r < labels.length; r += 40) lines.push(`    ${labels.slice(r, r + 40).join(", ")},`);
  lines.push("], dtype=np.int64)");
  return lines;
}

const HIDDEN: Record<RunSettings["activation"], string[]> = {
  tanh: ["    a1 = np.tanh(z1)", "    slope1 = 1 - np.power(a1, 2)  # tanh′ = 1 − tanh²"],
  sigmoid: ["    a1 = sigmoid(z1)", "    slope1 = a1 * (1 - a1)  # σ′ = σ(1 − σ)"],
  relu: ["    a1 = np.maximum(z1, 0)", "    slope1 = (z1 > 0).astype(np.float64)  # relu′ = [a > 0]"],
  linear: ["    a1 = z1", "    slope1 = np.ones_like(z1)"],
};

/** The forward pass as a function of the model and rows: the article's, for these settings. */
function forwardLines(s: RunSettings): string[] {
  const H = s.hiddenUnits;
  const lines = [
    "def forward(model, x):",
    '    W1, b1, W2, b2 = model["W1"], model["b1"], model["W2"], model["b2"]',
  ];
  if (H === 0)
    lines.push("    # no hidden layer: the inputs feed the output layer", "    a1 = x", "    slope1 = None");
  else lines.push("    z1 = x.dot(W1) + b1", ...HIDDEN[s.activation]);
  lines.push("    z2 = a1.dot(W2) + b2");
  if (s.output === "softmax")
    lines.push(
      "    exp_scores = np.exp(z2)",
      "    probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)",
    );
  else lines.push("    probs = sigmoid(z2)  # y_k = σ(a_k), the article's derivation");
  lines.push("    return a1, slope1, probs", "");
  return lines;
}

function lossLines(s: RunSettings): string[] {
  const data =
    s.output === "softmax"
      ? [
          "    corect_logprobs = -np.log(probs[range(num_examples), y])",
          "    data_loss = np.sum(corect_logprobs)",
        ]
      : [
          "    T = np.eye(nn_output_dim)[y]",
          "    data_loss = np.sum(0.5 * np.sum((probs - T) ** 2, axis=1))  # L = ½ Σ_k (y_k − t_k)²",
        ];
  return [
    "# Helper function to evaluate the total loss on the dataset",
    "def calculate_loss(model, X, y):",
    "    num_examples = len(X)",
    "    a1, slope1, probs = forward(model, X)",
    ...data,
    "    # Add regulatization term to loss (optional)",
    '    data_loss += reg_lambda / 2 * (np.sum(np.square(model["W1"])) + np.sum(np.square(model["W2"])))',
    "    return 1.0 / num_examples * data_loss",
    "",
    "# Helper function to predict an output (0 or 1)",
    "def predict(model, x):",
    "    a1, slope1, probs = forward(model, x)",
    "    return np.argmax(probs, axis=1)",
    "",
  ];
}

function stepLines(s: RunSettings): string[] {
  const delta =
    s.output === "softmax"
      ? ["        delta3 = probs", "        delta3[range(len(Xb)), yb] -= 1  # δ_k = y_k − t_k"]
      : [
          "        T = np.eye(nn_output_dim)[yb]",
          "        delta3 = (probs - T) * probs * (1 - probs)  # δ_k = (y_k − t_k) y_k (1 − y_k)",
        ];
  const hidden =
    s.hiddenUnits === 0
      ? []
      : [
          "        delta2 = delta3.dot(W2.T) * slope1  # δ_j = f′(a_j) Σ_k δ_k u_jk",
          "        dW1 = np.dot(Xb.T, delta2)",
          "        db1 = np.sum(delta2, axis=0)",
          "        dW1 += reg_lambda * W1",
          "        W1 += -epsilon * dW1",
          "        b1 += -epsilon * db1",
        ];
  return [
    "    # One step of gradient descent on the rows Xb, yb (gradients summed over them, as the article's)",
    "    def gradient_step(Xb, yb):",
    '        W1, b1, W2, b2 = model["W1"], model["b1"], model["W2"], model["b2"]  # updated in place',
    "        a1, slope1, probs = forward(model, Xb)",
    "        # Backpropagation",
    ...delta,
    "        dW2 = (a1.T).dot(delta3)",
    "        db2 = np.sum(delta3, axis=0, keepdims=True)",
    "        dW2 += reg_lambda * W2",
    ...hidden,
    "        W2 += -epsilon * dW2",
    "        b2 += -epsilon * db2",
    "",
  ];
}

function initLines(s: RunSettings): string[] {
  if (s.hiddenUnits === 0)
    return [
      "    # no hidden layer: W1 and b1 are empty, W2 takes the inputs",
      "    W1 = np.zeros((nn_input_dim, 0))",
      "    b1 = np.zeros((1, 0))",
      "    W2 = np.random.randn(nn_input_dim, nn_output_dim) / np.sqrt(nn_input_dim)",
    ];
  return [
    "    W1 = np.random.randn(nn_input_dim, nn_hdim) / np.sqrt(nn_input_dim)",
    "    b1 = np.zeros((1, nn_hdim))",
    "    W2 = np.random.randn(nn_hdim, nn_output_dim) / np.sqrt(nn_hdim)",
  ];
}

/** The whole script's text (ends with a newline). */
export function numpyScript(run: ScriptRun): string {
  const { settings: s, data, epochs, printEvery } = run;
  const caveats: string[] = [];
  if (run.edited)
    caveats.push(
      "# NOTE: on the page this run's weights were set by hand or opened from a model file; this script",
      "# trains from the seeds, so its losses differ from the page's after that point.",
    );
  if (run.masked && run.masked.length > 0)
    caveats.push(
      `# NOTE: hidden units ${run.masked.join(", ")} were switched off on the page; this script trains them all.`,
    );
  const sigmoidNeeded = s.output === "sigmoid" || (s.activation === "sigmoid" && s.hiddenUnits > 0);
  return [
    "# The Backprop Playground's run as the article's numpy code: `python3 run.py` prints the same",
    '# "Loss after iteration I: L" lines as the page and its trainer (to about 1e-12: the page computes',
    "# exp and tanh its own way). Needs numpy only.",
    "#",
    `#   dataset ${s.dataset}, ${data.n} points${s.dataset === "custom" ? " (your own)" : `, noise ${s.noise}`}, seed ${s.seed}, test fraction ${s.testFraction}`,
    `#   ${s.hiddenUnits} hidden units, ${s.activation}, output ${s.output === "softmax" ? "softmax + cross-entropy" : "sigmoid + squared error"}`,
    `#   learning rate ε ${s.learningRate}, regularization λ ${s.lambda}, ${s.batchSize > 0 ? `mini-batches of ${s.batchSize}` : "full batch"}, initialisation seed ${s.initSeed}`,
    ...caveats,
    "import numpy as np",
    "",
    `# The data: every row as the page made it (${s.dataset === "custom" ? "your own points" : `${s.dataset}, seed ${s.seed}`})`,
    ...arrays(data),
    "",
    "# The test set: sklearn's train_test_split(X, y, test_size=test_fraction, random_state=seed)",
    `test_fraction = ${py(s.testFraction)}`,
    `seed = ${s.seed}`,
    "if test_fraction > 0 and len(X_all) >= 2:",
    "    n_test = min(int(np.ceil(test_fraction * len(X_all))), len(X_all) - 1)",
    "    permutation = np.random.RandomState(seed).permutation(len(X_all))",
    "    X_test, y_test = X_all[permutation[:n_test]], y_all[permutation[:n_test]]",
    "    X, y = X_all[permutation[n_test:]], y_all[permutation[n_test:]]",
    "else:",
    "    X, y = X_all, y_all",
    "    X_test, y_test = X_all[:0], y_all[:0]",
    "",
    "num_examples = len(X)  # training set size",
    "nn_input_dim = 2  # input layer dimensionality",
    "nn_output_dim = 2  # output layer dimensionality",
    "",
    "# Gradient descent parameters",
    `epsilon = ${py(s.learningRate)}  # learning rate for gradient descent`,
    `reg_lambda = ${py(s.lambda)}  # regularization strength`,
    `batch_size = ${s.batchSize}  # 0 (or at least num_examples): full batch, the article's`,
    `init_seed = ${s.initSeed}`,
    `num_passes = ${epochs}`,
    `print_every = ${printEvery}`,
    "",
    ...(sigmoidNeeded
      ? [
          "def sigmoid(z):",
          "    e = np.exp(-np.abs(z))  # σ(z) = 1/(1 + e⁻ᶻ), written so that no e^(−z) overflows",
          "    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))",
          "",
        ]
      : []),
    ...forwardLines(s),
    ...lossLines(s),
    "# This function learns parameters for the neural network and returns the model.",
    "# - nn_hdim: Number of nodes in the hidden layer",
    "# - num_passes: Number of passes through the training data for gradient descent",
    "# - print_loss: If True, print the loss every print_every iterations",
    "def build_model(nn_hdim, num_passes=20000, print_loss=False):",
    "    # Initialize the parameters to random values. We need to learn these.",
    "    np.random.seed(init_seed)",
    ...initLines(s),
    "    b2 = np.zeros((1, nn_output_dim))",
    '    model = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}',
    "",
    ...stepLines(s),
    "    # The page stops a run whose loss is no longer finite or grew past 100 times its start. It checks a",
    "    # cheap bound first (the loss before the epoch's last update), so it may notice one pass later.",
    "    baseline = calculate_loss(model, X, y)",
    "    order = np.arange(num_examples)",
    "    # Gradient descent. For each batch...",
    "    for i in range(0, num_passes):",
    "        if batch_size <= 0 or batch_size >= num_examples:",
    "            gradient_step(X, y)",
    "        else:",
    "            np.random.shuffle(order)  # the same stream as the initialisation, reshuffled every epoch",
    "            for start in range(0, num_examples, batch_size):",
    "                rows = order[start:start + batch_size]",
    "                gradient_step(X[rows], y[rows])",
    "        with np.errstate(all='ignore'):",
    "            loss = calculate_loss(model, X, y)",
    "        if not (np.isfinite(loss) and loss <= 100 * baseline):",
    '            print("Diverged at iteration %i: the loss is %s. Try a smaller learning rate." % (i, loss))',
    "            break",
    "        # Optionally print the loss.",
    "        if print_loss and i % print_every == 0:",
    '            print("Loss after iteration %i: %f" % (i, loss))',
    "",
    "    return model",
    "",
    "model = build_model(nn_hdim=" +
      String(s.hiddenUnits) +
      ", num_passes=num_passes, print_loss=print_every > 0)",
    "def number(x):",
    '    return "%d" % x if x == int(x) else repr(float(x))  # 1 and 0.975, as the page writes them',
    "",
    'print("Training accuracy: %s" % number(np.mean(predict(model, X) == y)))',
    "if len(X_test) > 0:",
    '    print("Test accuracy: %s" % number(np.mean(predict(model, X_test) == y_test)))',
    "",
  ].join("\n");
}
