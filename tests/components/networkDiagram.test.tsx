import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { NetworkDiagram } from "../../src/components/inside/NetworkDiagram.tsx";
import { parseWeight } from "../../src/components/inside/WeightCard.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { createNetwork, networkFromParams, parameterCount } from "../../src/engine/network.ts";
import { parameterByName, parameterNames } from "../../src/engine/weightNames.ts";
import { network as networkEn } from "../../src/i18n/en/network.ts";
import { network as networkJa } from "../../src/i18n/ja/network.ts";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import type { ToWorker } from "../../src/worker/protocol.ts";
import fixture from "../fixtures/article.json";
import { placeholders, strayLatin } from "../i18n/words.ts";
import { createFakeWorker, makeParams } from "./fakeWorker.ts";

/** The diagram alone on a store wired to a fake worker, as the page loads it from a link with `hash`. */
function renderDiagram(hash = "") {
  const worker = createFakeWorker();
  const store = createPlaygroundStore(worker, parseHash(hash), (task) => task());
  render(
    <StoreProvider store={store}>
      <NetworkDiagram />
    </StoreProvider>,
  );
  return { worker, store };
}

const diagram = () => screen.getByTestId("network");
const figure = () => diagram().closest("figure") as HTMLElement;
const arrows = () => Array.from(diagram().querySelectorAll("[data-weight]"));
const arrowNames = () => arrows().map((a) => a.getAttribute("data-weight") ?? "");
const line = (name: string) =>
  diagram().querySelector(`[data-weight="${name}"], [data-bias="${name}"]`) as SVGLineElement;
const list = () => within(diagram()).getByRole("listbox") as HTMLElement & SVGGElement;
const tip = () => within(figure()).getByRole("tooltip", { hidden: true });
const sentOf = <T extends ToWorker["type"]>(sent: ToWorker[], type: T) =>
  sent.filter((m): m is Extract<ToWorker, { type: T }> => m.type === type);

/** The weights' names (no biases) for H hidden units, as INTERFACES.md gives them. */
const weightNames = (H: number) => parameterNames(H).filter((n) => !n.startsWith("b"));

