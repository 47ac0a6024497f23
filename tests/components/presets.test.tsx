import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";
import { renderPage } from "./renderPage.tsx";

function presetMenu(name = "Preset"): HTMLSelectElement {
  return screen.getByRole("combobox", { name }) as HTMLSelectElement;
}

function optionLabels(select: HTMLSelectElement): string[] {
  return within(select)
    .getAllByRole("option")
    .map((o) => o.textContent ?? "");
}

describe("the Preset menu", () => {
  it("is a select named Preset by its visible label, first in the controls, offering '—' and the eight presets", () => {
    renderPage();
    const controls = within(screen.getByRole("region", { name: "Controls" }));
    const select = presetMenu();
    expect(controls.getAllByRole("combobox")[0]).toBe(select);
    expect(select.labels?.[0]?.textContent).toBe("Preset");
    expect(select).toHaveValue("");
    expect(optionLabels(select)).toEqual([
      "—",
      "The article: Figure 3",
      "A perceptron can't",
      "Figure 4",
      "Too many units overfit",
      "Regularization to the rescue",
      "Learning rate too high",
      "The derivation: sigmoid + squared error",
      "Edge of stability",
    ]);
    expect(screen.queryByRole("button", { name: "Undo preset" })).toBeNull();
  });

  it("sets the preset's settings when chosen, and shows its sentences and part of the article on screen", async () => {
    const { store, worker } = renderPage();
    fireEvent.change(presetMenu(), { target: { value: "perceptron" } });
    expect(store.getState().settings).toEqual({ ...ARTICLE_SETTINGS, hiddenUnits: 0 });
    expect(worker.settings).toEqual({ ...ARTICLE_SETTINGS, hiddenUnits: 0 });
    expect(worker.lastCommand()).toEqual({ type: "reset" });
    expect(presetMenu()).toHaveValue("perceptron");
    expect(optionLabels(presetMenu())).not.toContain("—");
    expect(screen.getByRole("slider", { name: "Hidden units" })).toHaveValue("0");
    // The words are loaded with the panel that shows them, on first use.
    const text = await screen.findByTestId("preset-text");
    expect(text).toBeVisible();
    expect(text).toHaveTextContent("No hidden layer (H = 0)");
    expect(text).toHaveTextContent("0.845");
    expect(screen.getByText("In the article: why a hidden layer (part 1's perceptron).")).toBeVisible();
    // Foldable: the words sit in an open <details> under a summary.
    const about = text.closest("details");
    expect(about).toHaveAttribute("open");
    expect(within(about as HTMLElement).getByText("About this preset").tagName).toBe("SUMMARY");
  });

  it("brings back the previous settings with Undo preset, and offers '—' again", () => {
    const { store, worker } = renderPage("#hidden=7&lr=0.03&speed=20");
    fireEvent.change(presetMenu(), { target: { value: "derivation" } });
    expect(store.getState().settings).toMatchObject({ output: "sigmoid", learningRate: 0.1, hiddenUnits: 3 });
    expect(store.getState().until).toBe(20000);
    fireEvent.click(screen.getByRole("button", { name: "Undo preset" }));
    expect(store.getState().settings).toEqual({ ...ARTICLE_SETTINGS, hiddenUnits: 7, learningRate: 0.03 });
    expect(store.getState().speed).toBe(20);
    expect(store.getState().until).toBeNull();
    expect(worker.settings).toEqual({ ...ARTICLE_SETTINGS, hiddenUnits: 7, learningRate: 0.03 });
    expect(presetMenu()).toHaveValue("");
    expect(screen.queryByTestId("preset-text")).toBeNull();
    expect(screen.queryByRole("button", { name: "Undo preset" })).toBeNull();
  });

  it("lets the preset's words go once a setting is changed by hand", async () => {
    renderPage();
    fireEvent.change(presetMenu(), { target: { value: "lr-too-high" } });
    expect(await screen.findByTestId("preset-text")).toHaveTextContent("ε = 1");
    fireEvent.change(screen.getByRole("combobox", { name: "Activation" }), { target: { value: "relu" } });
    expect(presetMenu()).toHaveValue("");
    expect(screen.queryByTestId("preset-text")).toBeNull();
  });

  it("speaks Japanese: its name, the presets' labels, the sentences and Undo", async () => {
    const { store } = renderPage("#lang=ja");
    const select = presetMenu("プリセット");
    expect(select.labels?.[0]?.textContent).toBe("プリセット");
    expect(optionLabels(select)).toContain("記事そのまま：図3");
    fireEvent.change(select, { target: { value: "figure3" } });
    expect(store.getState()).toMatchObject({ settings: ARTICLE_SETTINGS, speed: "max", until: 20000 });
    expect(await screen.findByTestId("preset-text")).toHaveTextContent("損失は記事の出力どおり 0.432387");
    expect(screen.getByText("記事では：隠れユニット 3 個のネットワーク（図3）。")).toBeVisible();
    expect(screen.getByText("このプリセットについて").tagName).toBe("SUMMARY");
    fireEvent.click(screen.getByRole("button", { name: "プリセットを元に戻す" }));
    expect(store.getState()).toMatchObject({ settings: ARTICLE_SETTINGS, speed: 500, until: null });
  });

  it("shows the preset a link opens with, with nothing to undo", async () => {
    renderPage("#preset=edge-of-stability");
    expect(presetMenu()).toHaveValue("edge-of-stability");
    expect(await screen.findByTestId("preset-text")).toHaveTextContent("0.070758 and 0.071316");
    expect(screen.queryByRole("button", { name: "Undo preset" })).toBeNull();
  });

  it("shows an unknown preset in the link as a visible notice", () => {
    renderPage("#preset=figure9");
    expect(screen.getByTestId("url-notice")).toHaveTextContent('Ignored preset: "figure9" is not one of');
    expect(presetMenu()).toHaveValue("");
  });
});
