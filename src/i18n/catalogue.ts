/**
 * The page's words: every message by key, English and Japanese, in src/i18n/en/ and src/i18n/ja/ (one file
 * per group, the Japanese typed to have exactly the English keys). Each language is fetched the first time
 * the page speaks it (loadLanguage; main.tsx waits for the page's language before the first render), so
 * the first download carries one language's words, whichever it is. Tests check that both languages have
 * the same keys and placeholders, and that no component writes user-facing text of its own.
 */
import type { english } from "./en/index.ts";

/** Every message key. */
export type MessageKey = keyof typeof english;

/** One language's messages by key. */
export type Catalogue = Readonly<Record<MessageKey, string>>;

/** The languages of the page. */
export const LANGUAGES = ["en", "ja"] as const;
export type Lang = (typeof LANGUAGES)[number];

const NONE = {} as Catalogue;

/**
 * Each language's messages by key, once loaded (until then, none: a language not loaded reads as English
 * if that is loaded, else as the keys themselves).
 */
export const CATALOGUES: Record<Lang, Catalogue> = { en: NONE, ja: NONE };

const loaded = new Set<Lang>();

const LOADERS: { readonly [L in Lang]: () => Promise<Catalogue> } = {
  en: () => import("./en/index.ts").then((m) => m.english),
  ja: () => import("./ja/index.ts").then((m) => m.japanese),
};

/** Whether `lang`'s messages are here. */
export function isLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/** Use these messages for `lang` (the command line, which has no download to keep small, gives English). */
export function registerLanguage(lang: Lang, messages: Catalogue): void {
  CATALOGUES[lang] = messages;
  loaded.add(lang);
}

/**
 * Fetch `lang`'s messages if they are not here yet. Resolves once they are; rejects when they cannot be
 * fetched (offline on a first visit), and the page goes on in the language it speaks.
 */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (!loaded.has(lang)) registerLanguage(lang, await LOADERS[lang]());
}
