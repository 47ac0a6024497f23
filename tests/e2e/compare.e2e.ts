/**
 * The compare view in a real browser (issue 9): opened from a link, Play trains every panel (each epoch
 * rises and each canvas changes), and a panel opened in the single view carries its epoch and its weights
 * over — the weights of the headless trainer's run with the same settings and epochs. Every screen size in
 * both languages is photographed (tests/e2e/artifacts/compare/, git-ignored) and checked for fit and
 * accessibility.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { overflow, violations } from "./pageChecks.ts";
import { PATIENCE, setUpPageDriver } from "./pageDriver.ts";

const ARTIFACTS = fileURLToPath(new URL("./artifacts/compare/", import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

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

describe("the article's figure, exactly", () => {
  test("the Figure 4 link's H = 5 panel stops at 20,000 passes with numpy's loss, and the page says how long it took", async () => {
    const page = await open("#view=compare&sizes=5&until=20000&speed=max");
    await button("Play").click();
    await expect.poll(() => panelEpoch(5), { ...PATIENCE, timeout: 45000 }).toBe(20000);
    // numpy's run of the article's code with 5 hidden units (tests/fixtures/article.json): 0.039036705…
    expect(await panel(5).getByTestId("train-loss").textContent()).toBe("0.039037");
    expect(await panel(5).getByTestId("train-accuracy").textContent()).toBe("0.99");
    await expect
      .poll(() => page.getByTestId("figure-time").textContent(), PATIENCE)
      .toMatch(/All panels stopped at epoch 20,000: trained in \d+(\.\d)? s/);
  });
});

describe("the compare view on every screen, in both languages", () => {
  const SIZES = [
    { width: 360, height: 740 },
    { width: 768, height: 1024 },
    { width: 1366, height: 768 },
    { width: 3840, height: 2160 },
  ];
  for (const size of SIZES) {
    for (const lang of ["en", "ja"] as const) {
      test(`at ${size.width}×${size.height} in ${lang}: eight panels with readouts, nothing sticks out, axe finds nothing`, async () => {
        // A test set, so every readout and the generalisation chart have numbers; a bad value for a notice.
        const link = `#view=compare&lang=${lang}&test=0.3&until=300&speed=max&sizes=0,1,2,3,4,5,20,50,x`;
        const page = await open(link, undefined, { viewport: size });
        await driver.button(lang === "en" ? "Play" : "再生").click();
        await expect.poll(() => panelEpoch(50), PATIENCE).toBe(300);
        expect(await page.getByTestId("panel").count()).toBe(8);
        expect(await page.getByTestId("url-notice").count()).toBeGreaterThan(0);
        for (const h of [0, 50]) {
          expect(await panel(h).getByTestId("test-accuracy").textContent()).toMatch(/^\d\.\d+$/);
          expect(await panel(h).getByTestId("boundary").isVisible()).toBe(true);
        }
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await page.waitForTimeout(300);
        await page.screenshot({
          path: `${ARTIFACTS}compare-${size.width}x${size.height}-${lang}.png`,
          fullPage: true,
        });
        const m = await overflow(page);
        expect(m.scrollWidth, `page width (sticking out: ${m.out.join(", ")})`).toBeLessThanOrEqual(
          m.innerWidth,
        );
        expect(await violations(page)).toEqual([]);
      });
    }
  }

  test("with seeds in one panel, in Japanese, axe finds nothing either", async () => {
    const page = await open("#view=compare&lang=ja&sweep=init&values=0,1,2,3&overlay=1&hidden=20");
    await expect.poll(() => page.getByTestId("overlay").count(), PATIENCE).toBe(1);
    expect(await page.locator('[data-testid="panel"][data-sweep="init=2"]').count()).toBe(1);
    expect(await violations(page)).toEqual([]);
  });
});
