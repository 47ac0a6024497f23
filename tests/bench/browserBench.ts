/**
 * `npm run bench:browser`: the playground's figures measured in headless Chromium against the production
 * build (`vite preview`), printed beside the issues' targets, at 1366×768 (a laptop) and then at 390×844
 * (a phone, issue 7): one table per window size, then Figure 4's training time (at 1366×768 only). It
 * prints; it does not assert.
 *
 * - training rate at H = 3 and H = 50 (`#speed=max`): the epoch readout sampled once a second over a
 *   10-s window of Play (after 1 s of warm-up); the figure is the median of the per-second rates;
 * - over the same window, the page's frames per second (requestAnimationFrame callbacks) and boundary
 *   repaints per second (increments of the canvas's data-frame), also medians of per-second rates;
 * - main-thread long tasks (PerformanceObserver "longtask", over 50 ms) during the window: count, longest;
 *   and how busy the main thread was (Chromium's TaskDuration metric over the DevTools protocol), to explain
 *   the frame rate;
 * - at H = 64, the same with every view of "Inside the network" open (diagram, unit maps, hidden space,
 *   the one-update panel), run alternately with the playground view, and the ratio of their training rates;
 * - "compare 8" (issue 9): the compare view with the perceptron and Figure 4's sizes
 *   (`#view=compare&sizes=0,1,2,3,4,5,20,50&speed=max`), the same window with every panel read through its
 *   own epoch readout and canvas: the page's frames per second, the least panel's repaints per second and
 *   the slowest panel's epochs per second (each panel's figure the median of its per-second rates), then
 *   each panel's figures on their own;
 * - time from navigation start to the first boundary paint (data-frame becoming 1; HTTP cache disabled);
 * - the initial JavaScript (what index.html loads) gzipped with node:zlib, and the worker chunk apart;
 * - "figure 4" (issue 9): the whole of the article's Figure 4 (sizes 1, 2, 3, 4, 5, 20, 50; 20,000 epochs
 *   each) in the compare view (`until=20000&speed=max`), timed in the page with performance.now from
 *   Play's click to the DOM write that makes the last panel's epoch readout read 20,000 (a
 *   MutationObserver), with the default pool of workers and with one (hardwareConcurrency forced to 1),
 *   alternately, BENCH_RUNS times each; against the two-core limit of plain C, max(T(50), ΣT / 2), from
 *   limit.c's own training time of `limit H 20000` (gcc -O3 -march=native, as `npm run bench`), each size
 *   timed max(3, BENCH_RUNS) times in rounds between the browser runs, medians. Also printed: the page's
 *   own figure-time line, whether every panel reached 20,000, the workers the page started, and H = 50's
 *   final training loss beside numpy's.
 *
 * Each training window runs BENCH_RUNS times (default 3), the first paint BENCH_LOADS times (default 5);
 * a figure is the median over runs, with the range over runs beside it. BENCH_SIZES (e.g. "1366x768")
 * limits the window sizes measured, BENCH_CONFIGS (e.g. "H = 64,H = 64 inside", "compare 8", "figure 4")
 * the training cases and the Figure 4 section ("figure 4" alone skips the tables). The bundle sizes do not
 * depend on the window: they are printed once, in the first table.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { type Browser, CHROMIUM, launchBrowser, type Preview, startPreview } from "../e2e/harness.ts";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LOADS = Number(process.env.BENCH_LOADS ?? 5);
const WINDOW_S = 10;
const WARMUP_MS = 1000;
/** The article's 200 moons as own points (`npm run -s train -- --data-only --json`, rounded to 3 decimals). */
const OWN_POINTS = ownPoints();

function ownPoints(): string {
  const out = execFileSync(
    process.execPath,
    ["node_modules/.bin/tsx", "src/cli/train.ts", "--data-only", "--json"],
    {
      encoding: "utf8",
    },
  );
  const { X, y } = JSON.parse(out) as { X: [number, number][]; y: number[] };
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return X.map(([a, b], i) => `${r(a)},${r(b)},${y[i]}`).join(";");
}

/** The compare view's default panels: the perceptron and the sizes of the article's Figure 4. */
const COMPARE_SIZES = [0, 1, 2, 3, 4, 5, 20, 50];
/** The training cases and sections asked for (BENCH_CONFIGS, comma-separated labels); undefined: all. */
const CHOSEN = process.env.BENCH_CONFIGS?.split(",").map((label) => label.trim());
/** The window sizes measured, in order: the laptop of issues 1–6, then the phone of issue 7. */
const SIZES = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
].filter(
  (size) =>
    !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(",").includes(`${size.width}x${size.height}`),
);
type Size = (typeof SIZES)[number];

