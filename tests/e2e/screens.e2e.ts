/**
 * Every screen and both languages (issue 7) in a real browser: the production build in headless Chromium
 * from a 360-px phone to a 4K screen, presenter mode for a projector, and the page in Japanese. Each size
 * and presenter mode is photographed in both languages under tests/e2e/artifacts/screens/ (git-ignored)
 * for a person to look at; nothing is compared pixel by pixel.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { CATALOGUES, type Lang } from "../../src/i18n/catalogue.ts";
import { strayLatin, translationOf } from "../i18n/words.ts";
import { PATIENCE, setUpPageDriver } from "./pageDriver.ts";

const ARTIFACTS = fileURLToPath(new URL("./artifacts/screens/", import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });
const shot = (name: string) => `${ARTIFACTS}${name}.png`;

/** The translation of an English name (INTERFACES.md's names are the English ones). */
const say = (lang: Lang, english: string) =>
  lang === "en" ? english : translationOf(CATALOGUES, lang, english);

const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;
/** Sizes where the whole page fits the window: nothing to scroll. */
const NO_SCROLL = new Set(["1024×768", "1366×768"]);
const READOUTS = ["epoch", "epochs-per-second", "train-loss", "train-accuracy"];

const driver = setUpPageDriver({ width: 1366, height: 768 });
const { open, button, hash, epoch, status } = driver;

interface Layout {
  innerWidth: number;
  innerHeight: number;
  scrollWidth: number;
  scrollHeight: number;
  /** The boundary plot's box (`.boundary-view .plot`, else the canvas). */
  plot: { width: number; height: number; top: number; left: number };
  /** Elements that scroll inside the page (overflow auto/scroll with more content than room). */
  scrollers: string[];
  /** Elements wider than the window, sticking out on the right. */
  overhanging: string[];
  /** Panels (the page's main blocks, the boundary's aside) whose area on screen exceeds the plot's. */
  larger: string[];
}

