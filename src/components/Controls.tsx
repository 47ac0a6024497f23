/**
 * The control panel: Play/Pause, Step and Reset, then the settings, grouped and worded as the settings
 * table says (settings/schema.ts: labels, hints, stops, choices), so a range or a label lives in one
 * place. Data settings regenerate the data; network settings start a fresh network; learning rate,
 * regularization and speed act on the running network.
 */
import { useEffect, useRef } from "react";
import type { RunSettings } from "../engine/run.ts";
import { formatSetting } from "../render/format.ts";
import { CONTROL_GROUPS, SETTINGS, SPEED } from "../settings/schema.ts";
import type { Speed } from "../worker/protocol.ts";
import { Select } from "./Select.tsx";
import { Slider } from "./Slider.tsx";
import { usePlayground } from "./StoreContext.tsx";

function RunButtons() {
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
  const running = status === "running";
  return (
    <div className="run-buttons">
      <button type="button" className="primary" onClick={togglePlay} disabled={status === "diverged"}>
        <span aria-hidden="true">{running ? "❚❚ " : "▶ "}</span>
        {running ? "Pause" : "Play"}
      </button>
      <button
        type="button"
        onClick={step}
        disabled={status === "diverged"}
        title="Exactly one gradient-descent update"
      >
        Step
      </button>
      <button type="button" ref={resetButton} onClick={reset} title="A fresh network on the same data">
        Reset
      </button>
    </div>
  );
}

/** One run setting: a select for a choice, a slider over its stops for a number. */
function SettingControl({ name }: { name: keyof RunSettings }) {
  const spec = SETTINGS[name];
  const value = usePlayground((s) => s.settings[name]);
  const setSetting = usePlayground((s) => s.setSetting);
  const onChange = (next: string | number) => setSetting(name, next as RunSettings[typeof name]);
  const label = spec.label ?? name;
  if (spec.kind === "choice") {
    const options = spec.choices.map((c) => ({ value: c, label: spec.choiceLabels?.[c] ?? c }));
    return (
      <Select label={label} value={String(value)} options={options} onChange={onChange} hint={spec.hint} />
    );
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
      hint={spec.hint}
    />
  );
}

function SpeedControl() {
  const speed = usePlayground((s) => s.speed);
  const setSpeed = usePlayground((s) => s.setSpeed);
  const fastest = speed === SPEED.fastest;
  return (
    <Slider<Speed>
      label={SPEED.label}
      stops={SPEED.stops}
      scale={SPEED.scale}
      value={speed}
      display={fastest ? SPEED.fastest : `${formatSetting(speed)}${SPEED.unit}`}
      spoken={fastest ? SPEED.fastestSpoken : `${formatSetting(speed)} ${SPEED.spokenUnit}`}
      onChange={setSpeed}
      hint={SPEED.hint}
    />
  );
}

export function Controls() {
  return (
    <section className="panel controls" aria-label="Controls">
      <RunButtons />
      {CONTROL_GROUPS.map((group) => (
        <fieldset key={group.id}>
          <legend>{group.label}</legend>
          {group.controls.map((id) =>
            id === "speed" ? <SpeedControl key={id} /> : <SettingControl key={id} name={id} />,
          )}
        </fieldset>
      ))}
    </section>
  );
}
