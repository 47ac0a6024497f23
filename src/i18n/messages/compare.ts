/** The compare view's link: the swept setting and its values. */
import { defineMessages } from "../define.ts";

export const compare = defineMessages({
  en: {},
  ja: {},
});
