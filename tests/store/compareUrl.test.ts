import { describe, expect, it } from "vitest";
import { compare } from "../../src/i18n/en/compare.ts";
import { type Lang, type Message, translate } from "../../src/i18n/translate.ts";
import { DEFAULT_SETTINGS, parseSetting, SETTINGS } from "../../src/settings/schema.ts";
import {
  type CompareState,
  DEFAULT_VALUES,
  formatCompare,
  MAX_PANELS,
  panelSettings,
  parseCompare,
  SWEPT_SETTINGS,
  type Sweep,
  type SweptSetting,
} from "../../src/store/compareUrl.ts";

/** The compare keys of a hash as urlState hands them over: key → percent-decoded value. */
function keys(hash: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of hash.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    map.set(decodeURIComponent(part.slice(0, eq)), decodeURIComponent(part.slice(eq + 1)));
  }
  return map;
}

/** The notices as the page words them in `lang`. */
function worded(notices: readonly Message[], lang: Lang = "en"): string[] {
  return notices.map((n) => translate(lang, n.key, n.params));
}

/** A small seeded generator (mulberry32), so the generated lists are the same on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)];
  return { next, int, pick };
}
type Generator = ReturnType<typeof generator>;

const SWEPT = SWEPT_SETTINGS;

/** A value each setting accepts, drawn across its whole range (numbers at full precision). */
function validValue(g: Generator, setting: SweptSetting): string | number {
  switch (setting) {
    case "hiddenUnits":
      return g.int(0, 64);
    case "learningRate":
      return g.pick([1e-7, 0.0001, 0.01, 100, 1 - g.next(), 100 * (1 - g.next()), 10 ** -g.int(1, 12)]);
    case "lambda":
      return g.pick([0, 10, 0.01, 10 * g.next(), g.next() * 10 ** -g.int(1, 12)]);
    case "activation":
      return g.pick(["tanh", "sigmoid", "relu", "linear"]);
    case "output":
      return g.pick(["softmax", "sigmoid"]);
    case "batchSize":
      return g.int(0, 5000);
    case "initSeed":
      return g.pick([0, 4294967295, g.int(0, 4294967295)]);
  }
}

/** A value each setting refuses: out of range, of the wrong kind, or not a number at all. */
function invalidValue(g: Generator, setting: SweptSetting): string {
  const common = ["x", "NaN", "Infinity", "0x10", "1;5", "--1", "1e", "."];
  const bySetting: Record<SweptSetting, string[]> = {
    hiddenUnits: ["65", "-1", "2.5", "1000"],
    learningRate: ["0", "-0.1", "100.5", "1e3"],
    lambda: ["-1e-9", "10.01", "1e2"],
    activation: ["softmax", "Tanh", "gelu", "0"],
    output: ["tanh", "Softmax", "1"],
    batchSize: ["-1", "5001", "0.5"],
    initSeed: ["-1", "4294967296", "1.5"],
  };
  return g.pick([...common, ...bySetting[setting]]);
}

/** Another spelling of the same value, as a hand-written link might have it. */
function respelled(g: Generator, value: string | number): string {
  if (typeof value === "string") return g.pick([value, ` ${value}`, `${value} `]);
  return g.pick([String(value), ` ${value}`, `+${value}`, value.toExponential(), `${value}`.padStart(1)]);
}

