import { describe, expect, it } from "vitest";
import { Run } from "../../src/engine/run.ts";
import { captureRun } from "../../src/engine/snapshot.ts";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import type { PanelSpec, PanelsFrame, PanelView, ToWorker } from "../../src/worker/protocol.ts";
import { FakeClient } from "../fakes/fakeClient.ts";

/** A panel's view as a worker would send it (a tiny grid: the store does not look inside). */
function view(id: string, hiddenUnits: number, over: Partial<PanelView> = {}): PanelView {
  return {
    id,
    hiddenUnits,
    epoch: 0,
    updates: 0,
    trainLoss: 0.5,
    trainAccuracy: 0.5,
    testLoss: null,
    testAccuracy: null,
    grid: new Float32Array(4),
    gridCols: 2,
    gridRows: 2,
    divergence: null,
    stoppedAt: null,
    epochsPerSecond: 0,
    ...over,
  };
}

function panelsFrame(handled: number, panels: PanelView[], over: Partial<PanelsFrame> = {}): PanelsFrame {
  const domain = { x1Min: -2, x1Max: 3, x2Min: -2, x2Max: 2 };
  return { type: "panels", handled, status: "paused", domain, panels, playingMs: 0, ...over };
}

/** The last panel list a worker was given (null: back to the single run; undefined: never given). */
function lastPanels(client: FakeClient): PanelSpec[] | null | undefined {
  const sent = client
    .commands()
    .filter((m): m is Extract<ToWorker, { type: "panels" }> => m.type === "panels");
  return sent[sent.length - 1]?.panels;
}

/** The store with a pool of `workers` fake workers, opened from `hash`. */
function setup(hash: string, workers = 2) {
  const primary = new FakeClient();
  const spawned: FakeClient[] = [];
  const paints: (() => void)[] = [];
  const pool = {
    workers,
    spawn: () => {
      const client = new FakeClient();
      spawned.push(client);
      return client;
    },
  };
  const store = createPlaygroundStore(primary, parseHash(hash), (task) => paints.push(task), "en", pool);
  const paint = () => {
    for (const task of paints.splice(0)) task();
  };
  return { primary, spawned, store, paint };
}

