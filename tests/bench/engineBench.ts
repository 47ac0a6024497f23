/**
 * `npm run bench`: the engine's training speed against the plain C loop (limit.c, gcc -O3 -march=native),
 * measured side by side in this one run, and the time of a 128×128 decision-grid evaluation.
 *
 * Each round runs the C program, then the same number of epochs of the engine (200 moons points, full
 * batch, tanh + softmax, ε = λ = 0.01); rounds interleave so both see the same machine load. Figures are
 * medians over the rounds after one warm-up round; the ratio is the median of the per-round ratios.
 * Set BENCH_ROUNDS to change the number of rounds (default 7).
 *
 * Mixed sizes: one RunList (the worker's list of runs) trains Figure 4's sizes 1, 2, 3, 4, 5, 20 and 50
 * in turn, a chunk of each, paced by the worker's Pacer at "max", against each size alone in a list of its
 * own, in this same process. The two alternate tick by tick (about 12 ms each), so both see the same load;
 * a size's epochs/s counts only the time spent training it. A round gives each size BENCH_MIXED_TICKS
 * ticks alone (default 6) and the list as many as all sizes together; figures are medians over the rounds
 * after a warm-up round. Target: each ratio ≥ 0.90. The list trains MAX_SPEED_ROUND_EPOCHS epochs of each
 * run at a time, as at "max"; BENCH_ROUND_EPOCHS=1 shows the cost of switching runs after every epoch.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createWorkspace, type StepSettings, trainEpoch } from "../../src/engine/backprop.ts";
import { makeMoons } from "../../src/engine/datasets.ts";
import { createGridWorkspace, evaluateGrid } from "../../src/engine/grid.ts";
import { createNetwork } from "../../src/engine/network.ts";
import { RandomState } from "../../src/engine/random.ts";
import { Run, runData } from "../../src/engine/run.ts";
import { Pacer } from "../../src/worker/pacer.ts";
import { MAX_SPEED_ROUND_EPOCHS, RunList } from "../../src/worker/runs.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";

const here = dirname(fileURLToPath(import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const SIZES = [
  { H: 3, epochs: 20000 },
  { H: 50, epochs: 2000 },
];

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function compileC(): string | null {
  const out = join(here, ".build", "limit-c");
  mkdirSync(dirname(out), { recursive: true });
  try {
    execFileSync("gcc", ["-O3", "-march=native", "-o", out, join(here, "limit.c"), "-lm"], { stdio: "pipe" });
    return out;
  } catch (e) {
    console.log(`C reference not built (${(e as Error).message.split("\n")[0]}); printing the engine alone.`);
    return null;
  }
}

function runC(binary: string, H: number, epochs: number): number {
  const line = execFileSync(binary, [String(H), String(epochs)], { encoding: "utf8" });
  const match = /epochs_per_s (\d+)/.exec(line);
  if (!match) throw new Error(`unexpected output from limit-c: ${line}`);
  return Number(match[1]);
}

const data = makeMoons(200, 0.2, 0);
const settings: StepSettings = { eps: 0.01, lambda: 0.01, batchSize: 0 };

function runEngine(H: number, epochs: number): number {
  const net = createNetwork({ hiddenUnits: H, activation: "tanh", output: "softmax" }, 0);
  const ws = createWorkspace(net, data.n);
  const rng = new RandomState(0);
  const t0 = performance.now();
  for (let i = 0; i < epochs; i++) trainEpoch(net, ws, data, settings, rng);
  return epochs / ((performance.now() - t0) / 1000);
}

function timeGrid(H: number): number {
  const net = createNetwork({ hiddenUnits: H, activation: "tanh", output: "softmax" }, 0);
  const ws = createWorkspace(net, data.n);
  for (let i = 0; i < 2000; i++) trainEpoch(net, ws, data, settings, new RandomState(0));
  const out = new Float32Array(128 * 128);
  const rect = { x1Min: -1.5, x1Max: 2.5, x2Min: -1.25, x2Max: 1.75 };
  const gridWs = createGridWorkspace();
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const t0 = performance.now();
    evaluateGrid(net, rect, 128, 128, out, gridWs);
    if (i >= 5) times.push(performance.now() - t0);
  }
  return median(times);
}

const MIXED_SIZES = [1, 2, 3, 4, 5, 20, 50];
/** Pacer ticks of each size alone per round (the list of all sizes gets as many ticks as they together). */
const MIXED_TICKS = Number(process.env.BENCH_MIXED_TICKS ?? 6);
/** Epochs of each run per round, as the trainer asks at "max". */
const ROUND_EPOCHS = Number(process.env.BENCH_ROUND_EPOCHS ?? MAX_SPEED_ROUND_EPOCHS);
const mixedData = runData(ARTICLE_SETTINGS);
const clock = () => performance.now();

