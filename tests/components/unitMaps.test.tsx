import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { BoundaryView } from "../../src/components/BoundaryView.tsx";
import { UnitMaps } from "../../src/components/inside/UnitMaps.tsx";
import { loadUnitLayers } from "../../src/components/inside/UnitOverlay.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { CATALOGUES, type Lang } from "../../src/i18n/catalogue.ts";
import { clipToSquare, lineInPlot, unitWeights } from "../../src/render/unitLines.ts";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import { strayLatin } from "../i18n/words.ts";
import { installFakeCanvas } from "./fakeCanvas.ts";
import { createFakeWorker, makeData, makeParams } from "./fakeWorker.ts";

// The plane's unit layers load on demand in the page; here they are loaded before any test renders.
beforeAll(() => loadUnitLayers());

/** The unit maps panel (and the plane, for the focused unit's map) on a store wired to a fake worker. */
function renderUnits(hash = "", lang: Lang = "en") {
  const worker = createFakeWorker();
  const store = createPlaygroundStore(worker, parseHash(hash), (task) => task(), lang);
  render(
    <StoreProvider store={store}>
      <UnitMaps />
      <BoundaryView />
    </StoreProvider>,
  );
  return { worker, store };
}

/** Every text node's text under `root`, one by one (as a reader meets them, not run together). */
function textNodes(root: Node): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode.textContent ?? "");
  return texts;
}

const cards = () => screen.queryAllByTestId("unit");
const card = (unit: number) => {
  const found = cards().find((c) => c.getAttribute("data-unit") === String(unit));
  if (!found) throw new Error(`no card for unit ${unit}`);
  return found;
};

