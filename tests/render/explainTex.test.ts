import katex from "katex";
import { describe, expect, it } from "vitest";
import { ACTIVATIONS, type Activation } from "../../src/engine/activations.ts";
import type { Dataset } from "../../src/engine/datasets.ts";
import { type Explanation, explainWeight } from "../../src/engine/explain.ts";
import { OUTPUTS, type Output } from "../../src/engine/losses.ts";
import { maskUnits, networkFromParams, parameterCount } from "../../src/engine/network.ts";
import { parameterNames } from "../../src/engine/weightNames.ts";
import {
  explainSteps,
  type StepId,
  stepIds,
  texNumber,
  unitOutWeights,
  updateDigits,
  weightSymbol,
} from "../../src/render/explainTex.ts";

/** Ten points on a ring, classes alternating: every unit sees inputs of both signs. */
const DATA: Dataset = {
  n: 10,
  x: Float64Array.from({ length: 20 }, (_, q) =>
    q % 2 === 0 ? 1.3 * Math.cos(0.7 * (q / 2)) : 0.9 * Math.sin(0.7 * ((q - 1) / 2)),
  ),
  t: Uint8Array.from({ length: 10 }, (_, r) => r % 2),
};
const EPS = 0.05;
const LAMBDA = 0.02;

/** Distinct parameters for H hidden units (as tests/fakes/frames.ts makes them). */
const paramsFor = (H: number) =>
  Float64Array.from({ length: parameterCount(H) }, (_, p) => 1.5 * Math.sin(7 * (p + 1)));

/** The engine's explanation of `name`, through example `example`. */
function explain(
  H: number,
  activation: Activation,
  output: Output,
  name: string,
  example = 3,
  masked: number[] = [],
): { ex: Explanation; params: Float64Array } {
  const net = networkFromParams({ hiddenUnits: H, activation, output }, paramsFor(H));
  maskUnits(net, masked);
  const ex = explainWeight(net, DATA, EPS, LAMBDA, name, example);
  if (!ex) throw new Error(`no explanation of ${name}`);
  return { ex, params: net.params };
}

const stepsOf = (ex: Explanation, params: Float64Array) => explainSteps(ex, unitOutWeights(ex, params));
const texOf = (ex: Explanation, params: Float64Array, id: StepId) =>
  stepsOf(ex, params)
    .find((s) => s.id === id)
    ?.tex.join("\n") ?? "";
const allTex = (ex: Explanation, params: Float64Array) =>
  stepsOf(ex, params)
    .flatMap((s) => s.tex)
    .join("\n");

describe("numbers in TeX", () => {
  it("writes four significant digits without trailing zeros, and exponents as powers of ten", () => {
    expect(texNumber(0.5)).toBe("0.5");
    expect(texNumber(-0.123456)).toBe("-0.1235");
    expect(texNumber(1234.5678)).toBe("1235");
    expect(texNumber(12345.678)).toBe("1.235 \\times 10^{4}");
    expect(texNumber(2.5e-8)).toBe("2.5 \\times 10^{-8}");
    expect(texNumber(1e-7)).toBe("10^{-7}");
    expect(texNumber(-1e-7)).toBe("-10^{-7}");
    expect(texNumber(0)).toBe("0");
    expect(texNumber(1)).toBe("1");
    expect(texNumber(0.1234567, 6)).toBe("0.123457");
  });

  it("never lets a missing number read as one", () => {
    expect(texNumber(Number.NaN)).toBe("\\text{—}");
    expect(texNumber(Number.POSITIVE_INFINITY)).toBe("\\infty");
    expect(texNumber(Number.NEGATIVE_INFINITY)).toBe("-\\infty");
  });

  it("shows enough digits of an update to see it move: three more than the step's size needs", () => {
    expect(updateDigits(0.5, 0.002)).toBe(6); // 0.5 → 0.498: six is plenty
    expect(updateDigits(0.5, 5e-9)).toBe(11); // |value| / |change| = 10⁸
    expect(updateDigits(1, 1e-20)).toBe(17);
    expect(updateDigits(0.5, 0)).toBe(6);
  });
});

