/** The network diagram: caption, description, arrow tooltips. */
import { defineMessages } from "../define.ts";

export const network = defineMessages({
  en: {},
  ja: {},
});
