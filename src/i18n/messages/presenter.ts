/** Presenter mode and the page's layout controls (folding, full screen). */
import { defineMessages } from "../define.ts";

export const presenter = defineMessages({
  en: {},
  ja: {},
});