describe("the compare view in the store", () => {
  it("shares the article's sizes out by cost: H = 50 on one worker, the seven others on the second", () => {
    const { primary, spawned, store } = setup("#view=compare");
    expect(store.getState().view).toBe("compare");
    expect(spawned).toHaveLength(1);
    const ids = (panels: PanelSpec[] | null | undefined) => panels?.map((p) => p.id);
    expect(ids(lastPanels(primary))).toEqual(["hidden=50"]);
    expect(ids(lastPanels(spawned[0]))).toEqual([0, 1, 2, 3, 4, 5, 20].map((h) => `hidden=${h}`));
    // Each panel is the single view's settings with its own H.
    for (const panel of [...(lastPanels(primary) ?? []), ...(lastPanels(spawned[0]) ?? [])]) {
      expect(panel.settings).toEqual({ ...DEFAULT_SETTINGS, hiddenUnits: Number(panel.id.slice(7)) });
    }
    // The new worker learns the pace and the stop epoch before its panels.
    expect(spawned[0].types()).toEqual(["speed", "until", "panels"]);
  });

  it("trains every panel on the page's worker when there is one core", () => {
    const { primary, spawned } = setup("#view=compare&sizes=1,3", 1);
    expect(spawned).toHaveLength(0);
    expect(lastPanels(primary)?.map((p) => p.id)).toEqual(["hidden=1", "hidden=3"]);
  });

  it("sends Play, Pause, Step, Reset, the speed and the stop epoch to every worker", () => {
    const { primary, spawned, store } = setup("#view=compare");
    const before = [primary.commands().length, spawned[0].commands().length];
    const s = store.getState();
    s.play();
    expect(store.getState().status).toBe("running");
    s.pause();
    s.step();
    s.reset();
    s.setSpeed("max");
    s.setUntil(20000);
    const since = (client: FakeClient, from: number) => client.types().slice(from);
    const expected = ["play", "pause", "step", "reset", "speed", "until"];
    expect(since(primary, before[0])).toEqual(expected);
    expect(since(spawned[0], before[1])).toEqual(expected);
  });

  it("merges the workers' panels, takes the slowest worker's time, and runs while any worker runs", () => {
    const { primary, spawned, store, paint } = setup("#view=compare&sizes=1,50");
    store.getState().play();
    const handled = (c: FakeClient) => c.commands().length;
    spawned[0].emit(
      panelsFrame(handled(spawned[0]), [view("hidden=1", 1, { epoch: 900 })], {
        status: "paused",
        playingMs: 1200,
      }),
    );
    primary.emit(
      panelsFrame(handled(primary), [view("hidden=50", 50, { epoch: 300 })], {
        status: "running",
        playingMs: 1300,
      }),
    );
    const s = store.getState();
    expect([...s.panels.keys()].sort()).toEqual(["hidden=1", "hidden=50"]);
    expect(s.panels.get("hidden=50")?.epoch).toBe(300);
    expect(s.panelsMs).toBe(1300);
    expect(s.status).toBe("running");
    expect(s.panelDomain).toEqual({ x1Min: -2, x1Max: 3, x2Min: -2, x2Max: 2 });
    // Each worker's frame is acknowledged once the page has painted.
    paint();
    expect(primary.sent.filter((m) => m.type === "frameDone")).toHaveLength(1);
    expect(spawned[0].sent.filter((m) => m.type === "frameDone")).toHaveLength(1);
  });

  it("gives the panels new settings and new lists, and forgets panels that went", () => {
    const { primary, spawned, store } = setup("#view=compare&sizes=1,2,3", 2);
    spawned[0].emit(panelsFrame(0, [view("hidden=1", 1), view("hidden=2", 2)]));
    store.getState().setSetting("learningRate", 0.05);
    const all = [...(lastPanels(primary) ?? []), ...(lastPanels(spawned[0]) ?? [])];
    expect(all.map((p) => p.settings.learningRate)).toEqual([0.05, 0.05, 0.05]);
    expect(primary.types()).toContain("configure"); // the single view keeps the same settings
    store.getState().setCompare({ sweep: { setting: "hiddenUnits", values: [2, 5] }, overlay: false });
    const ids = [...(lastPanels(primary) ?? []), ...(lastPanels(spawned[0]) ?? [])].map((p) => p.id);
    expect(ids.sort()).toEqual(["hidden=2", "hidden=5"]);
    expect([...store.getState().panels.keys()]).toEqual(["hidden=2"]);
  });

  it("opens a panel in the single view, weights and all, and leaves the compare view", () => {
    const { primary, spawned, store } = setup("#view=compare");
    store.getState().openPanel("hidden=3");
    expect(spawned[0].commands().at(-1)).toEqual({ type: "capture", id: "hidden=3" });
    const run = new Run({ ...DEFAULT_SETTINGS, hiddenUnits: 3, learningRate: 0.01 });
    run.train(12);
    const snapshot = captureRun(run);
    const from = primary.commands().length;
    spawned[0].emit({ type: "captured", id: "hidden=3", snapshot });
    const s = store.getState();
    expect(s.view).toBe("playground");
    expect(s.settings).toEqual(snapshot.settings);
    expect(primary.types().slice(from)).toEqual(["panels", "configure", "restore"]);
    expect(lastPanels(primary)).toBeNull();
    expect(lastPanels(spawned[0])).toBeNull();
    expect(primary.commands().at(-1)).toEqual({ type: "restore", snapshot });
  });

  it("says in words when a worker fails, and pauses", () => {
    const { spawned, store } = setup("#view=compare");
    store.getState().play();
    spawned[0].emit({ type: "error", message: "out of memory" });
    expect(store.getState()).toMatchObject({ error: "out of memory", status: "paused" });
  });

  it("enters and leaves the compare view from the link and the tabs", () => {
    const { primary, spawned, store } = setup("");
    expect(lastPanels(primary)).toBeUndefined();
    store.getState().setView("compare");
    expect(lastPanels(primary)).toHaveLength(1);
    expect(spawned).toHaveLength(1);
    store.getState().applyHash(parseHash("#view=inside"));
    expect(store.getState()).toMatchObject({ view: "inside", status: "paused" });
    expect(lastPanels(primary)).toBeNull();
    expect(store.getState().panels.size).toBe(0);
    store.getState().applyHash(parseHash("#view=compare&sweep=lr&values=0.1,1"));
    expect(
      lastPanels(primary)
        ?.concat(lastPanels(spawned[0]) ?? [])
        .map((p) => p.id)
        .sort(),
    ).toEqual(["lr=0.1", "lr=1"]);
  });
});