interface BenchGlobals {
  __bench: { firstBoundary: number | null; longTasks: { start: number; duration: number }[] };
}

/** Installed before the page's own scripts: records long tasks and the moment of the first boundary paint. */
function instrument(): void {
  const bench: BenchGlobals["__bench"] = { firstBoundary: null, longTasks: [] };
  (window as unknown as BenchGlobals).__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // no long-task timing in this browser
  }
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as HTMLElement;
      if (el.dataset?.testid === "boundary" && Number(el.dataset.frame) >= 1) {
        bench.firstBoundary = performance.now();
        observer.disconnect();
        return;
      }
    }
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ["data-frame"] });
}

interface Sample {
  t: number;
  /** Each panel's epoch readout, in the page's order (the single view: one, the page's own). */
  epochs: number[];
  /** Each panel's boundary data-frame, in the same order. */
  frames: number[];
  rafs: number;
}

interface Window {
  /** The panels' `data-hidden` (or `data-sweep`) in the page's order; [""] for the single view. */
  panels: string[];
  samples: Sample[];
  longTasks: { start: number; duration: number }[];
  /** Each panel's Epochs/s readout at the end of the window. */
  shownRates: number[];
}

/**
 * In the page: sample the readouts once a second for `seconds` while counting animation frames. In the
 * compare view every panel (`[data-testid="panel"]`) is read, each through its own epoch readout and
 * boundary canvas; elsewhere the page's first ones. Readouts may group thousands with ",".
 */
async function sampleWindow(seconds: number): Promise<Window> {
  const panels = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="panel"]'));
  const scopes: ParentNode[] = panels.length > 0 ? panels : [document];
  const find = (testId: string) => scopes.map((scope) => scope.querySelector(`[data-testid="${testId}"]`));
  const epochEls = find("epoch");
  const rateEls = find("epochs-per-second");
  const canvases = find("boundary") as (HTMLCanvasElement | null)[];
  const read = (el: Element | null) => Number((el?.textContent ?? "").replace(/,/g, "") || Number.NaN);
  let rafs = 0;
  let counting = true;
  const loop = () => {
    rafs++;
    if (counting) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  const samples: Sample[] = [];
  const take = () =>
    samples.push({
      t: performance.now(),
      epochs: epochEls.map(read),
      frames: canvases.map((canvas) => Number(canvas?.dataset.frame)),
      rafs,
    });
  const start = performance.now();
  take();
  for (let i = 0; i < seconds; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    take();
  }
  counting = false;
  const bench = (window as unknown as BenchGlobals).__bench;
  return {
    panels: panels.length > 0 ? panels.map((p) => p.dataset.hidden ?? p.dataset.sweep ?? "?") : [""],
    samples,
    longTasks: bench.longTasks.filter((task) => task.start >= start),
    shownRates: rateEls.map(read),
  };
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Per-second rates of one reading over consecutive samples. */
function rates(samples: Sample[], read: (s: Sample) => number): number[] {
  return samples.slice(1).map((s, i) => ((read(s) - read(samples[i])) / (s.t - samples[i].t)) * 1000);
}

async function openPage(
  browser: Browser,
  preview: Preview,
  size: Size,
  hash: string,
  { cache = true, before }: { cache?: boolean; before?: (page: Page) => Promise<void> } = {},
): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await before?.(page);
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  if (!cache) {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  }
  await page.goto(preview.url + hash);
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="boundary"]')?.getAttribute("data-frame")) >= 1,
    undefined,
    { timeout: 30000 },
  );
  if (problems.length) console.error(`page problems at ${hash}: ${problems.join("; ")}`);
  return page;
}

/** One panel's figures over a window (the single view: the page's one run). */
interface PanelFigures {
  /** Its `data-hidden` (or `data-sweep`); "" in the single view. */
  label: string;
  /** Median of its per-second epoch rates. */
  epochsPerSecond: number;
  /** Median of its per-second boundary repaint rates. */
  repaints: number;
  /** Its Epochs/s readout at the end of the window. */
  shownRate: number;
}

interface TrainingFigures {
  panels: PanelFigures[];
  /** The slowest panel's training rate (the single view: the run's). */
  epochsPerSecond: number;
  /** The slowest panel's Epochs/s readout. */
  shownRate: number;
  fps: number;
  /** The least panel's repaints per second (the single view: the boundary's). */
  repaints: number;
  longTaskCount: number;
  longestTask: number;
  /** Share of the window the page's main thread spent in tasks (0–1). */
  mainThreadBusy: number;
}

/**
 * Start measuring how busy the page's main thread is (Chromium's own TaskDuration metric, over the DevTools
 * protocol); the function returned gives the share of the time since then spent in tasks (0–1).
 */
