import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { JSX } from "react";
import { describe, expect, it, vi } from "vitest";
import HiddenSpace from "../../src/components/inside/HiddenSpace.tsx";
import { fitPicks } from "../../src/components/inside/hiddenSpace/UnitPicker.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { CATALOGUES, type Lang } from "../../src/i18n/catalogue.ts";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import type { DataMessage } from "../../src/worker/protocol.ts";
import { strayLatin } from "../i18n/words.ts";
import { createFakeWorker, makeData, makeParams } from "./fakeWorker.ts";

/** The view alone on a store wired to a fake worker, opened from a link with `hash`, the data sent. */
function renderView(hash = "", lang: Lang = "en", wrap?: (view: JSX.Element) => JSX.Element) {
  const worker = createFakeWorker();
  const store = createPlaygroundStore(worker, parseHash(hash), (task) => task(), lang);
  const view = <HiddenSpace />;
  render(<StoreProvider store={store}>{wrap ? wrap(view) : view}</StoreProvider>);
  const data = makeData({ train: 60, test: 20 });
  worker.emit(data);
  return { worker, store, data };
}

const en = CATALOGUES.en;
const section = () => screen.getByTestId("hidden-space");
const plot = () => section().querySelector(".hs-plot") as HTMLElement;
const separator = () => screen.getByTestId("hidden-separator");
/** The separator's points in hidden values, as the view writes them (full precision). */
const cut = () =>
  (separator().getAttribute("data-points") ?? "")
    .split(" ")
    .filter(Boolean)
    .map((p) => p.split(",").map(Number));

/** Every piece of text under `root`, one per text node (textContent would run "h₁" and "h₂" together). */
function texts(root: HTMLElement): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node.textContent ?? "");
  return found;
}

/** Parameters [w | b1 | u | b2] of a 2 → H → 2 network: w and b1 from makeParams, u and b2 as given. */
function withOutput(H: number, u: number[], b2: number[]): Float64Array {
  const params = makeParams(H);
  params.set([...u, ...b2], 3 * H);
  return params;
}

describe("the hidden space with no hidden layer", () => {
  it.each(["en", "ja"] as const)("says there is none, in %s", (lang) => {
    renderView("#hidden=0", lang);
    expect(section()).toHaveTextContent(CATALOGUES[lang]["hiddenSpace.none"]);
    expect(screen.queryByTestId("hidden-separator")).toBeNull();
  });
});

describe.each(["en", "ja"] as const)("the hidden space in %s", (lang) => {
  it.each([
    [1, "img", "1"],
    [2, "img", "1,2"],
    [3, "application", "1,2,3"],
    [5, "application", "1,2,3"],
  ])("draws H = %i as %s over units %s", (H, role, units) => {
    const { worker } = renderView(`#hidden=${H}`, lang);
    worker.emitFrame({ hiddenUnits: H });
    expect(section()).toHaveAttribute("data-units", units);
    const picture = screen.getByRole(role, { name: /h₁/ });
    expect(picture).toBe(plot());
    expect(picture).toHaveAttribute("data-frame", "1");
    expect(section()).toHaveTextContent(CATALOGUES[lang]["hiddenSpace.caption.rule"]);
    const drawn = cut().length > 0;
    expect(section().querySelector(".hs-missed")).toHaveProperty("hidden", drawn);
    if (lang === "ja") expect(strayLatin(texts(section()).join(" "))).toEqual([]);
  });

  it("offers three unit selects with more than three units, each with a visible label", () => {
    const { worker } = renderView("#hidden=5", lang);
    worker.emitFrame({ hiddenUnits: 5 });
    for (const key of [
      "hiddenSpace.pick.first",
      "hiddenSpace.pick.second",
      "hiddenSpace.pick.third",
    ] as const) {
      const select = screen.getByRole("combobox", { name: CATALOGUES[lang][key] });
      expect(within(select).getAllByRole("option")).toHaveLength(key.endsWith("third") ? 6 : 5);
    }
    expect(section()).toHaveTextContent(CATALOGUES[lang]["hiddenSpace.caption.held"]);
  });
});

