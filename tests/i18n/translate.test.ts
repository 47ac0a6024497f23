import { describe, expect, it, vi } from "vitest";
import { translate } from "../../src/i18n/translate.ts";

// A small catalogue of its own, so the expected texts below are worked out by hand, not read from the page's.
vi.mock("../../src/i18n/catalogue.ts", () => ({
  LANGUAGES: ["en", "ja"],
  isLoaded: () => true,
  CATALOGUES: {
    en: {
      "t.plain": "Hidden units",
      "t.filled": "Ignored {key}: {reason}.",
      "t.twice": "{n} + {n} = {sum}",
      "t.units.one": "{count} hidden unit",
      "t.units.other": "{count} hidden units",
      "t.fallback.other": "{count} epochs",
    },
    ja: {
      "t.plain": "隠れユニット数",
      "t.filled": "{key} を無視しました: {reason}。",
      "t.twice": "{n} + {n} = {sum}",
      "t.units.one": "隠れユニット {count} 個",
      "t.units.other": "隠れユニット {count} 個",
      "t.fallback.other": "{count} エポック",
    },
  },
}));

describe("translate", () => {
  it("gives a message in the language asked for", () => {
    expect(translate("en", "t.plain")).toBe("Hidden units");
    expect(translate("ja", "t.plain")).toBe("隠れユニット数");
  });

  it("fills every placeholder from the values, numbers as they are written", () => {
    expect(translate("en", "t.filled", { key: "lr", reason: "not a number" })).toBe(
      "Ignored lr: not a number.",
    );
    expect(translate("ja", "t.filled", { key: "lr", reason: "数値ではありません" })).toBe(
      "lr を無視しました: 数値ではありません。",
    );
    expect(translate("en", "t.twice", { n: 0.5, sum: 1 })).toBe("0.5 + 0.5 = 1");
  });

  it("leaves a placeholder it has no value for as it is, and ignores values it has no place for", () => {
    expect(translate("en", "t.filled", { key: "lr", extra: 1 })).toBe("Ignored lr: {reason}.");
  });

  it("picks the plural form by count as English counts: one for 1, other for 0, 2 and 1.5", () => {
    expect(translate("en", "t.units", { count: 1 })).toBe("1 hidden unit");
    expect(translate("en", "t.units", { count: 0 })).toBe("0 hidden units");
    expect(translate("en", "t.units", { count: 2 })).toBe("2 hidden units");
    expect(translate("en", "t.units", { count: 1.5 })).toBe("1.5 hidden units");
  });

  it("uses the other form for every count in Japanese, which has no singular", () => {
    expect(translate("ja", "t.units", { count: 1 })).toBe("隠れユニット 1 個");
    expect(translate("ja", "t.units", { count: 3 })).toBe("隠れユニット 3 個");
  });

  it("falls back to the other form when the language's form is missing", () => {
    expect(translate("en", "t.fallback", { count: 1 })).toBe("1 epochs");
  });

  it("shows the key itself for a key it does not know, rather than nothing", () => {
    expect(translate("en", "t.nowhere")).toBe("t.nowhere");
    expect(translate("ja", "t.units")).toBe("t.units");
  });
});
