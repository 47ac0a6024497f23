/**
 * Keep the document in step with the store's view: `<html lang>` follows the page's language, and the
 * user's choice is remembered in this browser (localStorage, where allowed) for the next visit; `<html>`
 * has the class `presenting` in presenter mode (so the root font size can follow without `:has()`, whose
 * style invalidation costs on every DOM change while training).
 */
import { STORED_LANGUAGE_KEY } from "../i18n/language.ts";
import type { PlaygroundStore } from "./playgroundStore.ts";

/** The parts of `window` the sync uses (a test passes a fake). */
export interface ViewWindow {
  document: { documentElement: { lang: string; classList: Pick<DOMTokenList, "toggle"> } };
  localStorage?: Pick<Storage, "setItem">;
}

/** Start syncing; returns a function that stops. */
export function syncView(store: PlaygroundStore, win: ViewWindow = window): () => void {
  const apply = (lang: string, remember: boolean) => {
    win.document.documentElement.lang = lang;
    if (!remember) return;
    try {
      win.localStorage?.setItem(STORED_LANGUAGE_KEY, lang);
    } catch {
      // storage refused (private mode, policy): the choice still holds for this visit
    }
  };
  const present = (on: boolean) => win.document.documentElement.classList.toggle("presenting", on);
  apply(store.getState().lang, false);
  present(store.getState().present);
  return store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) apply(s.lang, true);
    if (s.present !== prev.present) present(s.present);
  });
}
