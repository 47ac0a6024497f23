/**
 * A compare panel's name as its heading shows it ("H = 3", "ε = 0.1", "activation = relu"), and the swept
 * setting's name as the editor's menu and the chart's axis show it, in the page's language.
 */
import type { MessageKey } from "../../i18n/translate.ts";
import { SETTINGS } from "../../settings/schema.ts";
import type { SweptSetting } from "../../store/compareUrl.ts";
import type { Translate } from "../useT.ts";

const HEADINGS: { readonly [S in SweptSetting]: MessageKey } = {
  hiddenUnits: "compare.heading.hiddenUnits",
  learningRate: "compare.heading.learningRate",
  lambda: "compare.heading.lambda",
  activation: "compare.heading.activation",
  output: "compare.heading.output",
  batchSize: "compare.heading.batchSize",
  initSeed: "compare.heading.initSeed",
};

/** Settings with no control of their own (only a link sets them) are named here. */
const OWN_LABELS: { readonly [S in SweptSetting]?: MessageKey } = {
  batchSize: "compare.setting.batchSize",
  initSeed: "compare.setting.initSeed",
};

/** The setting's name: its control's label where it has one. */
export function settingLabel(t: Translate, setting: SweptSetting): string {
  const key = SETTINGS[setting].label ?? OWN_LABELS[setting];
  return key ? t(key) : SETTINGS[setting].url;
}

/** A value as the page words it: a choice by its label in the controls' select, a number as it is. */
export function valueLabel(t: Translate, setting: SweptSetting, value: string | number): string {
  const spec = SETTINGS[setting];
  if (spec.kind === "choice") {
    const key = spec.choiceLabels?.[String(value)];
    return key ? t(key) : String(value);
  }
  return String(value);
}

/** The panel's heading: the setting's symbol or name and the panel's value. */
export function panelHeading(t: Translate, setting: SweptSetting, value: string | number): string {
  if (setting === "hiddenUnits" && value === 0) return t("compare.heading.perceptron");
  if (setting === "batchSize" && value === 0) return t("compare.heading.fullBatch");
  return t(HEADINGS[setting], { value: valueLabel(t, setting, value) });
}
