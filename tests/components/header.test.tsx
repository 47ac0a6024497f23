import { act, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CATALOGUES } from "../../src/i18n/catalogue.ts";
import { renderPage } from "./renderPage.tsx";

/** The control panel, found by its name in the page's language. */
function controlsRegion(name = "Controls"): HTMLElement {
  return screen.getByRole("region", { name });
}

function pressKey(target: Element, key: string, init: KeyboardEventInit = {}) {
  fireEvent.keyDown(target, { key, ...init });
}

const JAPANESE_WORDS = new Set(Object.values(CATALOGUES.ja));

describe("the language switch", () => {
  it("is a select named Language offering English and 日本語, on English by default", () => {
    renderPage();
    const select = screen.getByRole("combobox", { name: "Language" });
    expect(select).toHaveValue("en");
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual(["English", "日本語"]);
  });

  it("turns the Play button's name to Japanese and back, and the switch's own name with it", () => {
    const { store } = renderPage();
    fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "ja" } });
    expect(store.getState().lang).toBe("ja");
    expect(screen.getByRole("button", { name: "再生" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Play/ })).not.toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "言語" })).toHaveValue("ja");

    fireEvent.change(screen.getByRole("combobox", { name: "言語" }), { target: { value: "en" } });
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Language" })).toHaveValue("en");
  });

  it("leaves the run alone: no command to the worker, the same epoch and the same weights", () => {
    const { worker, store } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    const frame = worker.emitFrame({ epoch: 40 });
    const sentBefore = worker.commands().length;
    const weights = store.getState().frame?.params;

    fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "ja" } });
    fireEvent.change(screen.getByRole("combobox", { name: "言語" }), { target: { value: "en" } });

    expect(worker.commands()).toHaveLength(sentBefore);
    expect(store.getState().frame).toBe(frame);
    expect(store.getState().frame?.params).toBe(weights);
    expect(store.getState().status).toBe("running");
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^40$/);
  });

  it("words the status in Japanese while the status test id still reads paused (INTERFACES.md)", () => {
    renderPage("#lang=ja");
    expect(screen.getByText("学習の状態:").parentElement).toHaveTextContent("一時停止中");
    expect(screen.getByTestId("status")).toHaveTextContent(/^paused$/);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("誤差逆伝播プレイグラウンド");
  });
});

describe("the controls in Japanese", () => {
  it("take their names from the catalogue's Japanese words", () => {
    renderPage("#lang=ja");
    const region = controlsRegion("操作");
    const buttons = within(region).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual(["▶ 再生", "1 ステップ", "リセット", "ⓘ ヒントを隠す"]);
    const sliders = within(region)
      .getAllByRole("slider")
      .map((s) => (s as HTMLInputElement).labels?.[0]?.textContent);
    expect(sliders).toEqual([
      "サンプル数",
      "ノイズ",
      "テストデータの割合",
      "隠れユニット数",
      "学習率 ε",
      "正則化 λ",
      "速度",
    ]);
    const selects = within(region).getAllByRole("combobox");
    expect(selects.map((s) => (s as HTMLSelectElement).labels?.[0]?.textContent)).toEqual([
      "プリセット",
      "データセット",
      "活性化関数",
      "出力層",
    ]);
    for (const name of [
      ...sliders,
      ...selects.map((s) => (s as HTMLSelectElement).labels?.[0]?.textContent),
    ]) {
      expect(JAPANESE_WORDS.has(name ?? "")).toBe(true);
    }
    for (const option of within(region).getAllByRole("option")) {
      expect(JAPANESE_WORDS.has(option.textContent ?? "")).toBe(true);
    }
    expect(screen.getByRole("combobox", { name: "出力層" })).toHaveDisplayValue(
      "ソフトマックス＋交差エントロピー",
    );
  });

  it("show and speak the speed in Japanese, as numbers with a '.' decimal", () => {
    renderPage("#lang=ja&speed=max");
    const speed = screen.getByRole("slider", { name: "速度" });
    expect(speed).toHaveAttribute("aria-valuetext", "できるだけ速く");
    fireEvent.change(speed, { target: { value: "0" } });
    expect(speed).toHaveAttribute("aria-valuetext", "毎秒 1 エポック");
    expect(screen.getByRole("slider", { name: "学習率 ε" })).toHaveAttribute("aria-valuetext", "0.01");
  });

  it("name the groups Data, Network and Learning in each language", () => {
    const { store } = renderPage();
    const summaries = () =>
      Array.from(document.querySelectorAll(".control-group > summary"), (s) => s.textContent);
    expect(summaries()).toEqual(["Data", "Network", "Learning"]);
    act(() => store.getState().setLang("ja"));
    expect(summaries()).toEqual(["データ", "ネットワーク", "学習"]);
  });
});

