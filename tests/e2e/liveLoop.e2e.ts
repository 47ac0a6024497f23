/**
 * The live loop's promises in a real browser (issue 6): Step is one update, a speed change never restarts
 * a run, Reset and Play right after a divergence train, links accept what the trainer accepts, the axes stay
 * readable for a single point, and the address bar is written at a calm rate.
 */
import { describe, expect, test } from "vitest";
import { PATIENCE, setUpPageDriver } from "./pageDriver.ts";

const driver = setUpPageDriver({ width: 1366, height: 768 });
const { open, readout, epoch, status, hash, button, slider } = driver;
const updates = async () => Number(await readout("updates"));

describe("the live loop", () => {
  test("with mini-batches of 32, Step makes one update and the seventh completes the epoch", async () => {
    await open("#batch=32&speed=max");
    expect(await updates()).toBe(0);
    await button("Step").click();
    await expect.poll(updates, PATIENCE).toBe(1);
    expect(await epoch()).toBe(0);
    // 200 points in batches of 32: ⌈200 / 32⌉ = 7 updates make one pass over the data.
    for (let i = 2; i <= 7; i++) {
      await button("Step").click();
      await expect.poll(updates, PATIENCE).toBe(i);
      expect(await epoch()).toBe(i === 7 ? 1 : 0);
    }
    expect(await status()).toBe("paused");
  });

  test("Stop at epoch ends training exactly there, says so, and a raised stop lets it go on", async () => {
    const page = await open("#until=300&batch=32&speed=max");
    await button("Play").click();
    await expect.poll(status, PATIENCE).toBe("paused");
    expect(await epoch()).toBe(300);
    expect(await updates()).toBe(300 * 7);
    await expect.poll(() => page.getByTestId("stopped").textContent(), PATIENCE).toContain("300");
    await button("Play").click();
    await page.waitForTimeout(300);
    expect(await epoch()).toBe(300);
    const field = page.getByRole("textbox", { name: "Stop at epoch" });
    await field.fill("450");
    await field.press("Enter");
    await expect.poll(hash, PATIENCE).toContain("until=450");
    await button("Play").click();
    await expect.poll(epoch, PATIENCE).toBe(450);
    await expect.poll(status, PATIENCE).toBe("paused");
  });

  test("changing only the speed after a divergence keeps the diverged run and its explanation", async () => {
    await open("#lr=10&speed=max");
    await button("Play").click();
    await expect.poll(status, PATIENCE).toBe("diverged");
    const stoppedAt = await epoch();
    expect(stoppedAt).toBeGreaterThan(0);

    const speed = slider("Speed");
    await speed.focus();
    await driver.page.keyboard.press("ArrowLeft");
    await expect.poll(hash, PATIENCE).toContain("speed=50000");
    await driver.page.waitForTimeout(500);
    expect(await status()).toBe("diverged");
    expect(await epoch()).toBe(stoppedAt);
    expect(await driver.page.getByTestId("divergence").isVisible()).toBe(true);
  });

  test("Reset then Play after a divergence trains the fresh network (which, at ε = 10, diverges again)", async () => {
    await open("#lr=10&speed=max");
    await button("Play").click();
    await expect.poll(status, PATIENCE).toBe("diverged");
    await button("Reset").click();
    await expect.poll(epoch, PATIENCE).toBe(0);
    await button("Play").click();
    // Play was not swallowed: the fresh network trains, and at this learning rate diverges within epochs.
    await expect.poll(epoch, PATIENCE).toBeGreaterThan(0);
    await expect.poll(status, PATIENCE).toBe("diverged");
  });

  test("a link accepts the same numbers as the trainer: lr=1e+1 is a learning rate of 10", async () => {
    await open("#lr=1e+1&lambda=1E-3");
    expect(await driver.page.getByTestId("url-notice").count()).toBe(0);
    expect(await slider("Learning rate").getAttribute("aria-valuetext")).toBe("10");
    expect(await slider("Regularization").getAttribute("aria-valuetext")).toBe("0.001");
  });

  test("a single point is drawn on readable axes, no narrower than the moons' view", async () => {
    await open("#samples=1");
    const ticks = await driver.page
      .locator(".boundary-view .axes .tick text")
      .evaluateAll((texts) => texts.map((t) => t.textContent ?? ""));
    expect(ticks.length).toBeGreaterThanOrEqual(6);
    for (const tick of ticks) expect(tick.length, `tick label "${tick}"`).toBeLessThanOrEqual(4);
    const values = ticks.map((t) => Number(t.replace("−", "-")));
    // Each axis has ticks at least 3 units apart at its ends: the plot spans no less than the moons' view.
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThanOrEqual(3);
  });

  test("dragging a slider through every stop writes the address bar calmly and ends on the last value", async () => {
    await open("#hidden=0", () => {
      const calls: number[] = [];
      (window as unknown as { replaceCalls: number[] }).replaceCalls = calls;
      const original = history.replaceState.bind(history);
      history.replaceState = (...args: Parameters<History["replaceState"]>) => {
        calls.push(performance.now());
        original(...args);
      };
    });
    const hidden = slider("Hidden units");
    await hidden.focus();
    for (let i = 0; i < 64; i++) await driver.page.keyboard.press("ArrowRight");
    await expect.poll(hash, PATIENCE).toContain("hidden=64");
    const calls = await driver.page.evaluate(
      () => (window as unknown as { replaceCalls: number[] }).replaceCalls,
    );
    // Safari refuses more than 100 calls in 10 s; 64 changes must cost far fewer.
    expect(calls.length).toBeLessThan(64);
    for (let i = 0; i < calls.length; i++) {
      const inTenSeconds = calls.filter((t) => t >= calls[i] && t < calls[i] + 10000).length;
      expect(inTenSeconds).toBeLessThanOrEqual(50);
    }
  });
});
