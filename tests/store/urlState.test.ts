import { describe, expect, it } from "vitest";
import { type Lang, type Message, translate } from "../../src/i18n/translate.ts";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import { DEFAULT_COMPARE } from "../../src/store/compareUrl.ts";
import { DEFAULT_SPEED, formatHash, parseHash, parseSpeed, parseUntil } from "../../src/store/urlState.ts";

/** The notices as the page words them in `lang`. */
function worded(notices: readonly Message[], lang: Lang = "en"): string[] {
  return notices.map((n) => translate(lang, n.key, n.params));
}

describe("the URL hash", () => {
  it("gives the article's settings, without any notice, when empty", () => {
    for (const hash of ["", "#", "#&&"]) {
      expect(parseHash(hash)).toEqual({
        settings: DEFAULT_SETTINGS,
        speed: DEFAULT_SPEED,
        lang: null,
        present: false,
        view: "playground",
        masked: [],
        compare: DEFAULT_COMPARE,
        until: null,
        notices: [],
      });
    }
  });

  it("reads back exactly what it wrote, so a copied link reproduces the run", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      dataset: "spiral" as const,
      samples: 777,
      noise: 0.35,
      seed: 4294967295,
      initSeed: 12,
      testFraction: 0.3,
      hiddenUnits: 0,
      activation: "relu" as const,
      output: "sigmoid" as const,
      learningRate: 0.0123456789,
      lambda: 0,
      batchSize: 32,
    };
    for (const speed of [1, 2500, "max"] as const) {
      const hash = formatHash(settings, speed);
      expect(parseHash(hash)).toEqual({
        settings,
        speed,
        lang: null,
        present: false,
        view: "playground",
        masked: [],
        compare: DEFAULT_COMPARE,
        until: null,
        notices: [],
      });
    }
  });

  it("writes every key under the names teachers' links use", () => {
    expect(formatHash(DEFAULT_SETTINGS, 500)).toBe(
      "#dataset=moons&samples=200&noise=0.2&seed=0&init=0&test=0&hidden=3&activation=tanh&output=softmax" +
        "&lr=0.01&lambda=0.01&batch=0&speed=500",
    );
  });

  it("keeps the good values of a link and says, key by key, what it ignored and why", () => {
    const { settings, speed, notices } = parseHash(
      "#hidden=999&lr=banana&foo=1&dataset=mars&samples=300&speed=0&noise=0.5",
    );
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, samples: 300, noise: 0.5 });
    expect(speed).toBe(DEFAULT_SPEED);
    expect(worded(notices)).toEqual([
      'Ignored hidden: "999" is not an integer from 0 to 64. Using 3.',
      'Ignored lr: "banana" is not a number greater than 0 and at most 100. Using 0.01.',
      'Ignored "foo=1": "foo" is not a setting of this page.',
      'Ignored dataset: "mars" is not one of moons, circles, xor, gaussians, spiral, custom. Using moons.',
      'Ignored speed: "0" is not a number from 1 to 100000 or "max". Using 500.',
    ]);
  });

  it("refuses numbers that are not plain decimals or are out of range", () => {
    for (const bad of ["", "1e999", "0x10", "Infinity", "NaN", "1,5", "2.5.1", "-0.1", "0"]) {
      const { settings, notices } = parseHash(`#lr=${encodeURIComponent(bad)}`);
      expect(settings.learningRate, bad).toBe(0.01);
      expect(notices, bad).toHaveLength(1);
    }
    expect(worded(parseHash("#hidden=2.5").notices)[0]).toMatch(/not an integer/);
    expect(parseHash("#lr=1e-3").settings.learningRate).toBe(0.001);
  });

  it("reads a plus sign as a plus, not a space, so an exponent like 1e+1 works", () => {
    expect(parseHash("#lr=1e+1")).toEqual({
      settings: { ...DEFAULT_SETTINGS, learningRate: 10 },
      speed: DEFAULT_SPEED,
      lang: null,
      present: false,
      view: "playground",
      masked: [],
      compare: DEFAULT_COMPARE,
      until: null,
      notices: [],
    });
    expect(parseHash("#noise=+0.5&speed=2e+1")).toMatchObject({ speed: 20, notices: [] });
    expect(parseHash("#noise=+0.5").settings.noise).toBe(0.5);
  });

  it("reads a negative zero as zero, so the link it writes back says 0", () => {
    const { settings } = parseHash("#lambda=-0");
    expect(Object.is(settings.lambda, 0)).toBe(true);
    expect(formatHash(settings, 500)).toContain("&lambda=0&");
  });

  it("survives broken URL text and keys without values", () => {
    const { settings, notices } = parseHash("#%E0%A4%A=1&hidden&lr=%ZZ&hidden=5");
    expect(settings.hiddenUnits).toBe(5);
    expect(notices).toHaveLength(3);
    expect(worded(notices).join(" ")).toMatch(/not valid URL text/);
    expect(worded(notices).join(" ")).toMatch(/needs a value/);
  });

  it("says when a key appears twice, once, and uses the last value", () => {
    const { settings, notices } = parseHash("#hidden=1&hidden=2&hidden=3");
    expect(settings.hiddenUnits).toBe(3);
    expect(worded(notices)).toEqual(['"hidden" appears more than once; the last value counts.']);
  });

  it("accepts speeds from 1 epoch per second up to 100000, or max", () => {
    expect(parseSpeed("max")).toEqual({ ok: true, value: "max" });
    expect(parseSpeed("1")).toEqual({ ok: true, value: 1 });
    expect(parseSpeed("100001").ok).toBe(false);
  });
});

