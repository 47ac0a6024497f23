import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { formatHash, parseHash } from "../../src/store/urlState.ts";

/** The page in English, not presenting: what the store holds unless a test changes it. */
const EN = { lang: "en", present: false } as const;

import { syncUrl, type UrlWindow } from "../../src/store/urlSync.ts";
import type { TrainerClient } from "../../src/worker/client.ts";
import type { ToWorker } from "../../src/worker/protocol.ts";
import { makeFrame } from "../fakes/frames.ts";

/** A browser window as urlSync sees it, with Safari's rule: over 100 replaceState calls in 10 s throw. */
function fakeWindow(hash: string) {
  const listeners = new Set<() => void>();
  const calls: number[] = [];
  const win = {
    location: { hash },
    /** Times (fake ms) of every replaceState call, refused or not. */
    calls,
    /** Refuse every write, whatever the rate. */
    refuse: false,
    /** Fire hashchange on our own writes too (no browser does; a guard against re-applying them). */
    echo: false,
    history: {
      replaceState(_data: unknown, _unused: string, url?: string | URL | null) {
        const now = Date.now();
        calls.push(now);
        if (win.refuse || calls.filter((t) => t > now - 10_000).length > 100) {
          throw new Error(
            "SecurityError: Attempt to use history.replaceState() more than 100 times per 10 seconds",
          );
        }
        win.location.hash = String(url);
        if (win.echo) for (const listener of listeners) listener();
      },
    },
    addEventListener: (_type: "hashchange", listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: "hashchange", listener: () => void) => listeners.delete(listener),
    /** The user edits the address bar: the hash changes and the browser fires hashchange. */
    editByHand(next: string) {
      win.location.hash = next;
      for (const listener of listeners) listener();
    },
  };
  return win satisfies UrlWindow;
}

