/** A URL notice in English words, whether the store keeps it as text or as a message to word later. */
import { type Message, translate } from "../../src/i18n/translate.ts";

export function wordNotice(notice: string | Message, lang: "en" | "ja" = "en"): string {
  if (typeof notice === "string") return notice;
  // A message names what was ignored in its key or its values; word it and keep the values in view.
  return `${translate(lang, notice.key, notice.params)} ${JSON.stringify(notice.params ?? {})}`;
}
