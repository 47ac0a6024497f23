import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import ExplainPanel from "../../src/components/inside/ExplainPanel.tsx";
import { TEX_INTERVAL_MS } from "../../src/components/inside/explain/useExplanationFeed.ts";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { computeGradient, createWorkspace, descend } from "../../src/engine/backprop.ts";
import type { Dataset } from "../../src/engine/datasets.ts";
import { type Explanation, explainWeight } from "../../src/engine/explain.ts";
import { maskUnits, networkFromParams } from "../../src/engine/network.ts";
import type { Lang } from "../../src/i18n/catalogue.ts";
import { type MessageKey, type MessageParams, translate } from "../../src/i18n/translate.ts";
import { texNumber } from "../../src/render/explainTex.ts";
import { createPlaygroundStore, type PlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import type { Frame } from "../../src/worker/protocol.ts";
import { strayLatin } from "../i18n/words.ts";
import { createFakeWorker, type FakeWorker, makeData, makeParams } from "./fakeWorker.ts";

const TRAIN = 20;

interface Panel {
  worker: FakeWorker;
  store: PlaygroundStore;
  data: Dataset;
  lang: Lang;
}

/** The panel alone on a store wired to a fake worker (the page lazy-loads it when a weight is chosen). */
function renderPanel(hash = "", lang: Lang = "en"): Panel {
  const worker = createFakeWorker();
  const store = createPlaygroundStore(worker, parseHash(hash), (task) => task(), lang);
  const message = makeData({ train: TRAIN });
  worker.emit(message);
  render(
    <StoreProvider store={store}>
      <ExplainPanel />
    </StoreProvider>,
  );
  return { worker, store, lang, data: { n: TRAIN, x: message.train.x, t: message.train.t } };
}

/** What the trainer would put in a frame: the engine's explanation of the store's target at `params`. */
function explanationAt(panel: Panel, params: Float64Array, masked: number[] = []): Explanation | null {
  const { settings, explain } = panel.store.getState();
  if (!explain) return null;
  const net = networkFromParams(settings, params);
  maskUnits(
    net,
    masked.map((unit) => unit - 1),
  );
  return explainWeight(
    net,
    panel.data,
    settings.learningRate,
    settings.lambda,
    explain.weight,
    explain.example,
  );
}

/** Choose a weight (as the diagram does) and answer with a frame carrying its explanation. */
function choose(panel: Panel, weight: string, example = 0, frame: Partial<Frame> = {}): Explanation {
  act(() => panel.store.getState().setExplain({ weight, example }));
  const H = panel.store.getState().settings.hiddenUnits;
  const params = frame.params ?? makeParams(H);
  const explanation = explanationAt(panel, params, frame.masked);
  if (!explanation) throw new Error(`no explanation of ${weight}`);
  panel.worker.emitFrame({ hiddenUnits: H, params, explanation, ...frame });
  return explanation;
}

const panelEl = () => screen.getByTestId("explain");
const say = (panel: Panel, key: MessageKey, params?: MessageParams) => translate(panel.lang, key, params);
/** The TeX of every equation on show, in order. */
const shownTex = () =>
  Array.from(panelEl().querySelectorAll<HTMLElement>("[data-tex]"), (e) => e.dataset.tex);
const stepTex = (id: string) =>
  Array.from(
    panelEl().querySelectorAll<HTMLElement>(`[data-step="${id}"] [data-tex]`),
    (e) => e.dataset.tex,
  ).join("\n");

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

// KaTeX builds its DOM slowly in jsdom (up to 0.1 s an equation on a busy machine): generous time limits.
describe("the one-update panel's numbers", { timeout: 30_000 }, () => {
  const cases: [string, string][] = [
    ["", "w-1-2"],
    ["", "u-3-1"],
    ["#activation=sigmoid&output=sigmoid", "w-2-3"],
    ["#activation=relu", "b1-2"],
    ["#output=sigmoid&activation=linear", "b2-1"],
    ["#hidden=0", "w-2-1"],
    ["#hidden=1&lambda=0.1", "u-1-2"],
  ];
  // KaTeX is slow in jsdom (about a second a panel): every case in English, three in Japanese.
  for (const lang of ["en", "ja"] as const) {
    it(`carries the engine's weight, gradient and new value at full precision (${lang})`, {
      timeout: 30_000,
    }, () => {
      for (const [hash, weight] of lang === "en" ? cases : cases.slice(0, 3)) {
        const panel = renderPanel(hash, lang);
        const ex = choose(panel, weight, 5);
        expect(panelEl()).toHaveAttribute("data-weight", weight);
        expect(panelEl()).toHaveAttribute("data-gradient", String(ex.gradient));
        expect(panelEl()).toHaveAttribute("data-new", String(ex.next));
        expect(panelEl().querySelectorAll(".katex").length, `${hash} ${weight}`).toBeGreaterThan(5);
        act(() => panel.store.getState().setExplain(null));
      }
    });
  }

  it("follows every frame: the attributes change with the weights", () => {
    const panel = renderPanel();
    choose(panel, "w-1-1");
    const params = makeParams(3).map((v) => v * 0.9);
    const ex = explanationAt(panel, params);
    panel.worker.emitFrame({ params, explanation: ex, epoch: 1 });
    expect(panelEl()).toHaveAttribute("data-gradient", String(ex?.gradient));
    expect(panelEl()).toHaveAttribute("data-new", String(ex?.next));
  });

  it("typesets the chain rule with the example's own numbers, and the update old − ε × gradient = new", () => {
    const panel = renderPanel("#lr=0.05");
    const ex = choose(panel, "w-2-3", 7);
    expect(stepTex("forward")).toContain("n = 8,\\quad i = 2,\\quad j = 3");
    expect(stepTex("forward")).toContain(`(${texNumber(ex.x[0])}, ${texNumber(ex.x[1])})`);
    expect(stepTex("hiddenDelta")).toContain(`= ${texNumber(ex.hiddenDelta[2])}`);
    expect(stepTex("term")).toContain(`= ${texNumber(ex.exampleGradient)}`);
    expect(stepTex("sum")).toContain(`= ${texNumber(ex.gradient, 6)}`);
    expect(stepTex("update")).toMatch(
      new RegExp(`- 0\\.05 \\\\times .* = ${texNumber(ex.next, 6).replace(".", "\\.")}`),
    );
    // what a screen reader reads (MathML) has the numbers too
    const spoken = panelEl().querySelector('[data-step="term"]')?.textContent ?? "";
    expect(spoken).toContain(texNumber(ex.exampleGradient).replace("-", "−"));
    expect(
      screen.getByRole("heading", { name: say(panel, "explain.of.weight", { weight: "w₂₃" }) }),
    ).toBeVisible();
  });

  it("words each step in the page's language and names the activation's and output's derivative", () => {
    for (const lang of ["en", "ja"] as const) {
      const panel = renderPanel("#output=sigmoid&activation=sigmoid", lang);
      choose(panel, "w-1-2", 3);
      const text = panelEl().textContent ?? "";
      expect(text).toContain(say(panel, "explain.step.forward", { example: 4 }));
      expect(text).toContain(say(panel, "explain.step.outputDelta.sigmoid"));
      expect(text).toContain(say(panel, "explain.step.hiddenDelta", { unit: 2 }));
      expect(text).toContain(say(panel, "explain.step.sum", { count: TRAIN }));
      expect(stepTex("hiddenDelta")).toContain("f'(a_j) = h_j (1 - h_j)");
      expect(stepTex("outputDelta")).toContain("(y_k - t_k)\\, y_k (1 - y_k)");
      act(() => panel.store.getState().setExplain(null));
    }
  });

  it("leaves no English on the Japanese page: words from the catalogue, math only symbols", () => {
    const panel = renderPanel("#batch=5", "ja");
    choose(panel, "b1-2", 2);
    const words: string[] = [];
    const walker = document.createTreeWalker(panelEl(), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      if (node.parentElement?.closest(".katex")) {
        // math: single-letter symbols, digits and the functions' names
        const names = (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !["tanh", "max"].includes(w));
        words.push(...names.filter((w) => !/^[ijkn]+$/.test(w))); // index letters run together: w_ij
      } else words.push(...strayLatin(text));
    }
    for (const el of panelEl().querySelectorAll("[aria-label]"))
      words.push(...strayLatin(el.getAttribute("aria-label") ?? ""));
    expect(words).toEqual([]);
  });
});

describe("the panel's controls", { timeout: 30_000 }, () => {
  it("closes with Close: the worker is told to stop explaining", () => {
    const panel = renderPanel();
    choose(panel, "u-1-1");
    fireEvent.click(screen.getByRole("button", { name: "Close the one-update panel" }));
    expect(panel.worker.lastCommand()).toEqual({ type: "explain", target: null });
    expect(screen.queryByTestId("explain")).toBeNull();
  });

  it("chooses the example by its number, and Previous and Next step through them, wrapping around", () => {
    const panel = renderPanel();
    choose(panel, "u-2-1", 0);
    const field = screen.getByRole("spinbutton", { name: "Example" });
    expect(field).toHaveValue(1);
    fireEvent.change(field, { target: { value: "7" } });
    expect(panel.worker.lastCommand()).toEqual({ type: "explain", target: { weight: "u-2-1", example: 6 } });
    const group = screen.getByRole("group", { name: "Example" });
    fireEvent.click(within(group).getByRole("button", { name: "Next example" }));
    expect(panel.store.getState().explain).toEqual({ weight: "u-2-1", example: 7 });
    act(() => panel.store.getState().setExplain({ weight: "u-2-1", example: 0 }));
    fireEvent.click(within(group).getByRole("button", { name: "Previous example" }));
    expect(panel.store.getState().explain).toEqual({ weight: "u-2-1", example: TRAIN - 1 });
  });

  it("sends nothing for text that is not an example's number, and marks the field", () => {
    const panel = renderPanel();
    choose(panel, "u-2-1", 0);
    const sent = panel.worker.commands().length;
    const field = screen.getByRole("spinbutton", { name: "Example" });
    for (const text of ["0", String(TRAIN + 1), "2.5", ""]) {
      fireEvent.change(field, { target: { value: text } });
      expect(field, text).toHaveAttribute("aria-invalid", "true");
    }
    expect(panel.worker.commands().length).toBe(sent);
  });

  it("brings an example beyond the training set back to the last one", () => {
    const panel = renderPanel();
    act(() => panel.store.getState().setExplain({ weight: "u-2-1", example: TRAIN + 5 }));
    expect(panel.worker.lastCommand()).toEqual({
      type: "explain",
      target: { weight: "u-2-1", example: TRAIN - 1 },
    });
    expect(screen.getByRole("spinbutton", { name: "Example" })).toHaveValue(TRAIN);
  });

  it("names its controls in Japanese", () => {
    const panel = renderPanel("", "ja");
    choose(panel, "u-2-1", 0);
    expect(screen.getByRole("spinbutton", { name: say(panel, "explain.example") })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: say(panel, "explain.closeName") })).toHaveTextContent(
      say(panel, "explain.close"),
    );
    expect(screen.getByRole("button", { name: say(panel, "explain.next") })).toBeInTheDocument();
  });
});

