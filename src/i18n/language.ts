/**
 * Which language the page opens in: the link's `lang` (en | ja), else the user's last choice (stored in
 * this browser), else the first of the browser's preferred languages the page speaks, else English.
 */
import { LANGUAGES, type Lang } from "./catalogue.ts";

/** Where the user's last choice is kept (localStorage). */
export const STORED_LANGUAGE_KEY = "backprop-playground.lang";

/** `text` if it names a language of the page ("en", "ja"), else null. */
export function asLanguage(text: string | null | undefined): Lang | null {
  return LANGUAGES.find((lang) => lang === text) ?? null;
}

/** The page's language from the link, the stored choice and the browser's preferences, in that order. */
export function chooseLanguage(sources: {
  url: Lang | null;
  stored: string | null;
  browser: readonly string[];
}): Lang {
  if (sources.url) return sources.url;
  const stored = asLanguage(sources.stored);
  if (stored) return stored;
  for (const tag of sources.browser) {
    const primary = asLanguage(tag.toLowerCase().split("-")[0]);
    if (primary) return primary;
  }
  return "en";
}