describe("the network diagram's arrows", () => {
  it("is a group named after its hidden layer", () => {
    renderDiagram();
    expect(screen.getByRole("group", { name: /network diagram with 3 hidden units/i })).toBe(diagram());
  });

  it.each([0, 1, 3, 64])(
    "draws 2H + 2H weight arrows (4 when H = 0) named w-I-J and u-J-K for H = %i",
    (H) => {
      renderDiagram(`#hidden=${H}`);
      expect(arrows()).toHaveLength(H === 0 ? 4 : 4 * H);
      expect(arrowNames().sort()).toEqual(weightNames(H).sort());
      if (H === 0) expect(arrowNames().sort()).toEqual(["w-1-1", "w-1-2", "w-2-1", "w-2-2"]);
      // the biases are arrows from a +1 node, outside the contract's data-weight
      const biases = Array.from(diagram().querySelectorAll("[data-bias]"), (b) =>
        b.getAttribute("data-bias"),
      );
      expect(biases.sort()).toEqual(
        parameterNames(H)
          .filter((n) => n.startsWith("b"))
          .sort(),
      );
    },
  );

  it.each([0, 3, 64])(
    "carries each parameter's value and gradient at full precision, frame after frame (H = %i)",
    async (H) => {
      const { worker } = renderDiagram(`#hidden=${H}`);
      /** Every arrow's [value, gradient] as shown, by name, against the parameters' own. */
      const expectShown = (params: Float64Array, gradient: Float64Array) => {
        const shown = new Map(
          Array.from(diagram().querySelectorAll("line"), (l) => [
            l.getAttribute("data-weight") ?? l.getAttribute("data-bias"),
            [l.getAttribute("data-value"), l.getAttribute("data-gradient")],
          ]),
        );
        const expected = new Map(
          parameterNames(H).map((name) => {
            const offset = parameterByName(name, H)?.offset ?? -1;
            return [name, [String(params[offset]), String(gradient[offset])]];
          }),
        );
        expect(shown).toEqual(expected);
      };
      const first = worker.emitFrame({ hiddenUnits: H, epoch: 1 });
      expectShown(first.params, first.gradient);
      const params = makeParams(H).map((v) => -v / 3);
      const gradient = makeParams(H).map((v) => v * 1e-7 + 1 / 3);
      worker.emitFrame({ hiddenUnits: H, epoch: 2, params, gradient });
      // a large diagram repaints at most every 100 ms
      await waitFor(() => expectShown(params, gradient));
    },
  );

  it("shows numpy's initial W1 and W2 for 3 hidden units on the arrows they name, W1[i][j] = input i → hidden j", () => {
    const initial = fixture.tanhSoftmax.find((r) => r.H === 3)?.initialWeights;
    if (!initial) throw new Error("article.json has no initial weights for H = 3");
    const { worker } = renderDiagram();
    worker.emitFrame({
      params: createNetwork({ hiddenUnits: 3, activation: "tanh", output: "softmax" }, 0).params,
    });
    for (let i = 0; i < 2; i++)
      for (let j = 0; j < 3; j++)
        expect(line(`w-${i + 1}-${j + 1}`)).toHaveAttribute("data-value", String(initial.W1[i * 3 + j]));
    for (let j = 0; j < 3; j++)
      for (let k = 0; k < 2; k++)
        expect(line(`u-${j + 1}-${k + 1}`)).toHaveAttribute("data-value", String(initial.W2[j * 2 + k]));
  });

  it("without a hidden layer, shows on w-I-K the weight by which input I moves output K", () => {
    const net = networkFromParams(
      { hiddenUnits: 0, activation: "tanh", output: "softmax" },
      new Float64Array(parameterCount(0)),
    );
    net.u.set([0.25, -1.5, 3.0625, -0.125]); // a_k = Σ_i W[i][k] x_i + b_k
    net.b2.set([7.5, -7.5]);
    const { worker } = renderDiagram("#hidden=0");
    worker.emitFrame({ hiddenUnits: 0, params: net.params });
    expect(arrows().map((a) => [a.getAttribute("data-weight"), a.getAttribute("data-value")])).toEqual([
      ["w-1-1", "0.25"],
      ["w-1-2", "-1.5"],
      ["w-2-1", "3.0625"],
      ["w-2-2", "-0.125"],
    ]);
    expect(line("b2-1")).toHaveAttribute("data-value", "7.5");
  });

  it("draws a negative weight red and dashed, a positive one solid, and a larger one wider", () => {
    const { worker } = renderDiagram("#hidden=1");
    worker.emitFrame({ hiddenUnits: 1, params: Float64Array.of(-0.5, 2, 0, 0.01, -3, 0, 0) });
    expect(line("w-1-1")).toHaveAttribute("stroke-dasharray", "4 3");
    expect(line("w-2-1")).toHaveAttribute("stroke-dasharray", "none");
    expect(line("w-1-1").getAttribute("stroke")).not.toBe(line("w-2-1").getAttribute("stroke"));
    const width = (name: string) => Number(line(name).getAttribute("stroke-width"));
    expect(width("u-1-2")).toBeGreaterThan(width("w-2-1"));
    expect(width("w-2-1")).toBeGreaterThan(width("u-1-1"));
  });

  it("redraws for a new size once the worker's frame has it", () => {
    const { worker } = renderDiagram();
    worker.emitFrame({ epoch: 5 });
    const { params } = worker.emitFrame({ hiddenUnits: 5, runId: 2 });
    expect(arrows()).toHaveLength(20);
    expect(screen.getByRole("group", { name: /with 5 hidden units/ })).toBeInTheDocument();
    expect(line("u-5-2")).toHaveAttribute("data-value", String(params[15 + 9]));
  });
});

