/**
 * Every control's hint (issue 10: "every control has a short visible hint (what it does, what to try),
 * foldable"): each control is described by a hint in the page's language, one toggle folds them all, the
 * choice is remembered, presenter mode and short landscape screens start folded, and on the user's own
 * points the generator-only sliders are disabled and say why.
 */
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { STORED_HINTS_KEY } from "../../src/components/useHints.ts";
import { pointsFromRows } from "../../src/data/points.ts";
import { renderPage } from "./renderPage.tsx";

/** The controls as INTERFACES.md and the issue name them, by role, in English and Japanese. */
const CONTROLS: readonly { role: "slider" | "combobox" | "button" | "textbox"; en: string; ja: string }[] = [
  { role: "combobox", en: "Dataset", ja: "データセット" },
  { role: "slider", en: "Samples", ja: "サンプル数" },
  { role: "slider", en: "Noise", ja: "ノイズ" },
  { role: "slider", en: "Test fraction", ja: "テストデータの割合" },
  { role: "slider", en: "Hidden units", ja: "隠れユニット数" },
  { role: "combobox", en: "Activation", ja: "活性化関数" },
  { role: "combobox", en: "Output", ja: "出力層" },
  { role: "slider", en: "Learning rate", ja: "学習率 ε" },
  { role: "slider", en: "Regularization", ja: "正則化 λ" },
  { role: "slider", en: "Speed", ja: "速度" },
  { role: "textbox", en: "Stop at epoch", ja: "停止するエポック" },
  { role: "button", en: "Play", ja: "再生" },
  { role: "button", en: "Step", ja: "1 ステップ" },
  { role: "button", en: "Reset", ja: "リセット" },
];

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

function controlsRegion(lang: "en" | "ja" = "en") {
  return screen.getByRole("region", { name: lang === "en" ? "Controls" : "操作" });
}

/** The element that describes a control (its hint), found through aria-describedby. */
function hintOf(control: HTMLElement): HTMLElement | null {
  const ids = control.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.length ? document.getElementById(ids[ids.length - 1]) : null;
}

beforeEach(() => window.localStorage.clear());

describe("every control's hint", () => {
  for (const lang of ["en", "ja"] as const) {
    it(`describes every control with a hint shown under it, in ${lang === "en" ? "English" : "Japanese"}`, () => {
      renderPage(`#lang=${lang}`);
      const region = controlsRegion(lang);
      expect(region).toHaveClass("hints-shown");
      for (const c of CONTROLS) {
        const control = within(region).getByRole(c.role, { name: c[lang] });
        const hint = hintOf(control);
        expect(hint, `${c.en} has a hint`).not.toBeNull();
        expect(region).toContainElement(hint);
        expect(hint).toHaveClass("hint");
        expect(hint).not.toHaveAttribute("aria-hidden");
        const text = hint?.textContent ?? "";
        expect(text.length, `${c.en}'s hint is a sentence`).toBeGreaterThan(15);
        if (lang === "ja") expect(text, `${c.en}'s hint in Japanese`).toMatch(JAPANESE);
        else expect(text, `${c.en}'s hint in English`).not.toMatch(JAPANESE);
      }
    });
  }

  it("says in the article's terms what the learning rate, λ and a Step do", () => {
    renderPage();
    const region = within(controlsRegion());
    expect(hintOf(region.getByRole("slider", { name: "Learning rate" }))).toHaveTextContent(/ε.*gradient/);
    expect(hintOf(region.getByRole("slider", { name: "Regularization" }))).toHaveTextContent(/λ.*L2/);
    expect(hintOf(region.getByRole("button", { name: "Step" }))).toHaveTextContent(
      /exactly one gradient-descent update/,
    );
  });

  it("says what to try, not only what a control is", () => {
    renderPage();
    const region = within(controlsRegion());
    for (const name of ["Noise", "Hidden units", "Learning rate", "Regularization", "Test fraction"])
      expect(hintOf(region.getByRole("slider", { name }))).toHaveTextContent(/[Tt]ry \d/);
  });

  it("describes the Preset menu too, in both languages", () => {
    for (const [lang, name] of [
      ["en", "Preset"],
      ["ja", "プリセット"],
    ] as const) {
      renderPage(`#lang=${lang}`);
      const hint = hintOf(within(controlsRegion(lang)).getByRole("combobox", { name }));
      expect(hint, `${lang}: the Preset menu has a hint`).toHaveClass("hint");
      expect((hint?.textContent ?? "").length).toBeGreaterThan(15);
      if (lang === "ja") expect(hint?.textContent).toMatch(JAPANESE);
      cleanup();
    }
  });
});

