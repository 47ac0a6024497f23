/**
 * One setting's control, built from the settings table (settings/schema.ts): a select for a choice, a
 * slider over its stops for a number, each with its hint; and the Speed slider. In the compare view the
 * setting the panels sweep is disabled, its hint saying that the panels vary it; on the user's own points
 * Samples and Noise are disabled, their hint saying why, and keep their values for a generator.
 */
import type { RunSettings } from "../engine/run.ts";
import type { MessageKey } from "../i18n/catalogue.ts";
import { formatSetting } from "../render/format.ts";
import { SETTINGS, SPEED } from "../settings/schema.ts";
import type { Speed } from "../worker/protocol.ts";
import { Select } from "./Select.tsx";
import { Slider } from "./Slider.tsx";
import { usePlayground } from "./StoreContext.tsx";
import { useT } from "./useT.ts";

/**
 * One run setting: a select for a choice, a slider over its stops for a number. In the compare view the
 * setting the panels sweep is disabled, its hint saying that the panels vary it.
 */
export function SettingControl({ name }: { name: keyof RunSettings }) {
  const varied = usePlayground((s) => s.view === "compare" && s.compare.sweep.setting === name);
  const t = useT();
  const control = <SettingInput name={name} varied={varied} />;
  if (!varied) return control;
  // A disabled fieldset disables the control inside it, whatever kind it is.
  return (
    <fieldset className="varied" disabled>
      {control}
      <p className="varied-note" aria-hidden="true">
        {t("compare.controls.varied")}
      </p>
    </fieldset>
  );
}

/**
 * Hints of the controls whose settings-table entry has none (settings/schema.ts could carry them: then
 * this table goes).
 */
const MORE_HINTS: Partial<Record<keyof RunSettings, MessageKey>> = {
  dataset: "controls.dataset.hint",
  samples: "controls.samples.hint",
  noise: "controls.noise.hint",
  activation: "controls.activation.hint",
  output: "controls.output.hint",
};

/** Settings that only shape a generated data set: the user's own points have no number or noise. */
const GENERATOR_ONLY: ReadonlySet<keyof RunSettings> = new Set(["samples", "noise"]);

function SettingInput({ name, varied }: { name: keyof RunSettings; varied: boolean }) {
  const spec = SETTINGS[name];
  const value = usePlayground((s) => s.settings[name]);
  const ownPoints = usePlayground((s) => s.settings.dataset === "custom" && GENERATOR_ONLY.has(name));
  const setSetting = usePlayground((s) => s.setSetting);
  const t = useT();
  const onChange = (next: string | number) => setSetting(name, next as RunSettings[typeof name]);
  const label = spec.label ? t(spec.label) : name;
  const hintKey = varied
    ? "compare.controls.varied"
    : ownPoints
      ? "hints.ownPoints"
      : (spec.hint ?? MORE_HINTS[name]);
  const hint = hintKey && t(hintKey);
  if (spec.kind === "choice") {
    const options = spec.choices.map((c) => {
      const key = spec.choiceLabels?.[c];
      return { value: c, label: key ? t(key) : c };
    });
    return <Select label={label} value={String(value)} options={options} onChange={onChange} hint={hint} />;
  }
  const number = value as number;
  return (
    <Slider
      label={label}
      stops={spec.stops ?? [spec.min, spec.max]}
      scale={spec.scale}
      value={number}
      display={spec.kind === "integer" ? String(number) : formatSetting(number)}
      onChange={onChange}
      hint={hint}
      disabled={ownPoints}
    />
  );
}

/** The training speed: epochs per second, or as fast as it goes. */
export function SpeedControl() {
  const speed = usePlayground((s) => s.speed);
  const setSpeed = usePlayground((s) => s.setSpeed);
  const t = useT();
  const fastest = speed === SPEED.fastest;
  const params = fastest ? undefined : { speed: formatSetting(speed) };
  return (
    <Slider<Speed>
      label={t(SPEED.label)}
      stops={SPEED.stops}
      scale={SPEED.scale}
      value={speed}
      display={t(fastest ? SPEED.fastestShown : SPEED.shown, params)}
      spoken={t(fastest ? SPEED.fastestSpoken : SPEED.spoken, params)}
      onChange={setSpeed}
      hint={t(SPEED.hint)}
    />
  );
}