describe("presenter mode", () => {
  afterEach(() => {
    // jsdom has no full screen; tests that stand one in remove it again.
    Reflect.deleteProperty(document.documentElement, "requestFullscreen");
    Reflect.deleteProperty(document, "fullscreenElement");
    Reflect.deleteProperty(document, "exitFullscreen");
  });

  const app = () => document.querySelector(".app");

  it("has a Presenter mode button that says whether it is on", () => {
    const { store } = renderPage();
    const button = screen.getByRole("button", { name: "Presenter mode" });
    expect(button).toHaveAttribute("aria-pressed", "false");
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-pressed", "true");
    expect(store.getState().present).toBe(true);
    expect(app()).toHaveClass("presenting");
    fireEvent.click(button);
    expect(button).toHaveAttribute("aria-pressed", "false");
    expect(app()).not.toHaveClass("presenting");
  });

  it("is on when the link says present=1, and named in Japanese as プレゼンターモード", () => {
    renderPage("#present=1&lang=ja");
    expect(screen.getByRole("button", { name: "プレゼンターモード" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(app()).toHaveClass("presenting");
  });

  it("turns on and off with the key P, and off with Esc", () => {
    const { store } = renderPage();
    pressKey(document.body, "p");
    expect(store.getState().present).toBe(true);
    pressKey(document.body, "P");
    expect(store.getState().present).toBe(false);
    pressKey(document.body, "p");
    pressKey(document.body, "Escape");
    expect(store.getState().present).toBe(false);
    expect(screen.getByRole("button", { name: "Presenter mode" })).toHaveAttribute("aria-pressed", "false");
  });

  it("ignores P while typing in a field, in a select, or with a modifier, but not on a slider", () => {
    const { store } = renderPage();
    const field = document.createElement("input");
    field.type = "text";
    document.body.append(field);
    pressKey(field, "p");
    pressKey(screen.getByRole("combobox", { name: "Dataset" }), "p");
    pressKey(document.body, "p", { ctrlKey: true });
    pressKey(document.body, "p", { metaKey: true });
    expect(store.getState().present).toBe(false);
    pressKey(screen.getByRole("slider", { name: "Speed" }), "p");
    expect(store.getState().present).toBe(true);
    field.remove();
  });

  it("does not touch the run", () => {
    const { worker, store } = renderPage();
    worker.emitFrame({ epoch: 12 });
    const sent = worker.sent.length;
    pressKey(document.body, "p");
    pressKey(document.body, "Escape");
    expect(worker.sent).toHaveLength(sent);
    expect(store.getState().status).toBe("paused");
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^12$/);
  });

  it("folds the loss chart and the network diagram behind one summary, open again when it ends", () => {
    const { store } = renderPage();
    const secondary = () => document.querySelector("details.secondary") as HTMLDetailsElement;
    expect(secondary().open).toBe(true);
    act(() => store.getState().setPresent(true));
    expect(secondary().open).toBe(false);
    expect(within(secondary()).getByText("Loss chart and network diagram").tagName).toBe("SUMMARY");
    act(() => store.getState().setPresent(false));
    expect(secondary().open).toBe(true);
  });

  it("asks for full screen, holds when refused, and ends when full screen is left", async () => {
    let fullscreen: Element | null = null;
    const request = vi.fn((): Promise<void> => Promise.reject(new Error("no user gesture")));
    Object.defineProperty(document.documentElement, "requestFullscreen", {
      configurable: true,
      value: request,
    });
    Object.defineProperty(document, "fullscreenElement", { configurable: true, get: () => fullscreen });
    const exit = vi.fn(() => {
      fullscreen = null;
      document.dispatchEvent(new Event("fullscreenchange"));
      return Promise.resolve();
    });
    Object.defineProperty(document, "exitFullscreen", { configurable: true, value: exit });
    const { store } = renderPage();

    await act(async () => pressKey(document.body, "p"));
    expect(request).toHaveBeenCalledTimes(1);
    expect(store.getState().present).toBe(true);
    await act(async () => pressKey(document.body, "Escape"));
    expect(exit).not.toHaveBeenCalled(); // it never was full screen

    request.mockImplementation(() => {
      fullscreen = document.documentElement;
      document.dispatchEvent(new Event("fullscreenchange"));
      return Promise.resolve();
    });
    await act(async () => pressKey(document.body, "p"));
    expect(fullscreen).toBe(document.documentElement);
    // The browser's own Esc leaves full screen: presenter mode ends with it.
    await act(async () => {
      fullscreen = null;
      document.dispatchEvent(new Event("fullscreenchange"));
    });
    expect(store.getState().present).toBe(false);

    await act(async () => pressKey(document.body, "p"));
    await act(async () => pressKey(document.body, "p"));
    expect(exit).toHaveBeenCalledTimes(1);
    expect(store.getState().present).toBe(false);
  });
});