function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? ` data-testid=${el.getAttribute("data-testid")}` : ""}${el.className && typeof el.className === "string" ? ` class="${el.className}"` : ""}>`;
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="boundary"]');
    const plotEl = document.querySelector(".boundary-view .plot") ?? canvas;
    const plot = plotEl?.getBoundingClientRect();
    const scrollers: string[] = [];
    const overhanging: string[] = [];
    for (const el of document.querySelectorAll("body *")) {
      const style = getComputedStyle(el);
      const scrolls =
        (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
        (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1);
      if (scrolls) scrollers.push(name(el));
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > window.innerWidth + 1 && style.position !== "fixed")
        overhanging.push(name(el));
    }
    // "The decision-boundary view is always the largest thing on screen": compare the area each of the
    // page's blocks shows in the window with the plot's.
    const onScreen = (r: DOMRect) =>
      Math.max(0, Math.min(r.right, window.innerWidth) - Math.max(r.left, 0)) *
      Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0));
    const plotArea = plot ? onScreen(plot) : 0;
    const blocks = [...document.querySelectorAll("main > *, main .panel, main figure")].filter(
      (el) => !el.contains(plotEl) && !plotEl?.contains(el),
    );
    const larger = blocks
      .filter((el) => onScreen(el.getBoundingClientRect()) > plotArea)
      .map(
        (el) =>
          `${name(el)} ${Math.round(onScreen(el.getBoundingClientRect()))} px² > ${Math.round(plotArea)}`,
      );
    return {
      larger,
      innerWidth: window.innerWidth,
      innerHeight: window.innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      plot: {
        width: plot?.width ?? 0,
        height: plot?.height ?? 0,
        top: plot?.top ?? 0,
        left: plot?.left ?? 0,
      },
      scrollers,
      overhanging: overhanging.slice(0, 10),
    };
  });
}

/** Let the layout settle: fonts loaded, the boundary repainted at its final size. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300);
}

describe("every screen", () => {
  for (const size of SIZES) {
    for (const lang of ["en", "ja"] as const) {
      const label = `${size.width}×${size.height}`;
      test(`at ${label} in ${lang}: no horizontal scrolling, and the boundary's plot is the size the issue asks`, async () => {
        const page = await open(`#lang=${lang}`, undefined, { viewport: size });
        await settle(page);
        const m = await measure(page);
        await page.screenshot({ path: shot(`${size.width}x${size.height}-${lang}`), fullPage: true });

        expect(m.innerWidth).toBe(size.width);
        expect(m.scrollWidth, `page width (sticking out: ${m.overhanging.join(", ")})`).toBeLessThanOrEqual(
          m.innerWidth,
        );
        const side = Math.min(m.plot.width, m.plot.height);
        if (size.width < 600) {
          // phone: the boundary at full width
          expect(side, "plot side on a phone").toBeGreaterThanOrEqual(0.85 * size.width);
        } else if (size.width < 1024) {
          // tablet portrait: full width, up to 60 % of the height (2 % grace for the plot's frame)
          const wanted = Math.min(0.85 * size.width, 0.6 * size.height);
          expect(side, "plot side on a tablet").toBeGreaterThanOrEqual(0.98 * wanted);
          expect(side, "plot side on a tablet, at most 60 % of the height").toBeLessThanOrEqual(
            0.6 * size.height + 1,
          );
        } else {
          expect(side, "plot side on a landscape screen").toBeGreaterThanOrEqual(0.6 * size.height);
        }
        expect(m.larger, "blocks larger on screen than the boundary's plot").toEqual([]);
        if (NO_SCROLL.has(label)) {
          expect(m.scrollHeight, "page height").toBeLessThanOrEqual(m.innerHeight);
          expect(m.scrollers, "panels that scroll").toEqual([]);
        }
      });
    }
  }

  test("on a phone the Play / Step / Reset bar stays within reach at the bottom of the page", async () => {
    const page = await open("#lang=en", undefined, { viewport: { width: 390, height: 844 } });
    await settle(page);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(200);
    const inView = async (name: string) => {
      const box = await button(name).boundingBox();
      return (
        box !== null && box.y >= 0 && box.y + box.height <= 844 && box.x >= 0 && box.x + box.width <= 390
      );
    };
    for (const name of ["Play", "Step", "Reset"]) expect(await inView(name), name).toBe(true);
    await button("Play").click();
    await expect.poll(status, PATIENCE).toBe("running");
  });
  test("with a touch screen (pointer: coarse), every target is at least 44×44 CSS px", async () => {
    const page = await open("#lang=ja", undefined, { viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setTouchEmulationEnabled", { enabled: true, maxTouchPoints: 5 });
    await cdp.send("Emulation.setEmitTouchEventsForMouse", { enabled: true });
    await page.reload();
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="boundary"]')?.getAttribute("data-frame")) >= 1,
    );
    expect(await page.evaluate(() => matchMedia("(pointer: coarse)").matches)).toBe(true);
    await settle(page);
    // open every fold, so the folded controls are measured too
    await page.evaluate(() => {
      for (const d of document.querySelectorAll("details")) d.open = true;
    });
    await page.waitForTimeout(200);
    const small = await page.evaluate(() => {
      const targets = document.querySelectorAll(
        "button, select, input, summary, a[href], [role=button], [role=slider], [tabindex]:not([tabindex='-1'])",
      );
      const out: string[] = [];
      for (const el of targets) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
        if (r.width < 44 - 0.5 || r.height < 44 - 0.5) {
          const label = (
            el.getAttribute("aria-label") ??
            el.textContent ??
            el.getAttribute("type") ??
            ""
          ).trim();
          out.push(
            `<${el.tagName.toLowerCase()}> "${label.slice(0, 24)}" ${r.width.toFixed(0)}×${r.height.toFixed(0)}`,
          );
        }
      }
      return out;
    });
    await page.screenshot({ path: shot("touch-390x844-ja"), fullPage: true });
    expect(small).toEqual([]);
  });
});

