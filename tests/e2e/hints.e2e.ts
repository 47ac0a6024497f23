import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { overflow, violations } from "./pageChecks.ts";
import { PATIENCE, setUpPageDriver } from "./pageDriver.ts";

const driver = setUpPageDriver({ width: 1366, height: 768 });
const { open } = driver;

const WORDS = {
  en: { show: "Show hints", hide: "Hide hints", trainLoss: "Training loss", epoch: "Epoch" },
  ja: { show: "ヒントを表示", hide: "ヒントを隠す", trainLoss: "学習データの損失", epoch: "エポック" },
} as const;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** A fresh start: nothing remembered from an earlier test (runs before the page's own scripts). */
function forget() {
  window.localStorage.removeItem("backprop-playground.hints");
  window.localStorage.removeItem("backprop-playground.hints.present");
}

interface Box {
  text: string;
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every hint in the controls, with its box. */
function hints(page: Page): Promise<Box[]> {
  return page.locator(".controls .hint").evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const { width, height, left, right, top, bottom } = r;
      return { text: el.textContent ?? "", width, height, left, right, top, bottom };
    }),
  );
}

/** A hint readable as text: lines of it, not the 1-px box a folded hint keeps for screen readers. */
const readable = (b: Box) => b.width > 40 && b.height > 8;

async function box(page: Page, selector: string): Promise<Box> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const { width, height, left, right, top, bottom } = r;
    return { text: el.textContent ?? "", width, height, left, right, top, bottom };
  });
}

describe("the controls' hints", () => {
  for (const lang of ["en", "ja"] as const) {
    test(`at 1366×768 in ${lang}: folded at first so the page fits, shown as text on request, remembered`, async () => {
      const page = await open(`#lang=${lang}`, forget);
      const w = WORDS[lang];
      const toggle = page.getByRole("button", { name: w.show, exact: true });
      await expect.poll(() => toggle.getAttribute("aria-expanded"), PATIENCE).toBe("false");
      expect((await hints(page)).filter(readable)).toEqual([]);
      const fits = await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
      expect(fits, "the default page fits 1366×768 without scrolling").toBe(true);

      await toggle.click();
      const hide = page.getByRole("button", { name: w.hide, exact: true });
      await expect.poll(() => hide.getAttribute("aria-expanded"), PATIENCE).toBe("true");
      const shown = await hints(page);
      // Dataset, Samples, Noise, Test fraction, Hidden units, Activation, Output, Learning rate,
      // Regularization, Speed, Stop at epoch, and the run buttons' line.
      expect(shown.filter(readable).length).toBeGreaterThanOrEqual(12);
      for (const h of shown) {
        expect(readable(h), `"${h.text}" readable`).toBe(true);
        if (lang === "ja") expect(h.text).toMatch(JAPANESE);
        else expect(h.text).not.toMatch(JAPANESE);
      }
      // The page still does not scroll: the controls' panel does.
      const o = await overflow(page);
      expect(o.scrollWidth, o.out.join(", ")).toBeLessThanOrEqual(o.innerWidth);
      expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(
        true,
      );
      expect(await violations(page)).toEqual([]);

      // Remembered: the next visit opens with them shown, until folded again.
      const again = await open(`#lang=${lang}`);
      await expect
        .poll(() => again.getByRole("button", { name: w.hide, exact: true }).count(), PATIENCE)
        .toBe(1);
      expect((await hints(again)).filter(readable).length).toBeGreaterThanOrEqual(12);
      await again.getByRole("button", { name: w.hide, exact: true }).click();
      await expect.poll(async () => (await hints(again)).filter(readable).length, PATIENCE).toBe(0);
    });

    test(`at 390×844 in ${lang}: shown as text under every control, folding them all, nothing sticking out`, async () => {
      const page = await open(`#lang=${lang}`, forget, { viewport: { width: 390, height: 844 } });
      const w = WORDS[lang];
      // On a phone the settings' groups start folded: open them to read the hints.
      for (const summary of await page.locator(".control-group > summary").all()) await summary.click();
      const shown = await hints(page);
      expect(shown.length).toBeGreaterThanOrEqual(12);
      for (const h of shown) {
        expect(readable(h), `"${h.text}" readable`).toBe(true);
        expect(h.right, `"${h.text}" inside the window`).toBeLessThanOrEqual(390);
      }
      const o = await overflow(page);
      expect(o.scrollWidth, o.out.join(", ")).toBeLessThanOrEqual(o.innerWidth);
      expect(await violations(page)).toEqual([]);
      await page.getByRole("button", { name: w.hide, exact: true }).click();
      await expect.poll(async () => (await hints(page)).filter(readable).length, PATIENCE).toBe(0);
      // Folded, a control's hint still shows while it has focus.
      const slider = page.locator(".controls input[type=range]").first();
      await slider.focus();
      await expect.poll(async () => (await hints(page)).filter(readable).length, PATIENCE).toBe(1);
    });
  }

  test("start folded in presenter mode at 1920×1080, where the page fits the projector", async () => {
    const page = await open("#present=1&lang=ja", forget, { viewport: { width: 1920, height: 1080 } });
    await expect
      .poll(() => page.getByRole("button", { name: WORDS.ja.show, exact: true }).count(), PATIENCE)
      .toBe(1);
    expect((await hints(page)).filter(readable)).toEqual([]);
    // Once the plane has sized itself to its legend (a frame or two after the first paint), nothing scrolls.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight), PATIENCE)
      .toBe(true);
  });

  test("show at first on a 4K screen, which has room for them", async () => {
    const page = await open("#lang=ja", forget, { viewport: { width: 3840, height: 2160 } });
    await expect
      .poll(() => page.getByRole("button", { name: WORDS.ja.hide, exact: true }).count(), PATIENCE)
      .toBe(1);
    expect((await hints(page)).filter(readable).length).toBeGreaterThanOrEqual(12);
    // Once the plane has sized itself to its legend (a frame or two after the first paint), nothing scrolls.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight), PATIENCE)
      .toBe(true);
  });
});

