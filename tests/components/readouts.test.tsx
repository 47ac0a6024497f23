import { act, fireEvent, render, screen } from "@testing-library/react";
import { Profiler, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { App } from "../../src/components/App.tsx";
import { Readouts } from "../../src/components/Readouts.tsx";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import { createFakeWorker, type FakeWorker, makeData } from "./fakeWorker.ts";
import { renderPage } from "./renderPage.tsx";

const READOUTS = [
  "epoch",
  "updates",
  "epochs-per-second",
  "train-loss",
  "train-accuracy",
  "test-loss",
  "test-accuracy",
];

/** Render `children` on a store wired to a fake worker, counting React's commits inside them. */
function renderCounted(children: ReactNode): { worker: FakeWorker; commits: () => number } {
  const worker = createFakeWorker();
  const store = createPlaygroundStore(worker, parseHash(""), (task) => task());
  let commits = 0;
  render(
    <StoreProvider store={store}>
      <Profiler id="counted" onRender={() => commits++}>
        {children}
      </Profiler>
    </StoreProvider>,
  );
  return { worker, commits: () => commits };
}

function readouts(): Record<string, string | null> {
  return Object.fromEntries(READOUTS.map((id) => [id, screen.getByTestId(id).textContent]));
}

describe("the readouts", () => {
  it("show a frame's numbers as plain text, the loss to six decimals, and — without a test set", () => {
    const { worker } = renderPage();
    worker.emitFrame({
      status: "running",
      epoch: 1234,
      trainLoss: 0.0689471234,
      trainAccuracy: 0.975,
      testLoss: null,
      testAccuracy: null,
      epochsPerSecond: 10523.7,
    });
    expect(readouts()).toEqual({
      epoch: "1234",
      updates: "1234",
      "epochs-per-second": "10524",
      "train-loss": "0.068947",
      "train-accuracy": "0.975",
      "test-loss": "—",
      "test-accuracy": "—",
    });
  });

  it("show the test set's loss and accuracy when there is one", () => {
    const { worker } = renderPage("#test=0.3");
    worker.emitFrame({
      epoch: 20000,
      trainLoss: 0.0712345678,
      trainAccuracy: 0.9714285714285714,
      testLoss: 0.0934567891,
      testAccuracy: 0.95,
    });
    expect(readouts()).toEqual({
      epoch: "20000",
      updates: "20000",
      "epochs-per-second": "0",
      "train-loss": "0.071235",
      "train-accuracy": "0.971",
      "test-loss": "0.093457",
      "test-accuracy": "0.95",
    });
  });

  it("follow the latest frame", () => {
    const { worker } = renderPage();
    worker.emitFrame({ epoch: 1000, trainLoss: 0.31 });
    worker.emitFrame({ epoch: 2000, trainLoss: 0.0712 });
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^2000$/);
    expect(screen.getByTestId("train-loss")).toHaveTextContent(/^0\.071200$/);
  });

  it("pair every number with the term that names it", () => {
    renderPage();
    const terms: Record<string, string> = {
      epoch: "Epoch",
      updates: "Updates",
      "epochs-per-second": "Epochs/s",
      "train-loss": "Training loss",
      "test-loss": "Test loss",
      "train-accuracy": "Training accuracy",
      "test-accuracy": "Test accuracy",
    };
    for (const id of READOUTS) {
      const value = screen.getByTestId(id);
      expect(value.tagName).toBe("DD");
      const term = value.previousElementSibling;
      expect(term?.tagName).toBe("DT");
      expect(term).toHaveTextContent(terms[id]);
    }
  });

  it("never show NaN, even when the loss is not a number", () => {
    const { worker } = renderPage("#test=0.2");
    worker.emitFrame({
      status: "running",
      epoch: 7,
      trainLoss: Number.NaN,
      trainAccuracy: Number.NaN,
      testLoss: Number.NaN,
      testAccuracy: Number.NaN,
      epochsPerSecond: Number.NaN,
    });
    expect(readouts()).toEqual({
      epoch: "7",
      updates: "7",
      "epochs-per-second": "—",
      "train-loss": "—",
      "train-accuracy": "—",
      "test-loss": "—",
      "test-accuracy": "—",
    });
    expect(document.body).not.toHaveTextContent(/NaN/);
  });

  it("never show Infinity for an overflowing loss", () => {
    const { worker } = renderPage();
    worker.emitFrame({ epoch: 3, trainLoss: Number.POSITIVE_INFINITY });
    expect(screen.getByTestId("train-loss")).toHaveTextContent(/^—$/);
    expect(document.body).not.toHaveTextContent(/Infinity/);
  });

  it("show the gradient updates beside the epoch: 7 per epoch with 200 points in batches of 32", () => {
    const { worker } = renderPage("#batch=32");
    expect(screen.getByTestId("updates")).toHaveTextContent(/^0$/);
    worker.emitFrame({ epoch: 0, updates: 1 });
    expect(screen.getByTestId("updates")).toHaveTextContent(/^1$/);
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^0$/);
    worker.emitFrame({ epoch: 3, updates: 23 });
    expect(screen.getByTestId("updates")).toHaveTextContent(/^23$/);
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^3$/);
  });

  it("render once, however many frames arrive, and still show the latest", () => {
    const { worker, commits } = renderCounted(<Readouts />);
    expect(commits()).toBe(1);
    for (let epoch = 1; epoch <= 50; epoch++)
      worker.emitFrame({ status: "running", epoch, trainLoss: 1 / epoch });
    expect(commits()).toBe(1);
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^50$/);
    expect(screen.getByTestId("train-loss")).toHaveTextContent(/^0\.020000$/);
  });
});

