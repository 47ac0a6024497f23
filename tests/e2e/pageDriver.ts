/**
 * What every browser test file shares: one server and one browser per file, a fresh page per test that
 * fails the test on any console error or warning (the page's or the worker's), uncaught page error,
 * failed request or the page's own alert that the trainer failed (data-testid="worker-error"), and the
 * readers for the contract in INTERFACES.md (test ids, accessible names, data-weight).
 */
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "vitest";
import { type Browser, launchBrowser, type Preview, startPreview } from "./harness.ts";

/** How long to wait for something the page does by itself (generous: two shared cores). */
export const PATIENCE = { timeout: 15000, interval: 50 };
/** A loss as the readouts show it: six decimals. */
export const LOSS = /^\d+\.\d{6}$/;

export interface Driver {
  /** The current test's page (after `open`). */
  readonly page: Page;
  /**
   * A fresh page at `hash` (and with `init` run before the page's scripts), once the boundary is painted;
   * `options.viewport` sizes this page's window (else the file's viewport).
   */
  open(hash?: string, init?: () => void, options?: OpenOptions): Promise<Page>;
  readout(testId: string): Promise<string>;
  epoch(): Promise<number>;
  status(): Promise<string>;
  boundaryFrame(): Promise<number>;
  hash(): Promise<string>;
  button(name: string): ReturnType<Page["getByRole"]>;
  slider(name: string): ReturnType<Page["getByRole"]>;
  weights(): Promise<(string | null)[][]>;
  weight(name: string): Promise<string | null>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
}

/** Register the file's hooks and return the driver its tests use. */
export function setUpPageDriver(viewport = { width: 1366, height: 768 }): Driver {
  let preview: Preview;
  let browser: Browser;
  let current: Page | undefined;
  let problems: string[] = [];

  beforeAll(async () => {
    preview = await startPreview();
    browser = await launchBrowser(viewport);
  });
  afterAll(async () => {
    await browser?.close();
    preview?.stop();
  });
  beforeEach(() => {
    problems = [];
  });
  afterEach(async () => {
    const page = current;
    current = undefined;
    if (!page || page.isClosed()) return;
    // the trainer's error alert, found by its test id in any language (and by its old words)
    const workerFailed =
      (await page.getByTestId("worker-error").count()) +
      (await page.getByText("The training worker failed").count());
    await page.close();
    expect(problems).toEqual([]);
    expect(workerFailed, "the page's 'training worker failed' alert").toBe(0);
  });

  const page = (): Page => {
    if (!current) throw new Error("open() a page first");
    return current;
  };
  const readout = async (testId: string) => (await page().getByTestId(testId).textContent()) ?? "";

  return {
    get page() {
      return page();
    },
    async open(hash = "", init, options = {}) {
      const p = await browser.context.newPage();
      current = p;
      if (options.viewport) await p.setViewportSize(options.viewport);
      p.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") {
          const where = message.worker() ? "worker console" : "console";
          problems.push(`${where} ${message.type()}: ${message.text()}`);
        }
      });
      p.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      p.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
      p.on("response", (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      if (init) await p.addInitScript(init);
      await p.goto(preview.url + hash);
      await p.waitForFunction(
        () => Number(document.querySelector('[data-testid="boundary"]')?.getAttribute("data-frame")) >= 1,
        undefined,
        { timeout: 20000 },
      );
      return p;
    },
    readout,
    epoch: async () => Number(await readout("epoch")),
    status: () => readout("status"),
    boundaryFrame: async () => Number(await page().getByTestId("boundary").getAttribute("data-frame")),
    hash: () => page().evaluate(() => window.location.hash),
    button: (name) => page().getByRole("button", { name, exact: true }),
    slider: (name) => page().getByRole("slider", { name, exact: true }),
    weights: () =>
      page()
        .getByTestId("network")
        .locator("[data-weight]")
        .evaluateAll((lines) =>
          lines.map((l) => [l.getAttribute("data-weight"), l.getAttribute("data-value")]),
        ),
    weight: (name) =>
      page().getByTestId("network").locator(`[data-weight="${name}"]`).getAttribute("data-value"),
  };
}