describe("the hints toggle", () => {
  it("folds every hint, and shows them again, saying what it will do", () => {
    renderPage();
    const region = controlsRegion();
    const toggle = within(region).getByRole("button", { name: "Hide hints" });
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    expect(toggle).toHaveAttribute("aria-controls", region.id);
    fireEvent.click(toggle);
    expect(toggle).toHaveAccessibleName("Show hints");
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(region).toHaveClass("hints-folded");
    expect(region).not.toHaveClass("hints-shown");
    // Folded, a hint is still its control's description (read aloud, and shown while it has focus).
    expect(within(region).getByRole("slider", { name: "Noise" })).toHaveAccessibleDescription(/scatter/);
    fireEvent.click(toggle);
    expect(toggle).toHaveAccessibleName("Hide hints");
    expect(region).toHaveClass("hints-shown");
  });

  it("is named in Japanese on the Japanese page", () => {
    renderPage("#lang=ja");
    const toggle = within(controlsRegion("ja")).getByRole("button", { name: "ヒントを隠す" });
    fireEvent.click(toggle);
    expect(toggle).toHaveAccessibleName("ヒントを表示");
  });

  it("is remembered for the next visit", () => {
    const first = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Hide hints" }));
    expect(window.localStorage.getItem(STORED_HINTS_KEY)).toBe("folded");
    first.container.remove();
    renderPage();
    expect(screen.getByRole("button", { name: "Show hints" })).toHaveAttribute("aria-expanded", "false");
    expect(controlsRegion()).toHaveClass("hints-folded");
  });

  it("still works when the browser refuses storage, for this visit", () => {
    const refuse = () => {
      throw new DOMException("denied", "SecurityError");
    };
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(refuse);
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(refuse);
    renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Hide hints" }));
    expect(screen.getByRole("button", { name: "Show hints" })).toBeInTheDocument();
    expect(controlsRegion()).toHaveClass("hints-folded");
  });

  it("starts folded in presenter mode, and the choice there is its own", () => {
    const { store } = renderPage("#present=1");
    expect(controlsRegion()).toHaveClass("hints-folded");
    fireEvent.click(screen.getByRole("button", { name: "Show hints" }));
    expect(controlsRegion()).toHaveClass("hints-shown");
    act(() => store.getState().setPresent(false));
    expect(controlsRegion()).toHaveClass("hints-shown");
    fireEvent.click(screen.getByRole("button", { name: "Hide hints" }));
    act(() => store.getState().setPresent(true));
    // Presenter mode remembers that it was asked to show them; the usual page that it was asked to fold.
    expect(controlsRegion()).toHaveClass("hints-shown");
    act(() => store.getState().setPresent(false));
    expect(controlsRegion()).toHaveClass("hints-folded");
  });

  it("starts folded where they would make the controls' panel scroll (jsdom has no layout: say so)", () => {
    vi.spyOn(Element.prototype, "scrollHeight", "get").mockReturnValue(900);
    vi.spyOn(Element.prototype, "clientHeight", "get").mockReturnValue(680);
    const short = renderPage();
    expect(controlsRegion()).toHaveClass("hints-folded");
    expect(window.localStorage.getItem(STORED_HINTS_KEY)).toBeNull();
    short.container.remove();
    vi.restoreAllMocks();
    renderPage();
    expect(controlsRegion()).toHaveClass("hints-shown");
  });

  it("keeps them shown when the user asked, even where they make the panel scroll", () => {
    window.localStorage.setItem(STORED_HINTS_KEY, "shown");
    vi.spyOn(Element.prototype, "scrollHeight", "get").mockReturnValue(900);
    vi.spyOn(Element.prototype, "clientHeight", "get").mockReturnValue(680);
    renderPage();
    expect(controlsRegion()).toHaveClass("hints-shown");
  });
});

describe("on the user's own points", () => {
  it("disables Samples and Noise with a hint saying why, keeping their values for a generator", () => {
    const { store } = renderPage("#samples=300&noise=0.3");
    act(() =>
      store.getState().setPoints(
        pointsFromRows([
          [0, 0, 0],
          [1, 1, 1],
        ]),
      ),
    );
    expect(store.getState().settings.dataset).toBe("custom");
    const region = within(controlsRegion());
    for (const name of ["Samples", "Noise"]) {
      const slider = region.getByRole("slider", { name });
      expect(slider).toBeDisabled();
      expect(slider).toHaveAccessibleDescription(/your own/);
      expect(hintOf(slider)).toHaveClass("always");
    }
    expect(region.getByRole("slider", { name: "Samples" })).toHaveAttribute("aria-valuetext", "300");
    expect(region.getByRole("slider", { name: "Noise" })).toHaveAttribute("aria-valuetext", "0.3");
    expect(region.getByRole("slider", { name: "Hidden units" })).toBeEnabled();

    act(() => store.getState().setSetting("dataset", "moons"));
    expect(region.getByRole("slider", { name: "Samples" })).toBeEnabled();
    expect(region.getByRole("slider", { name: "Samples" })).toHaveAttribute("aria-valuetext", "300");
    expect(region.getByRole("slider", { name: "Noise" })).toHaveAccessibleDescription(/scatter/);
  });

  it("says so in Japanese too", () => {
    const { store } = renderPage("#lang=ja");
    act(() => store.getState().setPoints(pointsFromRows([[0, 0, 1]])));
    const slider = within(controlsRegion("ja")).getByRole("slider", { name: "ノイズ" });
    expect(slider).toBeDisabled();
    expect(slider).toHaveAccessibleDescription(/自分で置いた点/);
  });
});
