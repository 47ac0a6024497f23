/** Hidden units panel: each unit's map, the output as a sum, masks; and the unit lines on the plane. */
import { defineMessages } from "../define.ts";

export const units = defineMessages({
  en: {},
  ja: {},
});
