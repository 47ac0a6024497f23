/**
 * The compare view: a panel per value of the swept setting (by default the perceptron and the article's
 * Figure 4 sizes), each with its own plane, readouts and gap, in both languages; the sweep editor; the
 * seeds' overlay; the generalisation chart; the figure's training time. Panels are put into the store as
 * the worker's frames would put them; every expected number comes from the views made here.
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { Profiler } from "react";
import { beforeAll, describe, expect, it, onTestFinished, vi } from "vitest";
import CompareView from "../../src/components/compare/CompareView.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import type { PanelView } from "../../src/worker/protocol.ts";
import { makePanelView } from "../fakes/frames.ts";
import { strayLatin } from "../i18n/words.ts";
import { createFakeWorker, makeData } from "./fakeWorker.ts";
import { type RenderedPage, renderPage } from "./renderPage.tsx";

const SIZES = [0, 1, 2, 3, 4, 5, 20, 50];
const DOMAIN = { x1Min: -1.5, x1Max: 2.5, x2Min: -1.75, x2Max: 2.25 };
const READOUTS = [
  "epoch",
  "train-loss",
  "test-loss",
  "train-accuracy",
  "test-accuracy",
  "gap",
  "epochs-per-second",
];

/** Each size's view: numbers that differ by size, and a test set when `test` is true. */
function viewsBySize(test: boolean, overrides: Partial<PanelView> = {}): Map<string, PanelView> {
  return new Map(
    SIZES.map((H, i) => {
      const id = `hidden=${H}`;
      const view = makePanelView(id, H, {
        epoch: 1000 + i,
        trainLoss: 0.3 - 0.03 * i,
        trainAccuracy: 0.85 + 0.015 * i,
        testLoss: test ? 0.31 - 0.01 * i : null,
        testAccuracy: test ? 0.86 - 0.005 * i : null,
        epochsPerSecond: 5000 - 100 * i,
        ...overrides,
      });
      return [id, view];
    }),
  );
}

function putPanels(page: RenderedPage, panels: ReadonlyMap<string, PanelView>, panelsMs = 0): void {
  act(() => page.store.setState({ panels, panelDomain: DOMAIN, panelsMs }));
}

/**
 * From now on in this test, a fake clock for the panels' and the chart's throttles (installed after the
 * lazy view has loaded, before any throttle first runs, so every wait is measured on it).
 */
function fakeClock(): void {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  onTestFinished(() => {
    vi.useRealTimers();
  });
}

// The view is loaded on demand: load it once before the tests, so none waits on a busy machine's transform.
beforeAll(async () => {
  await import("../../src/components/compare/CompareView.tsx");
});

async function openCompare(hash: string, lang: "en" | "ja" = "en"): Promise<RenderedPage> {
  const page = renderPage(hash, { lang });
  page.worker.emit(makeData({ train: 60, test: hash.includes("test=") ? 20 : 0 }));
  // Generous: eight panels' first render takes seconds in jsdom on a busy machine.
  await screen.findAllByTestId("panel", {}, { timeout: 15_000 });
  return page;
}

function readoutsOf(panel: HTMLElement): Record<string, string | null> {
  return Object.fromEntries(READOUTS.map((id) => [id, within(panel).getByTestId(id).textContent]));
}

