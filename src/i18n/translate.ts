/**
 * The catalogue's lookup: `translate(lang, key, params)` fills `{name}` placeholders from params. A message
 * that depends on a count has keys `key.one` / `key.other` (as Intl.PluralRules names the forms); ask for
 * `key` with a `count` and the right form is taken.
 */
import { CATALOGUES, isLoaded, type Lang, type MessageKey } from "./catalogue.ts";

export type { Lang, MessageKey };
/** Values for a message's `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;
/** A message with its values, to be worded later in whatever language is on screen (e.g. a URL notice). */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

const PLURALS: { [L in Lang]: Intl.PluralRules } = {
  en: new Intl.PluralRules("en"),
  ja: new Intl.PluralRules("ja"),
};

/** The message `key` in `lang`, with its placeholders filled. */
export function translate(lang: Lang, key: MessageKey | string, params?: MessageParams): string {
  // A language not loaded yet reads as English (catalogue.ts loadLanguage fetches it before it is spoken).
  const messages = (isLoaded(lang) ? CATALOGUES[lang] : CATALOGUES.en) as Readonly<Record<string, string>>;
  let text = messages[key];
  if (text === undefined && typeof params?.count === "number") {
    text = messages[`${key}.${PLURALS[lang].select(params.count)}`] ?? messages[`${key}.other`];
  }
  if (text === undefined) return key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}
