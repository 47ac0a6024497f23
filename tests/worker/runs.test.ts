/**
 * A list of runs trained in turn, against each run trained alone (the engine's Run, already proven
 * against numpy), numpy's article losses (tests/fixtures/article.json) and rounds counted by hand.
 */
import { describe, expect, it } from "vitest";
import { Run, type RunSettings, runData } from "../../src/engine/run.ts";
import { MAX_SPEED_ROUND_EPOCHS, RunList } from "../../src/worker/runs.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";
import article from "../fixtures/article.json";

/** 200 training examples: a batch of 32 makes ⌈200 / 32⌉ = 7 updates an epoch, a batch of 50 makes 4. */
const sized = (hiddenUnits: number, batchSize = 0): RunSettings => ({
  ...ARTICLE_SETTINGS,
  hiddenUnits,
  batchSize,
});

/** The Figure 4 style list of the brief: sizes 0, 1, 3, 5 full batch, and 3 with mini-batches of 32. */
const MIXED = [sized(0), sized(1), sized(3), sized(5), sized(3, 32)];

/** Runs sharing one data set, as the panels of a worker do, in a list under ids 0, 1, 2, … */
function listOf(settings: RunSettings[]) {
  const data = runData(ARTICLE_SETTINGS);
  const list = new RunList();
  settings.forEach((s, id) => {
    list.add(id, new Run(s, data));
  });
  return list;
}

/** The parameters' bits, so equal means equal to the last bit (and NaN equals NaN). */
const bits = (run: Run) => Array.from(new BigUint64Array(run.net.params.slice().buffer));

/** Uneven budgets, small and large, so rounds end anywhere. */
const BUDGETS = [1, 2, 3, 5, 8, 13, 40, 1, 130, 7];