describe("the compare view's panels", () => {
  it("shows the perceptron and the article's sizes, one panel each, in order, with their headings", async () => {
    await openCompare("#view=compare");
    const panels = screen.getAllByTestId("panel");
    expect(panels.map((p) => p.getAttribute("data-hidden"))).toEqual([
      "0",
      "1",
      "2",
      "3",
      "4",
      "5",
      "20",
      "50",
    ]);
    expect(panels.map((p) => within(p).getByRole("heading").textContent)).toEqual([
      "H = 0: perceptron",
      "H = 1",
      "H = 2",
      "H = 3",
      "H = 4",
      "H = 5",
      "H = 20",
      "H = 50",
    ]);
    // Each panel is a region named by its heading, with its own plane; the single plane is not shown.
    expect(screen.getByRole("article", { name: "H = 3" })).toBe(panels[3]);
    for (const panel of panels) expect(within(panel).getAllByTestId("boundary")).toHaveLength(1);
    expect(screen.getAllByTestId("boundary")).toHaveLength(8);
    expect(screen.queryByTestId("updates")).toBeNull();
  });

  it("shows each panel's own numbers as plain text, and — for the test set when there is none", async () => {
    const page = await openCompare("#view=compare");
    const panels = screen.getAllByTestId("panel");
    for (const panel of panels) expect(readoutsOf(panel).epoch).toBe("0");
    putPanels(page, viewsBySize(false));
    expect(readoutsOf(panels[0])).toEqual({
      epoch: "1000",
      "train-loss": "0.300000",
      "test-loss": "—",
      "train-accuracy": "0.85",
      "test-accuracy": "—",
      gap: "—",
      "epochs-per-second": "5000",
    });
    expect(readoutsOf(panels[7])).toEqual({
      epoch: "1007",
      "train-loss": "0.090000",
      "test-loss": "—",
      "train-accuracy": "0.955",
      "test-accuracy": "—",
      gap: "—",
      "epochs-per-second": "4300",
    });
  });

  it("shows the test set's numbers and the gap between training and test accuracy", async () => {
    const page = await openCompare("#view=compare&test=0.25");
    putPanels(page, viewsBySize(true));
    const panels = screen.getAllByTestId("panel");
    // H = 50: training 0.85 + 0.105 = 0.955, test 0.86 − 0.035 = 0.825: a gap of 0.13.
    expect(readoutsOf(panels[7])).toEqual({
      epoch: "1007",
      "train-loss": "0.090000",
      "test-loss": "0.240000",
      "train-accuracy": "0.955",
      "test-accuracy": "0.825",
      gap: "0.13",
      "epochs-per-second": "4300",
    });
    // H = 0: the test set does better than the training set, a gap below zero.
    expect(within(panels[0]).getByTestId("gap")).toHaveTextContent("-0.01");
  });

  it("speaks Japanese: headings, captions and button names, with the same plain numbers", async () => {
    const page = await openCompare("#view=compare&lang=ja&test=0.25");
    putPanels(page, viewsBySize(true));
    const panels = screen.getAllByTestId("panel");
    expect(panels.map((p) => within(p).getByRole("heading").textContent)).toEqual([
      "H = 0：パーセプトロン",
      "H = 1",
      "H = 2",
      "H = 3",
      "H = 4",
      "H = 5",
      "H = 20",
      "H = 50",
    ]);
    expect(
      within(panels[3]).getByRole("button", { name: "H = 3 をプレイグラウンドで開く" }),
    ).toBeInTheDocument();
    expect(within(panels[3]).getByText("エポック")).toBeInTheDocument();
    expect(within(panels[3]).getByText("テストデータの正解率")).toBeInTheDocument();
    expect(readoutsOf(panels[7]).gap).toBe("0.13");
    expect(screen.getByRole("region", { name: "ネットワークを並べて比べる" })).toBeInTheDocument();
  });

  it("re-words the panels when the language changes, keeping their numbers and pictures", async () => {
    const page = await openCompare("#view=compare");
    putPanels(page, viewsBySize(false));
    const canvas = within(screen.getAllByTestId("panel")[3]).getByTestId("boundary");
    const frame = canvas.getAttribute("data-frame");
    act(() => page.store.getState().setLang("ja"));
    const panel = screen.getAllByTestId("panel")[3];
    expect(within(panel).getByRole("heading")).toHaveTextContent("H = 3");
    expect(within(panel).getByTestId("epoch")).toHaveTextContent("1003");
    expect(canvas).toHaveAttribute("data-frame", frame ?? "");
  });

  it("repaints a panel when its own view changes, and not when another panel's does", async () => {
    const page = await openCompare("#view=compare");
    fakeClock();
    const canvases = screen.getAllByTestId("panel").map((p) => within(p).getByTestId("boundary"));
    expect(canvases.map((c) => c.getAttribute("data-frame"))).toEqual(SIZES.map(() => "0"));
    const views = viewsBySize(false);
    putPanels(page, views);
    expect(canvases.map((c) => c.getAttribute("data-frame"))).toEqual(SIZES.map(() => "1"));
    // Only H = 3 moves on: a new Map, the other views the same objects.
    const next = new Map(views);
    next.set("hidden=3", makePanelView("hidden=3", 3, { epoch: 2000 }));
    putPanels(page, next);
    // A panel paints at most every 40 ms: the new view shows then.
    expect(canvases[3]).toHaveAttribute("data-frame", "1");
    act(() => vi.advanceTimersByTime(40));
    expect(canvases[3]).toHaveAttribute("data-frame", "2");
    expect(canvases.map((c) => c.getAttribute("data-frame"))).toEqual([
      "1",
      "1",
      "1",
      "2",
      "1",
      "1",
      "1",
      "1",
    ]);
    expect(within(screen.getAllByTestId("panel")[3]).getByTestId("epoch")).toHaveTextContent("2000");
    // Something else in the store changes: no panel repaints.
    act(() => page.store.setState({ panelsMs: 5 }));
    expect(canvases.map((c) => c.getAttribute("data-frame"))).toEqual([
      "1",
      "1",
      "1",
      "2",
      "1",
      "1",
      "1",
      "1",
    ]);
  });

  it("draws every panel's P = ½ line and the shared points on its plane", async () => {
    const page = await openCompare("#view=compare&test=0.25");
    putPanels(page, viewsBySize(true));
    const panel = screen.getAllByTestId("panel")[2];
    expect(panel.querySelector(".decision-line")?.getAttribute("d")).toMatch(/^M/);
    // 60 training points (30 of each class) and 20 test points (10 of each): one path per class and set.
    const points = [...panel.querySelectorAll(".points path")];
    expect(
      points.map((p) => [
        p.getAttribute("fill") === "white" ? "test" : "train",
        p.getAttribute("d")?.split("M").length,
      ]),
    ).toEqual([
      ["train", 31],
      ["train", 31],
      ["test", 11],
      ["test", 11],
    ]);
  });

  it("says in words when a panel stopped at the stop epoch, and when one diverged", async () => {
    const page = await openCompare("#view=compare&until=20000");
    const views = viewsBySize(false, { epoch: 20000, stoppedAt: 20000 });
    views.set(
      "hidden=50",
      makePanelView("hidden=50", 50, {
        epoch: 12,
        divergence: {
          epoch: 12,
          updates: 12,
          reason: "not-finite",
          loss: Number.NaN,
          initialLoss: 0.69,
          since: "start",
        },
      }),
    );
    putPanels(page, views);
    const panels = screen.getAllByTestId("panel");
    expect(panels[3]).toHaveTextContent("Stopped at epoch 20,000.");
    expect(panels[7]).toHaveTextContent(
      "Diverged at epoch 12: a weight grew too large to be represented (it became infinite or not a number).",
    );
    expect(panels[7]).not.toHaveTextContent("Stopped");
  });
});

