/**
 * Each language's words are fetched when the page first speaks it (catalogue.ts loadLanguage): this file
 * runs without the test setup's preloading, in a fresh module graph, to see the page's own order of events.
 */
import { describe, expect, it, vi } from "vitest";

describe("a language's words, fetched on demand", () => {
  it("are not there before they are loaded, and are all there after, in both languages", async () => {
    vi.resetModules();
    const catalogue = await import("../../src/i18n/catalogue.ts"); // a fresh instance, after resetModules
    expect(catalogue.isLoaded("ja")).toBe(false);
    await catalogue.loadLanguage("ja");
    expect(catalogue.isLoaded("ja")).toBe(true);
    const { japanese } = await import("../../src/i18n/ja/index.ts");
    expect(catalogue.CATALOGUES.ja).toBe(japanese);
    expect(catalogue.CATALOGUES.ja["page.title"]).toBe("誤差逆伝播プレイグラウンド");
  });
});
