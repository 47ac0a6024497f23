import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../../src/i18n/catalogue.ts";
import { translationOf } from "./words.ts";

const README = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

/** The README's section whose heading starts with `title`, up to the next heading of the same level. */
function section(title: string): string {
  const start = README.search(new RegExp(`^## ${title}`, "m"));
  if (start < 0) return "";
  const rest = README.slice(start + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

describe("the README's 使い方 (how to use) section", () => {
  it("exists, in Japanese", () => {
    const text = section("使い方");
    expect(text.length).toBeGreaterThan(200);
    expect(text).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it("names the page's buttons and controls as the Japanese page shows them", () => {
    const bold = [...section("使い方").matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1].trim());
    for (const control of ["Play", "Step", "Language", "Hidden units"])
      expect(bold, `the README's name for ${control}`).toContain(translationOf(CATALOGUES, "ja", control));
  });
});

describe("the Japanese page's words", () => {
  it("use the article's terms, as the glossary's 'use on the page' column gives them", () => {
    const all = Object.values(CATALOGUES.ja as Record<string, string>).join("\n");
    const terms = [
      "隠れユニット",
      "学習率",
      "正則化",
      "決定境界",
      "損失",
      "正解率",
      "エポック",
      "活性化関数",
    ];
    expect(terms.filter((term) => !all.includes(term))).toEqual([]);
  });
});
