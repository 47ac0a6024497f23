/**
 * Inside the network (issue 8) in a real browser: choose an arrow and read its update worked out with
 * real numbers, Step and see the weight move by exactly −ε × gradient; edit a weight; switch a hidden
 * unit off and see the boundary change; drag a unit's line; every view photographed at H = 3 and H = 64
 * in both languages (tests/e2e/artifacts/inside/, git-ignored) and checked for fit and accessibility.
 */
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { overflow, violations } from "./pageChecks.ts";
import { PATIENCE, setUpPageDriver } from "./pageDriver.ts";

const ARTIFACTS = fileURLToPath(new URL("./artifacts/inside/", import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

const driver = setUpPageDriver({ width: 1366, height: 768 });
const { open, epoch, button, weight, hash } = driver;

const boundaryPixels = (page: Page) =>
  page.getByTestId("boundary").evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());
const explain = (page: Page) => page.getByTestId("explain");

/** Choose an arrow as a mouse does: a click on (or near) its line. */
async function clickArrow(page: Page, name: string): Promise<void> {
  const arrow = page.getByTestId("network").locator(`[data-weight="${name}"]`);
  const box = await arrow.boundingBox();
  if (!box) throw new Error(`arrow ${name} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Choose an arrow by a click on its own line (at H = 64 the lines are too close for a mouse to aim). */
async function chooseArrow(page: Page, name: string): Promise<void> {
  await page.getByTestId("network").locator(`[data-weight="${name}"]`).dispatchEvent("click");
}

describe("inside the network", () => {
  test("an arrow's update with real numbers: Step moves the weight by exactly −ε × gradient", async () => {
    const page = await open("#view=inside&lang=en");
    await clickArrow(page, "u-2-1");
    await expect.poll(() => explain(page).getAttribute("data-weight"), PATIENCE).toBe("u-2-1");
    await expect.poll(() => explain(page).locator(".katex").count(), PATIENCE).toBeGreaterThan(0);
    const before = Number(await weight("u-2-1"));
    const gradient = Number(await explain(page).getAttribute("data-gradient"));
    const predicted = await explain(page).getAttribute("data-new");
    expect(Number.isFinite(gradient) && gradient !== 0).toBe(true);
    // the panel's gradient is the one the arrow carries
    const arrowGradient = await page
      .getByTestId("network")
      .locator('[data-weight="u-2-1"]')
      .getAttribute("data-gradient");
    expect(Number(arrowGradient)).toBe(gradient);

    await button("Step").click();
    await expect.poll(epoch, PATIENCE).toBe(1);
    await expect.poll(() => weight("u-2-1"), PATIENCE).toBe(predicted);
    expect(Number(predicted)).toBe(before - 0.01 * gradient);
    // the panel has moved on to the next update
    await expect.poll(() => explain(page).getAttribute("data-new"), PATIENCE).not.toBe(predicted);
  });

  test("a weight edited by hand is the one the network goes on from, and the link says so", async () => {
    const page = await open("#view=inside&lang=en");
    await clickArrow(page, "w-1-1");
    const field = page.getByRole("textbox", { name: /w/ }).or(page.getByRole("spinbutton", { name: /w/ }));
    await field.first().fill("1.25");
    await field.first().press("Enter");
    await expect.poll(() => weight("w-1-1"), PATIENCE).toBe("1.25");
    await expect.poll(hash, PATIENCE).toContain("edited=1");
    // the panel now explains the update from 1.25, and Step makes exactly that update
    await expect.poll(() => explain(page).getAttribute("data-weight"), PATIENCE).toBe("w-1-1");
    const gradient = Number(await explain(page).getAttribute("data-gradient"));
    const predicted = await explain(page).getAttribute("data-new");
    expect(Number(predicted)).toBe(1.25 - 0.01 * gradient);
    await button("Step").click();
    await expect.poll(epoch, PATIENCE).toBe(1);
    expect(await weight("w-1-1")).toBe(predicted);
  });

  test("switching a hidden unit off changes the boundary, and on again restores it", async () => {
    const page = await open("#view=inside&lang=en");
    const frame = () => driver.boundaryFrame();
    const pixels = await boundaryPixels(page);
    const toggle = page.locator('[data-testid="unit"][data-unit="2"] button[aria-pressed]');
    await toggle.click();
    await expect.poll(hash, PATIENCE).toContain("mask=2");
    await expect.poll(() => boundaryPixels(page), PATIENCE).not.toBe(pixels);
    const shown = await frame();
    await toggle.click();
    await expect.poll(frame, PATIENCE).toBeGreaterThan(shown);
    await expect.poll(() => boundaryPixels(page), PATIENCE).toBe(pixels);
    await expect.poll(hash, PATIENCE).not.toContain("mask=");
  });

  test("dragging a unit's line moves it: its bias changes, its w stays, and the boundary answers", async () => {
    const page = await open("#view=inside&lang=en");
    await page.getByRole("button", { name: "Unit lines" }).click();
    const w = [await weight("w-1-1"), await weight("w-2-1")];
    const bias = () => page.getByTestId("network").locator('[data-bias="b1-1"]').getAttribute("data-value");
    const b = await bias();
    const pixels = await boundaryPixels(page);
    // Grab the line at its middle (a straight segment's middle is its box's) and pull it across.
    const line = page.getByRole("button", { name: "Line a = 0 of unit 1" }).locator('[data-part="line"]');
    const lineBox = await line.boundingBox();
    if (!lineBox) throw new Error("unit 1's line is not on screen");
    await line.hover({ force: true });
    await page.mouse.down();
    await page.mouse.move(lineBox.x + lineBox.width / 2 + 40, lineBox.y + lineBox.height / 2 + 40, {
      steps: 6,
    });
    await page.mouse.up();
    await expect.poll(bias, PATIENCE).not.toBe(b);
    expect([await weight("w-1-1"), await weight("w-2-1")]).toEqual(w);
    await expect.poll(() => boundaryPixels(page), PATIENCE).not.toBe(pixels);
    await expect.poll(hash, PATIENCE).toContain("edited=1");
  });
});

describe("inside the network on every screen, in both languages", () => {
  const SIZES = [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ];
  for (const H of [3, 64]) {
    for (const size of SIZES) {
      for (const lang of ["en", "ja"] as const) {
        test(`H = ${H} at ${size.width}×${size.height} in ${lang}: every view open, nothing sticks out, axe finds nothing`, async () => {
          const page = await open(`#view=inside&hidden=${H}&lang=${lang}`, undefined, { viewport: size });
          await page.locator(".hidden-space-fold > summary").click();
          await chooseArrow(page, "u-1-1");
          await expect.poll(() => explain(page).locator(".katex").count(), PATIENCE).toBeGreaterThan(0);
          await expect.poll(() => page.getByTestId("unit").count(), PATIENCE).toBe(H);
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          await page.waitForTimeout(300);
          await page.screenshot({
            path: `${ARTIFACTS}inside-H${H}-${size.width}x${size.height}-${lang}.png`,
            fullPage: true,
          });
          if (size.width < 600) {
            // a phone's column: the plane first, then what is inside the network
            const top = (selector: string) =>
              page
                .locator(selector)
                .first()
                .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
            expect(await top(".boundary-view")).toBeLessThan(await top('[data-testid="network"]'));
          }
          const m = await overflow(page);
          expect(m.scrollWidth, `page width (sticking out: ${m.out.join(", ")})`).toBeLessThanOrEqual(
            m.innerWidth,
          );
          expect(await violations(page)).toEqual([]);
        });
      }
    }
  }
});