describe("where the output changes class", () => {
  it("marks the threshold on the number line with one unit", () => {
    // c = u₁₂ − u₁₁ = 2, c0 = b2₂ − b2₁ = −0.5: class 1 where h₁ > 0.25.
    const { worker } = renderView("#hidden=1");
    worker.emitFrame({ hiddenUnits: 1, params: withOutput(1, [0, 2], [0.5, 0]) });
    expect(cut()).toEqual([[0.25]]);
    expect(section()).toHaveTextContent("h₁ = 0.250");
  });

  it("draws the line h₁ = h₂ across the plane when u₁₂ − u₁₁ = 1, u₂₂ − u₂₁ = −1 and b2₂ = b2₁", () => {
    const { worker } = renderView("#hidden=2");
    worker.emitFrame({ hiddenUnits: 2, params: withOutput(2, [0, 1, 0, -1], [0.3, 0.3]) });
    const ends = cut()
      .map((p) => p.join(","))
      .sort();
    expect(ends).toEqual(["-1,-1", "1,1"]);
  });

  it("leaves a switched-off unit out: the line stands upright, and the caption names the unit", () => {
    const { worker } = renderView("#hidden=2");
    worker.emitFrame({ hiddenUnits: 2, params: withOutput(2, [0, 4, 0, -1], [0, -1]), masked: [2] });
    const ends = cut();
    expect(ends).toHaveLength(2);
    for (const [h1] of ends) expect(h1).toBe(0.25);
    expect(section()).toHaveTextContent(en["hiddenSpace.caption.masked"].replace("{units}", "h₂"));
  });

  it("cuts the 3-D box in a polygon on the plane", () => {
    const { worker } = renderView("#hidden=3");
    worker.emitFrame({ hiddenUnits: 3, params: withOutput(3, [0, 1, 0, 1, 0, 1], [0.5, 0]) });
    const corners = cut();
    expect(corners).toHaveLength(6); // h₁ + h₂ + h₃ = 0.5 through the cube [−1, 1]³
    for (const p of corners) expect(p[0] + p[1] + p[2] - 0.5).toBeCloseTo(0, 12);
  });

  it("holds the units not shown at their mean over the training data", () => {
    const H = 5;
    const { worker, data } = renderView(`#hidden=${H}`);
    const params = makeParams(H);
    worker.emitFrame({ hiddenUnits: H, params });
    const u = params.subarray(3 * H, 5 * H);
    const b2 = params.subarray(5 * H);
    const c = (j: number) => u[2 * j + 1] - u[2 * j];
    const corners = cut();
    expect(corners.length).toBeGreaterThanOrEqual(3);
    let c0 = b2[1] - b2[0];
    for (const j of [3, 4]) c0 += c(j) * meanOfUnit(params, H, j, data);
    for (const p of corners) expect(c(0) * p[0] + c(1) * p[1] + c(2) * p[2] + c0).toBeCloseTo(0, 9);
  });

  it("gets the means exact for a paused frame, even right after frames of a long running run", async () => {
    const H = 64;
    const worker = createFakeWorker();
    const store = createPlaygroundStore(worker, parseHash(`#hidden=${H}`), (task) => task());
    render(
      <StoreProvider store={store}>
        <HiddenSpace />
      </StoreProvider>,
    );
    const data = makeData({ train: 1000 }); // 64 000 hidden values: the means are not redone every frame
    worker.emit(data);
    worker.emitFrame({ hiddenUnits: H, status: "running" });
    const params = makeParams(H).map((v) => -v);
    worker.emitFrame({ hiddenUnits: H, status: "paused", params, epoch: 1 });
    await waitFor(() => expect(plot()).toHaveAttribute("data-frame", "2"), { timeout: 5000 });
    const u = params.subarray(3 * H, 5 * H);
    const c = (j: number) => u[2 * j + 1] - u[2 * j];
    let c0 = params[5 * H + 1] - params[5 * H];
    for (let j = 3; j < H; j++) c0 += c(j) * meanOfUnit(params, H, j, data);
    const corners = cut();
    expect(corners.length).toBeGreaterThanOrEqual(3);
    for (const p of corners) expect(c(0) * p[0] + c(1) * p[1] + c(2) * p[2] + c0).toBeCloseTo(0, 9);
  });

  it("draws nothing from a frame of another data set", () => {
    const { worker } = renderView("#hidden=2");
    worker.emitFrame({ hiddenUnits: 2, dataId: 7 });
    expect(separator().getAttribute("d") ?? "").toBe("");
    expect(plot()).toHaveAttribute("data-frame", "0");
  });
});

