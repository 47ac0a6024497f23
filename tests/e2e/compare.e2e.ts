/**
 * The compare view in a real browser (issue 9): opened from a link, Play trains every panel (each epoch
 * rises and each canvas changes), and a panel opened in the single view carries its epoch and its weights
 * over — the weights of the headless trainer's run with the same settings and epochs.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, test } from "vitest";
import { PATIENCE, setUpPageDriver } from "./pageDriver.ts";

const driver = setUpPageDriver({ width: 1366, height: 768 });
const { open, epoch, status, hash, button } = driver;

const panel = (H: number) => driver.page.locator(`[data-testid="panel"][data-hidden="${H}"]`);
const panelEpoch = async (H: number) =>
  Number(((await panel(H).getByTestId("epoch").textContent()) ?? "").replaceAll(",", ""));
const panelFrame = async (H: number) =>
  Number(await panel(H).getByTestId("boundary").getAttribute("data-frame"));
const panelImage = (H: number) =>
  panel(H)
    .getByTestId("boundary")
    .evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());

/** The headless trainer's weights W1 (2×H) after `epochs` epochs with the article's settings and H units. */
function trainerW1(H: number, epochs: number): number[][] {
  const out = execFileSync(
    "npx",
    [
      "tsx",
      "src/cli/train.ts",
      "--hidden",
      String(H),
      "--epochs",
      String(epochs),
      "--print-every",
      "0",
      "--json",
    ],
    { encoding: "utf8" },
  );
  return JSON.parse(out).W1;
}

describe("the compare view", () => {
  test("opens from the link, and Play trains every panel: each epoch rises, each canvas changes", async () => {
    const page = await open("#view=compare&sizes=0,1,3,20&speed=max");
    const sizes = await page
      .getByTestId("panel")
      .evaluateAll((panels) => panels.map((p) => p.getAttribute("data-hidden")));
    expect(sizes).toEqual(["0", "1", "3", "20"]);
    const H = [0, 1, 3, 20];
    // Every panel has painted its fresh network before anything trains.
    for (const h of H) await expect.poll(() => panelFrame(h), PATIENCE).toBeGreaterThanOrEqual(1);
    const before = await Promise.all(
      H.map(async (h) => ({ frame: await panelFrame(h), image: await panelImage(h) })),
    );
    await button("Play").click();
    for (const [i, h] of H.entries()) {
      await expect.poll(() => panelEpoch(h), PATIENCE).toBeGreaterThan(200);
      await expect.poll(() => panelFrame(h), PATIENCE).toBeGreaterThan(before[i].frame);
      expect(await panelImage(h)).not.toBe(before[i].image);
    }
    expect(await status()).toBe("running");
    await button("Pause").click();
    await expect.poll(status, PATIENCE).toBe("paused");
  });

  test("a panel opened in the single view keeps its epoch and weights (the headless trainer's)", async () => {
    const page = await open("#view=compare&sizes=1,3&speed=max&until=700");
    await button("Play").click();
    await expect.poll(() => panelEpoch(3), PATIENCE).toBe(700);
    await expect.poll(status, PATIENCE).toBe("paused");
    const loss = await panel(3).getByTestId("train-loss").textContent();
    await panel(3).getByRole("button", { name: /H = 3/ }).click();
    await expect.poll(hash, PATIENCE).not.toContain("view=compare");
    await expect.poll(epoch, PATIENCE).toBe(700);
    expect(await hash()).toContain("hidden=3");
    expect(await page.getByTestId("train-loss").textContent()).toBe(loss);
    const W1 = trainerW1(3, 700);
    for (let i = 1; i <= 2; i++) {
      for (let j = 1; j <= 3; j++) expect(Number(await driver.weight(`w-${i}-${j}`))).toBe(W1[i - 1][j - 1]);
    }
    // It goes on from there in the single view.
    await page.getByRole("textbox", { name: "Stop at epoch" }).fill("");
    await page.getByRole("textbox", { name: "Stop at epoch" }).press("Enter");
    await button("Play").click();
    await expect.poll(epoch, PATIENCE).toBeGreaterThan(700);
  });
});
