/** The control panel: run buttons, setting labels, hints, choices and groups. */
import { defineMessages } from "../define.ts";

export const controls = defineMessages({
  en: {},
  ja: {},
});
