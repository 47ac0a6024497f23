import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import { syncUrl, type UrlWindow } from "../../src/store/urlSync.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";
import { FakeClient } from "../fakes/fakeClient.ts";

function setup(hash = "") {
  const client = new FakeClient();
  const store = createPlaygroundStore(client, parseHash(hash), () => {});
  return { client, store };
}

/** The run a store holds, as a preset sets it up and Undo preset brings it back. */
function runOf(store: ReturnType<typeof setup>["store"]) {
  const { settings, view, compare, speed, until, masked } = store.getState();
  return { settings, view, compare: view === "compare" ? compare : null, speed, until, masked };
}

describe("choosing a preset in the store", () => {
  it("sets up the preset's whole run, fresh, and names it", () => {
    const { client, store } = setup("#hidden=7&speed=20&mask=2");
    client.sent.length = 0;
    store.getState().applyPreset("overfit");
    expect(runOf(store)).toEqual({
      settings: {
        ...ARTICLE_SETTINGS,
        samples: 300,
        noise: 0.45,
        testFraction: 0.85,
        lambda: 0,
        learningRate: 0.05,
      },
      view: "compare",
      compare: { sweep: { setting: "hiddenUnits", values: [3, 50] }, overlay: false },
      speed: "max",
      until: 20000,
      masked: [],
    });
    expect(store.getState().preset).toBe("overfit");
    expect(client.types()).toContain("configure");
    expect(client.types().at(-1)).toBe("reset");
  });

  it("starts a fresh run even when the settings already are the preset's (ε alone would keep the weights)", () => {
    const { client, store } = setup();
    client.sent.length = 0;
    store.getState().applyPreset("lr-too-high");
    expect(store.getState().settings).toEqual({ ...ARTICLE_SETTINGS, learningRate: 1 });
    expect(client.types().at(-1)).toBe("reset");
  });

  it("is undone by one action that brings back the settings, view, sweep, speed and stop epoch before it", () => {
    const { store } = setup("#hidden=7&speed=20&until=500&mask=2");
    const before = runOf(store);
    store.getState().applyPreset("figure4");
    expect(store.getState().view).toBe("compare");
    store.getState().undoPreset();
    expect(runOf(store)).toEqual(before);
    expect(store.getState().preset).toBeNull();
    expect(store.getState().presetUndo).toBeNull();
  });

  it("undoes a preset chosen after another back to the first, still named, with one reset", () => {
    const { client, store } = setup();
    store.getState().applyPreset("perceptron");
    store.getState().applyPreset("derivation");
    client.sent.length = 0;
    store.getState().undoPreset();
    expect(client.types().filter((type) => type === "reset")).toHaveLength(1);
    expect(store.getState().settings).toEqual({ ...ARTICLE_SETTINGS, hiddenUnits: 0 });
    expect(store.getState().preset).toBe("perceptron");
  });

  it("lets the preset go, and its undo, once a setting, the sweep or the stop epoch change; not the speed", () => {
    for (const change of [
      (s: ReturnType<typeof setup>["store"]) => s.getState().setSetting("noise", 0.3),
      (s: ReturnType<typeof setup>["store"]) => s.getState().setUntil(null),
      (s: ReturnType<typeof setup>["store"]) =>
        s.getState().setCompare({ sweep: { setting: "hiddenUnits", values: [1, 2] }, overlay: false }),
    ]) {
      const { store } = setup();
      store.getState().applyPreset("figure4");
      store.getState().setSpeed(50);
      expect(store.getState().preset).toBe("figure4");
      change(store);
      expect(store.getState().preset).toBeNull();
      expect(store.getState().presetUndo).toBeNull();
    }
  });

  it("keeps the inside view for a single-run preset and leaves the compare view for one", () => {
    const { store } = setup("#view=inside");
    store.getState().applyPreset("derivation");
    expect(store.getState().view).toBe("inside");
    store.getState().applyPreset("figure4");
    store.getState().applyPreset("figure3");
    expect(store.getState().view).toBe("playground");
  });

  it("names the preset a link opens with, with nothing to undo, unless the link's other keys changed its run", () => {
    expect(setup("#preset=figure4").store.getState()).toMatchObject({
      preset: "figure4",
      presetUndo: null,
      view: "compare",
    });
    expect(setup("#preset=figure4&lambda=0.1").store.getState().preset).toBeNull();
  });
});

/** A window whose address bar the test edits; urlSync writes back with replaceState. */
function fakeWindow(hash: string) {
  const listeners = new Set<() => void>();
  const win = {
    location: { hash },
    history: {
      replaceState(_data: unknown, _unused: string, url?: string | URL | null) {
        win.location.hash = String(url);
      },
    },
    addEventListener: (_type: "hashchange", listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: "hashchange", listener: () => void) => listeners.delete(listener),
    editByHand(next: string) {
      win.location.hash = next;
      for (const listener of listeners) listener();
    },
  };
  return win satisfies UrlWindow;
}

describe("a preset in the link", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("is written first while the preset is in force, and dropped once a setting changes", () => {
    const { store } = setup("#preset=perceptron");
    const win = fakeWindow("#preset=perceptron");
    syncUrl(store, win);
    expect(win.location.hash).toMatch(/^#preset=perceptron&dataset=moons&.*&hidden=0&.*&until=20000/);
    vi.advanceTimersByTime(1000);
    store.getState().setSetting("hiddenUnits", 2);
    vi.advanceTimersByTime(1000);
    expect(win.location.hash).not.toContain("preset");
    expect(win.location.hash).toContain("hidden=2");
  });

  it("applies a preset typed into the address bar, undoably, and writes the link back in full", () => {
    const { client, store } = setup("#hidden=7");
    const win = fakeWindow("#hidden=7");
    syncUrl(store, win);
    client.sent.length = 0;
    win.editByHand("#preset=derivation");
    expect(store.getState().settings).toEqual({ ...ARTICLE_SETTINGS, output: "sigmoid", learningRate: 0.1 });
    expect(store.getState().preset).toBe("derivation");
    expect(client.types().at(-1)).toBe("reset");
    vi.advanceTimersByTime(1000);
    expect(parseHash(win.location.hash)).toMatchObject({ preset: "derivation", until: 20000, notices: [] });
    store.getState().undoPreset();
    expect(store.getState().settings).toEqual({ ...ARTICLE_SETTINGS, hiddenUnits: 7 });
  });

  it("shows an unknown preset typed into the address bar as a notice and changes nothing else", () => {
    const { store } = setup();
    const win = fakeWindow("");
    syncUrl(store, win);
    win.editByHand("#preset=nope");
    expect(store.getState().settings).toEqual(ARTICLE_SETTINGS);
    expect(store.getState().notices.map((n) => n.key)).toEqual(["presets.url.unknown"]);
  });
});
