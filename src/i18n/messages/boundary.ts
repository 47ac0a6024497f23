/** The decision-boundary view: legend, axes, descriptions. */
import { defineMessages } from "../define.ts";

export const boundary = defineMessages({
  en: {},
  ja: {},
});
