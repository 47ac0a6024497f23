import { act, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { installFakeCanvas } from "./fakeCanvas.ts";
import { GRID_SIZE, makeData } from "./fakeWorker.ts";
import { renderPage } from "./renderPage.tsx";

describe("the decision-region canvas", () => {
  it("is an image described in words", () => {
    renderPage();
    expect(screen.getByRole("img", { name: /decision regions/i })).toBe(screen.getByTestId("boundary"));
  });

  it("counts a repaint for every frame, even without a 2D context", () => {
    const { worker } = renderPage();
    const canvas = screen.getByTestId("boundary");
    expect(canvas).toHaveAttribute("data-frame", "0");
    worker.emit(makeData());
    worker.emitFrame({ epoch: 1 });
    expect(canvas).toHaveAttribute("data-frame", "1");
    worker.emitFrame({ epoch: 2 });
    worker.emitFrame({ epoch: 3 });
    expect(canvas).toHaveAttribute("data-frame", "3");
  });

  it("does not repaint for a data set alone", () => {
    const { worker } = renderPage("#test=0.25");
    worker.emit(makeData({ train: 150, test: 50 }));
    expect(screen.getByTestId("boundary")).toHaveAttribute("data-frame", "0");
  });

  it("paints one image per frame at the grid's resolution when there is a 2D context", () => {
    const contexts = installFakeCanvas();
    const { worker } = renderPage();
    const canvas = screen.getByTestId("boundary") as HTMLCanvasElement;
    worker.emit(makeData());
    worker.emitFrame({ epoch: 1 });
    worker.emitFrame({ epoch: 2 });
    expect(canvas).toHaveAttribute("data-frame", "2");
    expect(canvas.width).toBe(GRID_SIZE);
    expect(canvas.height).toBe(GRID_SIZE);
    expect(contexts.get(canvas)?.imagesPut).toBe(2);
  });

  it("never shows a grid over a data set it was not computed for, and paints again once one is", () => {
    const contexts = installFakeCanvas();
    const { worker } = renderPage();
    const canvas = screen.getByTestId("boundary") as HTMLCanvasElement;
    const line = screen.getByTestId("boundary-line");
    const picture = () => contexts.get(canvas)?.picture ?? null;
    worker.emit(makeData({ dataId: 1 }));
    worker.emitFrame({ dataId: 1, epoch: 300 });
    expect(picture()).not.toBeNull();
    expect(line.getAttribute("d")).toMatch(/^M/);

    // New points arrive: the old network's regions and boundary must go at once.
    worker.emit(makeData({ dataId: 2, train: 120 }));
    expect(picture()).toBeNull();
    expect(line.getAttribute("d") ?? "").toBe("");
    // A frame still computed for the old data is not painted either.
    worker.emitFrame({ dataId: 1, epoch: 301 });
    expect(picture()).toBeNull();
    expect(line.getAttribute("d") ?? "").toBe("");
    expect(canvas).toHaveAttribute("data-frame", "1");

    worker.emitFrame({ dataId: 2, epoch: 0, runId: 2 });
    expect(picture()).not.toBeNull();
    expect(line.getAttribute("d")).toMatch(/^M/);
    expect(canvas).toHaveAttribute("data-frame", "2");
  });

  it("waits for the data set before painting a frame", () => {
    const contexts = installFakeCanvas();
    const { worker } = renderPage();
    const canvas = screen.getByTestId("boundary") as HTMLCanvasElement;
    worker.emitFrame({ dataId: 1, epoch: 1 });
    expect(canvas).toHaveAttribute("data-frame", "0");
    expect(contexts.get(canvas)?.picture ?? null).toBeNull();
    worker.emit(makeData({ dataId: 1 }));
    expect(canvas).toHaveAttribute("data-frame", "1");
    expect(contexts.get(canvas)?.picture).not.toBeNull();
  });
});

describe("the decision-boundary view in Japanese", () => {
  it("has its legend and description in Japanese, the axes keep their symbols and numbers", () => {
    const { worker } = renderPage("#lang=ja");
    worker.emit(makeData());
    expect(screen.getByRole("img", { name: "決定領域：ネットワークが出す各クラスの確率で色分け" })).toBe(
      screen.getByTestId("boundary"),
    );
    const legend = document.querySelector(".boundary-view figcaption");
    expect(legend).toHaveTextContent("クラス 0（赤）クラス 1（青）白抜き = テストデータ決定境界：P = ½");
    expect(document.querySelector(".boundary-view .axes")).toHaveTextContent(/x₁.*x₂|x₂.*x₁/);
    const ticks = Array.from(document.querySelectorAll(".boundary-view .tick text"), (t) => t.textContent);
    for (const tick of ticks) expect(tick).toMatch(/^[−-]?\d+(\.\d+)?$/);
  });

  it("goes back to English when the language changes, keeping the painted frame", () => {
    const { worker, store } = renderPage("#lang=ja");
    worker.emit(makeData());
    worker.emitFrame({ epoch: 3 });
    const canvas = screen.getByTestId("boundary");
    expect(canvas).toHaveAttribute("data-frame", "1");
    act(() => store.getState().setLang("en"));
    expect(document.querySelector(".boundary-view figcaption")).toHaveTextContent(
      "class 0 (red)class 1 (blue)hollow = test pointboundary: P = ½",
    );
    expect(screen.getByTestId("boundary")).toBe(canvas);
    expect(canvas).toHaveAttribute("data-frame", "1");
  });
});

describe("the example the one-update panel follows", () => {
  it("is ringed on the plane at its own point, numbered from 1, and goes when the panel closes", () => {
    const { worker, store } = renderPage("#view=inside");
    const data = makeData();
    worker.emit(data);
    expect(screen.queryByTestId("example-marker")).toBeNull();
    act(() => store.getState().setExplain({ weight: "u-1-1", example: 4 }));
    const marker = screen.getByTestId("example-marker");
    expect(marker).toHaveAttribute("data-example", "5");
    expect(marker).toHaveTextContent("5");
    // The fake plane spans x1 from −1.5 to 2.5 and x2 from −1.75 to 2.25 over 480 plot units.
    const [x1, x2] = [data.train.x[8], data.train.x[9]];
    const circle = marker.querySelector("circle");
    expect(Number(circle?.getAttribute("cx"))).toBeCloseTo(((x1 + 1.5) / 4) * 480, 9);
    expect(Number(circle?.getAttribute("cy"))).toBeCloseTo(((2.25 - x2) / 4) * 480, 9);
    act(() => store.getState().setExplain(null));
    expect(screen.queryByTestId("example-marker")).toBeNull();
  });
});
