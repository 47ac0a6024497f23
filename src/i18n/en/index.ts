/** Every English message by key: the page's first words, the fallback, and the keys every language has. */
import { boundary } from "./boundary.ts";
import { classroom } from "./classroom.ts";
import { compare } from "./compare.ts";
import { controls } from "./controls.ts";
import { data } from "./data.ts";
import { explain } from "./explain.ts";
import { exportMessages } from "./export.ts";
import { hiddenSpace } from "./hiddenSpace.ts";
import { hints } from "./hints.ts";
import { network } from "./network.ts";
import { notices } from "./notices.ts";
import { page } from "./page.ts";
import { presenter } from "./presenter.ts";
import { presets } from "./presets.ts";
import { results } from "./results.ts";
import { units } from "./units.ts";
import { until } from "./until.ts";

export const english = {
  ...page,
  ...controls,
  ...presenter,
  ...results,
  ...boundary,
  ...network,
  ...units,
  ...hiddenSpace,
  ...explain,
  ...until,
  ...compare,
  ...presets,
  ...classroom,
  ...notices,
  ...data,
  ...exportMessages,
  ...hints,
} as const;
