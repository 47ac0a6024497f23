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
});