describe("the update line, worked by hand", () => {
  it("reads old − ε × gradient = new with the weight's symbol", () => {
    const { ex, params } = explain(3, "tanh", "softmax", "u-2-1");
    const handMade: Explanation = { ...ex, value: 0.5, eps: 0.01, gradient: 0.2, next: 0.498, lambda: 0.01 };
    expect(texOf(handMade, params, "update")).toBe(
      [
        "u_{jk} \\leftarrow u_{jk} - \\varepsilon \\frac{\\partial L}{\\partial u_{jk}}",
        "u_{jk} = 0.5 - 0.01 \\times 0.2 = 0.498",
      ].join("\n"),
    );
    const negative: Explanation = { ...handMade, gradient: -0.2, next: 0.502 };
    expect(texOf(negative, params, "update")).toContain("= 0.5 - 0.01 \\times (-0.2) = 0.502");
  });

  it("adds λ × the weight to the sum for a weight, and nothing for a bias", () => {
    const { ex, params } = explain(3, "tanh", "softmax", "w-1-2");
    const w: Explanation = { ...ex, sum: 0.3, lambda: 0.01, value: -2, gradient: 0.28 };
    expect(texOf(w, params, "sum")).toBe(
      [
        "\\frac{\\partial L}{\\partial w_{ij}} = \\sum_{n=1}^{10} \\delta_j x_i + \\lambda w_{ij}",
        "\\frac{\\partial L}{\\partial w_{ij}} = 0.3 + 0.01 \\times (-2) = 0.28",
      ].join("\n"),
    );
    const bias = explain(3, "tanh", "softmax", "b1-2");
    expect(texOf({ ...bias.ex, gradient: 0.3 }, bias.params, "sum")).toBe(
      "\\frac{\\partial L}{\\partial b_j} = \\sum_{n=1}^{10} \\delta_j = 0.3",
    );
  });
});