/** Computed font sizes (px) of the visible readouts and controls, each named. */
function fontSizes(page: Page, readouts: string[]): Promise<[string, number][]> {
  return page.evaluate((ids) => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
    };
    const size = (el: Element) => Number.parseFloat(getComputedStyle(el).fontSize);
    const out: [string, number][] = [];
    for (const id of ids) {
      const el = document.querySelector(`[data-testid="${id}"]`);
      if (el && visible(el)) out.push([`readout ${id}`, size(el)]);
    }
    for (const el of document.querySelectorAll("button, select, label, summary, legend")) {
      const text = (el.getAttribute("aria-label") ?? el.textContent ?? "").trim();
      if (!text || !visible(el)) continue;
      out.push([`${el.tagName.toLowerCase()} "${text.slice(0, 30)}"`, size(el)]);
    }
    return out;
  }, readouts);
}

describe("presenter mode at 1920×1080", () => {
  const viewport = { width: 1920, height: 1080 };
  const presenter = () => button("Presenter mode");

  test("the button turns it on: text ≥ 24 px on readouts and controls, the chart and diagram folded, present=1 in the link", async () => {
    const page = await open("#lang=en", undefined, { viewport });
    await expect.poll(() => presenter().getAttribute("aria-pressed"), PATIENCE).toBe("false");
    await presenter().click();
    await expect.poll(() => presenter().getAttribute("aria-pressed"), PATIENCE).toBe("true");
    await expect.poll(hash, PATIENCE).toMatch(/(#|&)present=1(&|$)/);
    await settle(page);
    await page.screenshot({ path: shot("presenter-1920x1080-en") });

    const sizes = await fontSizes(page, READOUTS);
    expect(sizes.filter(([what]) => what.startsWith("readout")).length).toBe(READOUTS.length);
    expect(sizes.filter(([what]) => what.startsWith("button")).length).toBeGreaterThanOrEqual(3);
    expect(sizes.filter(([, px]) => px < 24).map(([what, px]) => `${what}: ${px}px`)).toEqual([]);

    // the decision line ≥ 4 px and the points ≥ 12 px, as drawn on screen
    const marks = await page.evaluate(() => {
      const line = document.querySelector<SVGGraphicsElement>('.plot [data-testid="boundary-line"]');
      const style = line ? getComputedStyle(line) : null;
      const scale = style?.vectorEffect === "non-scaling-stroke" ? 1 : (line?.getScreenCTM()?.a ?? 0);
      const points = [...document.querySelectorAll(".plot .points path")].map((p) => {
        const r = p.getBoundingClientRect();
        return Math.min(r.width, r.height);
      });
      return { line: Number.parseFloat(style?.strokeWidth ?? "0") * scale, points };
    });
    expect(marks.line, "decision line width (px)").toBeGreaterThanOrEqual(4);
    expect(marks.points.length).toBeGreaterThan(0);
    expect(Math.min(...marks.points), "smallest point (px)").toBeGreaterThanOrEqual(12);

    // secondary panels folded, one tap away
    const diagram = page.getByTestId("network");
    await expect.poll(() => diagram.isVisible(), PATIENCE).toBe(false);
    await page.locator('details:has([data-testid="network"]) > summary').click();
    await expect.poll(() => diagram.isVisible(), PATIENCE).toBe(true);

    const m = await measure(page);
    expect(m.scrollWidth).toBeLessThanOrEqual(m.innerWidth);
  });

  test("P and Esc leave it, P enters it, and the link follows", async () => {
    const page = await open("#lang=en&present=1", undefined, { viewport });
    await expect.poll(() => presenter().getAttribute("aria-pressed"), PATIENCE).toBe("true");
    await page.locator("body").click({ position: { x: 5, y: 5 } });

    await page.keyboard.press("p");
    await expect.poll(() => presenter().getAttribute("aria-pressed"), PATIENCE).toBe("false");
    await expect.poll(hash, PATIENCE).not.toContain("present=1");

    await page.keyboard.press("p");
    await expect.poll(() => presenter().getAttribute("aria-pressed"), PATIENCE).toBe("true");
    await expect.poll(hash, PATIENCE).toMatch(/(#|&)present=1(&|$)/);

    await page.keyboard.press("Escape");
    await expect.poll(() => presenter().getAttribute("aria-pressed"), PATIENCE).toBe("false");
    await expect.poll(hash, PATIENCE).not.toContain("present=1");
  });

  test("a link with present=1 opens in it, in Japanese too", async () => {
    const page = await open("#lang=ja&present=1", undefined, { viewport });
    const named = page.getByRole("button", { name: say("ja", "Presenter mode"), exact: true });
    await expect.poll(() => named.getAttribute("aria-pressed"), PATIENCE).toBe("true");
    await settle(page);
    await page.screenshot({ path: shot("presenter-1920x1080-ja") });
    const small = (await fontSizes(page, READOUTS)).filter(([, px]) => px < 24);
    expect(small.map(([what, px]) => `${what}: ${px}px`)).toEqual([]);
  });

  for (const lang of ["en", "ja"] as const) {
    test(`the whole control panel fits the projector's window, Stop at epoch included, in ${lang}`, async () => {
      const page = await open(`#lang=${lang}&present=1`, undefined, { viewport });
      await settle(page);
      const fit = await page.evaluate(() => {
        const panel = document.querySelector<HTMLElement>(".controls");
        const field = document.querySelector<HTMLElement>(".control.until");
        const inside = (el: HTMLElement | null) =>
          !!el && !!panel && el.getBoundingClientRect().bottom <= panel.getBoundingClientRect().bottom;
        return { scroll: panel ? panel.scrollHeight - panel.clientHeight : -1, field: inside(field) };
      });
      expect(fit).toEqual({ scroll: 0, field: true });
    });
  }
});

describe("the page in Japanese", () => {
  const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

  test("#lang=ja speaks Japanese; the Language switch brings back English and the link follows", async () => {
    const page = await open("#lang=ja");
    expect(await lang(page)).toBe("ja");
    const play = say("ja", "Play");
    expect(play).not.toBe("Play");
    expect(await button(play).count()).toBe(1);
    expect(await button("Play").count()).toBe(0);
    expect(await page.title()).not.toBe("");

    const language = page.getByRole("combobox", { name: say("ja", "Language"), exact: true });
    await language.selectOption("en");
    await expect.poll(() => lang(page), PATIENCE).toBe("en");
    await expect.poll(() => button("Play").count(), PATIENCE).toBe(1);
    expect(await button(play).count()).toBe(0);
    await expect.poll(hash, PATIENCE).toMatch(/(#|&)lang=en(&|$)/);
    expect(await page.getByRole("combobox", { name: "Language", exact: true }).count()).toBe(1);
    await page.evaluate(() => localStorage.clear());
  });

  test("switching the language keeps the run going: the epoch does not go back and the status stays", async () => {
    const page = await open("#lang=en&speed=max");
    await button("Play").click();
    await expect.poll(epoch, PATIENCE).toBeGreaterThan(0);
    const before = await epoch();
    const weightsBefore = await driver.weight("w-1-1");
    await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("ja");
    await expect.poll(hash, PATIENCE).toMatch(/(#|&)lang=ja(&|$)/);
    expect(await page.getByTestId("status").getAttribute("data-status")).toBe("running");
    await expect.poll(epoch, PATIENCE).toBeGreaterThan(before);
    expect(await driver.weight("w-1-1")).not.toBe(weightsBefore); // still training, not reset
    await button(say("ja", "Pause")).click();
    await page.evaluate(() => localStorage.clear());
  });

  test("the choice is remembered: a link without lang opens in the language chosen last", async () => {
    const page = await open("#lang=en");
    await page.getByRole("combobox", { name: "Language", exact: true }).selectOption("ja");
    await expect.poll(() => lang(page), PATIENCE).toBe("ja");
    await page.close();
    const again = await open("");
    expect(await lang(again)).toBe("ja");
    expect(await button(say("ja", "Play")).count()).toBe(1);
    await expect.poll(hash, PATIENCE).toMatch(/(#|&)lang=ja(&|$)/);
    await again.evaluate(() => localStorage.clear());
  });

  test("without a link or a stored choice, the browser's preferred languages decide", async () => {
    const page = await open("", () => {
      Object.defineProperty(navigator, "languages", { get: () => ["fr-FR", "ja-JP", "en"] });
    });
    expect(await lang(page)).toBe("ja");
    expect(await button(say("ja", "Play")).count()).toBe(1);
  });

  test("a bad lang in the link is ignored with a notice, and the page stays in English", async () => {
    const page = await open("#lang=xx");
    expect(await lang(page)).toBe("en");
    expect(await button("Play").count()).toBe(1);
    await expect.poll(() => page.getByTestId("url-notice").count(), PATIENCE).toBeGreaterThan(0);
    expect(await page.getByTestId("url-notice").first().textContent()).toContain("lang");
  });
});

describe("what a mouse sees on hover, a keyboard sees on focus and a finger on tap", () => {
  const visibleText = (page: Page, selector: string) =>
    page.locator(selector).evaluateAll((els) =>
      els
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.opacity !== "0";
        })
        .map((el) => el.textContent?.trim() ?? ""),
    );

  test("a slider's hint shows while it has focus, worded in the page's language", async () => {
    const page = await open("#lang=ja");
    const slider = driver.slider(say("ja", "Learning rate"));
    const hintId = await slider.getAttribute("aria-describedby");
    expect(hintId, "the slider is described by its hint").toBeTruthy();
    await slider.focus();
    await expect.poll(() => visibleText(page, `[id="${hintId}"]`), PATIENCE).toHaveLength(1);
    const [hint] = await visibleText(page, `[id="${hintId}"]`);
    expect(hint).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  test("a readout's explanation opens on tap and on keyboard focus + Enter", async () => {
    const page = await open("#lang=en", undefined, { viewport: { width: 390, height: 844 } });
    const caption = page.locator(".readout-caption").first();
    await caption.click();
    await expect.poll(() => visibleText(page, '[role="tooltip"]'), PATIENCE).not.toEqual([]);
    await caption.press("Escape");
    await caption.focus();
    await caption.press("Enter");
    await expect.poll(() => visibleText(page, '[role="tooltip"]'), PATIENCE).not.toEqual([]);
  });

  test("a weight's value shows when the diagram has keyboard focus, worded in the page's language", async () => {
    const page = await open("#lang=ja");
    await page.getByTestId("network").locator(".arrows").focus();
    await expect.poll(() => visibleText(page, ".arrow-tip"), PATIENCE).toHaveLength(1);
    const [tip] = await visibleText(page, ".arrow-tip");
    expect(tip).toMatch(/\d/);
    expect(strayLatin(tip), `English in "${tip}"`).toEqual([]);
  });
});

describe("accessibility (axe-core)", () => {
  const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

  async function violations(page: Page): Promise<string[]> {
    await page.evaluate(AXE); // not a script tag: the CSP refuses inline scripts
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: Document): Promise<AxeResults> } }).axe;
      interface AxeResults {
        violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
      }
      const results = await axe.run(document);
      return results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
    });
  }

  for (const lang of ["en", "ja"] as const) {
    test(`finds no violations with the notices out (a diverged run, an ignored link value), ${lang}`, async () => {
      const page = await open(`#lang=${lang}&lr=10&speed=max&tint=teal`);
      await button(say(lang, "Play")).click();
      await expect
        .poll(() => page.getByTestId("status").getAttribute("data-status"), PATIENCE)
        .toBe("diverged");
      expect(await page.getByTestId("url-notice").count()).toBeGreaterThan(0);
      await settle(page);
      await page.screenshot({ path: shot(`notices-1366x768-${lang}`) });
      expect(await violations(page)).toEqual([]);
    });
  }

  for (const [name, link] of [
    ["in English", "#lang=en"],
    ["in Japanese", "#lang=ja"],
    ["in presenter mode, English", "#lang=en&present=1"],
    ["in presenter mode, Japanese", "#lang=ja&present=1"],
    ["on a phone, Japanese", "#lang=ja"],
  ] as const) {
    test(`finds no violations ${name}`, async () => {
      const viewport = name.includes("presenter")
        ? { width: 1920, height: 1080 }
        : name.includes("phone")
          ? { width: 390, height: 844 }
          : undefined;
      const page = await open(link, undefined, viewport ? { viewport } : {});
      await settle(page);
      expect(await violations(page)).toEqual([]);
    });
  }
});
