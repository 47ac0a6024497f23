/**
 * How a language other than English is written: a group of messages with exactly the English group's keys
 * (src/i18n/en/<group>.ts), so a key missing from it, or one only in it, is a type error.
 */

/** Another language's text for every key of the English group E. */
export type Translation<E extends Record<string, string>> = { readonly [K in keyof E]: string };

/** A group of messages in both languages (the presets' longer words keep both side by side). */
export interface MessageGroup<E extends Record<string, string>> {
  en: E;
  ja: Translation<E>;
}

/** Declare a group of messages in both languages (identity at run time; the type does the checking). */
export function defineMessages<const E extends Record<string, string>>(group: {
  en: E;
  ja: { readonly [K in keyof E]: string };
}): MessageGroup<E> {
  return group;
}
