/**
 * The page's words in the language on screen: `const t = useT(); t("page.title")`. Components re-render
 * when the language changes; the run is not touched.
 */
import { useCallback } from "react";
import { type MessageKey, type MessageParams, translate } from "../i18n/translate.ts";
import { usePlayground } from "./StoreContext.tsx";

/** A message in the page's language (see i18n/translate.ts). */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function useT(): Translate {
  const lang = usePlayground((s) => s.lang);
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
