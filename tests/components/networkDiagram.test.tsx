import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
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
  it("is an image named after its hidden layer", () => {
    renderPage();
    expect(screen.getByRole("img", { name: /network diagram with 3 hidden units/i })).toBe(
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
    expect(screen.getByRole("img", { name: /with 5 hidden units/ })).toBeInTheDocument();
    // u-5-2 is u[4·2 + 1], after w (10) and b1 (5)
    expect(weightValue("u-5-2")).toBe(String(params[15 + 9]));
    expect(weightValue("w-2-5")).toBe(String(params[5 + 4]));
  });
});
