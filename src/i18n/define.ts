/**
 * How a group of messages is written: the English text and its Japanese translation side by side, typed so
 * that a key missing from either language, or one only in Japanese, is a type error.
 */

/** One group's messages in both languages; `ja` must have exactly `en`'s keys. */
export interface MessageGroup<E extends Record<string, string>> {
  en: E;
  ja: { readonly [K in keyof E]: string };
}

/** Declare a group of messages (identity at run time; the type does the checking). */
export function defineMessages<const E extends Record<string, string>>(group: {
  en: E;
  ja: { readonly [K in keyof E]: string };
}): MessageGroup<E> {
  return group;
}
