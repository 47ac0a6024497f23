/** The Stop at field: training stops at a chosen epoch. */
import { defineMessages } from "../define.ts";

export const until = defineMessages({
  en: {},
  ja: {},
});
