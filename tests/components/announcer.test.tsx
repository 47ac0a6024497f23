import { readFileSync } from "node:fs";
import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ANNOUNCE_MS, OPENING_MS, progressText } from "../../src/components/Announcer.tsx";
import { parseHash } from "../../src/store/urlState.ts";
import type { PanelView } from "../../src/worker/protocol.ts";
import { type FakeWorker, makeData } from "./fakeWorker.ts";
import { renderPage } from "./renderPage.tsx";

const region = () => screen.getByTestId("announcer");
const said = () => region().textContent ?? "";

/** Let `ms` of fake time pass. */
function wait(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

/** Train for `ms` of fake time, a frame every `every` ms, recording every change of the region's text. */
function train(worker: FakeWorker, ms: number, every = 100, start = { epoch: 0 }) {
  const changes: { at: number; text: string; epoch: number }[] = [];
  let last = said();
  for (let at = every; at <= ms; at += every) {
    wait(every);
    if (said() !== last) {
      last = said();
      changes.push({ at: at - every / 2, text: last, epoch: start.epoch });
    }
    start.epoch += 100;
    worker.emitFrame({ epoch: start.epoch, trainLoss: 0.0712, trainAccuracy: 0.975 });
    if (said() !== last) {
      last = said();
      changes.push({ at, text: last, epoch: start.epoch });
    }
  }
  return changes;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the live region", () => {
  it("is one polite, visually hidden status region, mounted empty, that survives a change of view", () => {
    const { worker, store } = renderPage();
    const el = region();
    expect(el).toHaveAttribute("role", "status");
    expect(el).toHaveAttribute("aria-live", "polite");
    expect(el).toHaveClass("visually-hidden");
    expect(said()).toBe("");
    worker.emit(makeData());
    worker.emitFrame({ epoch: 0 });
    wait(10_000);
    expect(said()).toBe("");
    act(() => store.getState().setView("inside"));
    expect(region()).toBe(el);
  });

  it("announces the status at once when Play is pressed, then the latest numbers at most every 5 s", () => {
    const { worker } = renderPage();
    worker.emit(makeData());
    worker.emitFrame({ epoch: 0 });
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(said()).toBe("Run status: running.");

    const changes = train(worker, 30_000);
    // Progress: never more often than every ANNOUNCE_MS, and never sooner than that after the status.
    expect(changes.length).toBeGreaterThanOrEqual(5);
    expect(changes.length).toBeLessThanOrEqual(6);
    expect(changes[0].at).toBeGreaterThanOrEqual(ANNOUNCE_MS - 100);
    for (let i = 1; i < changes.length; i++)
      expect(changes[i].at - changes[i - 1].at).toBeGreaterThanOrEqual(ANNOUNCE_MS - 100);
    // Each names the epoch, loss and accuracy of the frame that was the latest when it was made.
    for (const { text, epoch } of changes)
      expect(text).toBe(
        `Epoch ${epoch.toLocaleString("en-US")}. Training loss 0.071. Training accuracy 0.975.`,
      );
    // The first, 5 s after Play, names the frame made just before (one every 100 ms, 100 epochs each).
    expect(changes[0].text).toMatch(/^Epoch 4,900\. /);
  });

  it("names the test set's loss and accuracy when there is one, and says 'not available' for a NaN", () => {
    const { worker } = renderPage("#test=0.3");
    worker.emit(makeData());
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    worker.emitFrame({
      epoch: 1200,
      trainLoss: 0.0712,
      trainAccuracy: 0.975,
      testLoss: 0.0934,
      testAccuracy: 0.95,
    });
    wait(ANNOUNCE_MS);
    expect(said()).toBe(
      "Epoch 1,200. Training loss 0.071. Training accuracy 0.975. Test loss 0.093. Test accuracy 0.95.",
    );
    worker.emitFrame({ epoch: 1300, trainLoss: Number.NaN, testLoss: 0.1, testAccuracy: 0.9 });
    wait(ANNOUNCE_MS);
    expect(said()).toMatch(/^Epoch 1,300\. Training loss not available\./);
    expect(said()).not.toMatch(/NaN/);
  });

  it("announces a change of status at once, even during the calm, and no progress while paused", () => {
    const { worker } = renderPage();
    worker.emit(makeData());
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    train(worker, 7_000);
    expect(said()).toMatch(/^Epoch /);
    wait(1_000); // the calm after the progress announcement is still on
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    expect(said()).toBe("Run status: paused.");
    worker.emitFrame({ epoch: 99_999 });
    wait(20_000);
    expect(said()).toBe("Run status: paused.");

    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(said()).toBe("Run status: running.");
    wait(2_000);
    worker.emitFrame({ status: "diverged", epoch: 100_004, trainLoss: Number.POSITIVE_INFINITY });
    expect(said()).toBe("Run status: diverged.");
    wait(20_000);
    expect(said()).toBe("Run status: diverged.");
  });

  it("announces the link's notices once the page is open, and notices as they appear", () => {
    const { store } = renderPage("#hidden=999");
    expect(said()).toBe("");
    wait(OPENING_MS);
    expect(said()).toMatch(/^1 setting of the link was ignored: \S/);
    expect(said()).toContain(screen.getByTestId("url-notice").querySelector("li")?.textContent ?? "?");

    wait(ANNOUNCE_MS);
    act(() => store.getState().applyHash(parseHash("#foo=1&bar=2")));
    expect(said()).toMatch(/^2 settings of the link were ignored\. The first: \S/);
  });
});

