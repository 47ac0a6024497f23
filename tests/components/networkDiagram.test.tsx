import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  createLayerValues,
  createNetwork,
  forwardRows,
  networkFromParams,
  parameterCount,
} from "../../src/engine/network.ts";
import fixture from "../fixtures/article.json";
import { makeParams } from "./fakeWorker.ts";
import { renderPage } from "./renderPage.tsx";

function arrows(): Element[] {
  return Array.from(screen.getByTestId("network").querySelectorAll("[data-weight]"));
}

function arrowNames(): string[] {
  return arrows().map((a) => a.getAttribute("data-weight") ?? "");
}

function weightValue(name: string): string | null {
  return (
    screen.getByTestId("network").querySelector(`[data-weight="${name}"]`)?.getAttribute("data-value") ?? null
  );
}

describe("the network diagram", () => {
  it("is a group named after its hidden layer", () => {
    renderPage();
    expect(screen.getByRole("group", { name: /network diagram with 3 hidden units/i })).toBe(
      screen.getByTestId("network"),
    );
  });

  it("draws one arrow per weight for 3 hidden units: w-I-J in, u-J-K out", () => {
    renderPage();
    expect(arrowNames().sort()).toEqual(
      [
        "w-1-1",
        "w-1-2",
        "w-1-3",
        "w-2-1",
        "w-2-2",
        "w-2-3",
        "u-1-1",
        "u-1-2",
        "u-2-1",
        "u-2-2",
        "u-3-1",
        "u-3-2",
      ].sort(),
    );
  });

  it("draws the four weights w-I-K of a network without a hidden layer", () => {
    renderPage("#hidden=0");
    expect(arrowNames().sort()).toEqual(["w-1-1", "w-1-2", "w-2-1", "w-2-2"]);
  });

  it("labels each arrow with its weight's exact value from the latest frame", () => {
    const { worker } = renderPage();
    const { params } = worker.emitFrame({ epoch: 10 });
    // params = [w (2×3): w[i·3 + j] | b1 (3) | u (3×2): u[j·2 + k] | b2 (2)]
    expect(params).toHaveLength(17);
    expect(weightValue("w-1-1")).toBe(String(params[0]));
    expect(weightValue("w-2-3")).toBe(String(params[1 * 3 + 2]));
    expect(weightValue("u-1-1")).toBe(String(params[9]));
    expect(weightValue("u-3-2")).toBe(String(params[9 + 2 * 2 + 1]));
    expect(Number(weightValue("w-2-3"))).toBe(params[5]);
    const shown = arrows().map((a) => Number(a.getAttribute("data-value")));
    const weights = [...params.subarray(0, 6), ...params.subarray(9, 15)];
    expect(shown.sort()).toEqual(weights.sort());
    for (const bias of [...params.subarray(6, 9), ...params.subarray(15, 17)])
      expect(shown).not.toContain(bias);
  });

  it("updates the values with every frame", () => {
    const { worker } = renderPage();
    worker.emitFrame({ epoch: 1 });
    const next = makeParams(3).map((v) => -v / 3);
    worker.emitFrame({ epoch: 2, params: next });
    expect(weightValue("w-1-2")).toBe(String(next[1]));
    expect(weightValue("u-2-1")).toBe(String(next[11]));
  });

  it("labels the weights of a network without a hidden layer, u[i·2 + k]", () => {
    const { worker } = renderPage("#hidden=0");
    const { params } = worker.emitFrame({ hiddenUnits: 0 });
    expect(params).toHaveLength(6);
    expect(weightValue("w-1-1")).toBe(String(params[0]));
    expect(weightValue("w-1-2")).toBe(String(params[1]));
    expect(weightValue("w-2-1")).toBe(String(params[2]));
    expect(weightValue("w-2-2")).toBe(String(params[3]));
  });

  it("redraws for the new size once the worker's frame has it", () => {
    const { worker } = renderPage();
    worker.emitFrame({ epoch: 500 });
    fireEvent.change(screen.getByRole("slider", { name: "Hidden units" }), { target: { value: "5" } });
    const { params } = worker.emitFrame({ hiddenUnits: 5, runId: 2 });
    expect(arrows()).toHaveLength(20);
    expect(screen.getByRole("group", { name: /with 5 hidden units/ })).toBeInTheDocument();
    // u-5-2 is u[4·2 + 1], after w (10) and b1 (5)
    expect(weightValue("u-5-2")).toBe(String(params[15 + 9]));
    expect(weightValue("w-2-5")).toBe(String(params[5 + 4]));
  });
});

