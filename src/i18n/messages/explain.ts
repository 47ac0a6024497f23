/** The one-update panel: the chain rule for one weight with real numbers. */
import { defineMessages } from "../define.ts";

export const explain = defineMessages({
  en: {},
  ja: {},
});