/** The page's live regions whose text says `words`: each is read out when it changes. */
function regionsSaying(words: RegExp): Element[] {
  const live = document.querySelectorAll(
    '[role="status"], [role="alert"], [aria-live="polite"], [aria-live="assertive"]',
  );
  return Array.from(live).filter((el) => words.test(el.textContent ?? ""));
}

describe("one voice for each change", () => {
  it("says a change of status in one live region only", () => {
    const { worker } = renderPage();
    worker.emit(makeData());
    worker.emitFrame({ epoch: 0 });
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(regionsSaying(/running/i)).toEqual([region()]);
    expect(screen.getByText("Run status:").parentElement).toHaveTextContent("● running"); // still shown
  });

  it("says a trainer error in one live region only (its alert)", () => {
    const { worker } = renderPage();
    worker.emit(makeData());
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    wait(ANNOUNCE_MS);
    worker.fail("out of memory");
    wait(100);
    expect(regionsSaying(/out of memory/)).toEqual([screen.getByTestId("worker-error")]);
  });
});

describe("the live region in Japanese", () => {
  it("is mounted empty and says the status and the numbers in Japanese, at the same calm pace", () => {
    const { worker } = renderPage("#lang=ja");
    expect(said()).toBe("");
    worker.emit(makeData());
    fireEvent.click(screen.getByRole("button", { name: "再生" }));
    expect(said()).toBe("学習の状態：学習中。");
    worker.emitFrame({ epoch: 1200, trainLoss: 0.0712, trainAccuracy: 0.975 });
    expect(said()).toBe("学習の状態：学習中。");
    wait(ANNOUNCE_MS);
    expect(said()).toBe("エポック 1,200。学習データの損失 0.071。学習データの正解率 0.975。");
    const changes = train(worker, 20_000, 100, { epoch: 1200 });
    for (let i = 1; i < changes.length; i++)
      expect(changes[i].at - changes[i - 1].at).toBeGreaterThanOrEqual(ANNOUNCE_MS - 100);
    fireEvent.click(screen.getByRole("button", { name: "一時停止" }));
    expect(said()).toBe("学習の状態：一時停止中。");
  });

  it("announces the link's notices in Japanese", () => {
    renderPage("#hidden=999&lang=ja");
    expect(said()).toBe("");
    wait(OPENING_MS);
    expect(said()).toMatch(/^リンクの設定を 1 件無視しました（先頭の 1 件：\S.*）$/);
  });

  it("follows a change of language from the next announcement", () => {
    const { worker, store } = renderPage();
    worker.emit(makeData());
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    act(() => store.getState().setLang("ja"));
    worker.emitFrame({ epoch: 10, trainLoss: 0.5, trainAccuracy: 0.5 });
    wait(ANNOUNCE_MS);
    expect(said()).toBe("エポック 10。学習データの損失 0.5。学習データの正解率 0.5。");
  });
});

describe("the progress of the compare view", () => {
  const panel = (id: string, epoch: number) => ({ id, epoch }) as PanelView;
  it("gives the number of panels and the slowest one's epoch, in both languages", () => {
    const { store } = renderPage();
    const panels = new Map([
      ["a", panel("a", 3000)],
      ["b", panel("b", 1200)],
      ["c", panel("c", 2500)],
    ]);
    const state = { ...store.getState(), view: "compare" as const, panels };
    expect(progressText(state)).toBe("3 panels, the slowest at epoch 1,200.");
    expect(progressText({ ...state, lang: "ja" })).toBe("パネル 3 枚、最も遅いものでエポック 1,200。");
    expect(progressText({ ...state, panels: new Map() })).toBeNull();
  });
});

describe("reduced motion", () => {
  it("sets every transition and animation to no time under prefers-reduced-motion", () => {
    const css = readFileSync("src/styles.css", "utf8");
    const block = css.slice(css.lastIndexOf("@media (prefers-reduced-motion: reduce)"));
    expect(block).toMatch(/\*,\s*\*::before,\s*\*::after\s*\{/);
    for (const property of [
      "transition-duration",
      "animation-duration",
      "transition-delay",
      "animation-delay",
    ])
      expect(block).toMatch(new RegExp(`${property}: 0s !important`));
  });
});