describe("the view in the link", () => {
  it("reads lang=ja and present=1, and ignores a language the page does not speak, saying so", () => {
    expect(parseHash("#lang=ja&present=1")).toMatchObject({ lang: "ja", present: true, notices: [] });
    const bad = parseHash("#lang=xx&present=yes");
    expect(bad).toMatchObject({ lang: null, present: false, settings: DEFAULT_SETTINGS });
    expect(bad.notices).toHaveLength(2);
    expect(worded(bad.notices)).toEqual([
      'Ignored lang: "xx" is not one of en, ja.',
      'Ignored present: "yes" is not 1 (presenter mode) or 0.',
    ]);
  });

  it("writes the language always and presenter mode only when on, and reads them back", () => {
    const plain = formatHash(DEFAULT_SETTINGS, 500, { lang: "ja", present: false });
    expect(plain.endsWith("&speed=500&lang=ja")).toBe(true);
    const presenting = formatHash(DEFAULT_SETTINGS, 500, { lang: "en", present: true });
    expect(parseHash(presenting)).toMatchObject({ lang: "en", present: true, notices: [] });
  });
});

describe("masked units, edited weights and the view in the link", () => {
  it("reads view=inside, writes it back, and leaves the playground out of the link", () => {
    expect(parseHash("#view=inside")).toMatchObject({ view: "inside", notices: [] });
    const en = { lang: "en", present: false } as const;
    const inside = formatHash(DEFAULT_SETTINGS, 500, { ...en, view: "inside" });
    expect(inside.endsWith("&lang=en&view=inside")).toBe(true);
    expect(parseHash(inside)).toMatchObject({ view: "inside", notices: [] });
    expect(formatHash(DEFAULT_SETTINGS, 500, { ...en, view: "playground" })).not.toContain("view");
    const bad = parseHash("#view=<b>x</b>");
    expect(bad.view).toBe("playground");
    expect(worded(bad.notices)).toEqual([
      'Ignored view: "<b>x</b>" is not one of playground, inside, compare; the playground is shown.',
    ]);
  });

  it("reads mask=3,1 as units 1 and 3 switched off, and writes it back in order", () => {
    const hash = "#hidden=5&mask=3,1,3";
    expect(parseHash(hash)).toMatchObject({ masked: [1, 3], notices: [] });
    const written = formatHash({ ...DEFAULT_SETTINGS, hiddenUnits: 5 }, 500, {
      lang: "en",
      present: false,
      masked: [1, 3],
    });
    expect(written.endsWith("&lang=en&mask=1,3")).toBe(true);
    expect(parseHash(written)).toMatchObject({ masked: [1, 3], notices: [] });
  });

  it("refuses a mask that is not a list of units, and drops units the network does not have, saying so", () => {
    for (const value of ["x", "0", "1,,2", "65", "1.5", "-1", "1;2"]) {
      const parsed = parseHash(`#mask=${value}`);
      expect(parsed.masked, value).toEqual([]);
      expect(worded(parsed.notices), value).toEqual([
        `Ignored mask: "${value}" is not a comma list of hidden units from 1 to 64; every unit is on.`,
      ]);
    }
    const beyond = parseHash("#hidden=3&mask=2,4,9");
    expect(beyond.masked).toEqual([2]);
    expect(worded(beyond.notices)).toEqual([
      "Ignored mask for unit 4, 9: the network has 3 hidden units; those units stay on.",
    ]);
  });

  it("says that edited weights are not in a link, and writes edited=1 only when weights were edited", () => {
    expect(worded(parseHash("#edited=1").notices)).toEqual([
      "This link was copied after weights were edited by hand. A link keeps the settings, not edited weights: the run starts from its usual initial weights.",
    ]);
    expect(parseHash("#edited=0").notices).toEqual([]);
    expect(parseHash("#edited=yes").notices).toHaveLength(1);
    const view = { lang: "en", present: false } as const;
    expect(formatHash(DEFAULT_SETTINGS, 500, { ...view, edited: true }).endsWith("&edited=1")).toBe(true);
    expect(formatHash(DEFAULT_SETTINGS, 500, { ...view, edited: false })).not.toContain("edited");
  });
});

