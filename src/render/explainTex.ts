/**
 * The one-update panel's equations as TeX, from an Explanation (engine/explain.ts): the article's chain
 * rule for one weight, written with its symbols and filled with the example's numbers.
 *
 *   forward:   a_j = Σ_i w_ij x_i + b_j,  h_j = f(a_j),  a_k = Σ_j u_jk h_j + b_k,  y_k = softmax or σ(a_k)
 *   output δ:  δ_k = y_k − t_k (softmax + cross-entropy),  δ_k = (y_k − t_k) y_k (1 − y_k) (σ + squared error)
 *   hidden δ:  δ_j = f′(a_j) Σ_k δ_k u_jk
 *   one term:  ∂L_n/∂u_jk = δ_k h_j,  ∂L_n/∂w_ij = δ_j x_i,  ∂L_n/∂b = δ  (H = 0: ∂L_n/∂w_ik = δ_k x_i)
 *   sum:       ∂L/∂θ = Σ_n ∂L_n/∂θ + λ θ  (no λ on biases)
 *   update:    θ ← θ − ε ∂L/∂θ
 *
 * Symbols keep the article's letters (i input, j hidden unit, k output, n example) and the chosen indices
 * are declared once, so a numeric subscript only ever names an output (y₁, δ₂) or an input (x₁). No words
 * appear in the TeX: the panel writes them around it, in the page's language.
 */
import type { Activation } from "../engine/activations.ts";
import type { Explanation } from "../engine/explain.ts";
import { parameterByName } from "../engine/weightNames.ts";

/** The steps of the panel, in order; which appear depends on the weight (see explainSteps). */
export type StepId = "forward" | "outputDelta" | "hiddenDelta" | "term" | "masked" | "sum" | "update";

/** One step: its equations, each typeset on its own so that they wrap on a narrow screen. */
export interface ExplainStep {
  id: StepId;
  tex: string[];
}

/** Significant digits of the intermediate values, and of the sum and gradient. */
const SHORT = 4;
const LONG = 6;

/** A number in TeX with `digits` significant digits: trailing zeros dropped, exponents as × 10^{e}. */
export function texNumber(x: number, digits = SHORT): string {
  if (Number.isNaN(x)) return "\\text{—}";
  if (!Number.isFinite(x)) return x > 0 ? "\\infty" : "-\\infty";
  if (x === 0) return "0";
  const [mantissa, exponent] = x.toPrecision(digits).split("e");
  const m = mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa;
  if (exponent === undefined) return m;
  const e = Number(exponent);
  return m === "1" ? `10^{${e}}` : m === "-1" ? `-10^{${e}}` : `${m} \\times 10^{${e}}`;
}

/** A number as a factor in a product: negative ones in parentheses. */
function factor(x: number, digits = SHORT): string {
  const s = texNumber(x, digits);
  return s.startsWith("-") ? `(${s})` : s;
}

/** Digits enough to see an update's change in `value`: at least LONG, more when the step is tiny. */
export function updateDigits(value: number, change: number): number {
  if (change === 0 || !Number.isFinite(change) || !Number.isFinite(value) || value === 0) return LONG;
  const needed = Math.ceil(Math.log10(Math.abs(value) / Math.abs(change))) + 3;
  return Math.min(17, Math.max(LONG, needed));
}

/** The weight's symbol with the article's letters: w_{ij}, u_{jk}, b_j, b_k (H = 0: w_{ik}). */
export function weightSymbol(ex: Explanation): string {
  if (ex.bias) return ex.layer === "hidden" ? "b_j" : "b_k";
  if (ex.layer === "hidden") return "w_{ij}";
  return ex.H === 0 ? "w_{ik}" : "u_{jk}";
}

/** The declared indices: n (the example, 1-based) and whichever of i, j, k the weight uses. */
function declaration(ex: Explanation): string {
  const parts = [`n = ${ex.example + 1}`];
  if (ex.i !== null) parts.push(`i = ${ex.i}`);
  if (ex.j !== null) parts.push(`j = ${ex.j}`);
  if (ex.k !== null) parts.push(`k = ${ex.k}`);
  return parts.join(",\\quad ");
}

/** h_j = f(a_j) for the hidden activation. */
const ACTIVATION_TEX: Record<Activation, string> = {
  tanh: "\\tanh(a_j)",
  sigmoid: "\\sigma(a_j) = \\frac{1}{1 + e^{-a_j}}",
  relu: "\\max(0, a_j)",
  linear: "a_j",
};