describe("reading an arrow: focus, keys, pointer", () => {
  it("is a list of weights and biases, one stop in the tab order, each named by what it joins", () => {
    renderDiagram();
    const options = within(list()).getAllByRole("option");
    expect(options).toHaveLength(12 + 5);
    expect(list()).toHaveAttribute("tabindex", "0");
    expect(line("w-2-3")).toHaveAccessibleName("weight w 2 3: x2 → h3");
    expect(line("u-3-2")).toHaveAccessibleName("weight u 3 2: h3 → y2");
    expect(line("b1-2")).toHaveAccessibleName("bias b1 2: +1 → h2");
  });

  it("shows the focused arrow's value and gradient in the article's notation, following the frames", () => {
    const { worker } = renderDiagram();
    const { params, gradient } = worker.emitFrame({ epoch: 1 });
    expect(tip()).not.toBeVisible();
    act(() => list().focus());
    expect(tip()).toBeVisible();
    const text = (v: number, g: number) => `w₁₁ = ${v.toPrecision(4)}, ∂L/∂w₁₁ = ${g.toPrecision(4)}`;
    expect(tip()).toHaveTextContent(text(params[0], gradient[0]));
    expect(list()).toHaveAccessibleDescription(text(params[0], gradient[0]));
    const next = makeParams(3).map((v) => 2 * v + 1);
    worker.emitFrame({ epoch: 2, params: next, gradient: next.map((v) => -v) });
    expect(tip()).toHaveTextContent(text(next[0], -next[0]));
    act(() => list().blur());
    expect(tip()).not.toBeVisible();
  });

  it("moves through every weight and bias with the arrow keys, Home and End, wrapping round", () => {
    const { worker } = renderDiagram();
    const { params, gradient } = worker.emitFrame({ epoch: 1 });
    act(() => list().focus());
    const chosen = () => list().getAttribute("aria-activedescendant");
    fireEvent.keyDown(list(), { key: "ArrowRight" });
    expect(chosen()).toBe(line("w-1-2").id);
    fireEvent.keyDown(list(), { key: "End" });
    expect(chosen()).toBe(line("b2-2").id);
    expect(tip()).toHaveTextContent(
      `b2₂ = ${params[16].toPrecision(4)}, ∂L/∂b2₂ = ${gradient[16].toPrecision(4)}`,
    );
    fireEvent.keyDown(list(), { key: "ArrowDown" });
    expect(chosen()).toBe(line("w-1-1").id);
    fireEvent.keyDown(list(), { key: "ArrowUp" });
    expect(chosen()).toBe(line("b2-2").id);
    fireEvent.keyDown(list(), { key: "Home" });
    expect(line("w-1-1")).toHaveAttribute("aria-selected", "true");
  });

  it("shows the value of an arrow pointed at, and hides it when the pointer leaves", () => {
    const { worker } = renderDiagram();
    const { params } = worker.emitFrame({ epoch: 1 });
    fireEvent.pointerMove(line("u-2-1"));
    expect(tip()).toBeVisible();
    expect(tip()).toHaveTextContent(`u₂₁ = ${params[11].toPrecision(4)}`);
    fireEvent.pointerLeave(diagram());
    expect(tip()).not.toBeVisible();
  });
});

describe("one hidden unit's arrows", () => {
  /** The arrows that stand out, by name. */
  const strong = () =>
    Array.from(
      diagram().querySelectorAll(".strong"),
      (l) => l.getAttribute("data-weight") ?? l.getAttribute("data-bias"),
    ).sort();

  it("pointing at a hidden unit focuses it in the store and brings out its four arrows and its bias", () => {
    const { worker, store } = renderDiagram();
    worker.emitFrame({ epoch: 1 });
    const unit = diagram().querySelector('[data-h="2"]') as SVGGElement;
    fireEvent.pointerMove(unit);
    expect(store.getState().focusUnit).toBe(2);
    expect(diagram()).toHaveAttribute("data-emphasis");
    expect(unit).toHaveAttribute("data-focused");
    expect(strong()).toEqual(["b1-2", "u-2-1", "u-2-2", "w-1-2", "w-2-2"]);
    fireEvent.pointerLeave(diagram());
    expect(store.getState().focusUnit).toBeNull();
    expect(diagram()).not.toHaveAttribute("data-emphasis");
    expect(strong()).toEqual([]);
  });

  it("follows a unit focused elsewhere (the unit maps), even at 64 hidden units", () => {
    const { worker, store } = renderDiagram("#hidden=64");
    worker.emitFrame({ hiddenUnits: 64, epoch: 1 });
    act(() => store.getState().setFocusUnit(37));
    expect(strong()).toEqual(["b1-37", "u-37-1", "u-37-2", "w-1-37", "w-2-37"]);
    expect(within(figure()).getByText("h₃₇")).toBeInTheDocument();
    act(() => store.getState().setFocusUnit(null));
    // compact and nothing focused: the three strongest weights of each layer stand out
    const { params } = store.getState().frame ?? { params: new Float64Array() };
    const strongestOf = (layer: string) =>
      weightNames(64)
        .filter((n) => n.startsWith(layer))
        .map((n) => ({ n, v: Math.abs(params[parameterByName(n, 64)?.offset ?? 0]) }))
        .sort((a, b) => b.v - a.v)
        .slice(0, 3)
        .map((e) => e.n);
    const byStrength = [...strongestOf("w"), ...strongestOf("u")];
    expect(strong()).toEqual(byStrength.sort());
  });

  it("draws the units the frame says are switched off as such, and only those", () => {
    const { worker } = renderDiagram("#hidden=5");
    const masked = () =>
      Array.from(diagram().querySelectorAll("[data-masked]"), (g) => g.getAttribute("data-h"));
    worker.emitFrame({ hiddenUnits: 5, masked: [2, 5] });
    expect(masked()).toEqual(["2", "5"]);
    worker.emitFrame({ hiddenUnits: 5, masked: [3] });
    expect(masked()).toEqual(["3"]);
    worker.emitFrame({ hiddenUnits: 5, masked: [] });
    expect(masked()).toEqual([]);
  });

  it("focusing an arrow by keyboard points at its hidden unit", () => {
    const { worker, store } = renderDiagram();
    worker.emitFrame({ epoch: 1 });
    act(() => list().focus());
    expect(store.getState().focusUnit).toBe(1);
    fireEvent.keyDown(list(), { key: "ArrowRight" });
    expect(store.getState().focusUnit).toBe(2);
    act(() => list().blur());
    expect(store.getState().focusUnit).toBeNull();
  });
});

