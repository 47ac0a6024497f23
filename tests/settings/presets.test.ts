import { describe, expect, it } from "vitest";
import type { RunSettings } from "../../src/engine/run.ts";
import { CATALOGUES, LANGUAGES } from "../../src/i18n/catalogue.ts";
import { presetTexts } from "../../src/i18n/presetTexts.ts";
import { translate } from "../../src/i18n/translate.ts";
import { findPreset, PRESETS, presetInForce } from "../../src/settings/presets.ts";
import type { CompareState } from "../../src/store/compareUrl.ts";
import { formatHash, parseHash } from "../../src/store/urlState.ts";
import type { Speed } from "../../src/worker/protocol.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";
import { strayLatin } from "../i18n/words.ts";

/** The overfitting data of the brief: 300 noisy points, 45 for training, λ = 0, ε = 0.05. */
const NOISY: RunSettings = {
  ...ARTICLE_SETTINGS,
  samples: 300,
  noise: 0.45,
  testFraction: 0.85,
  lambda: 0,
  learningRate: 0.05,
};

const sizes = (values: number[]): CompareState => ({
  sweep: { setting: "hiddenUnits", values },
  overlay: false,
});

/** Each preset as the brief defines it (written out here, not read from the code under test). */
const EXPECTED: Record<
  string,
  { settings: RunSettings; speed: Speed; until: number | null; compare: CompareState | null; label: string }
> = {
  figure3: {
    settings: ARTICLE_SETTINGS,
    speed: "max",
    until: 20000,
    compare: null,
    label: "The article: Figure 3",
  },
  perceptron: {
    settings: { ...ARTICLE_SETTINGS, hiddenUnits: 0 },
    speed: 500,
    until: 20000,
    compare: null,
    label: "A perceptron can't",
  },
  figure4: {
    settings: ARTICLE_SETTINGS,
    speed: "max",
    until: 20000,
    compare: sizes([1, 2, 3, 4, 5, 20, 50]),
    label: "Figure 4",
  },
  overfit: {
    settings: NOISY,
    speed: "max",
    until: 20000,
    compare: sizes([3, 50]),
    label: "Too many units overfit",
  },
  regularization: {
    settings: { ...NOISY, hiddenUnits: 50 },
    speed: "max",
    until: 20000,
    compare: { sweep: { setting: "lambda", values: [0, 0.01, 0.03, 0.1] }, overlay: false },
    label: "Regularization to the rescue",
  },
  "lr-too-high": {
    settings: { ...ARTICLE_SETTINGS, learningRate: 1 },
    speed: 500,
    until: null,
    compare: null,
    label: "Learning rate too high",
  },
  derivation: {
    settings: { ...ARTICLE_SETTINGS, output: "sigmoid", learningRate: 0.1 },
    speed: 500,
    until: 20000,
    compare: null,
    label: "The derivation: sigmoid + squared error",
  },
  "edge-of-stability": {
    settings: ARTICLE_SETTINGS,
    speed: "max",
    until: 20000,
    compare: null,
    label: "Edge of stability",
  },
};

/** The measured numbers each preset's sentences must say (in both languages). */
const NUMBERS: Record<string, string[]> = {
  figure3: ["0.432387", "0.975"],
  perceptron: ["H = 0", "0.845"],
  figure4: ["0.039037", "0.99"],
  overfit: ["0.93", "0.86", "1.83", "1.00", "0.77", "3.23"],
  regularization: ["0.77", "3.23", "0.91", "0.85", "0.38", "0.23", "0.06"],
  "lr-too-high": ["ε = 1"],
  derivation: ["ε = 0.1", "0.98"],
  "edge-of-stability": ["0.070758", "0.071316", "ε = 0.01"],
};