async function mainThreadMeter(browser: Browser, page: Page): Promise<() => Promise<number>> {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const taskSeconds = async () =>
    (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration")?.value ??
    Number.NaN;
  const t0 = performance.now();
  const busy0 = await taskSeconds();
  return async () => {
    const busy = (await taskSeconds()) - busy0;
    const share = busy / ((performance.now() - t0) / 1000);
    await cdp.detach();
    return share;
  };
}

/** Open every view of "Inside the network": the hidden space, and the one-update panel on an arrow. */
async function openInsideViews(page: Page): Promise<void> {
  await page.locator(".hidden-space-fold > summary").click();
  await page.locator('[data-testid="network"] [data-weight="u-1-1"]').dispatchEvent("click");
  await page.waitForSelector('[data-testid="explain"] .katex', { timeout: 30000 });
  await page.waitForSelector('[data-testid="hidden-space"]', { timeout: 30000 });
  // At 1366×768 the side column cannot show everything at once: measure with the hidden space in sight
  // (a view out of sight skips its paints), the one-update panel open above it.
  await page.locator('[data-testid="hidden-space"]').scrollIntoViewIfNeeded();
}

async function measureTraining(
  browser: Browser,
  preview: Preview,
  size: Size,
  hash: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<TrainingFigures> {
  const page = await openPage(browser, preview, size, hash);
  try {
    await prepare?.(page);
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await page.waitForFunction(() => {
      const status = document.querySelector('[data-testid="status"]');
      return (status?.getAttribute("data-status") ?? status?.textContent) === "running";
    });
    await page.waitForTimeout(WARMUP_MS);
    const busy = await mainThreadMeter(browser, page);
    const w = await page.evaluate(sampleWindow, WINDOW_S);
    const mainThreadBusy = await busy();
    const panels = w.panels.map((label, i) => ({
      label,
      epochsPerSecond: median(rates(w.samples, (s) => s.epochs[i])),
      repaints: median(rates(w.samples, (s) => s.frames[i])),
      shownRate: w.shownRates[i],
    }));
    const slowest = panels.reduce((a, b) => (b.epochsPerSecond < a.epochsPerSecond ? b : a));
    return {
      panels,
      epochsPerSecond: slowest.epochsPerSecond,
      shownRate: slowest.shownRate,
      fps: median(rates(w.samples, (s) => s.rafs)),
      repaints: Math.min(...panels.map((p) => p.repaints)),
      longTaskCount: w.longTasks.length,
      longestTask: Math.max(0, ...w.longTasks.map((t) => t.duration)),
      mainThreadBusy,
    };
  } finally {
    await page.close();
  }
}

async function measureFirstBoundary(browser: Browser, preview: Preview, size: Size): Promise<number> {
  const page = await openPage(browser, preview, size, "", { cache: false });
  try {
    return await page.evaluate(() => (window as unknown as BenchGlobals).__bench.firstBoundary ?? Number.NaN);
  } finally {
    await page.close();
  }
}

interface Measured {
  raw: number;
  gzip: number;
  files: string[];
}

/**
 * The JS files index.html loads up front, each language's words (the page fetches its language's before
 * the first render: i18n/catalogue.ts), and the worker chunk(s), gzipped.
 */
function bundleSizes(): { initial: Measured; words: Measured[]; worker: Measured } {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const initialFiles = [
    ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g),
  ].map((m) => m[1].replace(/^\//, ""));
  const workerFiles = readdirSync(join(DIST, "assets"))
    .filter((f) => /worker.*\.js$/.test(f))
    .map((f) => `assets/${f}`);
  const measure = (files: string[]) => {
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const bytes = readFileSync(join(DIST, f));
      raw += bytes.length;
      gzip += gzipSync(bytes).length;
    }
    return { raw, gzip, files };
  };
  const wordFiles = readdirSync(join(DIST, "assets"))
    .filter((f) => /^(en|ja)-[\w-]+\.js$/.test(f))
    .map((f) => `assets/${f}`);
  return {
    initial: measure(initialFiles),
    words: wordFiles.map((f) => measure([f])),
    worker: measure(workerFiles),
  };
}

const fmt = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : "—";
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
const range = (values: number[], digits = 0) =>
  values.length > 1 ? `${fmt(Math.min(...values), digits)}–${fmt(Math.max(...values), digits)}` : "";

interface Row {
  figure: string;
  measured: string;
  spread: string;
  target: string;
  met: boolean | null;
}

function printTable(rows: Row[]): void {
  const head = { figure: "figure", measured: "measured", spread: "range over runs", target: "target" };
  const w = {
    figure: Math.max(head.figure.length, ...rows.map((r) => r.figure.length)),
    measured: Math.max(head.measured.length, ...rows.map((r) => r.measured.length)),
    spread: Math.max(head.spread.length, ...rows.map((r) => r.spread.length)),
    target: Math.max(head.target.length, ...rows.map((r) => r.target.length)),
  };
  const line = (r: { figure: string; measured: string; spread: string; target: string }, mark: string) =>
    `${r.figure.padEnd(w.figure)}  ${r.measured.padStart(w.measured)}  ${r.spread.padStart(w.spread)}  ${r.target.padEnd(w.target)}  ${mark}`.trimEnd();
  console.log(line(head, "met"));
  console.log("-".repeat(w.figure + w.measured + w.spread + w.target + 12));
  for (const r of rows) console.log(line(r, r.met === null ? "" : r.met ? "yes" : "NO"));
}

/** Measure and print one window size's table (with the bundle sizes when given). */
async function benchAtSize(
  browser: Browser,
  preview: Preview,
  size: Size,
  version: string,
  sizes: ReturnType<typeof bundleSizes> | null,
): Promise<void> {
  const label = `${size.width}×${size.height}`;
  const configs: {
    label: string;
    hash: string;
    /** Epochs/s to reach (in the compare view, by the slowest panel). */
    target: number;
    /** Boundary repaints per second to reach (in the compare view, by every panel). */
    repaintTarget: number;
    /** The compare view: the figures are the slowest panel's and the least-painted panel's. */
    panels?: boolean;
    prepare?: (page: Page) => Promise<void>;
  }[] = [
    { label: "H = 3", hash: "#speed=max", target: 10000, repaintTarget: 30 },
    { label: "H = 50", hash: "#hidden=50&speed=max", target: 1000, repaintTarget: 30 },
    // Issue 10: the article's 200 moons as the user's own points (three decimals, in the link), H = 3.
    { label: "H = 3 own points", hash: `#speed=max&points=${OWN_POINTS}`, target: 10000, repaintTarget: 30 },
    // Issue 8: every view of "Inside the network" open at H = 64, against the playground view at H = 64
    // measured alternately with it (one run of each in turn), so both see the same machine.
    { label: "H = 64", hash: "#hidden=64&speed=max", target: 1000, repaintTarget: 30 },
    {
      label: "H = 64 inside",
      hash: "#hidden=64&speed=max&view=inside",
      target: 1000,
      repaintTarget: 30,
      prepare: openInsideViews,
    },
    // Issue 9: the perceptron and Figure 4's sizes training side by side, one panel each.
    {
      label: "compare 8",
      hash: `#view=compare&sizes=${COMPARE_SIZES.join(",")}&speed=max`,
      target: 1500,
      repaintTarget: 10,
      panels: true,
    },
  ];
  if (CHOSEN) configs.splice(0, configs.length, ...configs.filter((c) => CHOSEN.includes(c.label)));
  const results = new Map<string, TrainingFigures[]>(configs.map((c) => [c.label, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const config of configs) {
      process.stderr.write(`${label}: training ${config.label}, run ${i + 1}/${RUNS}…\n`);
      results
        .get(config.label)
        ?.push(await measureTraining(browser, preview, size, config.hash, config.prepare));
    }
  }
  const closed = results.get("H = 64") ?? [];
  const open = results.get("H = 64 inside") ?? [];
  // Each inside run against the playground run just before it.
  const kept =
    open.length === closed.length ? open.map((r, i) => r.epochsPerSecond / closed[i].epochsPerSecond) : [];
  const firstPaints: number[] = [];
  for (let i = 0; i < LOADS; i++) firstPaints.push(await measureFirstBoundary(browser, preview, size));

  const rows: Row[] = [];
  for (const config of configs) {
    const runs = results.get(config.label) ?? [];
    const pick = (f: (r: TrainingFigures) => number) => runs.map(f);
    const eps = pick((r) => r.epochsPerSecond);
    const fps = pick((r) => r.fps);
    const repaints = pick((r) => r.repaints);
    const counts = pick((r) => r.longTaskCount);
    const longest = pick((r) => r.longestTask);
    const slowest = config.panels ? "slowest panel's " : "";
    rows.push(
      {
        figure: `${config.label}: ${slowest}training rate (epochs/s)`,
        measured: fmt(median(eps)),
        spread: range(eps),
        target: `≥ ${fmt(config.target)}`,
        met: median(eps) >= config.target,
      },
      {
        figure: `${config.label}: ${config.panels ? "that panel's" : "page's"} Epochs/s readout`,
        measured: fmt(median(pick((r) => r.shownRate))),
        spread: range(pick((r) => r.shownRate)),
        target: "(cross-check)",
        met: null,
      },
      {
        figure: `${config.label}: ${config.panels ? "page's " : ""}frames per second`,
        measured: fmt(median(fps), 1),
        spread: range(fps, 1),
        target: "≥ 55",
        met: median(fps) >= 55,
      },
      {
        figure: `${config.label}: ${config.panels ? "least panel's " : "boundary "}repaints per second`,
        measured: fmt(median(repaints), 1),
        spread: range(repaints, 1),
        target: `≥ ${config.repaintTarget}`,
        met: median(repaints) >= config.repaintTarget,
      },
      {
        figure: `${config.label}: main thread busy (% of the window)`,
        measured: fmt(median(pick((r) => r.mainThreadBusy * 100))),
        spread: range(pick((r) => r.mainThreadBusy * 100)),
        target: "(diagnostic)",
        met: null,
      },
      {
        figure: `${config.label}: long tasks (> 50 ms) in ${WINDOW_S} s`,
        measured: fmt(median(counts)),
        spread: range(counts),
        target: "(none over 100 ms)",
        met: null,
      },
      {
        figure: `${config.label}: longest main-thread task (ms)`,
        measured: fmt(Math.max(...longest)),
        spread: range(longest),
        target: "≤ 100",
        met: Math.max(...longest) <= 100,
      },
    );
  }
  if (kept.length > 0)
    rows.push({
      figure: "H = 64: inside views open ÷ closed, training rate",
      measured: fmt(median(kept), 2),
      spread: range(kept, 2),
      target: "≥ 0.80",
      met: median(kept) >= 0.8,
    });
  rows.push({
    figure: "first boundary paint after navigation (ms)",
    measured: fmt(median(firstPaints)),
    spread: range(firstPaints),
    target: "≤ 1,500",
    met: median(firstPaints) <= 1500,
  });
  if (sizes) {
    // The first render waits for the page's language: the larger of the two counts against the budget.
    const words = Math.max(0, ...sizes.words.map((w) => w.gzip));
    rows.push(
      {
        figure: `initial JS, gzipped (${sizes.initial.files.length} files + the page's words)`,
        measured: kb(sizes.initial.gzip + words),
        spread: `${kb(sizes.initial.gzip)} + ${sizes.words.map((w) => kb(w.gzip)).join(" or ")}`,
        target: "≤ 120 KB",
        met: sizes.initial.gzip + words <= 120 * 1024,
      },
      {
        figure: "worker chunk, gzipped (loaded after start)",
        measured: kb(sizes.worker.gzip),
        spread: `raw ${kb(sizes.worker.raw)}`,
        target: "",
        met: null,
      },
    );
  }

  console.log(
    `Browser benchmark: ${version}, headless, production build via vite preview, ${label}; ` +
      `training windows ${WINDOW_S} s after ${WARMUP_MS / 1000} s of Play, ${RUNS} runs each; ` +
      `first paint over ${LOADS} loads with the HTTP cache off. Medians; the longest task is the maximum over runs.`,
  );
  printTable(rows);
  for (const config of configs.filter((c) => c.panels))
    printPanels(config.label, results.get(config.label) ?? []);
}

/** Each panel's epochs/s and repaints/s, medians over runs (a run's figure is its median per-second rate). */
function printPanels(label: string, runs: TrainingFigures[]): void {
  if (runs.length === 0) return;
  const panels = runs[0].panels.map((p) => p.label);
  console.log(`${label}, each panel (H): epochs/s and repaints/s, medians over runs`);
  for (const [i, panel] of panels.entries()) {
    const eps = runs.map((r) => r.panels[i]?.epochsPerSecond ?? Number.NaN);
    const repaints = runs.map((r) => r.panels[i]?.repaints ?? Number.NaN);
    console.log(
      `  H = ${panel.padEnd(3)} ${fmt(median(eps)).padStart(7)} epochs/s ${range(eps).padStart(15)}   ` +
        `${fmt(median(repaints), 1).padStart(5)} repaints/s ${range(repaints, 1)}`.trimEnd(),
    );
  }
}

// ————————————————————————————————————————— Figure 4 —————————————————————————————————————————

/** BENCH_CONFIGS's label for the Figure 4 section. */
const FIGURE4_LABEL = "figure 4";
/** The article's Figure 4: these hidden sizes, each trained for num_passes = 20,000 epochs. */
const FIGURE4_SIZES = [1, 2, 3, 4, 5, 20, 50];
const FIGURE4_EPOCHS = 20000;
/** numpy running the article's code: the H = 50 network's loss after 20,000 passes. */
const NUMPY_H50_LOSS = 0.03099;
/** Timings of each size of limit.c: at least 3, one round before each pair of browser runs. */
const C_ROUNDS = Math.max(3, RUNS);
/** Longest a whole figure may take in the page before the run is given up. */
const FIGURE4_TIMEOUT_MS = 180000;
const HERE = fileURLToPath(new URL(".", import.meta.url));

/** limit.c built as `npm run bench` builds it (gcc -O3 -march=native); null when there is no compiler. */
function compileLimit(): string | null {
  const out = join(HERE, ".build", "limit-c");
  mkdirSync(dirname(out), { recursive: true });
  try {
    execFileSync("gcc", ["-O3", "-march=native", "-o", out, join(HERE, "limit.c"), "-lm"], { stdio: "pipe" });
    return out;
  } catch (e) {
    console.log(`C reference not built (${(e as Error).message.split("\n")[0]}); no C limit.`);
    return null;
  }
}

/** `limit H EPOCHS`: its training loop's seconds (the program's own clock) and its final loss. */
function timeLimit(binary: string, H: number, epochs: number): { seconds: number; loss: number } {
  const line = execFileSync(binary, [String(H), String(epochs)], { encoding: "utf8" });
  const seconds = /train_seconds ([\d.]+)/.exec(line);
  const loss = /loss ([\d.]+)/.exec(line);
  if (!seconds || !loss) throw new Error(`unexpected output from limit-c: ${line}`);
  return { seconds: Number(seconds[1]), loss: Number(loss[1]) };
}

interface FigureRun {
  /** Play's click to every panel's epoch readout reading the stop epoch, ms (NaN: timed out). */
  ms: number;
  /** Each panel's `data-hidden`, epoch readout and training-loss readout at the end. */
  panels: { label: string; epoch: number; trainLoss: number }[];
  /** The page's own figure-time line, as shown just after the end. */
  figureTime: string;
  /** Worker objects the page constructed (the single view's included). */
  workers: number;
  /** Share of the run the page's main thread spent in tasks (0–1). */
  mainThreadBusy: number;
}

/** Installed before the page's scripts: counts the workers the page starts. */
const COUNT_WORKERS = `{
  const Base = window.Worker;
  window.__workersStarted = 0;
  window.Worker = class extends Base {
    constructor(...args) {
      super(...args);
      window.__workersStarted++;
    }
  };
}`;

/**
 * In the page: click Play and resolve once every panel's epoch readout reads at least `until`, timed with
 * performance.now from just before the click to the DOM write that completed the last panel (a
 * MutationObserver on the epoch readouts sees each write; a requestAnimationFrame poll backs it up).
 */
function runToStop(button: HTMLElement | SVGElement, [until, timeoutMs]: [number, number]): Promise<number> {
  const read = (el: Element | null) => Number((el?.textContent ?? "").replace(/,/g, "") || Number.NaN);
  const epochEls = Array.from(document.querySelectorAll('[data-testid="panel"]')).map((panel) =>
    panel.querySelector('[data-testid="epoch"]'),
  );
  return new Promise((resolve) => {
    let done = false;
    const finish = (ms: number) => {
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(ms);
    };
    const check = () => {
      if (!done && epochEls.length > 0 && epochEls.every((el) => read(el) >= until))
        finish(performance.now() - t0);
    };
    const observer = new MutationObserver(check);
    for (const el of epochEls)
      if (el) observer.observe(el, { subtree: true, childList: true, characterData: true });
    const poll = () => {
      check();
      if (!done) requestAnimationFrame(poll);
    };
    const timer = setTimeout(() => finish(Number.NaN), timeoutMs);
    const t0 = performance.now();
    (button as HTMLElement).click();
    requestAnimationFrame(poll);
  });
}

/** One whole Figure 4 in the compare view: with the default pool, or with one worker (hardwareConcurrency 1). */
async function timeFigure4(
  browser: Browser,
  preview: Preview,
  size: Size,
  oneWorker: boolean,
): Promise<FigureRun> {
  const hash = `#view=compare&sizes=${FIGURE4_SIZES.join(",")}&until=${FIGURE4_EPOCHS}&speed=max`;
  const page = await openPage(browser, preview, size, hash, {
    before: async (p) => {
      await p.addInitScript({ content: COUNT_WORKERS });
      if (oneWorker)
        await p.addInitScript(() =>
          Object.defineProperty(Navigator.prototype, "hardwareConcurrency", { get: () => 1 }),
        );
    },
  });
  try {
    const button = await page.getByRole("button", { name: "Play", exact: true }).elementHandle();
    if (!button) throw new Error("no Play button");
    const busy = await mainThreadMeter(browser, page);
    const ms = await button.evaluate(runToStop, [FIGURE4_EPOCHS, FIGURE4_TIMEOUT_MS] as [number, number]);
    const mainThreadBusy = await busy();
    await page.waitForTimeout(300); // the figure-time line follows the same store update; leave it a moment
    const end = await page.evaluate(() => {
      const read = (el: Element | null) => Number((el?.textContent ?? "").replace(/,/g, "") || Number.NaN);
      return {
        panels: Array.from(document.querySelectorAll<HTMLElement>('[data-testid="panel"]')).map((panel) => ({
          label: panel.dataset.hidden ?? panel.dataset.sweep ?? "?",
          epoch: read(panel.querySelector('[data-testid="epoch"]')),
          trainLoss: read(panel.querySelector('[data-testid="train-loss"]')),
        })),
        figureTime: document.querySelector('[data-testid="figure-time"]')?.textContent?.trim() ?? "(none)",
        workers: (window as unknown as { __workersStarted: number }).__workersStarted,
      };
    });
    return { ms, mainThreadBusy, ...end };
  } finally {
    await page.close();
  }
}

/**
 * Figure 4's training time: the compare view with the default pool and with one worker, alternately,
 * BENCH_RUNS times each, against plain C's two-core limit timed in between; printed after the tables.
 */
async function benchFigure4(browser: Browser, preview: Preview, size: Size, version: string): Promise<void> {
  const binary = compileLimit();
  const cSeconds: number[][] = FIGURE4_SIZES.map(() => []);
  const cLosses: number[][] = FIGURE4_SIZES.map(() => []);
  const pool: FigureRun[] = [];
  const one: FigureRun[] = [];
  for (let i = 0; i < Math.max(C_ROUNDS, RUNS); i++) {
    if (binary && i < C_ROUNDS) {
      process.stderr.write(`figure 4: limit.c, round ${i + 1}/${C_ROUNDS}…\n`);
      for (const [k, H] of FIGURE4_SIZES.entries()) {
        const { seconds, loss } = timeLimit(binary, H, FIGURE4_EPOCHS);
        cSeconds[k].push(seconds);
        cLosses[k].push(loss);
      }
    }
    if (i < RUNS) {
      process.stderr.write(`figure 4: compare view, pool then one worker, run ${i + 1}/${RUNS}…\n`);
      pool.push(await timeFigure4(browser, preview, size, false));
      one.push(await timeFigure4(browser, preview, size, true));
    }
  }

  const cMedian = cSeconds.map(median);
  const cSum = cMedian.reduce((a, b) => a + b, 0);
  const h50 = FIGURE4_SIZES.indexOf(50);
  const limit = Math.max(cMedian[h50], cSum / 2);
  // The limit of each round of C timings, for its range.
  const roundLimits = binary
    ? cSeconds[0].map((_, r) => {
        const times = cSeconds.map((t) => t[r]);
        return Math.max(times[h50], times.reduce((a, b) => a + b, 0) / 2);
      })
    : [];
  const poolS = pool.map((r) => r.ms / 1000);
  const oneS = one.map((r) => r.ms / 1000);
  const poolRatio = poolS.map((s) => s / limit);
  const oneOverPool = oneS.map((s, i) => s / poolS[i]);
  const reached = (runs: FigureRun[]) =>
    runs.filter(
      (r) => r.panels.length === FIGURE4_SIZES.length && r.panels.every((p) => p.epoch === FIGURE4_EPOCHS),
    ).length;
  const loss50 = (runs: FigureRun[]) =>
    runs.map((r) => r.panels.find((p) => p.label === "50")?.trainLoss ?? Number.NaN);
  const workers = (runs: FigureRun[]) => [...new Set(runs.map((r) => r.workers))].join(", ");
  const losses = (runs: FigureRun[]) => [...new Set(loss50(runs).map((l) => l.toFixed(6)))].join(", ");
  const poolBusy = pool.map((r) => r.mainThreadBusy * 100);
  const oneBusy = one.map((r) => r.mainThreadBusy * 100);

  console.log(
    `Figure 4 in the compare view: ${version}, ${size.width}×${size.height}; sizes ${FIGURE4_SIZES.join(", ")}, ` +
      `${fmt(FIGURE4_EPOCHS)} epochs each (#view=compare&sizes=…&until=${FIGURE4_EPOCHS}&speed=max); ` +
      `${RUNS} run${RUNS === 1 ? "" : "s"} each of the default pool and of one worker, alternately, ` +
      `timed in the page from Play's click to every panel's epoch readout reading ${fmt(FIGURE4_EPOCHS)}.`,
  );
  if (binary) {
    console.log(
      `Plain C (limit.c, gcc -O3 -march=native, one process at a time), training seconds of \`limit H ${FIGURE4_EPOCHS}\`, ` +
        `median of ${C_ROUNDS} rounds interleaved with the browser runs:`,
    );
    for (const [k, H] of FIGURE4_SIZES.entries())
      console.log(
        `  H = ${String(H).padEnd(3)} ${fmt(cMedian[k], 3).padStart(6)} s ${range(cSeconds[k], 3).padStart(12)}` +
          `   loss ${median(cLosses[k]).toFixed(6)}`,
      );
    console.log(`  sum    ${fmt(cSum, 3).padStart(6)} s`);
  }
  const rows: Row[] = [
    {
      figure: "C two-core limit, max(T(50), ΣT / 2) (s)",
      measured: fmt(limit, 2),
      spread: range(roundLimits, 2),
      target: "",
      met: null,
    },
    {
      figure: `compare view, default pool: Play → all at ${fmt(FIGURE4_EPOCHS)} (s)`,
      measured: fmt(median(poolS), 2),
      spread: range(poolS, 2),
      target: "",
      met: null,
    },
    {
      figure: `compare view, one worker: Play → all at ${fmt(FIGURE4_EPOCHS)} (s)`,
      measured: fmt(median(oneS), 2),
      spread: range(oneS, 2),
      target: "",
      met: null,
    },
    {
      figure: "default pool ÷ C two-core limit",
      measured: fmt(median(poolRatio), 2),
      spread: range(poolRatio, 2),
      target: "≤ 1.30",
      met: binary ? median(poolRatio) <= 1.3 : null,
    },
    {
      figure: "one worker ÷ default pool (run by run)",
      measured: fmt(median(oneOverPool), 2),
      spread: range(oneOverPool, 2),
      target: "(pool's gain)",
      met: null,
    },
    {
      figure: "runs with every panel at 20,000 (pool, one)",
      measured: `${reached(pool)}/${pool.length}, ${reached(one)}/${one.length}`,
      spread: "",
      target: "all",
      met: reached(pool) === pool.length && reached(one) === one.length,
    },
    {
      figure: "main thread busy during the figure, pool (%)",
      measured: fmt(median(poolBusy)),
      spread: range(poolBusy),
      target: "(diagnostic)",
      met: null,
    },
    {
      figure: "main thread busy during the figure, one worker (%)",
      measured: fmt(median(oneBusy)),
      spread: range(oneBusy),
      target: "(diagnostic)",
      met: null,
    },
    {
      figure: "workers the page started (pool; one) incl. the single view's",
      measured: `${workers(pool)}; ${workers(one)}`,
      spread: "",
      target: "",
      met: null,
    },
    {
      figure: "H = 50's final training loss (pool; one)",
      measured: `${losses(pool)}; ${losses(one)}`,
      spread: "",
      target: `numpy ${NUMPY_H50_LOSS.toFixed(6)}`,
      met: [...loss50(pool), ...loss50(one)].every((l) => l.toFixed(6) === NUMPY_H50_LOSS.toFixed(6)),
    },
  ];
  printTable(rows);
  for (const [name, runs] of [
    ["default pool", pool],
    ["one worker", one],
  ] as const)
    for (const [i, r] of runs.entries())
      console.log(
        `page's figure-time, ${name}, run ${i + 1} (measured ${fmt(r.ms / 1000, 2)} s): "${r.figureTime}"`,
      );
}

async function main(): Promise<void> {
  const version = execFileSync(CHROMIUM, ["--version"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  }).trim();
  const preview = await startPreview();
  const browser = await launchBrowser({ width: 1366, height: 768 });
  // tsx (esbuild keepNames) wraps named functions in __name(); the functions handed to the page need it too.
  await browser.context.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
  await browser.context.addInitScript(instrument);
  try {
    const sizes = bundleSizes();
    // BENCH_CONFIGS="figure 4" alone skips the tables.
    const tables = !CHOSEN || CHOSEN.some((label) => label !== FIGURE4_LABEL);
    for (const [i, size] of SIZES.entries()) {
      if (!tables) break;
      await benchAtSize(browser, preview, size, version, i === 0 ? sizes : null);
      if (i < SIZES.length - 1) console.log("");
    }
    const laptop = SIZES.find((size) => size.width === 1366 && size.height === 768);
    if (laptop && (!CHOSEN || CHOSEN.includes(FIGURE4_LABEL))) {
      if (tables) console.log("");
      await benchFigure4(browser, preview, laptop, version);
    }
  } finally {
    await browser.close();
    preview.stop();
  }
}

await main();
