import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { type FakeContext, installFakeCanvas } from "./fakeCanvas.ts";
import { renderPage } from "./renderPage.tsx";

/** The tick labels of one of the chart's axes, in order. */
function ticks(axis: "epoch" | "loss"): string[] {
  const g = document.querySelector(`.loss-chart [data-axis="${axis}"]`);
  return Array.from(g?.querySelectorAll(".tick text") ?? [], (t) => t.textContent ?? "");
}

function chart(contexts: Map<HTMLCanvasElement, FakeContext>): FakeContext {
  const canvas = screen.getByRole("img", { name: "Loss curve" }) as HTMLCanvasElement;
  const context = contexts.get(canvas);
  if (!context) throw new Error("the loss chart drew nothing");
  return context;
}

/** Every point of the lines stroked in one style (solid: training; dashed: test), in drawing order. */
function points(context: FakeContext, dashed: boolean): [number, number][] {
  return context.strokes.filter((s) => s.dash.length > 0 === dashed).flatMap((s) => s.lines.flat());
}

describe("the loss chart", () => {
  it("draws the training loss against the epoch on axes from 0", () => {
    const contexts = installFakeCanvas();
    const { worker } = renderPage();
    const losses = [0.7, 0.5, 0.3];
    losses.forEach((trainLoss, epoch) => {
      worker.emitFrame({ epoch, trainLoss });
    });
    const context = chart(contexts);
    // The canvas is twice the plot's size (for sharp lines) and draws in plot units through its transform.
    const width = context.canvas.width / context.scale[0];
    const height = context.canvas.height / context.scale[1];
    // Axes: epochs 0…100 (the first span), loss 0…1 (the 1-2-5 step above 1.1 × 0.7).
    expect(ticks("epoch")[0]).toBe("0");
    expect(ticks("epoch").at(-1)).toBe("100");
    expect(ticks("loss")[0]).toBe("0");
    expect(ticks("loss").at(-1)).toBe("1");
    const drawn = points(context, false);
    const expected = losses.map((loss, epoch) => [(epoch / 100) * width, (1 - loss) * height]);
    // Each frame adds its new segment, starting from the previous point.
    expect(drawn).toHaveLength(4);
    expect(drawn[0][0]).toBeCloseTo(expected[0][0], 9);
    expect(drawn[0][1]).toBeCloseTo(expected[0][1], 9);
    expect(drawn[3][0]).toBeCloseTo(expected[2][0], 9);
    expect(drawn[3][1]).toBeCloseTo(expected[2][1], 9);
  });

  it("draws the test loss dashed beside the solid training loss", () => {
    const contexts = installFakeCanvas();
    const first = renderPage("#test=0.3");
    first.worker.emitFrame({ epoch: 0, trainLoss: 0.7, testLoss: 0.72 });
    first.worker.emitFrame({ epoch: 1, trainLoss: 0.6, testLoss: 0.65 });
    expect(points(chart(contexts), true).length).toBeGreaterThanOrEqual(2);
    expect(points(chart(contexts), false).length).toBeGreaterThanOrEqual(2);
  });

  it("draws no test line without a test set", () => {
    const contexts = installFakeCanvas();
    const { worker } = renderPage();
    worker.emitFrame({ epoch: 0, trainLoss: 0.7, testLoss: null });
    worker.emitFrame({ epoch: 1, trainLoss: 0.6, testLoss: null });
    expect(points(chart(contexts), true)).toEqual([]);
  });

  it("doubles the epoch axis and grows the loss axis to take in a point beyond them", () => {
    installFakeCanvas();
    const { worker } = renderPage();
    worker.emitFrame({ epoch: 0, trainLoss: 0.7 });
    worker.emitFrame({ epoch: 250, trainLoss: 1.5 });
    // 100 → 200 → 400 epochs; 1.1 × 1.5 = 1.65 → 2.
    expect(ticks("epoch").at(-1)).toBe("400");
    expect(ticks("loss").at(-1)).toBe("2");
  });

  it("labels its axes in plain numbers: 50 not 5e+1, 0 not 0k", () => {
    installFakeCanvas();
    const { worker } = renderPage();
    worker.emitFrame({ epoch: 0, trainLoss: 0.7 });
    worker.emitFrame({ epoch: 1500, trainLoss: 45 });
    // Epochs 0…1600 in steps of 500; loss 0…50 (1.1 × 45 = 49.5) in steps of 10.
    expect(ticks("epoch")).toEqual(["0", "500", "1k", "1.5k"]);
    expect(ticks("loss")).toEqual(["0", "10", "20", "30", "40", "50"]);
  });

  it("gives a new run axes of its own instead of the last run's", () => {
    installFakeCanvas();
    const { worker } = renderPage();
    worker.emitFrame({ runId: 1, epoch: 0, trainLoss: 0.7 });
    worker.emitFrame({ runId: 1, epoch: 3000, trainLoss: 40 });
    expect(ticks("loss").at(-1)).toBe("50");
    worker.emitFrame({ runId: 2, epoch: 0, trainLoss: 0.69 });
    worker.emitFrame({ runId: 2, epoch: 10, trainLoss: 0.5 });
    expect(ticks("epoch").at(-1)).toBe("100");
    expect(ticks("loss").at(-1)).toBe("1");
  });

  it("on a log scale, spans the decades around the losses", () => {
    installFakeCanvas();
    const { worker } = renderPage();
    worker.emitFrame({ epoch: 0, trainLoss: 0.7 });
    worker.emitFrame({ epoch: 50, trainLoss: 0.03 });
    fireEvent.click(screen.getByRole("checkbox", { name: "Log scale" }));
    const labels = ticks("loss").filter((t) => t !== "");
    expect(labels[0]).toBe("0.01");
    expect(labels.at(-1)).toBe("1");
    expect(labels).toContain("0.1");
  });
});

describe("the loss chart in Japanese", () => {
  it("has its title, legend, axis label and log-scale box in Japanese, and plain-number ticks", () => {
    const { worker } = renderPage("#lang=ja");
    worker.emitFrame({ epoch: 50, trainLoss: 0.5 });
    const figure = document.querySelector(".loss-chart") as HTMLElement;
    expect(figure.querySelector("figcaption")).toHaveTextContent("損失 — 学習データ - - テストデータ");
    expect(screen.getByRole("checkbox", { name: "対数目盛" })).not.toBeChecked();
    expect(screen.getByRole("img", { name: "損失の推移" })).toBeInTheDocument();
    expect(figure.querySelector(".axis-label")).toHaveTextContent("エポック");
    for (const tick of [...ticks("epoch"), ...ticks("loss")]) expect(tick).toMatch(/^\d+(\.\d+)?$/);
  });

  it("keeps its log scale when the language changes", () => {
    const { store } = renderPage();
    fireEvent.click(screen.getByRole("checkbox", { name: "Log scale" }));
    act(() => store.getState().setLang("ja"));
    expect(screen.getByRole("checkbox", { name: "対数目盛" })).toBeChecked();
  });
});