describe("choosing and editing a weight", () => {
  it("a click opens the arrow's card and asks the worker to explain it, keeping the example followed", () => {
    const { worker, store } = renderDiagram();
    const { params, gradient } = worker.emitFrame({ epoch: 1 });
    fireEvent.click(line("w-1-2"));
    const card = screen.getByRole("region", { name: "Weight w₁₂: x₁ → h₂" });
    expect(
      within(card).getByText(`w₁₂ = ${params[1].toPrecision(4)}, ∂L/∂w₁₂ = ${gradient[1].toPrecision(4)}`),
    ).toBeInTheDocument();
    expect(within(card).getByLabelText("Value of w₁₂")).toHaveValue(String(params[1]));
    expect(store.getState().explain).toEqual({ weight: "w-1-2", example: 0 });
    expect(sentOf(worker.sent, "explain").at(-1)).toEqual({
      type: "explain",
      target: { weight: "w-1-2", example: 0 },
    });
    act(() => store.getState().setExplain({ weight: "w-1-2", example: 7 }));
    fireEvent.click(line("u-3-1"));
    expect(store.getState().explain).toEqual({ weight: "u-3-1", example: 7 });
    expect(screen.getByRole("region", { name: "Weight u₃₁: h₃ → y₁" })).toBeInTheDocument();
  });

  it("Apply sends the typed value, and the next frame shows it and notes the hand edit", () => {
    const { worker } = renderDiagram();
    worker.emitFrame({ epoch: 1 });
    fireEvent.click(line("u-2-1"));
    const field = screen.getByLabelText("Value of u₂₁");
    fireEvent.change(field, { target: { value: " −0.75 " } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(worker.lastCommand()).toEqual({ type: "setWeights", values: [{ name: "u-2-1", value: -0.75 }] });
    expect(screen.getByRole("status")).toHaveTextContent("u₂₁ set to -0.75");
    expect(screen.queryByText("Weights edited by hand (the link notes it)")).toBeNull();
    const params = makeParams(3);
    params[9 + 2] = -0.75;
    worker.emitFrame({ epoch: 1, params, edited: true });
    expect(line("u-2-1")).toHaveAttribute("data-value", "-0.75");
    expect(screen.getByText("Weights edited by hand (the link notes it)")).toBeVisible();
  });

  it("Enter on an arrow opens its card with the focus in the field, and Enter there applies", () => {
    const { worker } = renderDiagram();
    worker.emitFrame({ epoch: 1 });
    act(() => list().focus());
    fireEvent.keyDown(list(), { key: "End" });
    fireEvent.keyDown(list(), { key: "Enter" });
    const field = screen.getByLabelText("Value of b2₂");
    expect(field).toHaveFocus();
    fireEvent.change(field, { target: { value: "1.5e-3" } });
    fireEvent.submit(field);
    expect(worker.lastCommand()).toEqual({ type: "setWeights", values: [{ name: "b2-2", value: 0.0015 }] });
  });

  it.each(["abc", "", "1e7", "-2000000", "Infinity", "0x10", "1,5", "NaN"])(
    "refuses %j with a visible message and sends nothing",
    (text) => {
      const { worker } = renderDiagram();
      worker.emitFrame({ epoch: 1 });
      fireEvent.click(line("w-2-1"));
      const field = screen.getByLabelText("Value of w₂₁");
      fireEvent.change(field, { target: { value: text } });
      fireEvent.click(screen.getByRole("button", { name: "Apply" }));
      expect(sentOf(worker.sent, "setWeights")).toEqual([]);
      expect(screen.getByRole("status")).toHaveTextContent(
        /Not applied: enter a number from −1000000 to 1000000/,
      );
      expect(screen.getByRole("status")).toBeVisible();
      expect(field).toHaveAttribute("aria-invalid", "true");
    },
  );

  it("Escape or Close shuts the card and gives the focus back to the arrows", () => {
    const { worker } = renderDiagram();
    worker.emitFrame({ epoch: 1 });
    fireEvent.click(line("w-1-1"));
    fireEvent.keyDown(screen.getByLabelText("Value of w₁₁"), { key: "Escape" });
    expect(screen.queryByRole("region")).toBeNull();
    expect(list()).toHaveFocus();
    fireEvent.click(line("w-1-1"));
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("region")).toBeNull();
  });
});

describe("the weight field's numbers", () => {
  it("reads plain decimals and exponents, with a typographic minus, within ±1e6", () => {
    expect(parseWeight("0.5")).toBe(0.5);
    expect(parseWeight(" -1.25e-3 ")).toBe(-0.00125);
    expect(parseWeight("−2")).toBe(-2);
    expect(parseWeight(".5")).toBe(0.5);
    expect(parseWeight("1e6")).toBe(1e6);
    expect(parseWeight("-1000000")).toBe(-1e6);
    expect(parseWeight("1000000.5")).toBeNull();
    expect(parseWeight("1e400")).toBeNull();
    expect(parseWeight("")).toBeNull();
    expect(parseWeight("1.2.3")).toBeNull();
  });
});

describe("the network diagram in Japanese", () => {
  it("words the caption, the arrows, the tip and the card in Japanese, with the same data attributes", () => {
    const { worker } = renderDiagram("#lang=ja");
    const { params, gradient } = worker.emitFrame({ epoch: 1, edited: true });
    expect(
      screen.getByText("ネットワーク：重み w（入力層 → 隠れ層）と u（隠れ層 → 出力層）"),
    ).toBeInTheDocument();
    expect(diagram()).toHaveAccessibleName("隠れユニット 3 個のネットワーク図");
    expect(line("u-1-2")).toHaveAccessibleName("重み u 1 2：h1 → y2");
    expect(line("b1-3")).toHaveAccessibleName("バイアス b1 3：+1 → h3");
    expect(line("u-1-2")).toHaveAttribute("data-value", String(params[9 + 1]));
    act(() => list().focus());
    expect(tip()).toHaveTextContent(
      `w₁₁ = ${params[0].toPrecision(4)}、∂L/∂w₁₁ = ${gradient[0].toPrecision(4)}`,
    );
    fireEvent.click(line("w-1-2"));
    const field = screen.getByLabelText("w₁₂ の値");
    fireEvent.change(field, { target: { value: "abc" } });
    fireEvent.click(screen.getByRole("button", { name: "適用" }));
    expect(screen.getByRole("status")).toHaveTextContent(/適用しませんでした/);
    expect(screen.getByRole("button", { name: "閉じる" })).toBeInTheDocument();
    expect(screen.getByText("重みを手で変更しました（リンクにも記録されます）")).toBeInTheDocument();
    const names = within(list())
      .getAllByRole("option")
      .map((o) => o.getAttribute("aria-label") ?? "");
    const shown = Array.from(
      figure().querySelectorAll("text, p, label, button, figcaption"),
      (e) => e.textContent,
    );
    const text = [...shown, list().getAttribute("aria-label") ?? "", ...names].join(" ");
    expect(strayLatin(text)).toEqual([]);
  });

  it("re-words the shown arrow when the language changes, keeping its value", () => {
    const { worker, store } = renderDiagram();
    const { params } = worker.emitFrame({ epoch: 1 });
    act(() => list().focus());
    act(() => store.getState().setLang("ja"));
    expect(line("w-1-1")).toHaveAccessibleName("重み w 1 1：x1 → h1");
    expect(tip()).toHaveTextContent(`w₁₁ = ${params[0].toPrecision(4)}、`);
  });
});

describe("the diagram's messages", () => {
  it("have the same keys and placeholders in both languages, and no English left in the Japanese", () => {
    const en: Record<string, string> = networkEn;
    const ja: Record<string, string> = networkJa;
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(placeholders(ja[key]), key).toEqual(placeholders(en[key]));
      expect(key.startsWith("network."), key).toBe(true);
      expect(strayLatin(ja[key].replace(/\{\w+\}/g, " ")), key).toEqual([]);
    }
  });
});
