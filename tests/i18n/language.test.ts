import { describe, expect, it } from "vitest";
import { asLanguage, chooseLanguage, STORED_LANGUAGE_KEY } from "../../src/i18n/language.ts";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { formatHash, parseHash } from "../../src/store/urlState.ts";
import type { TrainerClient } from "../../src/worker/client.ts";
import type { ToWorker } from "../../src/worker/protocol.ts";
import { wordNotice } from "./notices.ts";

const client = (): TrainerClient & { sent: ToWorker[] } => {
  const sent: ToWorker[] = [];
  return { sent, send: (m) => sent.push(m), listen: () => () => {}, terminate() {} };
};

describe("the language the page opens in", () => {
  it("is the link's when the link says", () => {
    expect(chooseLanguage({ url: "ja", stored: "en", browser: ["en-US"] })).toBe("ja");
    expect(chooseLanguage({ url: "en", stored: "ja", browser: ["ja-JP"] })).toBe("en");
  });

  it("is the user's last choice when the link does not say", () => {
    expect(chooseLanguage({ url: null, stored: "ja", browser: ["en-US", "en"] })).toBe("ja");
    expect(chooseLanguage({ url: null, stored: "en", browser: ["ja"] })).toBe("en");
  });

  it("ignores a stored value that is not a language of the page", () => {
    expect(chooseLanguage({ url: null, stored: "xx", browser: ["ja"] })).toBe("ja");
    expect(chooseLanguage({ url: null, stored: "", browser: ["ja"] })).toBe("ja");
    expect(chooseLanguage({ url: null, stored: "ja-JP-bogus-and-long", browser: [] })).toBe("en");
  });

  it("is the first of the browser's preferred languages the page speaks, by primary tag", () => {
    expect(chooseLanguage({ url: null, stored: null, browser: ["ja-JP"] })).toBe("ja");
    expect(chooseLanguage({ url: null, stored: null, browser: ["ja"] })).toBe("ja");
    expect(chooseLanguage({ url: null, stored: null, browser: ["en-GB", "ja"] })).toBe("en");
  });

  it("skips browser languages the page does not speak", () => {
    expect(chooseLanguage({ url: null, stored: null, browser: ["fr-FR", "de", "ja-JP", "en"] })).toBe("ja");
    expect(chooseLanguage({ url: null, stored: null, browser: ["zh-Hant-TW", "ko"] })).toBe("en");
    // "jam" (Jamaican Creole) is not Japanese
    expect(chooseLanguage({ url: null, stored: null, browser: ["jam", "en"] })).toBe("en");
  });

  it("is English when nothing says otherwise", () => {
    expect(chooseLanguage({ url: null, stored: null, browser: [] })).toBe("en");
  });

  it("names only the page's languages as languages", () => {
    expect(asLanguage("en")).toBe("en");
    expect(asLanguage("ja")).toBe("ja");
    for (const text of ["xx", "", "EN ", "japanese", null, undefined]) expect(asLanguage(text)).toBeNull();
  });

  it("is remembered under a key of the page's own", () => {
    expect(STORED_LANGUAGE_KEY).toMatch(/\S/);
  });
});

describe("lang in the link", () => {
  it("is read when it is en or ja", () => {
    expect(parseHash("#lang=ja").lang).toBe("ja");
    expect(parseHash("#lang=en").lang).toBe("en");
    expect(parseHash("#lang=ja").notices).toEqual([]);
  });

  it("is ignored with a notice naming lang when it is anything else", () => {
    for (const bad of ["xx", "JA", "ja-JP", "日本語"]) {
      const parsed = parseHash(`#lang=${encodeURIComponent(bad)}`);
      expect(parsed.lang).toBeNull();
      expect(parsed.notices).toHaveLength(1);
      expect(wordNotice(parsed.notices[0])).toMatch(/lang/);
      if (bad === "xx") expect(wordNotice(parsed.notices[0])).toContain("xx");
    }
  });

  it("once ignored, leaves the language the page chose", () => {
    const store = createPlaygroundStore(client(), parseHash("#lang=xx"), () => {}, "ja");
    expect(store.getState().lang).toBe("ja");
    expect(store.getState().notices).toHaveLength(1);
  });

  it("ignored in a later link, does not change the language on screen either", () => {
    const store = createPlaygroundStore(client(), parseHash("#lang=ja"), () => {}, "en");
    expect(store.getState().lang).toBe("ja");
    store.getState().applyHash(parseHash("#lang=xx"));
    expect(store.getState().lang).toBe("ja");
    store.getState().applyHash(parseHash("#lang=en"));
    expect(store.getState().lang).toBe("en");
  });

  it("is always written, and present=1 only when presenter mode is on", () => {
    const { settings, speed } = parseHash("");
    expect(formatHash(settings, speed, { lang: "ja", present: false })).toMatch(/(^#|&)lang=ja(&|$)/);
    expect(formatHash(settings, speed, { lang: "ja", present: false })).not.toContain("present");
    expect(formatHash(settings, speed, { lang: "en", present: true })).toMatch(/(^#|&)present=1(&|$)/);
    const back = parseHash(formatHash(settings, speed, { lang: "ja", present: true }));
    expect({ lang: back.lang, present: back.present, notices: back.notices }).toEqual({
      lang: "ja",
      present: true,
      notices: [],
    });
  });
});