describe("the whole page while training", () => {
  it("re-renders nothing for a frame that changes only the run's numbers", () => {
    const { worker, commits } = renderCounted(<App />);
    worker.emit(makeData());
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    worker.emitFrame({ status: "running", epoch: 1 });
    const before = commits();
    for (let epoch = 2; epoch <= 30; epoch++)
      worker.emitFrame({ status: "running", epoch, trainLoss: 1 / epoch });
    expect(commits()).toBe(before);
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^30$/);
    expect(screen.getByTestId("boundary")).toHaveAttribute("data-frame", "30");
  });
});

describe("the readouts in Japanese", () => {
  it("name every number with the glossary's term and keep the numbers plain, with a '.' decimal", () => {
    const { worker } = renderPage("#lang=ja");
    worker.emitFrame({ epoch: 1234, trainLoss: 0.0689471234, trainAccuracy: 0.975, testLoss: 0.25 });
    const terms: Record<string, string> = {
      epoch: "エポック",
      updates: "更新回数",
      "epochs-per-second": "エポック/秒",
      "train-loss": "学習データの損失",
      "test-loss": "テストデータの損失",
      "train-accuracy": "学習データの正解率",
      "test-accuracy": "テストデータの正解率",
    };
    for (const id of READOUTS)
      expect(screen.getByTestId(id).previousElementSibling).toHaveTextContent(terms[id]);
    expect(readouts()).toMatchObject({
      epoch: "1234",
      "train-loss": "0.068947",
      "train-accuracy": "0.975",
      "test-loss": "0.250000",
    });
  });

  it("keep the numbers of the run when the language changes, and re-word the captions", () => {
    const { worker, store } = renderPage();
    worker.emitFrame({ epoch: 77, trainLoss: 0.5, trainAccuracy: 0.5 });
    const before = readouts();
    const cell = screen.getByTestId("epoch");
    act(() => store.getState().setLang("ja"));
    expect(readouts()).toEqual(before);
    expect(screen.getByTestId("epoch")).toBe(cell);
    expect(cell.previousElementSibling).toHaveTextContent("エポック");
    worker.emitFrame({ epoch: 78 });
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^78$/);
  });
});

