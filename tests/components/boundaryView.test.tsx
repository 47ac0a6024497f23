import { screen } from "@testing-library/react";
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