function setup(hash = "") {
  const sent: ToWorker[] = [];
  const client: TrainerClient = { send: (m) => sent.push(m), listen: () => () => {}, terminate() {} };
  const store = createPlaygroundStore(client, parseHash(hash), () => {});
  const win = fakeWindow(hash);
  const stop = syncUrl(store, win);
  const configures = () => sent.filter((m) => m.type === "configure");
  return { store, win, sent, configures, stop };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("keeping the URL hash in step", () => {
  it("writes the full hash at once on load", () => {
    const { win } = setup("#hidden=5");
    expect(win.calls).toHaveLength(1);
    expect(win.location.hash).toBe(formatHash({ ...DEFAULT_SETTINGS, hiddenUnits: 5 }, 500, EN));
  });

  it("writes a slider dragged through 200 values in 2 s a few times a second, then its final value", () => {
    const { store, win, configures } = setup();
    win.calls.length = 0;
    for (let i = 0; i < 200; i++) {
      store.getState().setSetting("noise", Math.round(i * 5) / 1000);
      store.getState().setSpeed(i + 1);
      vi.advanceTimersByTime(10);
    }
    expect(configures()).toHaveLength(201);
    expect(win.calls.length).toBeLessThanOrEqual(2 * 4 + 1);
    vi.advanceTimersByTime(1000);
    expect(win.location.hash).toBe(formatHash({ ...DEFAULT_SETTINGS, noise: 0.995 }, 200, EN));
    expect(win.calls.length).toBeLessThanOrEqual(2 * 4 + 2);
    for (let i = 1; i < win.calls.length; i++)
      expect(win.calls[i] - win.calls[i - 1]).toBeGreaterThanOrEqual(250);
  });

  it("writes a single change at once", () => {
    const { store, win } = setup();
    vi.advanceTimersByTime(5000);
    store.getState().setSetting("hiddenUnits", 8);
    expect(win.location.hash).toBe(formatHash({ ...DEFAULT_SETTINGS, hiddenUnits: 8 }, 500, EN));
  });

  it("keeps a setting change whole when the browser refuses to write, and writes it later", () => {
    const { store, win, configures } = setup();
    win.refuse = true;
    expect(() => store.getState().setSetting("hiddenUnits", 8)).not.toThrow();
    expect(() => store.getState().setSpeed(20)).not.toThrow();
    expect(store.getState().settings.hiddenUnits).toBe(8);
    expect(store.getState().speed).toBe(20);
    expect(configures().at(-1)).toEqual({
      type: "configure",
      settings: { ...DEFAULT_SETTINGS, hiddenUnits: 8 },
    });
    expect(win.location.hash).toBe(formatHash(DEFAULT_SETTINGS, 500, EN));
    win.refuse = false;
    vi.advanceTimersByTime(5000);
    expect(win.location.hash).toBe(formatHash({ ...DEFAULT_SETTINGS, hiddenUnits: 8 }, 20, EN));
  });

  it("stays within Safari's limit over a minute of dragging", () => {
    const { store, win, configures } = setup();
    for (let i = 0; i < 6000; i++) {
      store.getState().setSetting("lambda", i % 2 === 0 ? 0.1 : 0.2);
      vi.advanceTimersByTime(10);
    }
    expect(configures()).toHaveLength(6001);
    vi.advanceTimersByTime(1000);
    expect(win.location.hash).toBe(formatHash({ ...DEFAULT_SETTINGS, lambda: 0.2 }, 500, EN));
    for (const t of win.calls)
      expect(win.calls.filter((u) => u > t - 10_000 && u <= t).length).toBeLessThanOrEqual(100);
  });

  it("applies a hash edited by hand, then writes it back in full", () => {
    const { store, win, configures } = setup();
    win.editByHand("#hidden=5&lr=1e+1&foo=1");
    expect(store.getState().settings).toEqual({ ...DEFAULT_SETTINGS, hiddenUnits: 5, learningRate: 10 });
    expect(store.getState().notices).toEqual([
      { key: "notices.url.unknownKey", params: { part: "foo=1", key: "foo" } },
    ]);
    expect(configures()).toHaveLength(2);
    vi.advanceTimersByTime(1000);
    expect(win.location.hash).toBe(
      formatHash({ ...DEFAULT_SETTINGS, hiddenUnits: 5, learningRate: 10 }, 500, EN),
    );
  });

  it("does not apply its own writes again", () => {
    const { store, win, sent } = setup("#foo=1");
    win.echo = true;
    const notices = store.getState().notices;
    expect(notices).toHaveLength(1);
    const before = sent.length;
    store.getState().setSetting("hiddenUnits", 6);
    vi.advanceTimersByTime(1000);
    expect(sent.length).toBe(before + 1);
    expect(store.getState().notices).toBe(notices);
  });

  it("stops listening and writes what is still waiting when stopped", () => {
    const { store, win, stop, configures } = setup();
    store.getState().setSetting("hiddenUnits", 6);
    store.getState().setSetting("hiddenUnits", 7);
    stop();
    expect(win.location.hash).toBe(formatHash({ ...DEFAULT_SETTINGS, hiddenUnits: 7 }, 500, EN));
    win.editByHand("#hidden=9");
    expect(store.getState().settings.hiddenUnits).toBe(7);
    expect(configures()).toHaveLength(3);
  });

  it("writes every point added to the user's own data set into the link", () => {
    const { store, win } = setup("#points=0,0,1");
    vi.advanceTimersByTime(1000);
    store.getState().addPoint(0.5, -0.25, 0);
    vi.advanceTimersByTime(1000);
    expect(win.location.hash).toMatch(/&points=0,0,1;0\.5,-0\.25,0$/);
    store.getState().addPoint(1, 1, 1);
    vi.advanceTimersByTime(1000);
    expect(parseHash(win.location.hash).points?.n).toBe(3);
  });

  it("notes masked units and hand-edited weights in the link", () => {
    const { store, win } = setup("#hidden=4");
    store.getState().toggleMask(2);
    vi.advanceTimersByTime(1000);
    expect(win.location.hash.endsWith("&lang=en&mask=2")).toBe(true);
    store.setState({ frame: makeFrame({ hiddenUnits: 4, edited: true }) });
    vi.advanceTimersByTime(1000);
    expect(win.location.hash.endsWith("&lang=en&mask=2&edited=1")).toBe(true);
  });

  it("writes the stop epoch into the link when set, and takes it from a hash edited by hand", () => {
    const { store, win, sent } = setup();
    store.getState().setUntil(20_000);
    vi.advanceTimersByTime(1000);
    expect(win.location.hash).toBe(formatHash(DEFAULT_SETTINGS, 500, { ...EN, until: 20_000 }));
    expect(win.location.hash).toContain("&speed=500&until=20000&");
    win.editByHand(formatHash(DEFAULT_SETTINGS, 500, { ...EN, until: 50 }));
    expect(store.getState().until).toBe(50);
    expect(sent.filter((m) => m.type === "until")).toEqual([
      { type: "until", epoch: 20_000 },
      { type: "until", epoch: 50 },
    ]);
    store.getState().setUntil(null);
    vi.advanceTimersByTime(1000);
    expect(win.location.hash).toBe(formatHash(DEFAULT_SETTINGS, 500, EN));
  });
});