describe("the link's notices, as messages worded in the language on screen", () => {
  it("name what was ignored, why and what is used instead, as values beside the message", () => {
    expect(parseHash("#hidden=999&foo=1&lang=xx").notices).toEqual([
      {
        key: "notices.url.badInteger",
        params: { key: "hidden", value: "999", min: 0, max: 64, fallback: "3" },
      },
      { key: "notices.url.unknownKey", params: { part: "foo=1", key: "foo" } },
      { key: "notices.url.badLang", params: { value: "xx", choices: "en, ja" } },
    ]);
  });

  it("say the same in Japanese, with the same values", () => {
    const { notices } = parseHash("#hidden=999&lr=banana&foo=1&dataset=mars&speed=0&lang=xx&present=yes");
    expect(worded(notices, "ja")).toEqual([
      "hidden を無視しました：「999」は 0 から 64 までの整数ではありません。3 を使います。",
      "lr を無視しました：「banana」は 0 より大きく 100 以下の数ではありません。0.01 を使います。",
      "「foo=1」を無視しました：「foo」はこのページの設定ではありません。",
      "dataset を無視しました：「mars」は moons, circles, xor, gaussians, spiral, custom のどれでもありません。moons を使います。",
      "speed を無視しました：「0」は 1 から 100000 までの数でも「max」でもありません。500 を使います。",
      "lang を無視しました：「xx」は en, ja のどれでもありません。",
      "present を無視しました：「yes」は 1（プレゼンターモード）でも 0 でもありません。",
    ]);
  });

  it("word every notice in both languages, leaving no placeholder unfilled", () => {
    const { notices } = parseHash(
      "#%E0%A4%A=1&hidden&hidden=2.5&hidden=1&noise=2&output=x&speed=-1&lang=de&present=2&zzz=3",
    );
    expect(notices).toHaveLength(10);
    for (const lang of ["en", "ja"] as const) {
      for (const text of worded(notices, lang)) expect(text, text).not.toMatch(/[{}]|notices\./);
    }
  });

  it("list a notice once however often its cause appears", () => {
    const { notices } = parseHash("#foo=1&foo=1&lang=xx&lang=xx");
    expect(worded(notices)).toEqual([
      'Ignored "foo=1": "foo" is not a setting of this page.',
      '"foo" appears more than once; the last value counts.',
      'Ignored lang: "xx" is not one of en, ja.',
      '"lang" appears more than once; the last value counts.',
    ]);
  });
});

