/** What the page tells: divergence, trainer errors, ignored link values. */
import { defineMessages } from "../define.ts";

export const notices = defineMessages({
  en: {},
  ja: {},
});