function forward(ex: Explanation): string[] {
  const tex = [
    declaration(ex),
    `x = (x_1, x_2) = (${texNumber(ex.x[0])}, ${texNumber(ex.x[1])})`,
    `t = (t_1, t_2) = (${ex.target[0]}, ${ex.target[1]})`,
  ];
  const j = ex.j === null ? -1 : ex.j - 1;
  if (ex.H > 0 && j >= 0) {
    tex.push(`a_j = \\sum_i w_{ij} x_i + b_j = ${texNumber(ex.a[j])}`);
    tex.push(`h_j = ${ACTIVATION_TEX[ex.activation]} = ${texNumber(ex.h[j])}`);
  }
  const into = ex.H === 0 ? "\\sum_i w_{ik} x_i + b_k" : "\\sum_j u_{jk} h_j + b_k";
  tex.push(`a_k = ${into}:\\quad a_1 = ${texNumber(ex.outputA[0])},\\; a_2 = ${texNumber(ex.outputA[1])}`);
  const y = ex.output === "softmax" ? "\\frac{e^{a_k}}{e^{a_1} + e^{a_2}}" : "\\sigma(a_k)";
  tex.push(`y_k = ${y}:\\quad y_1 = ${texNumber(ex.y[0])},\\; y_2 = ${texNumber(ex.y[1])}`);
  return tex;
}

/** δ_k of output k (0-based) with its numbers. */
function outputDeltaOf(ex: Explanation, k: number): string {
  const y = texNumber(ex.y[k]);
  const t = ex.target[k];
  const value = texNumber(ex.outputDelta[k]);
  if (ex.output === "softmax") return `\\delta_${k + 1} = ${y} - ${t} = ${value}`;
  return `\\delta_${k + 1} = (${y} - ${t}) \\times ${y} \\times (1 - ${y}) = ${value}`;
}

function outputDelta(ex: Explanation): string[] {
  const rule =
    ex.output === "softmax"
      ? "\\delta_k = \\frac{\\partial L_n}{\\partial a_k} = y_k - t_k"
      : "\\delta_k = \\frac{\\partial L_n}{\\partial a_k} = (y_k - t_k)\\, y_k (1 - y_k)";
  // A hidden weight needs both outputs' δ; an output weight only its own.
  const ks = ex.layer === "hidden" ? [0, 1] : [(ex.k ?? 1) - 1];
  return [rule, ...ks.map((k) => outputDeltaOf(ex, k))];
}

/** f′(a_j) for the activation, written out with this example's numbers. */
function slopeTex(ex: Explanation, j: number): string {
  const h = ex.h[j];
  const slope = texNumber(ex.slope[j]);
  switch (ex.activation) {
    case "tanh":
      return `f'(a_j) = 1 - h_j^2 = 1 - ${factor(h)}^2 = ${slope}`;
    case "sigmoid":
      return `f'(a_j) = h_j (1 - h_j) = ${texNumber(h)} \\times (1 - ${texNumber(h)}) = ${slope}`;
    case "relu":
      return ex.a[j] > 0
        ? `f'(a_j) = 1 \\quad (a_j = ${texNumber(ex.a[j])} > 0)`
        : `f'(a_j) = 0 \\quad (a_j = ${texNumber(ex.a[j])} \\le 0)`;
    case "linear":
      return "f'(a_j) = 1";
  }
}

function hiddenDelta(ex: Explanation, u: readonly [number, number] | null): string[] {
  const j = (ex.j ?? 1) - 1;
  const delta = texNumber(ex.hiddenDelta[j]);
  const rule = "\\delta_j = \\frac{\\partial L_n}{\\partial a_j} = f'(a_j) \\sum_k \\delta_k u_{jk}";
  if (!u) return [rule, slopeTex(ex, j), `\\delta_j = ${delta}`];
  const [d1, d2] = ex.outputDelta;
  const back = d1 * u[0] + d2 * u[1]; // shown only; δ_j itself is the engine's
  return [
    rule,
    `\\sum_k \\delta_k u_{jk} = ${factor(d1)} \\times ${factor(u[0])} + ${factor(d2)} \\times ${factor(u[1])} = ${texNumber(back)}`,
    slopeTex(ex, j),
    `\\delta_j = ${factor(ex.slope[j])} \\times ${factor(back)} = ${delta}`,
  ];
}