describe("the diagram's weights, by the article's convention W1[i][j] = input i → hidden j", () => {
  const tanhSoftmax = (H: number) => ({ hiddenUnits: H, activation: "tanh", output: "softmax" }) as const;

  /** Every arrow's data-value, by name. */
  function shownWeights(): Map<string, string | null> {
    return new Map(arrows().map((a) => [a.getAttribute("data-weight") ?? "", a.getAttribute("data-value")]));
  }

  /** The names and values numpy's 2×H W1 and H×2 W2 (flattened in C order) should show as. */
  function expectedWeights(H: number, W1: number[], W2: number[]): Map<string, string> {
    const expected = new Map<string, string>();
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < H; j++) expected.set(`w-${i + 1}-${j + 1}`, String(W1[i * H + j]));
    for (let j = 0; j < H; j++)
      for (let k = 0; k < 2; k++) expected.set(`u-${j + 1}-${k + 1}`, String(W2[j * 2 + k]));
    return expected;
  }

  it("shows numpy's initial W1 and W2 for 3 hidden units on the arrows they name", () => {
    const initial = fixture.tanhSoftmax.find((r) => r.H === 3)?.initialWeights;
    if (!initial) throw new Error("article.json has no initial weights for H = 3");
    const { worker } = renderPage();
    worker.emitFrame({ hiddenUnits: 3, params: createNetwork(tanhSoftmax(3), 0).params });
    expect(shownWeights()).toEqual(expectedWeights(3, initial.W1, initial.W2));
  });

  it("shows the article's trained weights for 5 hidden units, and none of its biases", () => {
    const trained = fixture.tanhSoftmax.find((r) => r.H === 5)?.weights;
    if (!trained) throw new Error("article.json has no trained weights for H = 5");
    const net = networkFromParams(tanhSoftmax(5), new Float64Array(parameterCount(5)));
    net.w.set(trained.W1);
    net.b1.set(trained.b1);
    net.u.set(trained.W2);
    net.b2.set(trained.b2);
    const { worker } = renderPage("#hidden=5");
    worker.emitFrame({ hiddenUnits: 5, params: net.params });
    expect(shownWeights()).toEqual(expectedWeights(5, trained.W1, trained.W2));
    const shown = [...shownWeights().values()];
    for (const bias of [...trained.b1, ...trained.b2]) expect(shown).not.toContain(String(bias));
  });

  it("without a hidden layer, shows on w-I-K the weight by which input I moves output K", () => {
    // Hand-built: output k's pre-activation is a_k = Σ_i W[i][k]·x_i + b_k.
    const W = [
      [0.25, -1.5],
      [3.0625, -0.125],
    ];
    const net = networkFromParams(tanhSoftmax(0), new Float64Array(parameterCount(0)));
    net.u.set(W.flat());
    // What the engine's forward pass makes of it: with b = 0, input e_i gives a_k = W[i][k] exactly.
    const values = createLayerValues(2, 2);
    forwardRows(net, Float64Array.of(1, 0, 0, 1), 2, values);
    expect(Array.from(values.a)).toEqual(W.flat());
    net.b2.set([7.5, -7.5]);

    const { worker } = renderPage("#hidden=0");
    worker.emitFrame({ hiddenUnits: 0, params: net.params });
    expect(shownWeights()).toEqual(
      new Map([
        ["w-1-1", "0.25"],
        ["w-1-2", "-1.5"],
        ["w-2-1", "3.0625"],
        ["w-2-2", "-0.125"],
      ]),
    );
  });
});