/** h_j = tanh(w_1j x1 + w_2j x2 + b1_j) averaged over the training points, computed directly. */
function meanOfUnit(params: Float64Array, H: number, j: number, data: DataMessage): number {
  const { x, t } = data.train;
  let sum = 0;
  for (let r = 0; r < t.length; r++)
    sum += Math.tanh(params[j] * x[2 * r] + params[H + j] * x[2 * r + 1] + params[2 * H + j]);
  return sum / t.length;
}

describe("choosing the units shown", () => {
  it("swaps two selects when one picks the other's unit, and goes flat with no third unit", () => {
    const { worker } = renderView("#hidden=6");
    worker.emitFrame({ hiddenUnits: 6 });
    const first = screen.getByRole("combobox", { name: "First unit" });
    fireEvent.change(first, { target: { value: "1" } });
    expect(section()).toHaveAttribute("data-units", "2,1,3");
    fireEvent.change(screen.getByRole("combobox", { name: "Third unit" }), { target: { value: "5" } });
    expect(section()).toHaveAttribute("data-units", "2,1,6");
    fireEvent.change(screen.getByRole("combobox", { name: "Third unit" }), { target: { value: "-1" } });
    expect(section()).toHaveAttribute("data-units", "2,1");
    expect(screen.getByRole("img", { name: /h₂, h₁/ })).toHaveAttribute("data-dims", "2");
  });

  it("keeps the picks inside a smaller hidden layer", () => {
    expect(fitPicks([5, 1, 4], 4)).toEqual([0, 1, 2]);
    expect(fitPicks([2, 1, -1], 4)).toEqual([2, 1, -1]);
    expect(fitPicks([-1, 0, 3], 4)).toEqual([1, 0, 3]);
    const { worker, store } = renderView("#hidden=6");
    worker.emitFrame({ hiddenUnits: 6 });
    fireEvent.change(screen.getByRole("combobox", { name: "Third unit" }), { target: { value: "5" } });
    act(() => store.getState().setSetting("hiddenUnits", 4));
    worker.emitFrame({ hiddenUnits: 4 });
    expect(section()).toHaveAttribute("data-units", "1,2,3");
  });
});

describe("turning the 3-D box", () => {
  it("turns with the arrow keys and comes back with Home", async () => {
    const { worker } = renderView("#hidden=3");
    worker.emitFrame({ hiddenUnits: 3 });
    const box = plot().querySelector(".hs-box") as SVGPathElement;
    const start = box.getAttribute("d");
    expect(start).toMatch(/^M/);
    const picture = screen.getByRole("application", { name: /h₁, h₂, h₃/ });
    expect(picture).toHaveAttribute("tabindex", "0");
    expect(picture).toHaveAccessibleDescription(en["hiddenSpace.rotate"]);
    fireEvent.keyDown(picture, { key: "ArrowRight" });
    await waitFor(() => expect(box.getAttribute("d")).not.toBe(start));
    fireEvent.keyDown(picture, { key: "Home" });
    await waitFor(() => expect(box.getAttribute("d")).toBe(start));
  });

  it("turns by dragging", async () => {
    const { worker } = renderView("#hidden=3");
    worker.emitFrame({ hiddenUnits: 3 });
    const box = plot().querySelector(".hs-box") as SVGPathElement;
    const start = box.getAttribute("d");
    fireEvent.pointerDown(plot(), { clientX: 100, clientY: 100, pointerId: 1 });
    fireEvent.pointerMove(plot(), { clientX: 140, clientY: 110, pointerId: 1 });
    fireEvent.pointerUp(plot(), { pointerId: 1 });
    await waitFor(() => expect(box.getAttribute("d")).not.toBe(start));
  });
});