describe("the readouts' explanations", () => {
  for (const lang of ["en", "ja"] as const) {
    test(`open on Tab and close on Escape, under their number, in ${lang}`, async () => {
      const page = await open(`#lang=${lang}`, forget);
      const w = WORDS[lang];
      // Tab through the page to the first readout's caption, as a keyboard user does.
      let reached = false;
      for (let i = 0; i < 80 && !reached; i++) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(
          (name) =>
            document.activeElement?.textContent === name && document.activeElement.tagName === "BUTTON",
          w.epoch,
        );
      }
      expect(reached, "Tab reaches the Epoch caption").toBe(true);
      const tip = page.locator(".readout-tip").first();
      await expect.poll(() => tip.isVisible(), PATIENCE).toBe(true);
      const text = (await tip.textContent()) ?? "";
      if (lang === "ja") expect(text).toMatch(JAPANESE);
      else expect(text).toMatch(/num_passes/);
      const number = await box(page, '[data-testid="epoch"]');
      const shown = await box(page, ".readout-tip >> nth=0");
      expect(shown.top, "below its number").toBeGreaterThanOrEqual(number.bottom - 0.5);
      expect(await page.getByTestId("epoch").textContent()).toMatch(/^\d+$/);
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await expect.poll(() => tip.isVisible(), PATIENCE).toBe(false);
    });
  }

  test("open on a tap and close on the next, each fitting a 360-px phone without covering its number", async () => {
    const page = await open("#lang=ja&test=0.3", forget, { viewport: { width: 360, height: 740 } });
    const ids = [
      "epoch",
      "updates",
      "epochs-per-second",
      "train-loss",
      "test-loss",
      "train-accuracy",
      "test-accuracy",
    ];
    for (const id of ids) {
      const readout = page.locator(".readout", { has: page.getByTestId(id) });
      const caption = readout.locator(".readout-caption");
      const tip = readout.locator(".readout-tip");
      await caption.scrollIntoViewIfNeeded();
      await caption.click();
      await expect.poll(() => tip.isVisible(), PATIENCE).toBe(true);
      const number = await box(page, `[data-testid="${id}"]`);
      const shown = await tip.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top };
      });
      expect(shown.left, `${id}: inside the window`).toBeGreaterThanOrEqual(0);
      expect(shown.right, `${id}: inside the window`).toBeLessThanOrEqual(360);
      expect(shown.top, `${id}: below its number`).toBeGreaterThanOrEqual(number.bottom - 0.5);
      const o = await overflow(page);
      expect(o.scrollWidth, o.out.join(", ")).toBeLessThanOrEqual(o.innerWidth);
      await caption.click();
      // The pointer still rests on the caption, and hovering shows it: move away to see it closed.
      await page.mouse.move(0, 0);
      await expect.poll(() => tip.isVisible(), PATIENCE).toBe(false);
    }
  });
});