describe("the stop epoch in the link (until)", () => {
  const EN = { lang: "en", present: false } as const;

  it("reads until=20000 (the article's num_passes), and none when absent or empty", () => {
    expect(parseHash("#until=20000")).toMatchObject({ until: 20_000, notices: [] });
    expect(parseHash("#until=2e4")).toMatchObject({ until: 20_000, notices: [] });
    expect(parseHash("#until=1")).toMatchObject({ until: 1, notices: [] });
    expect(parseHash("#until=100000000")).toMatchObject({ until: 100_000_000, notices: [] });
    expect(parseHash("")).toMatchObject({ until: null, notices: [] });
    expect(parseHash("#until=")).toMatchObject({ until: null, notices: [] });
  });

  it("writes until after the speed only when set, and reads back what it wrote", () => {
    const hash = formatHash(DEFAULT_SETTINGS, 500, { ...EN, until: 20_000 });
    expect(hash).toBe(
      "#dataset=moons&samples=200&noise=0.2&seed=0&init=0&test=0&hidden=3&activation=tanh&output=softmax" +
        "&lr=0.01&lambda=0.01&batch=0&speed=500&until=20000&lang=en",
    );
    expect(parseHash(hash)).toMatchObject({ until: 20_000, lang: "en", notices: [] });
    expect(formatHash(DEFAULT_SETTINGS, 500, { ...EN, until: null })).not.toContain("until");
    expect(formatHash(DEFAULT_SETTINGS, 500, EN)).not.toContain("until");
  });

  it("ignores a stop epoch that is not a whole number from 1 to 10⁸, saying so, and never stops", () => {
    for (const value of ["0", "-5", "1.5", "abc", "100000001", "1e9", "Infinity", "0x10", "20 000"]) {
      const parsed = parseHash(`#until=${encodeURIComponent(value)}`);
      expect(parsed.until, value).toBeNull();
      expect(parsed.settings, value).toEqual(DEFAULT_SETTINGS);
      expect(worded(parsed.notices), value).toEqual([
        `Ignored until: "${value}" is not a whole number of epochs from 1 to 100000000; training does not stop by itself.`,
      ]);
    }
  });

  it("words the ignored stop epoch in Japanese too, naming the key and the value", () => {
    expect(worded(parseHash("#until=soon").notices, "ja")).toEqual([
      "until を無視しました：「soon」は 1 から 100000000 までのエポック数（整数）ではありません。学習は自動では止まりません。",
    ]);
  });

  it("keeps the last of two stop epochs, saying the key was repeated", () => {
    const parsed = parseHash("#until=10&until=30");
    expect(parsed.until).toBe(30);
    expect(worded(parsed.notices)).toEqual(['"until" appears more than once; the last value counts.']);
  });

  it("parses a stop epoch as the field does: blank is none, text a reason", () => {
    expect(parseUntil("  ")).toEqual({ ok: true, value: null });
    expect(parseUntil("300")).toEqual({ ok: true, value: 300 });
    expect(parseUntil("3.5").ok).toBe(false);
  });
});

describe("the compare view's keys in the link", () => {
  it("reads the sweep from the hash and writes it back, so a copied link keeps the panels", () => {
    const parsed = parseHash("#sweep=init&values=3,1&overlay=1");
    expect(parsed.compare).toEqual({ sweep: { setting: "initSeed", values: [3, 1] }, overlay: true });
    expect(parsed.notices).toEqual([]);
    const hash = formatHash(DEFAULT_SETTINGS, 500, { lang: "en", present: false, compare: parsed.compare });
    expect(hash.endsWith("&lang=en&sweep=init&values=3,1&overlay=1")).toBe(true);
    expect(parseHash(hash).compare).toEqual(parsed.compare);
  });

  it("reports a bad sizes list among the link's notices, not as an unknown key", () => {
    const { compare, notices } = parseHash("#sizes=1,99");
    expect(compare.sweep.values).toEqual([1]);
    expect(worded(notices)).toEqual(["Ignored 99 in sizes: each value must be an integer from 0 to 64."]);
  });
});
