/** The readouts and the loss chart. */
import { defineMessages } from "../define.ts";

export const results = defineMessages({
  en: {},
  ja: {},
});
