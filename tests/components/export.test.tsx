/**
 * Export and open (issue 10): the header's Export menu saves the run on screen as a model file and as a
 * NumPy script; a model file dropped anywhere on the page, or chosen with Open model…, opens a fresh run
 * from its weights; a bad file is refused in words and changes nothing. English and Japanese.
 */
import { act, cleanup, fireEvent, screen } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, type Mock, vi } from "vitest";
import { Run } from "../../src/engine/run.ts";
import { modelFileText, parseModelFile } from "../../src/export/modelFile.ts";
import { CATALOGUES, type Lang } from "../../src/i18n/catalogue.ts";
import type { ToWorker } from "../../src/worker/protocol.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";
import { translationOf } from "../i18n/words.ts";
import { makeData } from "./fakeWorker.ts";
import { renderPage } from "./renderPage.tsx";

const say = (lang: Lang, english: string) =>
  lang === "en" ? english : translationOf(CATALOGUES, lang, english);

/** Let dynamic imports, file reads and React settle (no timers involved). */
async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise<void>((resolve) => setImmediate(resolve)));
}

let downloads: { name: string; blob: Blob }[] = [];
let consoleCalls: Mock[] = [];

beforeAll(async () => {
  // The lazy chunks, loaded once so that opening them in a test is quick.
  await import("../../src/components/export/ExportMenu.tsx");
  await import("../../src/export/openModel.ts");
  await import("../../src/data/csv.ts");
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
  downloads = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, blob });
  });
  consoleCalls = [vi.spyOn(console, "error"), vi.spyOn(console, "warn")] as unknown as Mock[];
});

afterEach(() => {
  const logged = consoleCalls.flatMap((spy) => spy.mock.calls);
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
  expect(logged).toEqual([]);
});

/** The page with a first frame of the article's run shown (weights from a real run, epoch 250). */
function pageWithFrame(lang: Lang) {
  const page = renderPage("", { lang });
  const run = new Run(ARTICLE_SETTINGS);
  run.train(250);
  const frame = { epoch: 250, params: run.net.params.slice(), hiddenUnits: 3 };
  act(() => page.worker.emit(makeData()));
  page.worker.emitFrame(frame);
  return { ...page, params: frame.params };
}

async function choose(lang: Lang, item: string) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: say(lang, "Export") }));
  });
  await settle();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: say(lang, item) }));
  });
  await settle();
}

function dropFile(file: File) {
  const event = new Event("drop", { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: { types: ["Files"], files: [file] } });
  const over = new Event("dragover", { bubbles: true, cancelable: true });
  Object.defineProperty(over, "dataTransfer", { value: { types: ["Files"], files: [] } });
  act(() => {
    document.body.dispatchEvent(over);
  });
  act(() => {
    document.body.dispatchEvent(event);
  });
  return { over, event };
}

const notice = () => screen.getByTestId("export-notice");
const sentOf = (sent: ToWorker[], type: ToWorker["type"]) => sent.filter((m) => m.type === type);