describe("the formula for each weight, activation and output", () => {
  it("names the weight with the article's letters: w_ij, u_jk, b_j, b_k, and w_ik with no hidden layer", () => {
    expect(weightSymbol(explain(3, "tanh", "softmax", "w-2-3").ex)).toBe("w_{ij}");
    expect(weightSymbol(explain(3, "tanh", "softmax", "u-3-2").ex)).toBe("u_{jk}");
    expect(weightSymbol(explain(3, "tanh", "softmax", "b1-1").ex)).toBe("b_j");
    expect(weightSymbol(explain(3, "tanh", "softmax", "b2-2").ex)).toBe("b_k");
    expect(weightSymbol(explain(0, "tanh", "softmax", "w-2-1").ex)).toBe("w_{ik}");
  });

  it("declares the chosen example and indices once, 1-based", () => {
    expect(texOf(explain(3, "tanh", "softmax", "w-2-3", 7).ex, paramsFor(3), "forward")).toContain(
      "n = 8,\\quad i = 2,\\quad j = 3",
    );
    expect(texOf(explain(3, "tanh", "softmax", "u-3-2", 0).ex, paramsFor(3), "forward")).toContain(
      "n = 1,\\quad j = 3,\\quad k = 2",
    );
    expect(texOf(explain(0, "tanh", "softmax", "w-1-2", 0).ex, paramsFor(0), "forward")).toContain(
      "n = 1,\\quad i = 1,\\quad k = 2",
    );
  });

  it("takes the chain rule back through u only for a hidden-layer parameter", () => {
    const ids = (H: number, name: string) => stepIds(explain(H, "tanh", "softmax", name).ex);
    const full: StepId[] = ["forward", "outputDelta", "hiddenDelta", "term", "sum", "update"];
    const output: StepId[] = ["forward", "outputDelta", "term", "sum", "update"];
    expect(ids(3, "w-1-2")).toEqual(full);
    expect(ids(3, "b1-2")).toEqual(full);
    expect(ids(3, "u-1-2")).toEqual(output);
    expect(ids(3, "b2-1")).toEqual(output);
    expect(ids(0, "w-1-2")).toEqual(output);
    expect(ids(0, "b2-2")).toEqual(output);
  });

  it("writes each example's term as δ of the unit entered times the value of the unit left", () => {
    const term = (H: number, name: string) => {
      const { ex, params } = explain(H, "tanh", "softmax", name);
      return texOf(ex, params, "term");
    };
    expect(term(3, "w-1-2")).toContain("= \\delta_j x_i");
    expect(term(3, "u-1-2")).toContain("= \\delta_k h_j");
    expect(term(3, "b1-2")).toContain("= \\delta_j =");
    expect(term(3, "b2-1")).toContain("= \\delta_k =");
    expect(term(0, "w-2-1")).toContain("= \\delta_k x_i");
  });

  it("uses y − t for softmax with cross-entropy and the article's (y − t)·y(1 − y) for sigmoid with squared error", () => {
    const softmax = explain(3, "tanh", "softmax", "u-1-1");
    const sigmoid = explain(3, "tanh", "sigmoid", "u-1-1");
    const soft = texOf(softmax.ex, softmax.params, "outputDelta");
    const sig = texOf(sigmoid.ex, sigmoid.params, "outputDelta");
    expect(soft).toContain("= y_k - t_k");
    expect(soft).not.toContain("y_k (1 - y_k)");
    expect(sig).toContain("= (y_k - t_k)\\, y_k (1 - y_k)");
    const y = texNumber(sigmoid.ex.y[0]);
    expect(sig).toContain(
      `\\delta_1 = (${y} - ${sigmoid.ex.target[0]}) \\times ${y} \\times (1 - ${y}) = ${texNumber(sigmoid.ex.outputDelta[0])}`,
    );
  });

  it("needs both outputs' δ for a hidden weight, and only its own output's for an output weight", () => {
    const hidden = explain(3, "tanh", "softmax", "w-1-1");
    const output = explain(3, "tanh", "softmax", "u-1-2");
    expect(texOf(hidden.ex, hidden.params, "outputDelta")).toMatch(/\\delta_1 = [^\n]*\n\\delta_2 = /);
    const own = texOf(output.ex, output.params, "outputDelta");
    expect(own).toContain("\\delta_2 = ");
    expect(own).not.toContain("\\delta_1 = ");
  });

  it("writes f′(a_j) for each activation: 1 − h², h(1 − h), 1 or 0 by the sign of a_j, 1", () => {
    const slope = (activation: Activation, example: number) => {
      const { ex, params } = explain(3, activation, "softmax", "w-1-2", example);
      return { ex, tex: texOf(ex, params, "hiddenDelta") };
    };
    const tanh = slope("tanh", 3);
    expect(tanh.tex).toContain(
      `f'(a_j) = 1 - h_j^2 = 1 - ${texNumber(tanh.ex.h[1]).replace(/^(-.*)$/, "($1)")}^2 = ${texNumber(tanh.ex.slope[1])}`,
    );
    expect(slope("sigmoid", 3).tex).toContain("f'(a_j) = h_j (1 - h_j) = ");
    expect(slope("linear", 3).tex).toContain("f'(a_j) = 1");
    const relu = Array.from({ length: DATA.n }, (_, r) => slope("relu", r));
    const on = relu.find((s) => s.ex.a[1] > 0);
    const off = relu.find((s) => s.ex.a[1] <= 0);
    expect(on?.tex).toContain(`f'(a_j) = 1 \\quad (a_j = ${texNumber(on?.ex.a[1] ?? 0)} > 0)`);
    expect(off?.tex).toContain(`f'(a_j) = 0 \\quad (a_j = ${texNumber(off?.ex.a[1] ?? 0)} \\le 0)`);
  });

  it("writes δ_j from u_j1 and u_j2 as the network holds them", () => {
    const { ex, params } = explain(3, "tanh", "softmax", "w-2-3");
    const u = unitOutWeights(ex, params);
    // u[j·2 + k] after w (2×3) and b1 (3): unit 3's are params[6 + 3 + 4] and params[6 + 3 + 5]
    expect(u).toEqual([params[13], params[14]]);
    const tex = texOf(ex, params, "hiddenDelta");
    expect(tex).toContain(`\\times ${texNumber(params[13]).replace(/^(-.*)$/, "($1)")} +`);
    // Σ_k δ_k u_jk by hand, then δ_j = f′(a_j) × that sum, which is the engine's δ_j
    const back = ex.outputDelta[0] * params[13] + ex.outputDelta[1] * params[14];
    expect(tex).toContain(`\\sum_k \\delta_k u_{jk} = `);
    expect(tex).toContain(`= ${texNumber(back)}\n`);
    expect(ex.hiddenDelta[2]).toBeCloseTo(ex.slope[2] * back, 12);
    const paren = (x: number) => texNumber(x).replace(/^(-.*)$/, "($1)");
    expect(tex).toContain(
      `\\delta_j = ${paren(ex.slope[2])} \\times ${paren(back)} = ${texNumber(ex.hiddenDelta[2])}`,
    );
    expect(unitOutWeights(explain(3, "tanh", "softmax", "u-2-1").ex, params)).toBeNull();
  });

  it("puts the engine's numbers in: the inputs, the term, the sum, the gradient and the new value", () => {
    const { ex, params } = explain(3, "sigmoid", "sigmoid", "w-2-1", 4);
    const tex = allTex(ex, params);
    for (const x of [ex.x[0], ex.x[1], ex.exampleGradient, ex.hiddenDelta[0], ex.a[0], ex.h[0]])
      expect(tex).toContain(texNumber(x));
    expect(tex).toContain(texNumber(ex.sum, 6));
    expect(tex).toContain(`= ${texNumber(ex.gradient, 6)}`);
    const digits = updateDigits(ex.value, ex.eps * ex.gradient);
    expect(tex).toContain(`= ${texNumber(ex.next, digits)}`);
    expect(tex).toContain(`\\sum_{n=1}^{${DATA.n}}`);
  });

  it("says a switched-off unit's parameter has gradient 0 instead of the chain rule", () => {
    const { ex, params } = explain(3, "tanh", "softmax", "u-2-1", 3, [1]);
    expect(ex.masked).toBe(true);
    expect(stepIds(ex)).toEqual(["forward", "masked", "update"]);
    expect(texOf(ex, params, "masked")).toBe("\\frac{\\partial L}{\\partial u_{jk}} = 0");
    expect(texOf(ex, params, "update")).toContain(`\\times 0 = ${texNumber(ex.value, 6)}`);
  });
});

