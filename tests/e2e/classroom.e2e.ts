/**
 * Issue 10 in a real browser: every preset opens from its link and trains (the one that must diverge
 * diverges), Copy link gives a link that opens the same run in a new page, and `embed=1` fits a small
 * iframe with only the plane, the run bar and the readouts (or, with view=compare, the panels).
 */
import { describe, expect, test } from "vitest";
import { PRESETS } from "../../src/settings/presets.ts";
import { overflow, violations } from "./pageChecks.ts";
import { PATIENCE, setUpPageDriver } from "./pageDriver.ts";

const driver = setUpPageDriver({ width: 1366, height: 768 });
const { open, button, status, hash } = driver;

/** The epoch of the single view, or of the first panel in the compare view. */
const firstEpoch = async () =>
  Number(((await driver.page.getByTestId("epoch").first().textContent()) ?? "").replaceAll(",", ""));

describe("presets", () => {
  for (const { name } of PRESETS) {
    test(`#preset=${name} opens with the menu on it, and Play trains`, async () => {
      const page = await open(`#preset=${name}&speed=max`);
      const menu = page.getByRole("combobox", { name: "Preset", exact: true });
      expect(await menu.inputValue()).toBe(name);
      expect(await page.getByTestId("url-notice").count()).toBe(0);
      await button("Play").click();
      if (name === "lr-too-high") {
        await expect.poll(status, PATIENCE).toBe("diverged");
      } else {
        await expect.poll(firstEpoch, PATIENCE).toBeGreaterThan(100);
      }
    });
  }
});

describe("Copy link", () => {
  test("copies a link that opens the same settings, view and stop epoch in a new page", async () => {
    const page = await open("#hidden=5&lr=0.03&noise=0.3&until=500&view=inside&lang=ja");
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    await button("リンクをコピー").click();
    await expect.poll(() => page.getByText("リンクをコピーしました").count(), PATIENCE).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const written = await hash();
    expect(link.endsWith(written)).toBe(true);
    const copy = await open(new URL(link).hash);
    expect(await hash()).toBe(written);
    expect(await copy.getByRole("slider", { name: "隠れユニット数" }).getAttribute("aria-valuetext")).toBe(
      "5",
    );
    expect(await copy.locator("html").getAttribute("lang")).toBe("ja");
  });
});

describe("embed=1", () => {
  for (const viewport of [
    { width: 320, height: 240 },
    { width: 640, height: 360 },
  ]) {
    test(`at ${viewport.width}×${viewport.height}: the plane, the run bar and the readouts, and it trains`, async () => {
      const page = await open("#embed=1&speed=max&lang=ja", undefined, { viewport });
      expect(await page.getByRole("slider").count()).toBe(0);
      expect(await page.getByRole("combobox").count()).toBe(0);
      await button("再生").click();
      await expect.poll(firstEpoch, PATIENCE).toBeGreaterThan(100);
      const m = await overflow(page);
      expect(m.scrollWidth, `page width (sticking out: ${m.out.join(", ")})`).toBeLessThanOrEqual(
        m.innerWidth,
      );
      expect(await violations(page)).toEqual([]);
    });
  }

  test("with view=compare at 640×360: the panels in the plane's place, and they train", async () => {
    const page = await open("#embed=1&view=compare&sizes=1,3,50&speed=max", undefined, {
      viewport: { width: 640, height: 360 },
    });
    await expect.poll(() => page.getByTestId("panel").count(), PATIENCE).toBe(3);
    expect(await page.getByRole("combobox").count()).toBe(0);
    await button("Play").click();
    await expect.poll(firstEpoch, PATIENCE).toBeGreaterThan(100);
    const m = await overflow(page);
    expect(m.scrollWidth, `page width (sticking out: ${m.out.join(", ")})`).toBeLessThanOrEqual(m.innerWidth);
    expect(await violations(page)).toEqual([]);
  });
});