describe.each(["en", "ja"] as const)("Export and open (%s)", { timeout: 20_000 }, (lang) => {
  it("saves the run on screen as a model file holding the frame's weights", async () => {
    const { params } = pageWithFrame(lang);
    await choose(lang, "Save model (JSON)");
    expect(downloads.map((d) => d.name)).toEqual(["backprop-playground-moons-H3-epoch250.json"]);
    const parsed = parseModelFile(await downloads[0].blob.text());
    expect(parsed.ok && parsed.model.epoch).toBe(250);
    expect(parsed.ok && parsed.model.values.map((v) => v.value)).toEqual(Array.from(params));
    expect(parsed.ok && parsed.model.settings).toEqual(ARTICLE_SETTINGS);
    // the menu closes, and the focus goes back to its button
    expect(screen.queryByRole("button", { name: say(lang, "Save model (JSON)") })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: say(lang, "Export") }));
  });

  it("saves a NumPy script of the same run, as many passes as it has made", async () => {
    pageWithFrame(lang);
    await choose(lang, "NumPy script (.py)");
    expect(downloads.map((d) => d.name)).toEqual(["backprop_playground_moons_H3_epoch250.py"]);
    const text = await downloads[0].blob.text();
    expect(text).toContain("num_passes = 250");
    expect(text).toContain("epsilon = 0.01");
  });

  it("says there is nothing to export before the first frame", async () => {
    renderPage("", { lang });
    await choose(lang, "Save model (JSON)");
    expect(downloads).toEqual([]);
    expect(notice().textContent).toBe(say(lang, "Nothing to export yet: wait for the first frame."));
  });

  it("in the compare view, saves nothing and says to open a panel in the playground first", async () => {
    const page = renderPage("#view=compare&sizes=1,3", { lang });
    act(() => page.worker.emit(makeData()));
    await choose(lang, "Save model (JSON)");
    expect(downloads).toEqual([]);
    expect(notice().textContent).toBe(
      say(
        lang,
        "Export saves one network: open a panel in the playground first (its Open … in the playground button).",
      ),
    );
  });

  it("closes the menu on Escape, giving the focus back", async () => {
    renderPage("", { lang });
    const toggle = screen.getByRole("button", { name: say(lang, "Export") });
    await act(async () => fireEvent.click(toggle));
    await settle();
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement).toBe(screen.getByRole("button", { name: say(lang, "Save image (PNG)") }));
    act(() => {
      fireEvent.keyDown(document, { key: "Escape" });
    });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.activeElement).toBe(toggle);
  });

  it("takes a CSV file dropped on the page as points to learn from, and refuses a bad one by its line", async () => {
    const { store } = renderPage("", { lang });
    dropFile(new File(["x1,x2,label\n0,0,0\n1,1,1\n0.5,-0.5,1\n"], "mine.csv", { type: "text/csv" }));
    await settle();
    expect(store.getState().settings.dataset).toBe("custom");
    expect(store.getState().points?.n).toBe(3);
    expect(notice().textContent).toBe(
      say(lang, "Imported {count} points from {file}: {class0} of class 0, {class1} of class 1.")
        .replace("{count}", "3")
        .replace("{file}", "mine.csv")
        .replace("{class0}", "1")
        .replace("{class1}", "2"),
    );
    const points = store.getState().points;
    dropFile(new File(["0,0,0\n1,1,7\n"], "bad.csv", { type: "text/csv" }));
    await settle();
    expect(store.getState().points).toBe(points);
    expect(notice().textContent).toContain("bad.csv");
    expect(notice().textContent).toMatch(/2/);
  });

  it("opens a model dropped anywhere on the page: its settings, then its weights", async () => {
    const { worker, store } = renderPage("", { lang });
    const settings = { ...ARTICLE_SETTINGS, hiddenUnits: 2, activation: "relu" as const, learningRate: 0.05 };
    const run = new Run(settings);
    run.train(10);
    const text = modelFileText({ settings, points: null, epoch: 10, params: run.net.params });
    const before = worker.sent.length;
    const { over, event } = dropFile(new File([text], "relu.json", { type: "application/json" }));
    await settle();
    expect(over.defaultPrevented && event.defaultPrevented).toBe(true);
    expect(store.getState().settings).toEqual(settings);
    const after = worker.sent.slice(before);
    const weights = sentOf(after, "setWeights").at(-1);
    expect(weights && "values" in weights && weights.values.map((v) => v.value)).toEqual(
      Array.from(run.net.params),
    );
    expect(notice().textContent).toBe(
      say(lang, "Opened the model {name}: a fresh run from its weights.").replace("{name}", "relu.json"),
    );
  });

  it("refuses a bad file in words and changes nothing", async () => {
    const { worker, store } = renderPage("", { lang });
    const settings = store.getState().settings;
    const before = worker.sent.length;
    dropFile(new File(['{"format": "backprop-playground-model", "version": 1, "settings": {}}'], "bad.json"));
    await settle();
    expect(store.getState().settings).toBe(settings);
    expect(worker.sent.slice(before).filter((m) => m.type !== "frameDone")).toEqual([]);
    const words = notice().textContent ?? "";
    expect(words).toContain("bad.json");
    expect(words).toContain("settings.dataset");
    expect(notice().dataset.kind).toBe("refused");
    // dismissed, it empties (the live region stays)
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: say(lang, "Dismiss") }));
    });
    expect(notice().textContent).toBe("");
  });

  it("opens a model chosen with Open model…", async () => {
    const { store } = renderPage("", { lang });
    const input = screen.getByTestId("model-file") as HTMLInputElement;
    const click = vi.spyOn(input, "click").mockImplementation(() => {});
    act(() => {
      fireEvent.click(screen.getByRole("button", { name: say(lang, "Open model…") }));
    });
    expect(click).toHaveBeenCalled();
    const settings = { ...ARTICLE_SETTINGS, hiddenUnits: 0 };
    const run = new Run(settings);
    const file = new File(
      [modelFileText({ settings, points: null, epoch: 0, params: run.net.params })],
      "h0.json",
    );
    Object.defineProperty(input, "files", { configurable: true, value: [file] });
    act(() => {
      fireEvent.change(input);
    });
    await settle();
    expect(store.getState().settings.hiddenUnits).toBe(0);
  });
});