describe("the panel and the run", { timeout: 30_000 }, () => {
  it("typesets again at most four times a second while training, and at once when paused", () => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame", "performance"],
    });
    const panel = renderPanel();
    const first = choose(panel, "u-1-2", 0);
    const sumOf = () => stepTex("sum");
    expect(sumOf()).toContain(texNumber(first.gradient, 6));
    act(() => panel.store.getState().play());
    const later = (scale: number) => {
      const params = makeParams(3).map((v) => v * scale);
      const ex = explanationAt(panel, params) as Explanation;
      panel.worker.emitFrame({ params, explanation: ex, status: "running" });
      return ex;
    };
    // the attributes follow every frame at once; the equations do not
    const second = later(0.99);
    expect(panelEl()).toHaveAttribute("data-gradient", String(second.gradient));
    expect(sumOf()).toContain(texNumber(first.gradient, 6));
    // two seconds of frames every 50 ms: the equations change at most 2000 / TEX_INTERVAL_MS times, yet keep up
    let shown = sumOf();
    let changes = 0;
    let last = second;
    for (let i = 2; i <= 40; i++) {
      last = later(1 - i / 100);
      act(() => vi.advanceTimersByTime(50));
      if (sumOf() !== shown) {
        changes++;
        shown = sumOf();
      }
    }
    expect(changes).toBeGreaterThanOrEqual(2);
    expect(changes).toBeLessThanOrEqual(2000 / TEX_INTERVAL_MS);
    act(() => vi.advanceTimersByTime(500));
    expect(sumOf()).toContain(texNumber(last.gradient, 6));
    // paused: at once
    act(() => panel.store.getState().pause());
    const params = makeParams(3).map((v) => v * 0.5);
    const paused = explanationAt(panel, params) as Explanation;
    panel.worker.emitFrame({ params, explanation: paused, status: "paused" });
    expect(sumOf()).toContain(texNumber(paused.gradient, 6));
  });

  it("while training, rewrites only the digits of an equation whose shape is unchanged", () => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame", "performance"],
    });
    const panel = renderPanel();
    choose(panel, "u-1-2", 0);
    act(() => panel.store.getState().play());
    const frameAt = (scale: number) => {
      const params = makeParams(3).map((v) => v * scale);
      const ex = explanationAt(panel, params) as Explanation;
      panel.worker.emitFrame({ params, explanation: ex, status: "running" });
      act(() => vi.advanceTimersByTime(1000));
      return ex;
    };
    frameAt(0.9);
    const equation = panelEl().querySelector('[data-step="sum"] .explain-equation:last-child') as HTMLElement;
    const inner = equation.querySelector(".katex");
    const later = frameAt(0.89);
    expect(equation.dataset.tex).toContain(texNumber(later.gradient, 6));
    expect(equation.querySelector(".katex"), "the same KaTeX elements, new text").toBe(inner);
    expect(equation.textContent).toContain(texNumber(later.sum, 6).replace("-", "−"));
    // paused: typeset anew, with the MathML a screen reader reads
    act(() => panel.store.getState().pause());
    expect(equation.querySelector(".katex-mathml")).not.toBeNull();
  });

  it("while training, typesets only the equations on screen; the rest catch up when training stops", () => {
    const observers: { report(el: Element, on: boolean): void }[] = [];
    vi.stubGlobal(
      "IntersectionObserver",
      class {
        constructor(
          private readonly callback: (entries: { target: Element; isIntersecting: boolean }[]) => void,
        ) {
          observers.push(this);
        }
        observe() {}
        unobserve() {}
        disconnect() {}
        report(el: Element, on: boolean) {
          this.callback([{ target: el, isIntersecting: on }]);
        }
      },
    );
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "requestAnimationFrame", "cancelAnimationFrame", "performance"],
    });
    const panel = renderPanel();
    choose(panel, "u-1-2", 0);
    const offScreen = panelEl().querySelectorAll('[data-step="sum"] .explain-equation');
    expect(offScreen.length).toBeGreaterThan(0);
    for (const el of offScreen) for (const observer of observers) observer.report(el, false);
    act(() => panel.store.getState().play());
    const params = makeParams(3).map((v) => v * 0.8);
    const ex = explanationAt(panel, params) as Explanation;
    panel.worker.emitFrame({ params, explanation: ex, status: "running" });
    act(() => vi.advanceTimersByTime(1500));
    expect(stepTex("update")).toContain(texNumber(ex.gradient, 6));
    expect(stepTex("sum")).not.toContain(texNumber(ex.gradient, 6));
    act(() => panel.store.getState().pause());
    expect(stepTex("sum")).toContain(texNumber(ex.gradient, 6));
  });

  it("shows Step's before and after: the new weight is exactly the predicted one", () => {
    const panel = renderPanel("#lr=0.1");
    const params = makeParams(3);
    const before = choose(panel, "w-2-1", 4, { epoch: 5, params });
    // one full-batch update, as the trainer makes it
    const net = networkFromParams(panel.store.getState().settings, params);
    const ws = createWorkspace(net, panel.data.n);
    computeGradient(net, ws, panel.data, panel.store.getState().settings.lambda);
    descend(net, ws, 0.1);
    act(() => panel.store.getState().step());
    const after = explanationAt(panel, net.params) as Explanation;
    panel.worker.emitFrame({ epoch: 6, params: net.params, explanation: after, trainLoss: 0.5 });
    expect(after.value).toBe(before.next);
    const compare = panelEl().querySelector(".explain-compare") as HTMLElement;
    expect(within(compare).getByText(String(before.value))).toBeInTheDocument();
    expect(compare.querySelector('[data-compare="predicted"]')).toHaveTextContent(String(before.next));
    expect(compare.querySelector('[data-compare="after"]')).toHaveTextContent(String(after.value));
    expect(within(compare).getByRole("status")).toHaveTextContent(
      "The weight after Step equals the predicted new value exactly.",
    );
    expect(panelEl()).toHaveAttribute("data-new", String(after.next));
    // training on hides it: it spoke of that one step
    act(() => panel.store.getState().play());
    panel.worker.emitFrame({
      epoch: 40,
      updates: 40,
      params: net.params,
      explanation: after,
      status: "running",
    });
    expect(panelEl().querySelector(".explain-compare")).toBeNull();
  });

  it("says plainly that Step uses one mini-batch, and why the weight then differs from the prediction", () => {
    const panel = renderPanel("#batch=5");
    const before = choose(panel, "u-1-1", 0, { epoch: 0, updates: 3 });
    expect(panelEl()).toHaveTextContent(say(panel, "explain.miniBatch", { size: 5 }));
    act(() => panel.store.getState().step());
    const params = makeParams(3);
    params[3 * 2 + 3] += 0.001; // u_11 moved by the mini-batch's own sum
    panel.worker.emitFrame({ updates: 4, params, explanation: explanationAt(panel, params) });
    expect(before.next).not.toBe(params[9]);
    expect(within(panelEl()).getByRole("status")).toHaveTextContent(say(panel, "explain.compare.miniBatch"));
  });

  it("says a switched-off unit's weight gets gradient 0", () => {
    const panel = renderPanel("#mask=2");
    const ex = choose(panel, "w-1-2", 0, { masked: [2] });
    expect(ex.masked).toBe(true);
    expect(panelEl()).toHaveAttribute("data-gradient", "0");
    expect(panelEl()).toHaveTextContent(say(panel, "explain.step.masked", { unit: 2 }));
    expect(stepTex("masked")).toBe("\\frac{\\partial L}{\\partial w_{ij}} = 0");
  });

  it("says when the chosen weight is not in the network (fewer hidden units now)", () => {
    const panel = renderPanel();
    act(() => panel.store.getState().setExplain({ weight: "u-9-1", example: 0 }));
    panel.worker.emitFrame({ explanation: null });
    expect(panelEl()).toHaveTextContent(say(panel, "explain.missing", { weight: "u₉₁" }));
    expect(panelEl()).not.toHaveAttribute("data-gradient");
    expect(shownTex()).toEqual([]);
  });
});
