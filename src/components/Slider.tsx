/**
 * A labelled range input over a list of stops. Its accessible name is the label alone ("Hidden units");
 * the current value is shown beside it and announced through aria-valuetext. The hint is the slider's
 * description: a tooltip on hover, and text under it (always, or while it has focus when the hints are
 * folded: hints.css).
 * A disabled slider keeps its value and shows its hint always, since it cannot take focus to show it.
 */
import { useId } from "react";
import "./hints.css";
import { nearestStop, type StopScale } from "../settings/stops.ts";

interface SliderProps<T extends number | string> {
  label: string;
  stops: readonly T[];
  /** How the stops are spaced, to place a value between two of them at the nearer. */
  scale?: StopScale;
  value: T;
  /** The value as shown (may differ from the nearest stop when it came from a link). */
  display: string;
  /** The value as read aloud, when it differs from `display` ("500 epochs per second"). */
  spoken?: string;
  onChange(value: T): void;
  hint?: string;
  disabled?: boolean;
}

export function Slider<T extends number | string>({
  label,
  stops,
  scale,
  value,
  display,
  spoken,
  onChange,
  hint,
  disabled = false,
}: SliderProps<T>) {
  const id = useId();
  const hintId = `${id}-hint`;
  const index = nearestStop(stops, value, scale);
  return (
    <div className="control">
      <div className="control-head">
        <label htmlFor={id}>{label}</label>
        <output htmlFor={id}>{display}</output>
      </div>
      <input
        id={id}
        type="range"
        min={0}
        max={stops.length - 1}
        step={1}
        value={index}
        disabled={disabled}
        aria-valuetext={spoken ?? display}
        aria-describedby={hint ? hintId : undefined}
        title={hint}
        onChange={(e) => onChange(stops[Number(e.currentTarget.value)])}
      />
      {hint && (
        <span id={hintId} className={disabled ? "hint always" : "hint"}>
          {hint}
        </span>
      )}
    </div>
  );
}