describe("a list of runs trained in turn", () => {
  it("trains every run exactly as it trains alone, epoch by epoch, loss for loss", () => {
    const list = listOf(MIXED);
    const alone = MIXED.map((s) => new Run(s)); // each with its own copy of the data
    const listLosses: number[][] = MIXED.map(() => []);
    const aloneLosses: number[][] = MIXED.map(() => []);
    // One update at a time, every epoch's end is seen as it happens.
    while (list.runs().some(({ run }) => run.epoch < 30)) {
      const before = list.runs().map(({ run }) => run.epoch);
      expect(list.train(1)).toBe(1);
      list.runs().forEach(({ run }, i) => {
        if (run.epoch > before[i]) listLosses[i].push(run.evaluate().train.loss);
      });
    }
    alone.forEach((run, i) => {
      const epochs = list.runs()[i].run.epoch;
      for (let e = 0; e < epochs; e++) {
        run.train(1);
        aloneLosses[i].push(run.evaluate().train.loss);
      }
    });
    list.runs().forEach(({ run }, i) => {
      expect(listLosses[i].length).toBe(run.epoch);
      listLosses[i].forEach((loss, e) => {
        expect(loss).toBe(aloneLosses[i][e]);
      });
      expect(bits(run)).toEqual(bits(alone[i]));
    });
  });

  it("trains every run exactly as it trains alone, whatever the budgets and round sizes", () => {
    const list = listOf(MIXED);
    const alone = MIXED.map((s) => new Run(s));
    for (let call = 0; call < 60; call++) {
      const budget = BUDGETS[call % BUDGETS.length];
      expect(list.train(budget, call % 3 === 0 ? MAX_SPEED_ROUND_EPOCHS : 1)).toBe(budget);
      list.runs().forEach(({ run }, i) => {
        const twin = alone[i];
        twin.trainUpdates(run.updates - twin.updates);
        expect([run.epoch, run.updates]).toEqual([twin.epoch, twin.updates]);
        expect(run.evaluate().train.loss).toBe(twin.evaluate().train.loss);
        expect(bits(run)).toEqual(bits(twin));
      });
    }
  });

  it("reaches numpy's article losses after 1001 passes with 1, 3 and 5 hidden units", () => {
    const list = listOf([sized(1), sized(3), sized(5)]);
    list.setUntilForAll(1001);
    expect(list.train(10_000)).toBe(3 * 1001);
    for (const { id, run } of list.runs()) {
      const numpy = article.tanhSoftmax.find((r) => r.H === run.net.H);
      if (!numpy) throw new Error(`article.json has no run with ${run.net.H} hidden units`);
      expect(run.epoch, `H = ${run.net.H}`).toBe(1001);
      // The article prints its loss after update i = 1000, the 1001st.
      expect(Math.abs(run.evaluate().train.loss - numpy.losses[1]), `id ${id}`).toBeLessThanOrEqual(1e-6);
    }
  });

  it("advances every run by the same number of epochs, whatever its batch size", () => {
    // Updates per epoch: 1, 1, 7 and 4, so a round of one epoch each is 13 updates.
    const list = listOf([sized(1), sized(3), sized(3, 32), sized(5, 50)]);
    expect(list.updatesPerRound).toBe(13);
    expect(list.train(130)).toBe(130);
    expect(list.runs().map(({ run }) => [run.epoch, run.updates])).toEqual([
      [10, 10],
      [10, 10],
      [10, 70],
      [10, 40],
    ]);
    // 6 updates: one epoch of each full-batch run, then 4 of the 7 the batch-32 run needs.
    expect(list.train(6)).toBe(6);
    expect(list.runs().map(({ run }) => [run.epoch, run.updates])).toEqual([
      [11, 11],
      [11, 11],
      [10, 74],
      [10, 40],
    ]);
    // The round goes on where it stopped: 3 more for the batch-32 run, 4 for the batch-50 one.
    expect(list.train(7)).toBe(7);
    expect(list.runs().map(({ run }) => run.epoch)).toEqual([11, 11, 11, 11]);
  });

  it("gives each run at least the epochs a round asks for, across calls, at max speed", () => {
    // Updates per epoch 1 and 7: a round of 4 epochs each is 4 + 28 updates.
    const list = listOf([sized(1), sized(3, 32)]);
    expect(list.train(10, 4)).toBe(10);
    expect(list.runs().map(({ run }) => [run.epoch, run.updates])).toEqual([
      [4, 4],
      [0, 6],
    ]);
    // 22 finish the round; the 8 left begin the next one, again of 4 epochs.
    expect(list.train(30, 4)).toBe(30);
    expect(list.runs().map(({ run }) => [run.epoch, run.updates])).toEqual([
      [8, 8],
      [4, 32],
    ]);
    expect(list.train(100, Number.NaN)).toBe(100); // a nonsense round size is read as 1
  });

  it("stops each run at its own epoch, exactly, and does fewer updates only when none is left", () => {
    const list = new RunList<string>();
    list.add("full", new Run(sized(1)), 5);
    list.add("batch", new Run(sized(3, 32)), 3);
    list.add("endless", new Run(sized(0)));
    expect(list.train(1000)).toBe(1000);
    expect(list.get("full")?.epoch).toBe(5);
    expect(list.get("batch")?.updates).toBe(3 * 7);
    expect(list.get("endless")?.updates).toBe(1000 - 5 - 21);
    expect(["full", "batch", "endless"].map((id) => list.stoppedAt(id))).toEqual([5, 3, null]);

    list.remove("endless");
    expect(list.training).toBe(false);
    expect(list.updatesPerRound).toBe(0);
    expect(list.train(10)).toBe(0);

    expect(list.setUntil("batch", 4)).toBe(true);
    expect(list.training).toBe(true);
    expect(list.train(100)).toBe(7);
    expect(list.get("batch")?.epoch).toBe(4);
    expect(list.stoppedAt("batch")).toBe(4);
    list.setUntilForAll(null);
    expect(list.stoppedAt("batch")).toBe(null);
    expect(list.train(2)).toBe(2);
  });

  it("finishes an epoch begun by single updates and stops at its end", () => {
    const run = new Run(sized(3, 32));
    run.trainUpdates(3); // a Step or three, mid-epoch
    const list = new RunList();
    list.add(1, run, 2);
    expect(list.train(100)).toBe(14 - 3);
    expect([run.epoch, run.updates]).toEqual([2, 14]);
  });

  it("lets a diverged run drop out and gives its share to the others", () => {
    const wild = new Run({ ...ARTICLE_SETTINGS, learningRate: 10 });
    const twin = new Run({ ...ARTICLE_SETTINGS, learningRate: 10 });
    const calm = new Run(sized(1));
    const list = new RunList();
    list.add(1, wild);
    list.add(2, calm);
    expect(list.train(50)).toBe(50);
    twin.train(100);
    expect(wild.divergence).toEqual(twin.divergence);
    expect(wild.updates).toBe(2); // ε = 10 overshoots in its second update (tests/engine/run.test.ts)
    expect(calm.updates).toBe(48);
    expect(list.stoppedAt(1)).toBe(null);
    list.remove(2);
    expect(list.train(5)).toBe(0);
  });

  it("keeps a replaced run's place in the order, and takes runs out in the middle of a round", () => {
    const list = new RunList<string>();
    for (const id of ["a", "b", "c"]) list.add(id, new Run(sized(1)));
    expect(list.train(4)).toBe(4); // one round of one epoch each, then "a" again
    const fresh = new Run(sized(2));
    list.add("b", fresh);
    expect(list.runs().map(({ id }) => id)).toEqual(["a", "b", "c"]);
    expect(list.get("b")).toBe(fresh);
    expect(list.remove("a")).toBe(true);
    expect(list.remove("a")).toBe(false);
    // The round that began with "a" goes on: "b" joined after it began and waits, "c" trains.
    expect(list.train(1)).toBe(1);
    expect([fresh.updates, list.get("c")?.updates]).toEqual([0, 2]);
    expect(list.train(2)).toBe(2);
    expect([fresh.updates, list.get("c")?.updates]).toEqual([1, 3]);
  });

  it("measures each run's training time by the clock it is given", () => {
    let time = 0;
    const list = new RunList(() => time++); // every look at the clock moves it on by 1 ms
    list.add(1, new Run(sized(1)));
    list.add(2, new Run(sized(3)));
    list.train(20); // one round of 10 epochs each: one stretch of training per run
    expect(list.runs().map(({ trainingMs }) => trainingMs)).toEqual([1, 1]);
    expect(new RunList().runs()).toEqual([]);
  });

  it("refuses a stop-at epoch that is not a whole number", () => {
    const list = new RunList();
    expect(() => list.add(1, new Run(sized(1)), 2.5)).toThrow(RangeError);
    expect(() => list.setUntilForAll(-1)).toThrow(RangeError);
    expect(list.setUntil(7, 3)).toBe(false);
  });
});