/** This example's term ∂L_n/∂θ: the chain rule, then the numbers. */
function term(ex: Explanation): string[] {
  const symbol = weightSymbol(ex);
  const head = `\\frac{\\partial L_n}{\\partial ${symbol}}`;
  const value = texNumber(ex.exampleGradient);
  const j = (ex.j ?? 1) - 1;
  const k = (ex.k ?? 1) - 1;
  const i = (ex.i ?? 1) - 1;
  if (ex.bias && ex.layer === "hidden")
    return [`${head} = \\frac{\\partial L_n}{\\partial a_j} = \\delta_j = ${value}`];
  if (ex.bias) return [`${head} = \\frac{\\partial L_n}{\\partial a_k} = \\delta_k = ${value}`];
  if (ex.layer === "hidden") {
    const chain = `${head} = \\frac{\\partial L_n}{\\partial a_j} \\frac{\\partial a_j}{\\partial ${symbol}} = \\delta_j x_i`;
    return [chain, `${head} = ${factor(ex.hiddenDelta[j])} \\times ${factor(ex.x[i])} = ${value}`];
  }
  const from = ex.H === 0 ? "x_i" : "h_j";
  const fromValue = ex.H === 0 ? ex.x[i] : ex.h[j];
  const chain = `${head} = \\frac{\\partial L_n}{\\partial a_k} \\frac{\\partial a_k}{\\partial ${symbol}} = \\delta_k ${from}`;
  return [chain, `${head} = ${factor(ex.outputDelta[k])} \\times ${factor(fromValue)} = ${value}`];
}

/** What one example contributes, as written inside the sum over n. */
function summand(ex: Explanation): string {
  if (ex.bias) return ex.layer === "hidden" ? "\\delta_j" : "\\delta_k";
  if (ex.layer === "hidden") return "\\delta_j x_i";
  return ex.H === 0 ? "\\delta_k x_i" : "\\delta_k h_j";
}

function sum(ex: Explanation): string[] {
  const symbol = weightSymbol(ex);
  const head = `\\frac{\\partial L}{\\partial ${symbol}}`;
  const total = `\\sum_{n=1}^{${ex.n}} ${summand(ex)}`;
  const gradient = texNumber(ex.gradient, LONG);
  if (ex.bias) return [`${head} = ${total} = ${gradient}`];
  return [
    `${head} = ${total} + \\lambda ${symbol}`,
    `${head} = ${texNumber(ex.sum, LONG)} + ${texNumber(ex.lambda)} \\times ${factor(ex.value, LONG)} = ${gradient}`,
  ];
}

function masked(ex: Explanation): string[] {
  return [`\\frac{\\partial L}{\\partial ${weightSymbol(ex)}} = 0`];
}

function update(ex: Explanation): string[] {
  const symbol = weightSymbol(ex);
  const digits = updateDigits(ex.value, ex.eps * ex.gradient);
  return [
    `${symbol} \\leftarrow ${symbol} - \\varepsilon \\frac{\\partial L}{\\partial ${symbol}}`,
    `${symbol} = ${texNumber(ex.value, digits)} - ${texNumber(ex.eps)} \\times ${factor(ex.gradient, LONG)} = ${texNumber(ex.next, digits)}`,
  ];
}

/** u_j1 and u_j2 of a hidden weight's unit j, read from the frame's `params`; null for an output weight. */
export function unitOutWeights(ex: Explanation, params: ArrayLike<number>): [number, number] | null {
  if (ex.layer !== "hidden" || ex.j === null || ex.H === 0) return null;
  const u1 = parameterByName(`u-${ex.j}-1`, ex.H);
  const u2 = parameterByName(`u-${ex.j}-2`, ex.H);
  return u1 && u2 ? [params[u1.offset], params[u2.offset]] : null;
}

/** The step ids for `ex`: what the panel's captions depend on (changes with the weight, not every frame). */
export function stepIds(ex: Explanation): StepId[] {
  if (ex.masked) return ["forward", "masked", "update"];
  const back: StepId[] = ex.layer === "hidden" && ex.H > 0 ? ["hiddenDelta"] : [];
  return ["forward", "outputDelta", ...back, "term", "sum", "update"];
}

/**
 * The panel's steps for `ex`. `u` holds u_j1, u_j2 of the weight's hidden unit (from the frame's params),
 * which δ_j needs; null for an output weight or H = 0 (δ_j is then shown without its two terms).
 */
export function explainSteps(ex: Explanation, u: readonly [number, number] | null): ExplainStep[] {
  const tex: Record<StepId, () => string[]> = {
    forward: () => forward(ex),
    outputDelta: () => outputDelta(ex),
    hiddenDelta: () => hiddenDelta(ex, u),
    term: () => term(ex),
    masked: () => masked(ex),
    sum: () => sum(ex),
    update: () => update(ex),
  };
  return stepIds(ex).map((id) => ({ id, tex: tex[id]() }));
}