describe("every equation, every case", () => {
  // Every kind of parameter (H = 1 has one of each; H = 0 its own w) under every activation and output,
  // a relu unit on both sides of 0, and a switched-off unit.
  const cases = ACTIVATIONS.flatMap((activation) =>
    OUTPUTS.flatMap((output) => [
      ...parameterNames(1).map((name) => ({
        H: 1,
        activation,
        output,
        name,
        example: 3,
        masked: [] as number[],
      })),
      ...["w-2-1", "b2-2"].map((name) => ({
        H: 0,
        activation,
        output,
        name,
        example: 3,
        masked: [] as number[],
      })),
    ]),
  ).concat(
    Array.from({ length: DATA.n }, (_, example) => ({
      H: 3,
      activation: "relu" as const,
      output: "sigmoid" as const,
      name: "w-1-2",
      example,
      masked: [],
    })),
    [{ H: 3, activation: "tanh", output: "softmax", name: "w-1-2", example: 0, masked: [1] }],
  );

  it("is valid TeX that KaTeX typesets without an error", () => {
    for (const { H, activation, output, name, example, masked } of cases) {
      const { ex, params } = explain(H, activation, output, name, example, masked);
      for (const tex of stepsOf(ex, params).flatMap((s) => s.tex))
        expect(() => katex.renderToString(tex, { throwOnError: true }), `${name} ${tex}`).not.toThrow();
    }
  });

  it("holds no words, only symbols and numbers (the panel words the steps in the page's language)", () => {
    const allowed = new Set(["tanh", "max", "text"]);
    for (const { H, activation, output, name, example, masked } of cases) {
      const { ex, params } = explain(H, activation, output, name, example, masked);
      // control words (\frac) and index subscripts (w_{ij}) are symbols, not words
      const plain = allTex(ex, params)
        .replace(/\\[A-Za-z]+/g, " ")
        .replace(/_\{[a-z]+\}/g, " ");
      const words = (plain.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowed.has(w));
      expect(words, name).toEqual([]);
    }
  });
});