describe("the compare view's link", () => {
  it("compares the perceptron and the article's Figure 4 sizes when it says nothing", () => {
    expect(parseCompare(new Map())).toEqual({
      sweep: { setting: "hiddenUnits", values: [0, 1, 2, 3, 4, 5, 20, 50] },
      overlay: false,
      notices: [],
    });
  });

  it("reads the issue's link, sizes=0,1,2,3,4,5,20,50, without a notice", () => {
    expect(parseCompare(keys("view=compare&sizes=0,1,2,3,4,5,20,50"))).toEqual({
      sweep: { setting: "hiddenUnits", values: [0, 1, 2, 3, 4, 5, 20, 50] },
      overlay: false,
      notices: [],
    });
  });

  it("keeps the sizes in the order the link lists them", () => {
    expect(parseCompare(keys("sizes=50,3,0,64")).sweep.values).toEqual([50, 3, 0, 64]);
  });

  it("shows a repeated size once, where it first appears, and says so", () => {
    const parsed = parseCompare(keys("sizes=3,1,3,2,1,03"));
    expect(parsed.sweep.values).toEqual([3, 1, 2]);
    expect(worded(parsed.notices)).toEqual(["sizes lists 3, 1 more than once; each is shown once."]);
  });

  it("shows at most 12 panels, the first 12 listed, and names the ones it dropped", () => {
    const parsed = parseCompare(keys("sizes=0,1,2,3,4,5,6,7,8,9,10,11,12,13,20,50"));
    expect(MAX_PANELS).toBe(12);
    expect(parsed.sweep.values).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(worded(parsed.notices)).toEqual([
      "Ignored 12, 13, 20, 50 in sizes: the compare view shows at most 12 panels, the first 12 listed.",
    ]);
  });

  it("counts the 12 after removing repeats", () => {
    const parsed = parseCompare(keys("sizes=1,1,1,2,3,4,5,6,7,8,9,10,11,12"));
    expect(parsed.sweep.values).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(worded(parsed.notices)).toEqual(["sizes lists 1 more than once; each is shown once."]);
  });

  it("drops sizes that are not hidden-unit counts, keeps the rest, and says which and why", () => {
    const parsed = parseCompare(keys("sizes=1,x,65,-1,2.5, 3 ,"));
    expect(parsed.sweep.values).toEqual([1, 3]);
    expect(worded(parsed.notices)).toEqual([
      "Ignored x, 65, -1, 2.5 in sizes: each value must be an integer from 0 to 64.",
    ]);
  });

  it("falls back to the default sizes, visibly, when the list is empty or nothing in it can be used", () => {
    const empty = parseCompare(keys("sizes="));
    expect(empty.sweep).toEqual({ setting: "hiddenUnits", values: [0, 1, 2, 3, 4, 5, 20, 50] });
    expect(worded(empty.notices)).toEqual([
      "sizes lists no value that can be used; the panels show 0, 1, 2, 3, 4, 5, 20, 50.",
    ]);
    const bad = parseCompare(keys("sizes=big,small"));
    expect(bad.sweep).toEqual({ setting: "hiddenUnits", values: [0, 1, 2, 3, 4, 5, 20, 50] });
    expect(worded(bad.notices)).toEqual([
      "Ignored big, small in sizes: each value must be an integer from 0 to 64.",
      "sizes lists no value that can be used; the panels show 0, 1, 2, 3, 4, 5, 20, 50.",
    ]);
  });

  it("sweeps the learning rate with the single view's rule: greater than 0, at most 100", () => {
    const parsed = parseCompare(keys("sweep=lr&values=0.1,0.01,1e-3,0,0.10,101"));
    expect(parsed.sweep).toEqual({ setting: "learningRate", values: [0.1, 0.01, 0.001] });
    expect(worded(parsed.notices)).toEqual([
      "Ignored 0, 101 in values: each value must be a number greater than 0 and at most 100.",
      "values lists 0.1 more than once; each is shown once.",
    ]);
  });

  it("sweeps regularization, batch size and the initialisation seed over their whole ranges", () => {
    expect(parseCompare(keys("sweep=lambda&values=0,10,0.5")).sweep).toEqual({
      setting: "lambda",
      values: [0, 10, 0.5],
    });
    expect(parseCompare(keys("sweep=batch&values=0,1,32,5000")).sweep).toEqual({
      setting: "batchSize",
      values: [0, 1, 32, 5000],
    });
    expect(parseCompare(keys("sweep=init&values=0,4294967295,7")).sweep).toEqual({
      setting: "initSeed",
      values: [0, 4294967295, 7],
    });
    const bad = parseCompare(keys("sweep=lambda&values=-1,0.1,11"));
    expect(bad.sweep.values).toEqual([0.1]);
    expect(worded(bad.notices)).toEqual([
      "Ignored -1, 11 in values: each value must be a number from 0 to 10.",
    ]);
  });

  it("sweeps the activation and the output by name, refusing names that are not choices", () => {
    const activation = parseCompare(keys("sweep=activation&values=relu,tanh,softmax"));
    expect(activation.sweep).toEqual({ setting: "activation", values: ["relu", "tanh"] });
    expect(worded(activation.notices)).toEqual([
      "Ignored softmax in values: each value must be one of tanh, sigmoid, relu, linear.",
    ]);
    expect(parseCompare(keys("sweep=output&values=sigmoid,softmax"))).toEqual({
      sweep: { setting: "output", values: ["sigmoid", "softmax"] },
      overlay: false,
      notices: [],
    });
  });

  it("gives a swept setting its default list, visibly, when the link has no values", () => {
    const parsed = parseCompare(keys("sweep=lr"));
    expect(parsed.sweep).toEqual({ setting: "learningRate", values: DEFAULT_VALUES.learningRate });
    expect(worded(parsed.notices)).toEqual([
      "The link has sweep=lr but no values=… list; the panels show 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.",
    ]);
  });

  it("compares hidden units when the swept setting is not one it knows", () => {
    const parsed = parseCompare(keys("sweep=noise&values=0.1,0.5&sizes=1,2"));
    expect(parsed.sweep).toEqual({ setting: "hiddenUnits", values: [1, 2] });
    expect(worded(parsed.notices)).toEqual([
      'Ignored sweep: "noise" is not one of hidden, lr, lambda, activation, output, batch, init; the panels compare hidden units.',
      "Ignored values: the panels compare hidden, whose values are listed in sizes=….",
    ]);
  });

  it("reads sweep=hidden as the sizes list, and ignores sizes when another setting is swept", () => {
    expect(parseCompare(keys("sweep=hidden&sizes=2,4")).sweep).toEqual({
      setting: "hiddenUnits",
      values: [2, 4],
    });
    const parsed = parseCompare(keys("sweep=lr&values=0.5&sizes=1,2"));
    expect(parsed.sweep).toEqual({ setting: "learningRate", values: [0.5] });
    expect(worded(parsed.notices)).toEqual([
      "Ignored sizes: the panels compare lr, whose values are listed in values=….",
    ]);
  });

  it("overlays the seeds in one panel only when it sweeps the initialisation seed", () => {
    expect(parseCompare(keys("sweep=init&values=0,1,2&overlay=1"))).toEqual({
      sweep: { setting: "initSeed", values: [0, 1, 2] },
      overlay: true,
      notices: [],
    });
    expect(parseCompare(keys("sweep=init&values=0,1&overlay=0"))).toMatchObject({
      overlay: false,
      notices: [],
    });
    const sizes = parseCompare(keys("sizes=1,2&overlay=1"));
    expect(sizes.overlay).toBe(false);
    expect(worded(sizes.notices)).toEqual([
      "Ignored overlay=1: only initialisation seeds (sweep=init) can share one panel; each value keeps its own.",
    ]);
    const bad = parseCompare(keys("sweep=init&values=0,1&overlay=yes"));
    expect(bad.overlay).toBe(false);
    expect(worded(bad.notices)).toEqual(['Ignored overlay: "yes" is not 1 (the seeds in one panel) or 0.']);
  });

  it("words every notice in Japanese too, every placeholder filled", () => {
    const parsed = parseCompare(
      keys("sweep=bogus&values=1&sizes=a,1,1,2,3,4,5,6,7,8,9,10,11,12,13&overlay=2"),
    );
    const lr = parseCompare(keys("sweep=lr&sizes=1&overlay=1"));
    const choices = parseCompare(keys("sweep=activation&values=gelu"));
    const numbers = parseCompare(keys("sweep=lambda&values=11,0"));
    const above = parseCompare(keys("sweep=lr&values=0,1"));
    const all = [...parsed.notices, ...lr.notices, ...choices.notices, ...numbers.notices, ...above.notices];
    expect([...new Set(all.map((n) => n.key))].sort()).toEqual(
      Object.keys(compare)
        .filter((key) => key.startsWith("compare.url."))
        .sort(),
    );
    for (const text of worded(all, "ja")) {
      expect(text).not.toMatch(/[{}]/);
      expect(text).toMatch(/[ぁ-んァ-ヶ一-龯]/);
    }
    expect(worded(choices.notices, "ja")[0]).toBe(
      "values の gelu を無視しました：値は tanh, sigmoid, relu, linear のどれかでなければなりません。",
    );
  });

  it("clips a very long bad value in its notice", () => {
    const long = "9".repeat(200);
    const [notice] = worded(parseCompare(keys(`sizes=1,${long}`)).notices);
    expect(notice.length).toBeLessThan(120);
    expect(notice).toContain(`${"9".repeat(20)}…`);
  });

  it("writes its keys in a fixed order, the list last but for the overlay", () => {
    expect(
      formatCompare({
        sweep: { setting: "hiddenUnits", values: [0, 1, 2, 3, 4, 5, 20, 50] },
        overlay: false,
      }),
    ).toEqual(["sizes=0,1,2,3,4,5,20,50"]);
    expect(
      formatCompare({ sweep: { setting: "learningRate", values: [0.001, 0.5] }, overlay: false }),
    ).toEqual(["sweep=lr", "values=0.001,0.5"]);
    expect(
      formatCompare({ sweep: { setting: "activation", values: ["relu", "tanh"] }, overlay: false }),
    ).toEqual(["sweep=activation", "values=relu,tanh"]);
    expect(formatCompare({ sweep: { setting: "initSeed", values: [3, 1] }, overlay: true })).toEqual([
      "sweep=init",
      "values=3,1",
      "overlay=1",
    ]);
  });

  it("reads back exactly what it wrote, for many generated sweeps", () => {
    const g = generator(20260928);
    for (let trial = 0; trial < 2000; trial++) {
      const setting = g.pick(SWEPT);
      const count = g.int(1, MAX_PANELS);
      const values: (string | number)[] = [];
      for (let tries = 0; values.length < count && tries < 100; tries++) {
        const value = validValue(g, setting);
        if (!values.includes(value)) values.push(value);
      }
      const state = {
        sweep: { setting, values } as Sweep,
        overlay: setting === "initSeed" && g.next() < 0.5,
      } satisfies CompareState;
      const hash = formatCompare(state).join("&");
      expect(parseCompare(keys(hash)), hash).toEqual({ ...state, notices: [] });
    }
  });

  it("turns any generated list into 1 to 12 distinct usable values, the valid ones in first order", () => {
    const g = generator(9);
    for (let trial = 0; trial < 2000; trial++) {
      const setting = g.pick(SWEPT);
      const items: string[] = [];
      const meant: (string | number)[] = []; // the values the valid items stand for, in order
      let dropped = false;
      for (let i = g.int(0, 20); i > 0; i--) {
        const roll = g.next();
        if (roll < 0.2) {
          items.push(invalidValue(g, setting));
          dropped = true;
        } else if (roll < 0.35 && meant.length > 0) {
          items.push(respelled(g, g.pick(meant)));
          dropped = true; // a repeat
        } else {
          const value = validValue(g, setting);
          items.push(respelled(g, value));
          if (meant.includes(value)) dropped = true;
          meant.push(value);
        }
      }
      const url = SETTINGS[setting].url;
      const list = setting === "hiddenUnits" ? "sizes" : "values";
      const text = items.join(",");
      const parsed = parseCompare(
        new Map([
          ["sweep", url],
          [list, text],
        ]),
      );
      const distinct = [...new Set(meant)];
      const expected = distinct.length > 0 ? distinct.slice(0, MAX_PANELS) : DEFAULT_VALUES[setting];
      expect(parsed.sweep, text).toEqual({ setting, values: expected });
      for (const value of parsed.sweep.values)
        expect(parseSetting(SETTINGS[setting], String(value)).ok).toBe(true);
      const lostSome = dropped || distinct.length === 0 || distinct.length > MAX_PANELS;
      expect(parsed.notices.length > 0, text).toBe(lostSome);
    }
  });

  it("has a default list for every swept setting that its own link reads back without a notice", () => {
    for (const setting of SWEPT) {
      const state = { sweep: { setting, values: DEFAULT_VALUES[setting] } as Sweep, overlay: false };
      expect(parseCompare(keys(formatCompare(state).join("&")))).toEqual({ ...state, notices: [] });
    }
  });

  it("gives each panel the base settings with only the swept one changed", () => {
    const base = { ...DEFAULT_SETTINGS, hiddenUnits: 20, lambda: 0 };
    expect(panelSettings(base, { setting: "learningRate", values: [0.1, 1] })).toEqual([
      { ...base, learningRate: 0.1 },
      { ...base, learningRate: 1 },
    ]);
    expect(
      panelSettings(base, { setting: "hiddenUnits", values: [0, 50] }).map((s) => s.hiddenUnits),
    ).toEqual([0, 50]);
  });
});