describe("painting", () => {
  /** A 2D context that accepts every call; it keeps the images drawn on the picture. */
  function recordingCanvas(): CanvasImageSource[] {
    const stamps: CanvasImageSource[] = [];
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(function (
      this: HTMLCanvasElement,
    ) {
      const target: Record<string | symbol, unknown> = {};
      const big = this.closest(".hs-plot") !== null; // the picture, not a marker's own small canvas
      return new Proxy(target, {
        get: (state, key) =>
          key in state
            ? state[key]
            : (...args: unknown[]) => {
                if (key === "drawImage" && big) stamps.push(args[0] as CanvasImageSource);
              },
        set: (state, key, value) => {
          state[key] = value;
          return true;
        },
      });
    } as unknown as typeof HTMLCanvasElement.prototype.getContext);
    return stamps;
  }

  it.each([2, 3])("stamps every point once, one marker per class and set (H = %i)", (H) => {
    const stamps = recordingCanvas();
    const { worker, data } = renderView(`#hidden=${H}`);
    worker.emitFrame({ hiddenUnits: H });
    const count = (t: Uint8Array, c: number) => t.filter((v) => v === c).length;
    const expected = [
      count(data.train.t, 0),
      count(data.train.t, 1),
      count(data.test.t, 0),
      count(data.test.t, 1),
    ].sort();
    expect(stamps).toHaveLength(data.train.t.length + data.test.t.length);
    const byImage = new Map<CanvasImageSource, number>();
    for (const image of stamps) byImage.set(image, (byImage.get(image) ?? 0) + 1);
    expect([...byImage.values()].sort()).toEqual(expected);
  });

  it("paints at most 30 times a second however fast frames come", async () => {
    const { worker } = renderView("#hidden=2");
    worker.emitFrame({ hiddenUnits: 2, epoch: 1 });
    for (let epoch = 2; epoch <= 6; epoch++) worker.emitFrame({ hiddenUnits: 2, epoch });
    expect(plot()).toHaveAttribute("data-frame", "1");
    // The wait is 1/30 s, or 8 times the last paint's cost if longer (a loaded test machine).
    await waitFor(() => expect(plot()).toHaveAttribute("data-frame", "2"), { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(plot()).toHaveAttribute("data-frame", "2");
  });

  it("does not paint inside a folded <details>, and catches up when it opens", async () => {
    const { worker } = renderView("#hidden=2", "en", (view) => (
      <details data-testid="fold">
        <summary>Hidden space</summary>
        {view}
      </details>
    ));
    worker.emitFrame({ hiddenUnits: 2 });
    expect(plot()).toHaveAttribute("data-frame", "0");
    const fold = screen.getByTestId("fold") as HTMLDetailsElement;
    act(() => {
      fold.open = true;
      fold.dispatchEvent(new Event("toggle"));
    });
    await waitFor(() => expect(plot()).toHaveAttribute("data-frame", "1"));
  });
});

describe("loading", () => {
  it("is imported by nothing statically, so it can load lazily", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const importers = files("src").filter((path) =>
      /import[^;()]*from\s*["'][^"']*inside\/HiddenSpace(\.tsx)?["']/.test(readFileSync(path, "utf8")),
    );
    expect(importers).toEqual([]);
  });
});
