/**
 * The language switch in the header: a select named "Language" (言語) listing each language in its own
 * words. Switching re-words the page at once; the run goes on untouched, and the URL follows (lang=).
 */
import { useId } from "react";
import { LANGUAGES, type Lang } from "../i18n/catalogue.ts";
import { asLanguage } from "../i18n/language.ts";
import { usePlayground } from "./StoreContext.tsx";
import { useT } from "./useT.ts";

export function LanguageSwitch() {
  const t = useT();
  const id = useId();
  const lang = usePlayground((s) => s.lang);
  const setLang = usePlayground((s) => s.setLang);
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t("page.language")}
      </label>
      <select
        id={id}
        value={lang}
        onChange={(e) => {
          const next = asLanguage(e.currentTarget.value);
          if (next) setLang(next);
        }}
      >
        {LANGUAGES.map((l: Lang) => (
          <option key={l} value={l} lang={l}>
            {t(`page.language.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