describe("the diagram's arrows, by keyboard and by touch", () => {
  it("are a list of options, one stop in the tab order, each named by its weight and the units it joins", () => {
    renderPage();
    const list = screen.getByRole("listbox", { name: /weights/i });
    expect(list).toHaveAttribute("tabindex", "0");
    const options = within(list).getAllByRole("option");
    expect(options).toHaveLength(12);
    for (const option of options) expect(option).not.toHaveAttribute("tabindex");
    expect(arrow("w-2-3")).toHaveAccessibleName("weight w 2 3: x2 → h3");
    expect(arrow("u-3-2")).toHaveAccessibleName("weight u 3 2: h3 → y2");
  });

  it("show the chosen weight's value below the diagram while focused, following the frames", () => {
    const { worker } = renderPage();
    const { params } = worker.emitFrame({ epoch: 1 });
    const tip = networkTip();
    expect(tip).not.toBeVisible();
    act(() => weights().focus());
    expect(tip).toBeVisible();
    expect(tip).toHaveTextContent(`w 1 1 = ${params[0].toPrecision(4)}`);
    expect(weights()).toHaveAttribute("aria-activedescendant", arrow("w-1-1").id);
    expect(weights()).toHaveAccessibleDescription(`w 1 1 = ${params[0].toPrecision(4)}`);
    expect(arrow("w-1-1")).toHaveAttribute("aria-selected", "true");
    const next = makeParams(3).map((v) => v * 2 + 1);
    worker.emitFrame({ epoch: 2, params: next });
    expect(tip).toHaveTextContent(`w 1 1 = ${next[0].toPrecision(4)}`);
    act(() => weights().blur());
    expect(tip).not.toBeVisible();
    expect(weights()).not.toHaveAttribute("aria-activedescendant");
  });

  it("choose the next arrow with the arrow keys, Home and End, wrapping round", () => {
    const { worker } = renderPage();
    const { params } = worker.emitFrame({ epoch: 1 });
    act(() => weights().focus());
    const chosen = () => weights().getAttribute("aria-activedescendant");
    fireEvent.keyDown(weights(), { key: "ArrowRight" });
    expect(chosen()).toBe(arrow("w-1-2").id);
    expect(networkTip()).toHaveTextContent(`w 1 2 = ${params[1].toPrecision(4)}`);
    fireEvent.keyDown(weights(), { key: "End" });
    expect(chosen()).toBe(arrow("u-3-2").id);
    fireEvent.keyDown(weights(), { key: "ArrowDown" });
    expect(chosen()).toBe(arrow("w-1-1").id);
    fireEvent.keyDown(weights(), { key: "ArrowUp" });
    expect(chosen()).toBe(arrow("u-3-2").id);
    fireEvent.keyDown(weights(), { key: "Home" });
    expect(chosen()).toBe(arrow("w-1-1").id);
    expect(arrow("w-1-1")).toHaveAttribute("aria-selected", "true");
    expect(arrow("u-3-2")).toHaveAttribute("aria-selected", "false");
  });

  it("choose the arrow tapped, and show its value", () => {
    const { worker } = renderPage();
    const { params } = worker.emitFrame({ epoch: 1 });
    fireEvent.click(arrow("u-2-1"));
    expect(weights()).toHaveFocus();
    expect(weights()).toHaveAttribute("aria-activedescendant", arrow("u-2-1").id);
    expect(networkTip()).toHaveTextContent(`u 2 1 = ${params[9 + 2].toPrecision(4)}`);
  });
});

describe("the network diagram in Japanese", () => {
  it("has its caption, name and arrows in Japanese, and the same data-weight and data-value", () => {
    const { worker } = renderPage("#lang=ja");
    const { params } = worker.emitFrame({ epoch: 1 });
    expect(
      screen.getByText("ネットワーク：重み w（入力層 → 隠れ層）と u（隠れ層 → 出力層）"),
    ).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "隠れユニット 3 個のネットワーク図" })).toBe(
      screen.getByTestId("network"),
    );
    expect(arrow("u-1-2")).toHaveAccessibleName("重み u 1 2：h1 → y2");
    expect(
      screen.getByRole("listbox", { name: "重み：フォーカスするかタップすると値が出ます" }),
    ).toBeInTheDocument();
    expect(arrow("u-1-2")).toHaveAttribute("data-value", String(params[9 + 1]));
  });

  it("re-words the chosen arrow when the language changes, keeping its value", () => {
    const { worker, store } = renderPage();
    const { params } = worker.emitFrame({ epoch: 1 });
    act(() => weights().focus());
    act(() => store.getState().setLang("ja"));
    expect(arrow("w-1-1")).toHaveAccessibleName("重み w 1 1：x1 → h1");
    expect(networkTip()).toHaveTextContent(`w 1 1 = ${params[0].toPrecision(4)}`);
    expect(screen.getByTestId("network")).toHaveAccessibleName("隠れユニット 3 個のネットワーク図");
  });
});

function arrow(name: string): SVGLineElement {
  return screen.getByTestId("network").querySelector(`[data-weight="${name}"]`) as SVGLineElement;
}

/** The line under the diagram that shows the focused arrow's value. */
function networkTip(): HTMLElement {
  const figure = screen.getByTestId("network").closest("figure") as HTMLElement;
  return within(figure).getByRole("tooltip", { hidden: true });
}

/** The list of the diagram's arrows. */
function weights(): SVGGElement {
  return within(screen.getByTestId("network")).getByRole("listbox") as unknown as SVGGElement;
}
