/** The link's `embed=1` (issue 10, Share): read, written back, kept by the store and the address bar. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Message, translate } from "../../src/i18n/translate.ts";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { DEFAULT_SPEED, formatHash, parseHash } from "../../src/store/urlState.ts";
import { hashOf, syncUrl, type UrlWindow } from "../../src/store/urlSync.ts";
import type { TrainerClient } from "../../src/worker/client.ts";

const worded = (notices: readonly Message[], lang: "en" | "ja") =>
  notices.map((n) => translate(lang, n.key, n.params));

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

function storeFor(hash: string) {
  const client: TrainerClient = { send: () => {}, listen: () => () => {}, terminate() {} };
  return createPlaygroundStore(client, parseHash(hash), () => {});
}

describe("the link's embed key", () => {
  it("reads embed=1 without a notice, and embed=0 or no key as the full page", () => {
    expect(parseHash("#embed=1")).toMatchObject({ embed: true, notices: [] });
    expect(parseHash("#embed=0").embed ?? false).toBe(false);
    expect(parseHash("#embed=0").notices).toEqual([]);
    expect(parseHash("#hidden=3").embed).toBeUndefined();
  });

  it("writes embed=1 only when on, and reads back exactly what it wrote", () => {
    const settings = { ...DEFAULT_SETTINGS, hiddenUnits: 5, learningRate: 0.1 };
    const on = formatHash(settings, 200, { lang: "ja", present: false, embed: true });
    const off = formatHash(settings, 200, { lang: "ja", present: false, embed: false });
    expect(on).toContain("&embed=1");
    expect(off).not.toContain("embed");
    expect(on.replace("&embed=1", "")).toBe(off);
    const back = parseHash(on);
    expect(back).toMatchObject({ settings, speed: 200, lang: "ja", embed: true, notices: [] });
    expect(formatHash(back.settings, back.speed, { lang: "ja", present: false, embed: back.embed })).toBe(on);
  });

  it("ignores embed=2 (or any other value), saying so in English and Japanese, and keeps the rest", () => {
    for (const value of ["2", "yes", "", "true"]) {
      const state = parseHash(`#hidden=4&embed=${value}`);
      expect(state.embed ?? false).toBe(false);
      expect(state.settings).toEqual({ ...DEFAULT_SETTINGS, hiddenUnits: 4 });
      expect(state.speed).toBe(DEFAULT_SPEED);
      expect(worded(state.notices, "en")).toEqual([
        `Ignored embed: "${value}" is not 1 (only the plane and its run buttons) or 0.`,
      ]);
      const [ja] = worded(state.notices, "ja");
      expect(ja).toContain("embed を無視しました");
      expect(ja).toContain(`「${value}」`);
    }
  });

  it("is read and written with presenter mode, a preset and the other view keys", () => {
    const state = parseHash("#preset=figure3&embed=1&present=1&lang=en");
    expect(state).toMatchObject({ embed: true, present: true, preset: "figure3", notices: [] });
  });
});

describe("the store and the address bar", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("holds embed from the link, and a hash edited by hand turns it on and off", () => {
    expect(storeFor("").getState().embed).toBe(false);
    const store = storeFor("#embed=1");
    expect(store.getState().embed).toBe(true);
    store.getState().applyHash(parseHash("#embed=0"));
    expect(store.getState().embed).toBe(false);
    store.getState().applyHash(parseHash("#embed=1"));
    expect(store.getState().embed).toBe(true);
  });

  it("keeps embed=1 in the link when the hash is rewritten after a settings change", () => {
    const store = storeFor("#embed=1&hidden=3");
    const win = fakeWindow("#embed=1&hidden=3");
    const stop = syncUrl(store, win);
    expect(win.location.hash).toContain("embed=1");
    store.getState().setSetting("hiddenUnits", 6);
    vi.advanceTimersByTime(1000);
    expect(win.location.hash).toContain("hidden=6");
    expect(win.location.hash).toContain("embed=1");
    win.editByHand(win.location.hash.replace("&embed=1", ""));
    expect(store.getState().embed).toBe(false);
    stop();
  });

  it("gives the same link without embed for the full page", () => {
    const store = storeFor("#embed=1&hidden=2&lang=ja");
    const full = hashOf(store.getState(), { embed: false });
    expect(full).not.toContain("embed");
    expect(hashOf(store.getState())).toBe(full.replace("&lang=ja", "&lang=ja&embed=1"));
    expect(parseHash(full)).toMatchObject({ settings: store.getState().settings, lang: "ja", notices: [] });
  });

  it("stays embedded when a preset is undone", () => {
    const store = storeFor("#embed=1");
    store.getState().applyPreset("figure3");
    store.getState().undoPreset();
    expect(store.getState().embed).toBe(true);
  });
});