describe("the hidden units panel", () => {
  it("writes the output as a sum and shows one card per hidden unit, numbered from 1", () => {
    const { worker } = renderUnits("#hidden=3");
    worker.emit(makeData());
    worker.emitFrame({ hiddenUnits: 3 });
    expect(screen.getByRole("heading", { name: "Hidden units — the output as a sum" })).toBeInTheDocument();
    expect(screen.getByText("aₖ = Σⱼ uⱼₖ hⱼ + bₖ")).toBeInTheDocument();
    expect(cards().map((c) => c.getAttribute("data-unit"))).toEqual(["1", "2", "3"]);
    for (const unit of [1, 2, 3]) {
      const button = within(card(unit)).getByRole("button", { name: `Unit ${unit} on/off` });
      expect(button).toHaveAttribute("aria-pressed", "true");
      expect(
        within(card(unit)).getByRole("img", {
          name: `Unit ${unit} over the plane: left, its value h; right, what it adds to a₂ − a₁`,
        }),
      ).toBeInTheDocument();
    }
  });

  it("shows each unit's u_j1 and u_j2 from the latest frame", () => {
    const { worker } = renderUnits("#hidden=3");
    worker.emit(makeData());
    const params = makeParams(3);
    worker.emitFrame({ hiddenUnits: 3, params });
    // u_jk at params[3H + 2(j − 1) + (k − 1)]
    const u = (j: number, k: number) => params[9 + 2 * (j - 1) + (k - 1)];
    expect(card(2).querySelector('[data-u="1"]')?.textContent).toBe(u(2, 1).toPrecision(3));
    expect(card(2).querySelector('[data-u="2"]')?.textContent).toBe(u(2, 2).toPrecision(3));
    const next = params.map((v) => v + 1);
    worker.emitFrame({ hiddenUnits: 3, params: next });
    expect(card(3).querySelector('[data-u="2"]')?.textContent).toBe((u(3, 2) + 1).toPrecision(3));
  });

  it("switches a unit off and on again through the worker's mask", () => {
    const { worker, store } = renderUnits("#hidden=3");
    worker.emitFrame({ hiddenUnits: 3 });
    fireEvent.click(screen.getByRole("button", { name: "Unit 2 on/off" }));
    expect(worker.lastCommand()).toEqual({ type: "mask", units: [2] });
    expect(store.getState().masked).toEqual([2]);
    expect(screen.getByRole("button", { name: "Unit 2 on/off" })).toHaveAttribute("aria-pressed", "false");
    expect(card(2)).toHaveAttribute("data-masked", "true");
    // Not only by colour: the card says so in words.
    expect(within(card(2)).getByText("off")).toBeInTheDocument();
    expect(within(card(1)).queryByText("off")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Unit 3 on/off" }));
    expect(worker.lastCommand()).toEqual({ type: "mask", units: [2, 3] });
    fireEvent.click(screen.getByRole("button", { name: "Unit 2 on/off" }));
    expect(worker.lastCommand()).toEqual({ type: "mask", units: [3] });
    expect(card(2)).toHaveAttribute("data-masked", "false");
  });

  it("shows the units the link switched off", () => {
    const { worker } = renderUnits("#hidden=3&mask=1");
    worker.emitFrame({ hiddenUnits: 3, masked: [1] });
    expect(screen.getByRole("button", { name: "Unit 1 on/off" })).toHaveAttribute("aria-pressed", "false");
  });

  it("makes a unit the focused one on hover, keyboard focus or tap, and lets it go after", () => {
    const { worker, store } = renderUnits("#hidden=3");
    worker.emitFrame({ hiddenUnits: 3 });
    fireEvent.pointerEnter(card(2), { pointerType: "mouse" });
    expect(store.getState().focusUnit).toBe(2);
    fireEvent.pointerLeave(card(2), { pointerType: "mouse" });
    expect(store.getState().focusUnit).toBeNull();

    const button = screen.getByRole("button", { name: "Unit 3 on/off" });
    act(() => button.focus());
    expect(store.getState().focusUnit).toBe(3);
    act(() => button.blur());
    expect(store.getState().focusUnit).toBeNull();

    fireEvent.pointerDown(card(1), { pointerType: "touch" });
    expect(store.getState().focusUnit).toBe(1);
    fireEvent.pointerLeave(card(1), { pointerType: "touch" });
    expect(store.getState().focusUnit).toBe(1);
    fireEvent.pointerDown(card(1), { pointerType: "touch" });
    expect(store.getState().focusUnit).toBeNull();
  });

  it("lets its unit go when the panel closes while a card is pointed at", () => {
    const worker = createFakeWorker();
    const store = createPlaygroundStore(worker, parseHash("#hidden=3"), (task) => task(), "en");
    const { rerender } = render(
      <StoreProvider store={store}>
        <UnitMaps />
      </StoreProvider>,
    );
    worker.emitFrame({ hiddenUnits: 3 });
    fireEvent.pointerEnter(card(2), { pointerType: "mouse" });
    expect(store.getState().focusUnit).toBe(2);
    rerender(<StoreProvider store={store}>{null}</StoreProvider>);
    expect(store.getState().focusUnit).toBeNull();
  });

  it("outlines the unit focused elsewhere (the diagram)", () => {
    const { worker, store } = renderUnits("#hidden=3");
    worker.emitFrame({ hiddenUnits: 3 });
    act(() => store.getState().setFocusUnit(3));
    expect(card(3)).toHaveClass("focused");
    expect(card(1)).not.toHaveClass("focused");
  });

  it("says there is no hidden layer when H = 0", () => {
    const { worker } = renderUnits("#hidden=0");
    worker.emitFrame({ hiddenUnits: 0 });
    expect(cards()).toHaveLength(0);
    expect(screen.getByText(CATALOGUES.en["units.none"])).toBeInTheDocument();
  });

  it("packs 64 units densely, one card each", () => {
    const { worker } = renderUnits("#hidden=64");
    worker.emitFrame({ hiddenUnits: 64 });
    expect(cards()).toHaveLength(64);
    expect(screen.getByRole("list", { name: "The hidden units" })).toHaveClass("dense");
    expect(screen.getByRole("button", { name: "Unit 64 on/off" })).toBeInTheDocument();
  });

  it("speaks Japanese with the article's terms and no English", () => {
    const { worker } = renderUnits("#hidden=3&mask=2", "ja");
    worker.emit(makeData());
    worker.emitFrame({ hiddenUnits: 3, masked: [2] });
    expect(screen.getByRole("heading", { name: CATALOGUES.ja["units.title"] })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "ユニット 2 のオン／オフ" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    const panel = screen.getByRole("heading", { name: CATALOGUES.ja["units.title"] }).closest("section");
    if (!panel) throw new Error("the panel is a section");
    const labels = [...panel.querySelectorAll("[aria-label]")].map((el) => el.getAttribute("aria-label"));
    expect(strayLatin([...textNodes(panel), ...labels].join(" "))).toEqual([]);
  });
});

describe("the unit maps' pictures", () => {
  /** Card J's picture: h_J on the left, its term on the right, one blank column between. */
  const picture = (unit: number) => card(unit).querySelector("canvas") as HTMLCanvasElement;
  /** The distinct colours of the left (map) or right (term) half of what a fake canvas shows. */
  const colours = (pixels: Uint8ClampedArray | null | undefined, side: number, half: "map" | "term") => {
    const words = new Uint32Array(pixels?.slice().buffer ?? new ArrayBuffer(0));
    const width = 2 * side + 1;
    const found = new Set<number>();
    for (let row = 0; row < side; row++) {
      for (let col = 0; col < side; col++)
        found.add(words[row * width + (half === "map" ? col : side + 1 + col)]);
    }
    return found;
  };

  it("paints each card's two maps side by side from a frame, and again only when they change", () => {
    const contexts = installFakeCanvas();
    const { worker } = renderUnits("#hidden=3");
    worker.emit(makeData());
    const frame = worker.emitFrame({ hiddenUnits: 3 });
    for (const unit of [1, 2, 3]) {
      expect(picture(unit).width).toBe(17);
      expect(picture(unit).height).toBe(8);
      expect(contexts.get(picture(unit))?.imagesPut, `unit ${unit}`).toBe(1);
    }
    // The same maps again: nothing to put.
    worker.emitFrame({ hiddenUnits: 3, epoch: 1, params: frame.params, unitMaps: frame.unitMaps });
    expect(contexts.get(picture(1))?.imagesPut).toBe(1);
    // Unit 1's map changes: only its picture is put again.
    const maps = frame.unitMaps;
    if (!maps) throw new Error("a frame with hidden units has maps");
    const values = maps.values.map((v, i) => (i < 64 ? -v : v));
    worker.emitFrame({ hiddenUnits: 3, epoch: 2, params: frame.params, unitMaps: { ...maps, values } });
    expect(contexts.get(picture(1))?.imagesPut).toBe(2);
    expect(contexts.get(picture(2))?.imagesPut).toBe(1);
  });

  it("paints a switched-off unit's term neutral throughout (it adds nothing), its map as before", () => {
    const contexts = installFakeCanvas();
    const { worker } = renderUnits("#hidden=3&mask=2");
    worker.emit(makeData());
    worker.emitFrame({ hiddenUnits: 3, masked: [2] });
    const shown = (unit: number) => contexts.get(picture(unit))?.picture;
    expect(colours(shown(2), 8, "term").size).toBe(1);
    expect(colours(shown(2), 8, "map").size).toBeGreaterThan(1);
    expect(colours(shown(1), 8, "term").size).toBeGreaterThan(1);
  });
});

describe("the focused unit on the plane", () => {
  it("shows the focused unit's map large with its line a = 0 and a caption, and goes when let go", () => {
    const contexts = installFakeCanvas();
    const { worker, store } = renderUnits("#hidden=3");
    const data = makeData();
    worker.emit(data);
    const frame = worker.emitFrame({ hiddenUnits: 3 });
    expect(screen.queryByTestId("focused-unit")).toBeNull();
    fireEvent.pointerEnter(card(2), { pointerType: "mouse" });
    const large = screen.getByTestId("focused-unit") as HTMLCanvasElement;
    expect(large).toHaveAttribute("data-unit", "2");
    expect(contexts.get(large)?.imagesPut).toBe(1);
    expect(screen.getByText(/^Hidden unit 2: h over the plane/)).toBeInTheDocument();
    const w = unitWeights(frame.params, 3, 2);
    const segment = w && clipToSquare(lineInPlot(w, data.domain));
    if (!segment) throw new Error("the fake unit 2's line crosses the plot");
    const d = document.querySelector(".focused-unit-line path")?.getAttribute("d") ?? "";
    const numbers = (d.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
    [segment.from.px, segment.from.py, segment.to.px, segment.to.py].forEach((v, i) => {
      expect(numbers[i]).toBeCloseTo(v, 6);
    });
    fireEvent.pointerLeave(card(2), { pointerType: "mouse" });
    expect(screen.queryByTestId("focused-unit")).toBeNull();
    act(() => store.getState().setFocusUnit(1));
    expect(screen.getByTestId("focused-unit")).toHaveAttribute("data-unit", "1");
  });

  it("centres the caption's level at ½ for sigmoid", () => {
    const { worker, store } = renderUnits("#hidden=2&activation=sigmoid");
    worker.emit(makeData());
    worker.emitFrame({ hiddenUnits: 2 });
    act(() => store.getState().setFocusUnit(1));
    expect(screen.getByText(/where h = ½/)).toBeInTheDocument();
  });
});