describe("opening a panel in the playground", () => {
  it("is a button named after the panel, and a click or tap on its plane", async () => {
    const page = await openCompare("#view=compare");
    const openPanel = vi.fn();
    act(() => page.store.setState({ openPanel }));
    fireEvent.click(screen.getByRole("button", { name: "Open H = 3 in the playground" }));
    expect(openPanel).toHaveBeenCalledWith("hidden=3");
    fireEvent.click(screen.getByRole("button", { name: "Open H = 0: perceptron in the playground" }));
    expect(openPanel).toHaveBeenLastCalledWith("hidden=0");
    const plane = within(screen.getAllByTestId("panel")[6]).getByTestId("boundary");
    fireEvent.click(plane);
    expect(openPanel).toHaveBeenLastCalledWith("hidden=20");
    expect(openPanel).toHaveBeenCalledTimes(3);
  });
});

describe("the sweep editor", () => {
  it("names the swept setting and its values, with a hint of the panel limit", async () => {
    await openCompare("#view=compare");
    expect(screen.getByRole("combobox", { name: "Swept setting" })).toHaveValue("hiddenUnits");
    const values = screen.getByRole("textbox", { name: "Values" });
    expect(values).toHaveValue("0, 1, 2, 3, 4, 5, 20, 50");
    expect(values).toHaveAccessibleDescription(/at most 12 panels/);
  });

  it("refuses a list with no usable value in plain words, and keeps the panels", async () => {
    const page = await openCompare("#view=compare");
    const before = page.store.getState().compare;
    fireEvent.change(screen.getByRole("textbox", { name: "Values" }), { target: { value: "abc" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    const refused = screen.getByRole("alert");
    expect(refused).toHaveTextContent("Ignored abc in Values: each value must be an integer from 0 to 64.");
    expect(refused).toHaveTextContent("No value in the list can be used, so the panels stay as they are.");
    expect(page.store.getState().compare).toBe(before);
    expect(screen.getAllByTestId("panel")).toHaveLength(8);
    expect(screen.getByRole("textbox", { name: "Values" })).toHaveAttribute("aria-invalid", "true");
  });

  it("applies a new list: one panel per size, in the order given", async () => {
    const page = await openCompare("#view=compare");
    fireEvent.change(screen.getByRole("textbox", { name: "Values" }), { target: { value: "1,3" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(page.store.getState().compare.sweep).toEqual({ setting: "hiddenUnits", values: [1, 3] });
    const panels = screen.getAllByTestId("panel");
    expect(panels.map((p) => p.getAttribute("data-hidden"))).toEqual(["1", "3"]);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("applies what it can of a list and says what it dropped", async () => {
    const page = await openCompare("#view=compare");
    fireEvent.change(screen.getByRole("textbox", { name: "Values" }), { target: { value: "5, x, 2, 5" } });
    fireEvent.submit(screen.getByRole("form", { name: "What the panels vary" }));
    expect(page.store.getState().compare.sweep.values).toEqual([5, 2]);
    expect(screen.getByRole("alert")).toHaveTextContent("Ignored x in Values");
    expect(screen.getByRole("alert")).toHaveTextContent("Values lists 5 more than once; each is shown once.");
    expect(screen.getByRole("textbox", { name: "Values" })).toHaveValue("5, 2");
  });

  it("sweeps another setting: learning rates, each panel named by its value", async () => {
    const page = await openCompare("#view=compare");
    fireEvent.change(screen.getByRole("combobox", { name: "Swept setting" }), {
      target: { value: "learningRate" },
    });
    fireEvent.change(screen.getByRole("textbox", { name: "Values" }), { target: { value: "0.003, 0.1" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(page.store.getState().compare.sweep).toEqual({ setting: "learningRate", values: [0.003, 0.1] });
    const panels = screen.getAllByTestId("panel");
    expect(panels.map((p) => p.getAttribute("data-sweep"))).toEqual(["lr=0.003", "lr=0.1"]);
    expect(panels.every((p) => !p.hasAttribute("data-hidden"))).toBe(true);
    expect(panels.map((p) => within(p).getByRole("heading").textContent)).toEqual(["ε = 0.003", "ε = 0.1"]);
    // The learning-rate slider is varied across the panels; the hidden units are the panels' again.
    expect(screen.getByRole("slider", { name: "Learning rate" })).toBeDisabled();
    expect(screen.getByRole("slider", { name: "Hidden units" })).toBeEnabled();
  });

  it("offers the seeds in one panel only for the initialisation seed", async () => {
    await openCompare("#view=compare");
    expect(screen.queryByRole("checkbox", { name: "Seeds in one panel" })).toBeNull();
    fireEvent.change(screen.getByRole("combobox", { name: "Swept setting" }), {
      target: { value: "initSeed" },
    });
    expect(screen.getByRole("textbox", { name: "Values" })).toHaveValue("0, 1, 2, 3, 4, 5, 6, 7");
    expect(screen.getByRole("checkbox", { name: "Seeds in one panel" })).not.toBeChecked();
  });
});

describe("the controls in the compare view", () => {
  it("disable the swept setting's control, saying the panels vary it", async () => {
    await openCompare("#view=compare");
    const slider = screen.getByRole("slider", { name: "Hidden units" });
    expect(slider).toBeDisabled();
    expect(slider).toHaveAccessibleDescription("Varied across the panels: set its values above them.");
    expect(screen.getByRole("button", { name: "Play" })).toBeEnabled();
  });

  it("has a tab of its own, and the playground tab brings the single plane back", async () => {
    await openCompare("#view=compare");
    expect(screen.getByRole("button", { name: "Compare" })).toHaveAttribute("aria-pressed", "true");
    fireEvent.click(screen.getByRole("button", { name: "Playground" }));
    expect(screen.queryAllByTestId("panel")).toHaveLength(0);
    expect(screen.getAllByTestId("boundary")).toHaveLength(1);
    expect(screen.getByRole("slider", { name: "Hidden units" })).toBeEnabled();
  });
});

describe("the seeds in one panel", () => {
  it("draws every seed's boundary over the data, each dashed its own way and labelled", async () => {
    const page = await openCompare("#view=compare&sweep=init&values=0,1,2&overlay=1");
    expect(screen.getByRole("checkbox", { name: "Seeds in one panel" })).toBeChecked();
    const panels = screen.getAllByTestId("panel");
    expect(panels.map((p) => p.getAttribute("data-sweep"))).toEqual(["init=0", "init=1", "init=2"]);
    expect(panels.map((p) => within(p).getByRole("heading").textContent)).toEqual([
      "seed = 0",
      "seed = 1",
      "seed = 2",
    ]);
    putPanels(
      page,
      new Map([0, 1, 2].map((seed) => [`init=${seed}`, makePanelView(`init=${seed}`, 3, { epoch: 10 })])),
    );
    const overlay = screen.getByTestId("overlay");
    expect(overlay.compareDocumentPosition(panels[0]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const lines = [...overlay.querySelectorAll("path[data-seed]")];
    expect(lines.map((l) => l.getAttribute("data-seed"))).toEqual(["0", "1", "2"]);
    for (const line of lines) expect(line.getAttribute("d")).toMatch(/^M/);
    expect(new Set(lines.map((l) => l.getAttribute("stroke-dasharray"))).size).toBe(3);
    expect(within(overlay).getAllByText(/^seed [012]$/).length).toBeGreaterThanOrEqual(3);
    expect(within(overlay).getByRole("img", { name: /3 initialisation seeds/ })).toBeInTheDocument();
  });

  it("is not drawn without overlay=1", async () => {
    await openCompare("#view=compare&sweep=init&values=0,1,2");
    expect(screen.queryByTestId("overlay")).toBeNull();
  });
});

describe("the generalisation chart", () => {
  it("plots every panel's training and test accuracy against its size, in the sweep's order", async () => {
    const page = await openCompare("#view=compare&test=0.25");
    fakeClock();
    const views = viewsBySize(true);
    putPanels(page, views);
    act(() => vi.advanceTimersByTime(100));
    const chart = screen.getByTestId("generalisation");
    const points = (series: string) => [...chart.querySelectorAll(`[data-series="${series}"] [data-point]`)];
    expect(points("train")).toHaveLength(8);
    expect(points("test")).toHaveLength(8);
    expect(points("train").map((p) => p.getAttribute("data-point"))).toEqual(SIZES.map((H) => `hidden=${H}`));
    expect(points("train").map((p) => Number(p.getAttribute("data-value")))).toEqual(
      [...views.values()].map((v) => v.trainAccuracy),
    );
    expect(points("test").map((p) => Number(p.getAttribute("data-value")))).toEqual(
      [...views.values()].map((v) => v.testAccuracy),
    );
    // Circles for training, squares for test: shape as well as dash and colour.
    expect(points("train").every((p) => p.tagName === "circle")).toBe(true);
    expect(points("test").every((p) => p.tagName === "rect")).toBe(true);
    expect(
      within(chart).getByRole("img", {
        name: "Training and test accuracy of each panel (across: Hidden units)",
      }),
    ).toBeInTheDocument();
    // The numbers as a table, for a screen reader.
    const rows = within(chart).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(8);
    expect(rows[7]).toHaveTextContent("H = 500.9550.825");
  });

  it("plots the loss instead when asked", async () => {
    const page = await openCompare("#view=compare&test=0.25");
    fakeClock();
    const views = viewsBySize(true);
    putPanels(page, views);
    fireEvent.click(screen.getByRole("radio", { name: "Loss" }));
    act(() => vi.advanceTimersByTime(100));
    const chart = screen.getByTestId("generalisation");
    expect(
      [...chart.querySelectorAll('[data-series="test"] [data-point]')].map((p) =>
        Number(p.getAttribute("data-value")),
      ),
    ).toEqual([...views.values()].map((v) => v.testLoss));
  });

  it("says to raise Test fraction when there is no test set", async () => {
    const page = await openCompare("#view=compare");
    fakeClock();
    putPanels(page, viewsBySize(false));
    act(() => vi.advanceTimersByTime(100));
    const chart = screen.getByTestId("generalisation");
    expect(chart).toHaveTextContent(
      "There is no test set: raise “Test fraction” to see how well each network generalises.",
    );
    expect(chart.querySelectorAll('[data-series="train"] [data-point]')).toHaveLength(8);
    expect(chart.querySelectorAll('[data-series="test"] [data-point]')).toHaveLength(0);
  });
});

describe("the figure's training time", () => {
  it("says how long the whole figure took once every panel stopped at the stop epoch", async () => {
    const page = await openCompare("#view=compare&until=20000");
    const running = viewsBySize(false, { epoch: 12000 });
    putPanels(page, running, 1500);
    expect(screen.getByTestId("figure-time")).toHaveTextContent("Training to epoch 20,000: 1.5 s so far");
    putPanels(page, viewsBySize(false, { epoch: 20000, stoppedAt: 20000 }), 2600);
    expect(screen.getByTestId("figure-time")).toHaveTextContent(
      "All panels stopped at epoch 20,000: trained in 2.6 s",
    );
  });

  it("says it in Japanese too", async () => {
    const page = await openCompare("#view=compare&until=20000&lang=ja");
    putPanels(page, viewsBySize(false, { epoch: 20000, stoppedAt: 20000 }), 2600);
    expect(screen.getByTestId("figure-time")).toHaveTextContent(
      "すべてのパネルがエポック 20,000 で止まりました：学習にかかった時間 2.6 秒",
    );
  });

  it("is not shown without a stop epoch", async () => {
    await openCompare("#view=compare");
    expect(screen.queryByTestId("figure-time")).toBeNull();
  });
});

describe("the compare view's cost per frame", () => {
  it("re-renders nothing when the panels' views change: painting and numbers come from a subscription", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const store = createPlaygroundStore(createFakeWorker(), parseHash("#view=compare&test=0.25"), (task) =>
      task(),
    );
    let commits = 0;
    render(
      <StoreProvider store={store}>
        <Profiler id="compare" onRender={() => commits++}>
          <CompareView />
        </Profiler>
      </StoreProvider>,
    );
    act(() => store.setState({ panelDomain: DOMAIN }));
    const before = commits;
    for (let epoch = 1; epoch <= 5; epoch++) {
      // As the worker's frames do, each brings its own copy of the same plane.
      act(() =>
        store.setState({
          panels: viewsBySize(true, { epoch }),
          panelDomain: { ...DOMAIN },
          panelsMs: 10 * epoch,
        }),
      );
    }
    const panel = screen.getAllByTestId("panel")[5];
    // Five views in a burst: the first is painted at once, the last 40 ms later (a panel paints at most 25
    // times a second), none in between.
    expect(within(panel).getByTestId("epoch")).toHaveTextContent("1");
    act(() => vi.advanceTimersByTime(40));
    expect(within(panel).getByTestId("epoch")).toHaveTextContent("5");
    expect(commits).toBe(before);
    for (const canvas of screen.getAllByTestId("boundary"))
      expect(Number(canvas.getAttribute("data-frame"))).toBe(2);
  });
});

/** Every text node and read attribute in the page, but text marked as another language or hidden. */
function wordsOnPage(): string[] {
  const seen: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest("[hidden]")) continue;
    // Text marked as another language on purpose (a list of choices typed as the link spells them).
    const marked = parent?.closest("[lang]");
    if (marked && marked !== document.documentElement) continue;
    if (node.textContent?.trim()) seen.push(node.textContent.trim());
  }
  for (const el of document.body.querySelectorAll("*")) {
    for (const attribute of ["aria-label", "title", "placeholder", "aria-valuetext"]) {
      const value = el.getAttribute(attribute)?.trim();
      if (value) seen.push(value);
    }
  }
  return seen;
}

describe("the compare view in Japanese", () => {
  it("leaves no English anywhere a user reads, beyond the article's symbols and terms", async () => {
    const page = await openCompare(
      "#view=compare&lang=ja&test=0.25&until=300&sweep=init&values=0,1,2&overlay=1",
    );
    const views = new Map(
      [0, 1, 2].map((seed) => [
        `init=${seed}`,
        makePanelView(`init=${seed}`, 3, { epoch: 300, stoppedAt: 300 }),
      ]),
    );
    views.set(
      "init=2",
      makePanelView("init=2", 3, {
        epoch: 4,
        divergence: {
          epoch: 4,
          updates: 4,
          reason: "loss-exploded",
          loss: 95.2,
          initialLoss: 0.69,
          since: "start",
        },
      }),
    );
    putPanels(page, views, 1234);
    fireEvent.change(screen.getByRole("textbox", { name: "値" }), { target: { value: "-1" } });
    fireEvent.click(screen.getByRole("button", { name: "適用" }));
    expect(screen.getByRole("alert")).toHaveTextContent("使える値がない");
    expect(wordsOnPage()).toContain("シード = 0");
    const stray = wordsOnPage()
      .map((text) => ({ text, words: strayLatin(text) }))
      .filter(({ words }) => words.length > 0)
      .map(({ text, words }) => `"${text}" (${words.join(" ")})`);
    expect(stray).toEqual([]);
  });

  it("names each swept setting in Japanese in the editor's menu", async () => {
    await openCompare("#view=compare&lang=ja");
    const menu = screen.getByRole("combobox", { name: "比べる設定" });
    expect(
      within(menu)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "隠れユニット数",
      "学習率 ε",
      "正則化 λ",
      "活性化関数",
      "出力層",
      "バッチサイズ",
      "重みの初期値のシード",
    ]);
  });
});
