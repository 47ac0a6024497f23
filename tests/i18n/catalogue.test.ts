import { describe, expect, it } from "vitest";
import { CATALOGUES, LANGUAGES } from "../../src/i18n/catalogue.ts";
import { placeholders, strayLatin } from "./words.ts";

const en: Readonly<Record<string, string>> = CATALOGUES.en;
const ja: Readonly<Record<string, string>> = CATALOGUES.ja;
const keys = Object.keys(en).sort();

/**
 * Keys whose Japanese may equal the English although the English has words in it: proper names the
 * Japanese page keeps in Latin letters. (Symbols, numbers and the allowed terms need no entry here.)
 */
const SAME_IN_BOTH: ReadonlySet<string> = new Set<string>([
  "page.language.en", // the language switch names each language in itself: "English", "日本語"
]);

describe("the catalogue of messages", () => {
  it("speaks English and Japanese", () => {
    expect([...LANGUAGES].sort()).toEqual(["en", "ja"]);
    expect(keys.length).toBeGreaterThan(0);
  });

  it("has every key in both languages, and none in only one", () => {
    expect(Object.keys(ja).sort()).toEqual(keys);
  });

  it("keeps keys flat and dotted, prefixed by their area", () => {
    const bad = keys.filter((k) => !/^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9]+)+$/.test(k));
    expect(bad).toEqual([]);
  });

  it("gives each key the same {placeholders} in both languages", () => {
    const differing = keys
      .filter((k) => placeholders(en[k]).join() !== placeholders(ja[k] ?? "").join())
      .map(
        (k) => `${k}: en {${placeholders(en[k]).join(", ")}} ja {${placeholders(ja[k] ?? "").join(", ")}}`,
      );
    expect(differing).toEqual([]);
  });

  it("has no empty message in either language", () => {
    const empty = LANGUAGES.flatMap((lang) =>
      keys
        .filter((k) => (CATALOGUES[lang] as Record<string, string>)[k]?.trim() === "")
        .map((k) => `${lang} ${k}`),
    );
    expect(empty).toEqual([]);
  });

  it("translates every message that has words: a Japanese message equals the English only for symbols and terms", () => {
    const untranslated = keys.filter(
      (k) => ja[k] === en[k] && !SAME_IN_BOTH.has(k) && strayLatin(en[k].replace(/\{\w+\}/g, " ")).length > 0,
    );
    expect(untranslated.map((k) => `${k}: "${en[k]}"`)).toEqual([]);
  });

  it("writes no English words into the Japanese messages beyond the article's symbols and terms", () => {
    const stray = keys
      .map((k) => ({ k, words: strayLatin(ja[k].replace(/\{\w+\}/g, " ")) }))
      .filter(({ k, words }) => words.length > 0 && !SAME_IN_BOTH.has(k))
      .map(({ k, words }) => `${k}: ${words.join(" ")} in "${ja[k]}"`);
    expect(stray).toEqual([]);
  });

  it("gives every counted message both plural forms, one and other, in both languages", () => {
    const plural = /\.(one|other)$/;
    const bases = new Set(keys.filter((k) => plural.test(k)).map((k) => k.replace(plural, "")));
    const missing = [...bases].flatMap((base) =>
      ["one", "other"]
        .filter((form) => !(`${base}.${form}` in en && `${base}.${form}` in ja))
        .map((f) => `${base}.${f}`),
    );
    expect(missing).toEqual([]);
    // A counted message takes its count: both forms have a {count} placeholder or neither does in English
    // ("one hidden unit" may spell the number out), but the other form always shows the number.
    const countless = [...bases].filter((base) => !placeholders(en[`${base}.other`]).includes("count"));
    expect(countless).toEqual([]);
  });

  it("uses the article's Japanese terms, not the ones the glossary sets aside", () => {
    // The glossary: 隠れ層 not 隠し層, 正則化 not 正規化 alone, 過学習 not 過剰適合 alone, 誤差逆伝播.
    const all = Object.values(ja).join("\n");
    expect(all).not.toMatch(/隠し層/);
    for (const [k, m] of Object.entries(ja)) {
      if (m.includes("正規化")) expect(m, k).toMatch(/正則化/);
      if (m.includes("過剰適合")) expect(m, k).toMatch(/過学習/);
    }
  });
});
