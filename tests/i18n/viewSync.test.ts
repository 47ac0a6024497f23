import { describe, expect, it } from "vitest";
import { STORED_LANGUAGE_KEY } from "../../src/i18n/language.ts";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import { syncView, type ViewWindow } from "../../src/store/viewSync.ts";
import type { TrainerClient } from "../../src/worker/client.ts";
import type { ToWorker } from "../../src/worker/protocol.ts";

const client = (): TrainerClient & { sent: ToWorker[] } => {
  const sent: ToWorker[] = [];
  return { sent, send: (m) => sent.push(m), listen: () => () => {}, terminate() {} };
};

function fakeWindow(storage: "works" | "refuses" | "absent" = "works") {
  const stored = new Map<string, string>();
  const classes = new Set<string>();
  const win: ViewWindow & { stored: Map<string, string>; classes: Set<string> } = {
    stored,
    classes,
    document: {
      documentElement: {
        lang: "en",
        classList: {
          toggle: (name: string, on?: boolean) => {
            if (on ?? !classes.has(name)) classes.add(name);
            else classes.delete(name);
            return classes.has(name);
          },
        },
      },
    },
  };
  if (storage === "works") win.localStorage = { setItem: (k, v) => void stored.set(k, v) };
  if (storage === "refuses")
    win.localStorage = {
      setItem: () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      },
    };
  return win;
}

describe("the document follows the page's language", () => {
  it("sets <html lang> at once to the language the page opens in, without storing a choice", () => {
    const win = fakeWindow();
    const store = createPlaygroundStore(client(), parseHash(""), () => {}, "ja");
    syncView(store, win);
    expect(win.document.documentElement.lang).toBe("ja");
    expect(win.stored.size).toBe(0);
  });

  it("changes <html lang> and remembers the choice when the user switches", () => {
    const win = fakeWindow();
    const store = createPlaygroundStore(client(), parseHash(""), () => {}, "en");
    syncView(store, win);
    store.getState().setLang("ja");
    expect(win.document.documentElement.lang).toBe("ja");
    expect(win.stored.get(STORED_LANGUAGE_KEY)).toBe("ja");
    store.getState().setLang("en");
    expect(win.document.documentElement.lang).toBe("en");
    expect(win.stored.get(STORED_LANGUAGE_KEY)).toBe("en");
  });

  it("does not touch the document or storage for changes other than the language", () => {
    const win = fakeWindow();
    const store = createPlaygroundStore(client(), parseHash(""), () => {}, "en");
    syncView(store, win);
    store.getState().setPresent(true);
    store.getState().setSetting("hiddenUnits", 5);
    expect(win.document.documentElement.lang).toBe("en");
    expect(win.stored.size).toBe(0);
  });

  it("keeps working when storage refuses or is missing: the switch still holds for this visit", () => {
    for (const storage of ["refuses", "absent"] as const) {
      const win = fakeWindow(storage);
      const store = createPlaygroundStore(client(), parseHash(""), () => {}, "en");
      syncView(store, win);
      expect(() => store.getState().setLang("ja")).not.toThrow();
      expect(win.document.documentElement.lang).toBe("ja");
      expect(store.getState().lang).toBe("ja");
    }
  });

  it("stops following when asked to", () => {
    const win = fakeWindow();
    const store = createPlaygroundStore(client(), parseHash(""), () => {}, "en");
    const stop = syncView(store, win);
    stop();
    store.getState().setLang("ja");
    expect(win.document.documentElement.lang).toBe("en");
    expect(win.stored.size).toBe(0);
  });

  it("sends the trainer nothing when the language changes", () => {
    const worker = client();
    const store = createPlaygroundStore(worker, parseHash(""), () => {}, "en");
    syncView(store, fakeWindow());
    const before = worker.sent.length;
    store.getState().setLang("ja");
    store.getState().setLang("en");
    expect(worker.sent.length).toBe(before);
  });
});

describe("the document follows presenter mode", () => {
  it("marks <html> as presenting from a link with present=1, and unmarks it when the mode ends", () => {
    const win = fakeWindow();
    const store = createPlaygroundStore(client(), parseHash("#present=1"), () => {});
    syncView(store, win);
    expect(win.classes.has("presenting")).toBe(true);
    store.getState().setPresent(false);
    expect(win.classes.has("presenting")).toBe(false);
  });
});
