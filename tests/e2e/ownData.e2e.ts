/**
 * The user's own data in a real browser (production build, Chromium): clicking the plane adds a point
 * where it was clicked (Shift: the other class, Alt: removes it), a CSV file imports (a bad one is refused
 * with its line, the data unchanged), the link carries the points to a new page, and the tools fit a phone
 * and a laptop in both languages with no axe-core violation. Screens under tests/e2e/artifacts/ownData/.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { CLASS_COLORS } from "../../src/render/palette.ts";
import { overflow, violations } from "./pageChecks.ts";
import { PATIENCE, setUpPageDriver } from "./pageDriver.ts";

const ARTIFACTS = fileURLToPath(new URL("./artifacts/ownData/", import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

const driver = setUpPageDriver({ width: 1366, height: 768 });
const { hash, epoch } = driver;

/** A page at `hash` once the plane is an editor and the tools have loaded (both come after the first paint). */
async function open(...args: Parameters<typeof driver.open>): Promise<Page> {
  const page = await driver.open(...args);
  await page.locator('[data-editing="ready"]').waitFor(PATIENCE);
  await page.getByTestId("data-status").waitFor({ state: "attached", ...PATIENCE });
  return page;
}

/** The counts the tools show: [class 0, class 1]. */
async function counts(page: Page): Promise<[number, number]> {
  const el = page.getByTestId("data-counts");
  return [Number(await el.getAttribute("data-class0")), Number(await el.getAttribute("data-class1"))];
}

/** The screen position of the fraction (fx, fy) of the plot square (0,0: top left). */
async function at(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId("boundary").boundingBox();
  if (!box) throw new Error("no plane");
  return { x: box.x + fx * box.width, y: box.y + fy * box.height };
}

/** Whether a marker of the points layer is drawn at the fraction (fx, fy) of the plot square (±1 unit of 480). */
async function markerAt(page: Page, fx: number, fy: number, colour: string): Promise<boolean> {
  return page.evaluate(
    ({ fx, fy, colour }) =>
      Array.from(document.querySelectorAll(".boundary-view .points path")).some((p) => {
        const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(p.getAttribute("transform") ?? "");
        const filled = p.getAttribute("fill") === colour || p.getAttribute("stroke") === colour;
        return (
          m !== null &&
          filled &&
          Math.abs(Number(m[1]) - fx * 480) < 1 &&
          Math.abs(Number(m[2]) - fy * 480) < 1
        );
      }),
    { fx, fy, colour },
  );
}

const waitForCounts = (page: Page, expected: [number, number]) =>
  expect.poll(() => counts(page), PATIENCE).toEqual(expected);

const GOOD = "x1,x2,label\r\n-1,-1,0\r\n-0.8,-1.2,0\r\n1,1,1\r\n1.2,0.9,1\r\n-1.1,-0.7,0\r\n0.9,1.3,1\r\n";

