/**
 * The playground in a real browser: the production build in headless Chromium at 1366×768, one server
 * and one browser for the file, a fresh page per test, failing on any console error (see pageDriver.ts).
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { LOSS, PATIENCE, setUpPageDriver } from "./pageDriver.ts";

/** Every run saves its screenshot here (git-ignored); UPDATE_SCREENSHOT=1 also refreshes the README's. */
const SCREENSHOT = fileURLToPath(new URL("./artifacts/playground.png", import.meta.url));
const README_SCREENSHOT = fileURLToPath(new URL("../../docs/screenshot.png", import.meta.url));
const READOUTS = ["epoch", "epochs-per-second", "train-loss", "test-loss", "train-accuracy", "test-accuracy"];

const driver = setUpPageDriver({ width: 1366, height: 768 });
const { open, readout, epoch, status, boundaryFrame, hash, button, slider, weights, weight } = driver;
const boundaryPixels = () =>
  driver.page.getByTestId("boundary").evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());

describe("the playground", () => {
  test("loads paused at epoch 0 with the article's settings, a painted boundary and every weight", async () => {
    await open();
    expect(await status()).toBe("paused");
    expect(await epoch()).toBe(0);
    expect(await boundaryFrame()).toBeGreaterThanOrEqual(1);

    const expected = [
      ...[1, 2].flatMap((i) => [1, 2, 3].map((j) => `w-${i}-${j}`)),
      ...[1, 2, 3].flatMap((j) => [1, 2].map((k) => `u-${j}-${k}`)),
    ];
    await expect.poll(async () => (await weights()).every(([, v]) => v !== ""), PATIENCE).toBe(true);
    const arrows = await weights();
    expect(arrows.map(([name]) => name).sort()).toEqual([...expected].sort());
    for (const [name, value] of arrows) {
      expect(Number.isFinite(Number(value)), `${name} = ${value}`).toBe(true);
      expect(String(Number(value)), `${name} is in shortest round-trip form`).toBe(value);
    }

    const url = await hash();
    expect(url).toContain("hidden=3");
    expect(url).toContain("lr=0.01");
    for (const key of ["dataset=moons", "samples=200", "noise=0.2", "seed=0", "init=0", "test=0"]) {
      expect(url).toContain(key);
    }
    expect(await driver.page.getByTestId("url-notice").count()).toBe(0);
  });

  test("Play trains: the status says running, the button offers Pause, epochs rise and the boundary repaints", async () => {
    await open();
    const framesBefore = await boundaryFrame();
    const pixelsBefore = await boundaryPixels();

    await button("Play").click();
    await expect.poll(status, PATIENCE).toBe("running");
    expect(await button("Pause").count()).toBe(1);
    expect(await button("Play").count()).toBe(0);

    await expect.poll(epoch, PATIENCE).toBeGreaterThan(0);
    const early = await epoch();
    await driver.page.waitForTimeout(1000);
    await expect.poll(epoch, PATIENCE).toBeGreaterThan(early);

    await expect.poll(boundaryFrame, PATIENCE).toBeGreaterThan(framesBefore);
    await expect.poll(boundaryPixels, PATIENCE).not.toBe(pixelsBefore);

    await button("Pause").click();
    await expect.poll(status, PATIENCE).toBe("paused");
    expect(await button("Play").count()).toBe(1);
  });

  test("Step from a fresh start makes exactly the article's first update (loss 0.432387)", async () => {
    await open("#speed=max");
    await expect.poll(() => weight("w-1-1"), PATIENCE).not.toBe("");
    const before = await weight("w-1-1");
    expect(await epoch()).toBe(0);

    await button("Step").click();
    await expect.poll(epoch, PATIENCE).toBe(1);
    await expect.poll(() => readout("train-loss"), PATIENCE).toBe("0.432387");
    await expect.poll(() => weight("w-1-1"), PATIENCE).not.toBe(before);
    expect(Number.isFinite(Number(await weight("w-1-1")))).toBe(true);
    expect(await status()).toBe("paused");
  });

  test("the Hidden units slider rebuilds the network: one hidden unit has four arrows", async () => {
    await open();
    const hidden = slider("Hidden units");
    expect(await hidden.getAttribute("aria-valuetext")).toBe("3");
    await hidden.focus();
    await driver.page.keyboard.press("ArrowLeft");
    await driver.page.keyboard.press("ArrowLeft");

    await expect.poll(() => hidden.getAttribute("aria-valuetext"), PATIENCE).toBe("1");
    await expect.poll(hash, PATIENCE).toContain("hidden=1");
    await expect
      .poll(async () => (await weights()).map(([name]) => name).sort(), PATIENCE)
      .toEqual(["u-1-1", "u-1-2", "w-1-1", "w-2-1"]);
    await expect.poll(async () => (await weights()).every(([, v]) => v !== ""), PATIENCE).toBe(true);
    expect(await epoch()).toBe(0);
  });

  test("the Learning rate slider changes lr while running without restarting the epoch count", async () => {
    await open();
    await button("Play").click();
    await expect.poll(status, PATIENCE).toBe("running");
    // Past a second of training, a restart would show epochs below this for a second or more.
    await expect.poll(epoch, PATIENCE).toBeGreaterThanOrEqual(600);

    // Record the lowest epoch shown from here on.
    const before = await driver.page.getByTestId("epoch").evaluate((el) => {
      const w = window as unknown as { lowestEpoch: number };
      w.lowestEpoch = Number(el.textContent);
      new MutationObserver(() => {
        w.lowestEpoch = Math.min(w.lowestEpoch, Number(el.textContent));
      }).observe(el, { subtree: true, childList: true, characterData: true });
      return w.lowestEpoch;
    });

    const rate = slider("Learning rate");
    await rate.focus();
    await driver.page.keyboard.press("ArrowRight");
    await expect.poll(() => rate.getAttribute("aria-valuetext"), PATIENCE).toBe("0.02");
    await expect.poll(hash, PATIENCE).toContain("lr=0.02");

    await expect.poll(epoch, PATIENCE).toBeGreaterThan(before + 300);
    const lowest = await driver.page.evaluate(
      () => (window as unknown as { lowestEpoch: number }).lowestEpoch,
    );
    expect(lowest).toBeGreaterThanOrEqual(before);
    expect(await status()).toBe("running");
  });

  test("a link with settings opens that run, with no notice", async () => {
    await open("#dataset=circles&samples=300&hidden=5&lr=0.1&activation=relu&test=0.2");
    expect(await driver.page.getByRole("combobox", { name: "Dataset", exact: true }).inputValue()).toBe(
      "circles",
    );
    expect(await driver.page.getByRole("combobox", { name: "Activation", exact: true }).inputValue()).toBe(
      "relu",
    );
    expect(await slider("Hidden units").getAttribute("aria-valuetext")).toBe("5");
    expect(await slider("Samples").getAttribute("aria-valuetext")).toBe("300");
    expect(await slider("Learning rate").getAttribute("aria-valuetext")).toBe("0.1");
    expect(await slider("Test fraction").getAttribute("aria-valuetext")).toBe("0.2");
    await expect.poll(async () => (await weights()).length, PATIENCE).toBe(2 * 5 + 5 * 2);

    await button("Step").click();
    await expect.poll(epoch, PATIENCE).toBe(1);
    await expect.poll(() => readout("test-loss"), PATIENCE).toMatch(LOSS);
    expect(await readout("test-accuracy")).toMatch(/^(0(\.\d{1,3})?|1)$/);
    expect(await driver.page.getByTestId("url-notice").count()).toBe(0);

    const url = await hash();
    for (const key of [
      "dataset=circles",
      "samples=300",
      "hidden=5",
      "lr=0.1",
      "activation=relu",
      "test=0.2",
    ]) {
      expect(url).toContain(key);
    }
  });

  test("a link with garbage falls back to defaults, says what it ignored, and still trains", async () => {
    await open("#hidden=999&lr=banana&foo=1&dataset=mars&%E0%A4%A=1");
    const notice = driver.page.getByTestId("url-notice");
    expect(await notice.isVisible()).toBe(true);
    const text = (await notice.textContent()) ?? "";
    for (const key of ["hidden", "lr", "foo", "dataset"]) expect(text).toContain(key);

    expect(await slider("Hidden units").getAttribute("aria-valuetext")).toBe("3");
    expect(await slider("Learning rate").getAttribute("aria-valuetext")).toBe("0.01");
    expect(await driver.page.getByRole("combobox", { name: "Dataset", exact: true }).inputValue()).toBe(
      "moons",
    );
    const url = await hash();
    for (const key of ["hidden=3", "lr=0.01", "dataset=moons"]) expect(url).toContain(key);
    expect(url).not.toContain("foo");

    await button("Play").click();
    await expect.poll(status, PATIENCE).toBe("running");
    await expect.poll(epoch, PATIENCE).toBeGreaterThan(0);
    await expect.poll(() => readout("train-loss"), PATIENCE).toMatch(LOSS);
  });

  test("a too-large learning rate diverges, is explained in words, and Reset recovers", async () => {
    await open("#lr=10&speed=max");
    await button("Play").click();
    await expect.poll(status, PATIENCE).toBe("diverged");

    const alert = driver.page.getByTestId("divergence");
    expect(await alert.isVisible()).toBe(true);
    expect(await alert.getAttribute("role")).toBe("alert");
    const explanation = (await alert.textContent()) ?? "";
    expect(explanation).toMatch(/learning rate/i);
    expect(explanation).toContain("Reset");
    for (const id of READOUTS) expect(await readout(id), id).not.toMatch(/NaN|Infinity/);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, deliberately: the text a reader sees
    expect(await driver.page.locator("body").innerText()).not.toMatch(/NaN|Infinity/);
    expect(await button("Play").isDisabled()).toBe(true);

    await button("Reset").click();
    await expect.poll(status, PATIENCE).toBe("paused");
    await expect.poll(epoch, PATIENCE).toBe(0);
    await expect.poll(() => alert.count(), PATIENCE).toBe(0);
    expect(await readout("train-loss")).toMatch(LOSS);
    expect(await button("Play").isEnabled()).toBe(true);
  });

  test("after two seconds of training the page fits 1366×768 without scrolling (screenshot for the README)", async () => {
    await open();
    await button("Play").click();
    await expect.poll(status, PATIENCE).toBe("running");
    await driver.page.waitForTimeout(2000);
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await driver.page.screenshot({ path: SCREENSHOT });
    if (process.env.UPDATE_SCREENSHOT === "1") copyFileSync(SCREENSHOT, README_SCREENSHOT);

    const size = await driver.page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
    expect(size.width).toBeLessThanOrEqual(1366);
    expect(size.height).toBeLessThanOrEqual(768);
  });
});
