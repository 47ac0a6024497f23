/** The hidden-space view: the data mapped through the hidden layer. */
import { defineMessages } from "../define.ts";

export const hiddenSpace = defineMessages({
  en: {},
  ja: {},
});