describe("your own data", () => {
  test("a click adds a class-0 point where it was clicked, Shift-click class 1, Alt-click removes", async () => {
    const page = await open("#dataset=moons&samples=200");
    await waitForCounts(page, [100, 100]);
    const first = await at(page, 0.2, 0.3);
    await page.mouse.click(first.x, first.y);
    await waitForCounts(page, [101, 100]);
    await expect.poll(hash, PATIENCE).toMatch(/points=/);
    expect(await hash()).toMatch(/dataset=custom/);
    await expect.poll(() => markerAt(page, 0.2, 0.3, CLASS_COLORS[0]), PATIENCE).toBe(true);

    const second = await at(page, 0.7, 0.8);
    await page.keyboard.down("Shift");
    await page.mouse.click(second.x, second.y);
    await page.keyboard.up("Shift");
    await waitForCounts(page, [101, 101]);
    await expect.poll(() => markerAt(page, 0.7, 0.8, CLASS_COLORS[1]), PATIENCE).toBe(true);

    await page.keyboard.down("Alt");
    await page.mouse.click(first.x + 3, first.y - 2);
    await page.keyboard.up("Alt");
    await waitForCounts(page, [100, 101]);
    expect(await markerAt(page, 0.2, 0.3, CLASS_COLORS[0])).toBe(false);
  });

  test("a drag across the plane adds nothing", async () => {
    const page = await open("#dataset=moons&samples=200");
    await waitForCounts(page, [100, 100]);
    const from = await at(page, 0.3, 0.3);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    expect(await counts(page)).toEqual([100, 100]);
    expect(await hash()).not.toMatch(/points=/);
  });

  test("the keyboard adds and removes points at its cross", async () => {
    const page = await open("#dataset=moons&samples=200");
    await waitForCounts(page, [100, 100]);
    await page.getByTestId("plane").focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await waitForCounts(page, [101, 100]);
    await page.keyboard.press("Shift+Enter");
    await waitForCounts(page, [101, 101]);
    await page.keyboard.press("Delete");
    await waitForCounts(page, [101, 100]);
    // → moved the cross: it did not also step the run.
    expect(await epoch()).toBe(0);
    await expect.poll(() => page.getByTestId("data-status").textContent(), PATIENCE).toMatch(/Removed/);
  });

  test("a good CSV file is learnt from; a bad one is refused with its line and changes nothing", async () => {
    const page = await open("#dataset=moons&samples=200");
    await waitForCounts(page, [100, 100]);
    const input = page.getByTestId("data-file");
    await input.setInputFiles({
      name: "six.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`\uFEFF${GOOD}`),
    });
    await waitForCounts(page, [3, 3]);
    await expect
      .poll(() => page.getByTestId("data-status").textContent(), PATIENCE)
      .toBe("Imported 6 points from six.csv: 3 of class 0, 3 of class 1.");
    await expect.poll(hash, PATIENCE).toMatch(/points=-1,-1,0;/);
    const before = await hash();

    await input.setInputFiles({
      name: "bad.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("x1,x2,label\n1,2,0\n3,abc,1\n"),
    });
    await expect
      .poll(() => page.getByTestId("data-status").textContent(), PATIENCE)
      .toContain('value 2 on line 3 ("abc") is not a decimal number.');
    expect(await counts(page)).toEqual([3, 3]);
    expect(await hash()).toBe(before);

    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(epoch, PATIENCE).toBeGreaterThan(10);
  });

  test("Clear empties the plane, says so, and Undo brings the points back", async () => {
    const page = await open("#dataset=moons&samples=200");
    await waitForCounts(page, [100, 100]);
    await page.getByRole("button", { name: "Clear", exact: true }).click();
    await waitForCounts(page, [0, 0]);
    await expect
      .poll(() => page.getByTestId("data-status").textContent(), PATIENCE)
      .toBe("Cleared 200 points.");
    await expect(
      page.getByText("No training points: click the plane to add some.").isVisible(),
    ).resolves.toBe(true);
    const spot = await at(page, 0.5, 0.5);
    await page.mouse.click(spot.x, spot.y);
    await waitForCounts(page, [1, 0]);
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    await waitForCounts(page, [100, 100]);
  });

  test("the link carries the points: a new page shows the same points and settings", async () => {
    const page = await open("#dataset=moons&samples=200&hidden=5");
    await waitForCounts(page, [100, 100]);
    for (const [fx, fy] of [
      [0.1, 0.1],
      [0.15, 0.9],
    ]) {
      const p = await at(page, fx, fy);
      await page.mouse.click(p.x, p.y);
    }
    await waitForCounts(page, [102, 100]);
    await expect.poll(hash, PATIENCE).toMatch(/points=/);
    await page.waitForTimeout(600); // the link is written at a calm rate
    const link = await hash();
    const second = await open(link);
    await waitForCounts(second, [102, 100]);
    expect(await second.evaluate(() => window.location.hash)).toBe(link);
    expect(link).toMatch(/hidden=5/);
  });

  for (const [lang, viewport] of [
    ["en", { width: 390, height: 844 }],
    ["ja", { width: 390, height: 844 }],
    ["en", { width: 1366, height: 768 }],
    ["ja", { width: 1366, height: 768 }],
    ["en", { width: 360, height: 740 }],
  ] as const) {
    test(`the tools fit ${viewport.width}×${viewport.height} in ${lang}, with no axe-core violation`, async () => {
      const page = await open(`#lang=${lang}`, undefined, { viewport });
      const tools = page.locator(".data-tools");
      await tools.scrollIntoViewIfNeeded();
      expect(await tools.isVisible()).toBe(true);
      const o = await overflow(page);
      expect(o.out).toEqual([]);
      expect(o.scrollWidth).toBeLessThanOrEqual(o.innerWidth);
      await page.getByRole("button", { name: lang === "en" ? "Clear" : "全消去", exact: true }).click();
      await waitForCounts(page, [0, 0]);
      await page.screenshot({
        path: `${ARTIFACTS}${lang}-${viewport.width}x${viewport.height}.png`,
        fullPage: true,
      });
      expect(await violations(page)).toEqual([]);
    });
  }

  for (const [lang, viewport, present] of [
    ["en", { width: 1366, height: 768 }, false],
    ["ja", { width: 1024, height: 768 }, false],
    ["ja", { width: 1366, height: 768 }, true],
    ["en", { width: 1920, height: 1080 }, true],
  ] as const) {
    const name = `${lang}-${viewport.width}x${viewport.height}${present ? "-present" : ""}`;
    test(`on a ${viewport.width}×${viewport.height} screen${present ? " in presenter mode" : ""} (${lang}) the tools and a refusal fit inside the plane's panel, the plane most of it`, async () => {
      const page = await open(`#lang=${lang}${present ? "&present=1" : ""}`, undefined, { viewport });
      await page.getByTestId("data-file").setInputFiles({
        name: "a-file-with-a-long-name.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("x1,x2,label\n1,2,0\n3,4,7\n"),
      });
      await expect.poll(() => page.getByTestId("data-status").textContent(), PATIENCE).toMatch(/3/);
      await page.getByTestId("data-file").setInputFiles({
        name: "x.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("1,2,0\n"),
      });
      // In presenter mode the tools fold behind one line, opened here.
      if (present)
        await page.getByText(lang === "en" ? "Your own data" : "自分のデータ", { exact: true }).click();
      await page.getByRole("button", { name: lang === "en" ? "Clear" : "全消去", exact: true }).click();
      await waitForCounts(page, [0, 0]);
      if (present)
        await page.getByText(lang === "en" ? "Your own data" : "自分のデータ", { exact: true }).click();
      await page.getByTestId("data-file").setInputFiles({
        name: "a-file-with-a-long-name.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("x1,x2,label\n1,2,0\n3,4,7\n"),
      });
      await expect.poll(() => page.getByTestId("data-status").textContent(), PATIENCE).toMatch(/3/);
      await page.screenshot({ path: `${ARTIFACTS}${name}.png` });
      const fit = await page.evaluate(() => {
        const panel = document.querySelector(".boundary-view")?.getBoundingClientRect();
        const last = document.querySelector(".data-status")?.getBoundingClientRect();
        const plot = document.querySelector(".boundary-view .plot")?.getBoundingClientRect();
        return {
          share: (plot?.height ?? 0) / (panel?.height ?? 1),
          panel: panel?.bottom ?? 0,
          status: last?.bottom ?? Number.POSITIVE_INFINITY,
          window: innerHeight,
        };
      });
      expect(fit.status).toBeLessThanOrEqual(fit.panel + 1);
      expect(fit.panel).toBeLessThanOrEqual(fit.window);
      // The plane stays the largest thing in its panel.
      expect(fit.share).toBeGreaterThan(0.6);
    });
  }
});