describe("the readouts' explanations", () => {
  it("describe their caption, shown on focus and toggled by a tap", () => {
    renderPage();
    const caption = screen.getByRole("button", { name: "Training loss" });
    expect(caption).toHaveAccessibleDescription(/calculate_loss.*λ\/2·Σw²/);
    expect(caption).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(caption);
    expect(caption).toHaveAttribute("aria-expanded", "true");
    fireEvent.keyDown(caption, { key: "Escape" });
    expect(caption).toHaveAttribute("aria-expanded", "false");
    fireEvent.click(caption);
    fireEvent.blur(caption);
    expect(caption).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("button", { name: "Updates" })).toHaveAccessibleDescription(/mini-batch/);
  });

  it("are in Japanese with the page", () => {
    renderPage("#lang=ja");
    expect(screen.getByRole("button", { name: "学習データの損失" })).toHaveAccessibleDescription(
      /交差エントロピー.*λ\/2·Σw²/,
    );
    expect(screen.getByRole("button", { name: "更新回数" })).toHaveAccessibleDescription(/ミニバッチ/);
  });

  /** Each readout's caption and what its explanation must say (the article's terms and numbers, ARTICLE.md). */
  const EXPLAINED: Record<string, { en: string; ja: string; says: RegExp; saysJa: RegExp }> = {
    epoch: { en: "Epoch", ja: "エポック", says: /num_passes.*20,000/, saysJa: /num_passes/ },
    updates: { en: "Updates", ja: "更新回数", says: /one per mini-batch/, saysJa: /ミニバッチ/ },
    "epochs-per-second": { en: "Epochs/s", ja: "エポック/秒", says: /per second.*Speed/, saysJa: /速度/ },
    "train-loss": {
      en: "Training loss",
      ja: "学習データの損失",
      says: /calculate_loss.*λ\/2·Σw².*divided by their number.*0\.07/,
      saysJa: /calculate_loss.*λ\/2·Σw².*0\.07/,
    },
    "test-loss": {
      en: "Test loss",
      ja: "テストデータの損失",
      says: /never sees.*overfitting/,
      saysJa: /過学習/,
    },
    "train-accuracy": {
      en: "Training accuracy",
      ja: "学習データの正解率",
      says: /decision boundary.*0\.975/,
      saysJa: /決定境界.*0\.975/,
    },
    "test-accuracy": { en: "Test accuracy", ja: "テストデータの正解率", says: /generalises/, saysJa: /汎化/ },
  };

  /** The explanation a caption shows (the element its description comes from). */
  const tipOf = (caption: HTMLElement) =>
    document.getElementById(caption.getAttribute("aria-describedby") ?? "") as HTMLElement;

  for (const lang of ["en", "ja"] as const) {
    it(`explain every readout, saying what it is and what a good value is, in ${lang}`, () => {
      renderPage(`#lang=${lang}`);
      for (const [testId, words] of Object.entries(EXPLAINED)) {
        const caption = screen.getByRole("button", { name: words[lang] });
        expect(caption.closest("dt")?.nextElementSibling).toBe(screen.getByTestId(testId));
        expect(caption).toHaveAccessibleDescription(lang === "en" ? words.says : words.saysJa);
        expect(tipOf(caption)).toHaveAttribute("role", "tooltip");
        expect(tipOf(caption)).not.toBeVisible();
      }
    });
  }

  it("show an explanation on keyboard focus, below its number, and hide it on Escape and on blur", () => {
    const { worker } = renderPage();
    worker.emitFrame({ epoch: 1000, trainLoss: 0.0712 });
    const caption = screen.getByRole("button", { name: "Training loss" });
    act(() => caption.focus());
    expect(tipOf(caption)).toBeVisible();
    expect(caption).toHaveAttribute("aria-expanded", "true");
    // Under the number, never in it: the number's cell is still a plain number.
    const number = screen.getByTestId("train-loss");
    expect(number.compareDocumentPosition(tipOf(caption)) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(number).toHaveTextContent(/^0\.071200$/);
    // Enter right after focusing keeps it open (the focus opened it), a second Enter closes it.
    fireEvent.click(caption);
    expect(tipOf(caption)).toBeVisible();
    fireEvent.keyDown(caption, { key: "Escape" });
    expect(tipOf(caption)).not.toBeVisible();
    fireEvent.click(caption);
    expect(tipOf(caption)).toBeVisible();
    act(() => caption.blur());
    expect(tipOf(caption)).not.toBeVisible();
  });

  it("open on a tap and close on the next tap, though a tap also focuses", () => {
    renderPage();
    const caption = screen.getByRole("button", { name: "Test accuracy" });
    const tap = () => {
      fireEvent.pointerDown(caption);
      act(() => caption.focus());
      fireEvent.click(caption);
    };
    tap();
    expect(tipOf(caption)).toBeVisible();
    expect(tipOf(caption)).toHaveTextContent(/generalises/);
    tap();
    expect(tipOf(caption)).not.toBeVisible();
    tap();
    expect(tipOf(caption)).toBeVisible();
    fireEvent.keyDown(caption, { key: "Escape" });
    expect(tipOf(caption)).not.toBeVisible();
  });

  it("open one at a time: focus moving on closes the one before", () => {
    renderPage();
    const epoch = screen.getByRole("button", { name: "Epoch" });
    const updates = screen.getByRole("button", { name: "Updates" });
    act(() => epoch.focus());
    act(() => updates.focus());
    expect(tipOf(epoch)).not.toBeVisible();
    expect(tipOf(updates)).toBeVisible();
  });
});