/** A list of runs of these sizes, timed by the clock, with the pacer the worker would drive it with. */
function pacedList(sizes: number[]): { list: RunList; pacer: Pacer } {
  const list = new RunList(clock);
  for (const H of sizes) list.add(H, new Run({ ...ARTICLE_SETTINGS, hiddenUnits: H }, mixedData));
  const pacer = new Pacer(clock);
  pacer.start();
  return { list, pacer };
}

/** One stretch of work at "max" (about TICK_MS), as the worker makes it. */
function tick({ list, pacer }: ReturnType<typeof pacedList>): void {
  pacer.tick((updates) => list.train(updates, ROUND_EPOCHS), list.updatesPerRound);
}

/** Epochs completed and milliseconds spent training, per run of a list. */
function progress({ list }: ReturnType<typeof pacedList>): { epochs: number; ms: number }[] {
  return list.runs().map(({ run, trainingMs }) => ({ epochs: run.epoch, ms: trainingMs }));
}

function mixedCase(): void {
  const mixed = pacedList(MIXED_SIZES);
  const alone = MIXED_SIZES.map((H) => pacedList([H]));
  const aloneRates: number[][] = MIXED_SIZES.map(() => []);
  const mixedRates: number[][] = MIXED_SIZES.map(() => []);
  const ratios: number[][] = MIXED_SIZES.map(() => []);
  for (let round = -1; round < ROUNDS; round++) {
    const m0 = progress(mixed);
    const a0 = alone.map((list) => progress(list)[0]);
    // Tick by tick, so both see the same machine load.
    for (let i = 0; i < MIXED_TICKS * MIXED_SIZES.length; i++) {
      tick(mixed);
      tick(alone[i % MIXED_SIZES.length]);
    }
    if (round < 0) continue; // warm-up
    const m1 = progress(mixed);
    MIXED_SIZES.forEach((_, i) => {
      const a1 = progress(alone[i])[0];
      const single = ((a1.epochs - a0[i].epochs) / (a1.ms - a0[i].ms)) * 1000;
      const inList = ((m1[i].epochs - m0[i].epochs) / (m1[i].ms - m0[i].ms)) * 1000;
      aloneRates[i].push(single);
      mixedRates[i].push(inList);
      ratios[i].push(inList / single);
    });
  }
  console.log(
    `Mixed sizes: one list trains H=${MIXED_SIZES.join(",")} in turn, ${ROUND_EPOCHS} epochs of each at a time, vs each size alone (target: ratio ≥ 0.90)`,
  );
  MIXED_SIZES.forEach((H, i) => {
    const range = `${Math.min(...ratios[i]).toFixed(2)}–${Math.max(...ratios[i]).toFixed(2)}`;
    console.log(
      `H=${String(H).padEnd(2)}  alone ${median(aloneRates[i]).toFixed(0).padStart(6)} epochs/s   in the list ${median(mixedRates[i]).toFixed(0).padStart(6)} epochs/s   ratio ${median(ratios[i]).toFixed(2)} (rounds ${range})`,
    );
  });
}

const binary = compileC();
console.log(`Engine vs plain C, ${ROUNDS} rounds after a warm-up (node ${process.version})`);
for (const { H, epochs } of SIZES) runEngine(H, epochs); // warm-up: let the JIT compile the loop
for (const { H, epochs } of SIZES) {
  const engine: number[] = [];
  const c: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const cRate = binary ? runC(binary, H, epochs) : Number.NaN;
    const jsRate = runEngine(H, epochs);
    engine.push(jsRate);
    c.push(cRate);
    ratios.push(jsRate / cRate);
  }
  const range = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  console.log(
    `H=${String(H).padEnd(2)}  engine ${median(engine).toFixed(0).padStart(6)} epochs/s   C ${median(c).toFixed(0).padStart(6)} epochs/s   ratio ${median(ratios).toFixed(2)} (rounds ${range})`,
  );
}
for (const { H } of SIZES) {
  console.log(`grid 128×128 at H=${String(H).padEnd(2)}  ${timeGrid(H).toFixed(2)} ms (median of 20)`);
}
mixedCase();
