/**
 * The control panel: Play/Pause, Step and Reset, then the settings, grouped as the settings table says
 * (settings/schema.ts: stops, choices, and the message keys of labels and hints, worded by the catalogue in
 * the page's language), so a range or a label lives in one place. Data settings regenerate the data;
 * network settings start a fresh network; learning rate, regularization and speed act on the running
 * network. After Speed, the epoch to stop at; below the run buttons, a line when the run stopped there.
 * Each group folds (a <details>); on a phone the groups start folded. Above them all, the Preset menu.
 */
import { Fragment, useEffect, useId, useRef, useState } from "react";
import type { RunSettings } from "../engine/run.ts";
import { formatSetting } from "../render/format.ts";
import { CONTROL_GROUPS, SETTINGS, SPEED } from "../settings/schema.ts";
import type { Speed } from "../worker/protocol.ts";
import { PresetMenu } from "./PresetMenu.tsx";
import { Select } from "./Select.tsx";
import { Slider } from "./Slider.tsx";
import { usePlayground } from "./StoreContext.tsx";
import { UntilField, UntilStatus } from "./UntilField.tsx";
import { useT } from "./useT.ts";

/** The width below which the page is laid out for a phone (styles.css uses the same). */
const PHONE = "(max-width: 599px)";

function isPhone(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(PHONE).matches;
}

export function RunButtons() {
  const status = usePlayground((s) => s.status);
  const resetButton = useRef<HTMLButtonElement>(null);
  // Play and Step are disabled while diverged: keep keyboard focus on a control that still works.
  useEffect(() => {
    const focused = document.activeElement;
    if (
      status === "diverged" &&
      (focused === document.body || (focused as HTMLButtonElement | null)?.disabled)
    ) {
      resetButton.current?.focus();
    }
  }, [status]);
  const togglePlay = usePlayground((s) => s.togglePlay);
  const step = usePlayground((s) => s.step);
  const reset = usePlayground((s) => s.reset);
  const t = useT();
  const running = status === "running";
  return (
    <div className="run-buttons">
      <button type="button" className="primary" onClick={togglePlay} disabled={status === "diverged"}>
        <span aria-hidden="true">{running ? "❚❚ " : "▶ "}</span>
        {t(running ? "controls.pause" : "controls.play")}
      </button>
      <button type="button" onClick={step} disabled={status === "diverged"} title={t("controls.step.title")}>
        {t("controls.step")}
      </button>
      <button type="button" ref={resetButton} onClick={reset} title={t("controls.reset.title")}>
        {t("controls.reset")}
      </button>
    </div>
  );
}

/**
 * One run setting: a select for a choice, a slider over its stops for a number. In the compare view the
 * setting the panels sweep is disabled, its hint saying that the panels vary it.
 */
function SettingControl({ name }: { name: keyof RunSettings }) {
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

function SettingInput({ name, varied }: { name: keyof RunSettings; varied: boolean }) {
  const spec = SETTINGS[name];
  const value = usePlayground((s) => s.settings[name]);
  const setSetting = usePlayground((s) => s.setSetting);
  const t = useT();
  const onChange = (next: string | number) => setSetting(name, next as RunSettings[typeof name]);
  const label = spec.label ? t(spec.label) : name;
  const hint = varied ? t("compare.controls.varied") : spec.hint && t(spec.hint);
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
    />
  );
}

function SpeedControl() {
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

/** One group of settings under a heading that folds it. */
function ControlGroup({ group, open }: { group: (typeof CONTROL_GROUPS)[number]; open: boolean }) {
  const t = useT();
  const headingId = useId();
  return (
    <details className="control-group" open={open}>
      <summary id={headingId}>{t(group.label)}</summary>
      <fieldset aria-labelledby={headingId}>
        {group.controls.map((id) =>
          id === "speed" ? (
            // The stop epoch goes with the pace: both say how the run is played, not what it is.
            <Fragment key={id}>
              <SpeedControl />
              <UntilField />
            </Fragment>
          ) : (
            <SettingControl key={id} name={id} />
          ),
        )}
      </fieldset>
    </details>
  );
}

export function Controls() {
  const t = useT();
  // Read once: the groups start folded on a phone, open elsewhere; the user folds them from there.
  const [open] = useState(() => !isPhone());
  // In presenter mode the single view shows the preset in its side column (App.tsx), where a projector has
  // room for its sentences; the controls then fit 1920 × 1080 without scrolling.
  const presetAside = usePlayground((s) => s.present && s.view !== "compare");
  return (
    <section className="panel controls" aria-label={t("controls.region")}>
      {!presetAside && <PresetMenu />}
      <RunButtons />
      <UntilStatus />
      {CONTROL_GROUPS.map((group) => (
        <ControlGroup key={group.id} group={group} open={open} />
      ))}
    </section>
  );
}
