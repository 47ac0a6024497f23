/**
 * Issue 10's accessibility sweep in a real browser: axe-core (the rules Lighthouse uses) finds no violation
 * in the dialogs and the views a classroom uses — the shortcuts list, the compare and inside views in
 * presenter mode, the preset menu with a preset's words shown, the embedded page — in English and Japanese,
 * on a phone and on a laptop.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { PATIENCE, setUpPageDriver } from "./pageDriver.ts";

const driver = setUpPageDriver();

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core's violations, one line each, and how many of its rules found something to check and passed. axe is evaluated through the DevTools protocol, which the page's
 * Content Security Policy does not govern (an injected inline <script>, as pageChecks.ts adds, is refused).
 */
async function axeRun(page: Page): Promise<{ violations: string[]; passed: number }> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    interface AxeResults {
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
      passes: unknown[];
    }
    const axe = (window as unknown as { axe: { run(c: Document): Promise<AxeResults> } }).axe;
    const results = await axe.run(document);
    return {
      violations: results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
      passed: results.passes.length,
    };
  });
}

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
] as const;

interface Scene {
  name: string;
  hash: string;
  /** Bring the page to the state to check, and wait until it is there. */
  settle(page: Page): Promise<void>;
}

const SCENES: readonly Scene[] = [
  {
    name: "the shortcuts dialog (?)",
    hash: "",
    async settle(page) {
      await page.keyboard.press("?");
      await expect.poll(() => page.locator("dialog[open]").count(), PATIENCE).toBe(1);
    },
  },
  {
    name: "the compare view in presenter mode",
    hash: "#view=compare&present=1&sizes=0,3,20",
    async settle(page) {
      await expect.poll(() => page.getByTestId("panel").count(), PATIENCE).toBe(3);
    },
  },
  {
    name: "the inside view in presenter mode, an arrow's update explained",
    hash: "#view=inside&present=1",
    async settle(page) {
      await expect.poll(() => page.getByTestId("unit").count(), PATIENCE).toBeGreaterThan(0);
      await page.getByTestId("network").locator('[data-weight="u-2-1"]').dispatchEvent("click");
      await expect
        .poll(() => page.getByTestId("explain").locator(".katex").count(), PATIENCE)
        .toBeGreaterThan(0);
    },
  },
  {
    name: "the preset menu with a preset's words shown",
    hash: "#preset=edge-of-stability",
    async settle(page) {
      await expect.poll(() => page.getByTestId("preset-text").count(), PATIENCE).toBe(1);
    },
  },
  {
    name: "the embedded page",
    hash: "#embed=1",
    async settle(page) {
      await expect.poll(() => page.getByRole("slider").count(), PATIENCE).toBe(0);
    },
  },
];

describe("axe-core finds no violation", () => {
  for (const scene of SCENES)
    for (const lang of ["en", "ja"] as const)
      for (const viewport of VIEWPORTS)
        test(`${scene.name}, ${lang}, ${viewport.width}×${viewport.height}`, async () => {
          const join = scene.hash === "" ? "#" : "&";
          const page = await driver.open(`${scene.hash || ""}${join}lang=${lang}`, undefined, { viewport });
          await scene.settle(page);
          expect(await page.locator("html").getAttribute("lang")).toBe(lang);
          const { violations, passed } = await axeRun(page);
          expect(violations).toEqual([]);
          expect(passed, "rules axe checked and found kept").toBeGreaterThan(15);
        });
});