describe("the presets", () => {
  it("are the issue's eight, in the menu's order", () => {
    expect(PRESETS.map((p) => p.name)).toEqual(Object.keys(EXPECTED));
  });

  it("each set up the run the brief describes", () => {
    for (const p of PRESETS) {
      const want = EXPECTED[p.name];
      expect({ settings: p.settings, speed: p.speed, until: p.until, compare: p.compare }, p.name).toEqual({
        settings: want.settings,
        speed: want.speed,
        until: want.until,
        compare: want.compare,
      });
      expect(translate("en", p.label), p.name).toBe(want.label);
    }
  });

  it("decode to valid settings: each one's link reads back with no notice and the same run", () => {
    for (const p of PRESETS) {
      const view = p.compare ? "compare" : "playground";
      const hash = formatHash(p.settings, p.speed, {
        lang: "en",
        present: false,
        view,
        until: p.until,
        compare: p.compare ?? undefined,
      });
      const read = parseHash(hash);
      expect(read.notices, p.name).toEqual([]);
      expect(read.settings, p.name).toEqual(p.settings);
      expect(read.speed, p.name).toBe(p.speed);
      expect(read.until, p.name).toBe(p.until);
      expect(read.view, p.name).toBe(view);
      if (p.compare) expect(read.compare, p.name).toEqual(p.compare);
      expect(presetInForce(p, { ...read, compare: p.compare ? read.compare : null }), p.name).toBe(true);
    }
  });

  it("say in both languages their label, sentences with the measured numbers, and their part of the article", () => {
    for (const p of PRESETS) {
      for (const lang of LANGUAGES) {
        expect(
          (CATALOGUES[lang] as Readonly<Record<string, string>>)[p.label],
          `${lang} ${p.label}`,
        ).toBeTruthy();
        const words = presetTexts[lang];
        expect(words[p.part], `${lang} ${p.part}`).toBeTruthy();
        for (const number of NUMBERS[p.name]) expect(words[p.text], `${lang} ${p.name}`).toContain(number);
      }
      expect(presetTexts.ja[p.text]).not.toBe(presetTexts.en[p.text]);
      expect(presetTexts.ja[p.part]).not.toBe(presetTexts.en[p.part]);
    }
  });

  it("have their longer words checked as the catalogue's are: same keys, Japanese with the article's terms", () => {
    const keys = Object.keys(presetTexts.en).sort();
    expect(Object.keys(presetTexts.ja).sort()).toEqual(keys);
    expect(keys).toEqual(PRESETS.flatMap((p) => [p.text, p.part]).sort());
    const stray = keys
      .map((k) => `${k}: ${strayLatin(presetTexts.ja[k as keyof typeof presetTexts.ja]).join(" ")}`)
      .filter((line) => !line.endsWith(": "));
    expect(stray).toEqual([]);
    const ja = Object.values(presetTexts.ja).join("\n");
    expect(ja).not.toMatch(/隠し層/);
    for (const m of Object.values(presetTexts.ja)) {
      if (m.includes("正規化")) expect(m).toMatch(/正則化/);
      if (m.includes("過剰適合")) expect(m).toMatch(/過学習/);
    }
  });

  it("are told apart though Figure 3 and Edge of stability set up the same run", () => {
    const figure3 = findPreset("figure3");
    const edge = findPreset("edge-of-stability");
    expect(figure3?.settings).toEqual(edge?.settings);
    expect(figure3?.text).not.toBe(edge?.text);
  });

  it("are no longer in force once a setting, the sweep or the stop epoch differ (the speed may)", () => {
    const overfit = findPreset("overfit");
    if (!overfit) throw new Error("no overfit preset");
    const run = { settings: NOISY, compare: sizes([3, 50]), until: 20000 };
    expect(presetInForce(overfit, run)).toBe(true);
    expect(presetInForce(overfit, { ...run, settings: { ...NOISY, noise: 0.4 } })).toBe(false);
    expect(presetInForce(overfit, { ...run, compare: sizes([3, 20]) })).toBe(false);
    expect(presetInForce(overfit, { ...run, compare: null })).toBe(false);
    expect(presetInForce(overfit, { ...run, until: null })).toBe(false);
  });
});

describe("the preset key of a link", () => {
  it("sets up the preset's run, wherever the key stands, and names the preset", () => {
    const read = parseHash("#preset=overfit");
    expect(read.preset).toBe("overfit");
    expect(read.notices).toEqual([]);
    expect(read.settings).toEqual(NOISY);
    expect(read.view).toBe("compare");
    expect(read.compare).toEqual(sizes([3, 50]));
    expect(read.speed).toBe("max");
    expect(read.until).toBe(20000);
  });

  it("lets the link's other keys override what the preset sets, before or after it", () => {
    for (const hash of [
      "#preset=overfit&hidden=7&speed=20&sizes=1,2",
      "#hidden=7&speed=20&sizes=1,2&preset=overfit",
    ]) {
      const read = parseHash(hash);
      expect(read.settings, hash).toEqual({ ...NOISY, hiddenUnits: 7 });
      expect(read.speed, hash).toBe(20);
      expect(read.compare, hash).toEqual(sizes([1, 2]));
      expect(read.until, hash).toBe(20000);
    }
    expect(parseHash("#preset=figure4&view=playground").view).toBe("playground");
  });

  it("round-trips: the link written for a preset in force reads back as the same preset and run", () => {
    for (const p of PRESETS) {
      const first = parseHash(`#preset=${p.name}`);
      const link = formatHash(first.settings, first.speed, {
        lang: "ja",
        present: true,
        view: first.view,
        until: first.until,
        compare: first.view === "compare" ? first.compare : undefined,
        preset: first.preset,
      });
      expect(link.startsWith(`#preset=${p.name}&`), link).toBe(true);
      const again = parseHash(link);
      expect(again.notices).toEqual([]);
      expect({ ...again, lang: null, present: false }).toEqual(first);
    }
  });

  it("writes no preset key when none is in force", () => {
    expect(formatHash(ARTICLE_SETTINGS, 500, { lang: "en", present: false, preset: null })).not.toContain(
      "preset",
    );
  });

  it("ignores an unknown preset with a notice in English and in Japanese, the rest of the link still read", () => {
    const read = parseHash("#preset=figure9&hidden=5");
    expect(read.preset).toBeUndefined();
    expect(read.settings).toEqual({ ...ARTICLE_SETTINGS, hiddenUnits: 5 });
    expect(read.until).toBeNull();
    expect(read.notices).toHaveLength(1);
    const [notice] = read.notices;
    const en = translate("en", notice.key, notice.params);
    expect(en).toContain('Ignored preset: "figure9" is not one of figure3, perceptron');
    const ja = translate("ja", notice.key, notice.params);
    expect(ja).toContain("preset を無視しました：「figure9」");
    expect(ja).toContain("edge-of-stability");
  });

  it("says when the preset key is given twice, and takes the last", () => {
    const read = parseHash("#preset=figure4&preset=perceptron");
    expect(read.preset).toBe("perceptron");
    expect(read.view).toBe("playground");
    expect(read.notices).toEqual([{ key: "notices.url.repeated", params: { key: "preset" } }]);
  });
});
