/**
 * Export and open in a real browser: Save image gives a PNG of the plane with its legend and settings;
 * Save model gives a file that, dropped on a fresh page, opens the same network (the diagram's arrows carry
 * the file's weights); a bad file dropped says why in words and changes nothing; axe-core finds nothing
 * and nothing sticks out, in both languages, on a phone and a laptop.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { overflow, violations } from "./pageChecks.ts";
import { PATIENCE, setUpPageDriver } from "./pageDriver.ts";

const driver = setUpPageDriver({ width: 1366, height: 768 });
const { open, button } = driver;

const WORDS = {
  en: { menu: "Export", png: "Save image (PNG)", model: "Save model (JSON)", numpy: "NumPy script (.py)" },
  ja: {
    menu: "書き出し",
    png: "画像を保存（PNG）",
    model: "モデルを保存（JSON）",
    numpy: "NumPy スクリプトを保存",
  },
} as const;

/** Choose an Export menu item and return the downloaded file's name and bytes. */
async function exportFile(page: Page, lang: "en" | "ja", item: "png" | "model" | "numpy") {
  await button(WORDS[lang].menu).click();
  const [download] = await Promise.all([page.waitForEvent("download"), button(WORDS[lang][item]).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** Drop a file with this text on the page, as a user dragging it from their desktop. */
function dropText(page: Page, text: string, name: string) {
  return page.evaluate(
    ([text, name]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: "application/json" }));
      const target = document.querySelector("main") ?? document.body;
      const over = new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true });
      target.dispatchEvent(over);
      const drop = new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true });
      target.dispatchEvent(drop);
      return over.defaultPrevented && drop.defaultPrevented;
    },
    [text, name],
  );
}

/** The weights of a model file by the diagram's names (w-I-J, u-J-K), as strings. */
function fileWeights(model: { W1: number[][]; W2: number[][] }): Record<string, string> {
  const named: Record<string, string> = {};
  model.W1.forEach((row, i) => {
    row.forEach((v, j) => {
      named[`w-${i + 1}-${j + 1}`] = String(v);
    });
  });
  model.W2.forEach((row, j) => {
    row.forEach((v, k) => {
      named[`u-${j + 1}-${k + 1}`] = String(v);
    });
  });
  return named;
}

const arrows = async () => Object.fromEntries(await driver.weights());

describe("Export", () => {
  for (const lang of ["en", "ja"] as const) {
    test(`Save image (${lang}) gives a PNG of the plane with its legend and settings`, async () => {
      const page = await open(`#hidden=4&speed=max&until=200&test=0.2&lang=${lang}`);
      await button(lang === "en" ? "Play" : "再生").click();
      await expect.poll(driver.epoch, PATIENCE).toBe(200);
      const { name, bytes } = await exportFile(page, lang, "png");
      expect(name).toBe("backprop-playground-moons-H4-epoch200.png");
      expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
      const width = bytes.readUInt32BE(16);
      const height = bytes.readUInt32BE(20);
      expect(width).toBe(1024); // the plot's 480 units and margins, at 2 px a unit
      expect(height).toBeGreaterThan(width); // the legend and the settings under the plane
      expect(height).toBeLessThan(1.5 * width);
      expect(bytes.length).toBeGreaterThan(20_000); // regions, points and text, not a blank picture
    });
  }

  test("Save model, dropped on a fresh page, opens the same network", async () => {
    const page = await open("#hidden=4&activation=relu&lr=0.03&speed=max&until=300");
    await button("Play").click();
    await expect.poll(driver.epoch, PATIENCE).toBe(300);
    const { name, bytes } = await exportFile(page, "en", "model");
    expect(name).toBe("backprop-playground-moons-H4-epoch300.json");
    const text = bytes.toString("utf8");
    const model = JSON.parse(text);
    expect(model.settings).toMatchObject({ hiddenUnits: 4, activation: "relu", learningRate: 0.03 });
    expect(fileWeights(model)).toEqual(
      Object.fromEntries(Object.entries(await arrows()).filter(([k]) => /^[wu]-/.test(k))),
    );

    const fresh = await open("");
    expect(await dropText(fresh, text, name)).toBe(true);
    await expect
      .poll(async () => {
        const shown = await arrows();
        return Object.fromEntries(Object.keys(fileWeights(model)).map((k) => [k, shown[k]]));
      }, PATIENCE)
      .toEqual(fileWeights(model));
    expect(await driver.hash()).toContain("activation=relu");
    expect(await fresh.getByTestId("export-notice").textContent()).toContain(name);
  });

  test("NumPy script downloads the article's code with the page's settings", async () => {
    const page = await open("#lambda=0.05&until=100&speed=max");
    await button("Play").click();
    await expect.poll(driver.epoch, PATIENCE).toBe(100);
    const { name, bytes } = await exportFile(page, "en", "numpy");
    expect(name).toBe("backprop_playground_moons_H3_epoch100.py");
    const text = bytes.toString("utf8");
    expect(text).toContain("reg_lambda = 0.05");
    expect(text).toContain("num_passes = 100");
  });

  test("a bad file dropped is refused in words, and the page stays as it was", async () => {
    const page = await open("#lang=ja");
    const before = await arrows();
    const hash = await driver.hash();
    expect(await dropText(page, '{"format": "backprop-playground-model", "version": 7}', "old.json")).toBe(
      true,
    );
    const notice = page.getByTestId("export-notice");
    await expect.poll(() => notice.textContent(), PATIENCE).toContain("old.json");
    expect(await notice.textContent()).toContain("バージョン 7");
    expect(await notice.isVisible()).toBe(true);
    expect(await arrows()).toEqual(before);
    expect(await driver.hash()).toBe(hash);
  });
});

describe("on every screen", () => {
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1366, height: 768 },
  ])
    for (const [lang, present] of [
      ["en", false],
      ["ja", false],
      ["ja", true],
    ] as const)
      test(`${viewport.width}×${viewport.height} (${lang}${present ? ", presenter mode" : ""}): the menu and a notice fit, and axe finds nothing`, async () => {
        const page = await open(`#lang=${lang}${present ? "&present=1" : ""}`, undefined, { viewport });
        await dropText(page, "not json", "notes.json");
        await expect
          .poll(() => page.getByTestId("export-notice").textContent(), PATIENCE)
          .toContain("notes.json");
        if (present) {
          // The header keeps to one line on a projector: the Export buttons step aside, the notice stays.
          expect(await button(WORDS[lang].menu).isVisible()).toBe(false);
          expect(await page.getByTestId("export-notice").isVisible()).toBe(true);
        } else {
          await button(WORDS[lang].menu).click();
          await expect.poll(() => button(WORDS[lang].png).isVisible(), PATIENCE).toBe(true);
        }
        for (const item of present ? [] : (["png", "model", "numpy"] as const)) {
          const box = await button(WORDS[lang][item]).boundingBox();
          expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
          expect(box && box.height >= 24).toBe(true);
        }
        // everything this adds (the buttons, the menu, the notice) lies inside the window
        const outside = await page.evaluate(
          () =>
            [...document.querySelectorAll(".export-tools, .export-tools *")]
              .map((el) => el.getBoundingClientRect())
              .filter((r) => r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1)).length,
        );
        expect(outside).toBe(0);
        if (!present) {
          const layout = await overflow(page);
          expect(layout.out).toEqual([]);
          expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
        }
        expect(await violations(page)).toEqual([]);
      });
});
