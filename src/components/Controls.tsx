/**
 * The control panel: Play/Pause, Step and Reset, then the settings, grouped as the settings table says
 * (settings/schema.ts: stops, choices, and the message keys of labels and hints, worded by the catalogue in
 * the page's language), so a range or a label lives in one place. Data settings regenerate the data;
 * network settings start a fresh network; learning rate, regularization and speed act on the running
 * network. After Speed, the epoch to stop at; below the run buttons, a line when the run stopped there.
 * Each group folds (a <details>); on a phone the groups start folded. Above them all, the Preset menu.
 * Every control has a hint (what it does, what to try; SettingControl.tsx), shown as text under it unless
 * the hints are folded with the toggle beside the first group's heading (useHints: remembered; folded by
 * default in presenter mode and where they would make the panel scroll).
 */
import { Fragment, useEffect, useId, useRef, useState } from "react";
import { CONTROL_GROUPS } from "../settings/schema.ts";
import { PresetMenu } from "./PresetMenu.tsx";
import { SettingControl, SpeedControl } from "./SettingControl.tsx";
import { usePlayground } from "./StoreContext.tsx";
import { UntilField, UntilStatus } from "./UntilField.tsx";
import { useHints } from "./useHints.ts";
import { useT } from "./useT.ts";
import "./hints.css";

/** The width below which the page is laid out for a phone (styles.css uses the same). */
const PHONE = "(max-width: 599px)";

function isPhone(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(PHONE).matches;
}

/** Play/Pause, Step and Reset; `hintId` names the hint that says what each does, when one is shown. */
export function RunButtons({ hintId }: { hintId?: string }) {
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
      <button
        type="button"
        className="primary"
        onClick={togglePlay}
        disabled={status === "diverged"}
        aria-describedby={hintId}
      >
        <span aria-hidden="true">{running ? "❚❚ " : "▶ "}</span>
        {t(running ? "controls.pause" : "controls.play")}
      </button>
      <button
        type="button"
        onClick={step}
        disabled={status === "diverged"}
        title={t("controls.step.title")}
        aria-describedby={hintId}
      >
        {t("controls.step")}
      </button>
      <button
        type="button"
        ref={resetButton}
        onClick={reset}
        title={t("controls.reset.title")}
        aria-describedby={hintId}
      >
        {t("controls.reset")}
      </button>
    </div>
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

/** The one toggle that shows or folds every hint; its name says what it will do. */
function HintsToggle({ shown, toggle, controls }: { shown: boolean; toggle(): void; controls: string }) {
  const t = useT();
  return (
    <button
      type="button"
      className="hints-toggle"
      aria-expanded={shown}
      aria-controls={controls}
      onClick={toggle}
    >
      <span aria-hidden="true">ⓘ </span>
      {t(shown ? "hints.hide" : "hints.show")}
    </button>
  );
}

export function Controls() {
  const t = useT();
  const id = useId();
  const runHintId = `${id}-run-hint`;
  const panel = useRef<HTMLElement>(null);
  const hints = useHints(panel);
  // Read once: the groups start folded on a phone, open elsewhere; the user folds them from there.
  const [open] = useState(() => !isPhone());
  // In presenter mode the single view shows the preset in its side column (App.tsx), where a projector has
  // room for its sentences; the controls then fit 1920 × 1080 without scrolling.
  const presetAside = usePlayground((s) => s.present && s.view !== "compare");
  return (
    <section
      id={id}
      ref={panel}
      className={`panel controls ${hints.shown ? "hints-shown" : "hints-folded"}`}
      aria-label={t("controls.region")}
    >
      {!presetAside && <PresetMenu />}
      <RunButtons hintId={runHintId} />
      <UntilStatus />
      <p id={runHintId} className="hint run-hint">
        {t("hints.run")}
      </p>
      <HintsToggle shown={hints.shown} toggle={hints.toggle} controls={id} />
      {CONTROL_GROUPS.map((group) => (
        <ControlGroup key={group.id} group={group} open={open} />
      ))}
    </section>
  );
}
