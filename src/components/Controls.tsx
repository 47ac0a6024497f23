/**
 * The control panel: Play/Pause, Step and Reset, then every setting with its current value. Data
 * settings regenerate the data; network settings start a fresh network; learning rate, regularization
 * and speed act on the running network.
 */
import { useEffect, useRef } from "react";
import { ACTIVATIONS, type Activation } from "../engine/activations.ts";
import { DATASET_NAMES, type DatasetName } from "../engine/datasets.ts";
import type { Output } from "../engine/losses.ts";
import { MAX_HIDDEN } from "../engine/network.ts";
import type { RunSettings } from "../engine/run.ts";
import { formatSetting } from "../render/format.ts";
import { LEARNING_RATE_STOPS, REGULARIZATION_STOPS, SAMPLE_STOPS, SPEED_STOPS } from "../render/stops.ts";
import { Select } from "./Select.tsx";
import { Slider } from "./Slider.tsx";
import { usePlayground } from "./StoreContext.tsx";

const HIDDEN_STOPS = Array.from({ length: MAX_HIDDEN + 1 }, (_, i) => i);
const steps = (count: number, size: number) =>
  Array.from({ length: count }, (_, i) => Number((i * size).toFixed(2)));
const NOISE_STOPS = steps(21, 0.05); // 0 … 1
const TEST_STOPS = steps(19, 0.05); // 0 … 0.9

const DATASET_LABELS: Record<DatasetName, string> = {
  moons: "Two moons (the article)",
  circles: "Circles",
  xor: "XOR quadrants",
  gaussians: "Two Gaussian blobs",
  spiral: "Two spirals",
};
const OUTPUT_OPTIONS: { value: Output; label: string }[] = [
  { value: "softmax", label: "softmax + cross-entropy" },
  { value: "sigmoid", label: "sigmoid + squared error" },
];

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

export function Controls() {
  const settings = usePlayground((s) => s.settings);
  const speed = usePlayground((s) => s.speed);
  const setSetting = usePlayground((s) => s.setSetting);
  const setSpeed = usePlayground((s) => s.setSpeed);
  const set =
    <K extends keyof RunSettings>(key: K) =>
    (value: RunSettings[K]) =>
      setSetting(key, value);

  return (
    <section className="panel controls" aria-label="Controls">
      <RunButtons />
      <fieldset>
        <legend>Data</legend>
        <Select
          label="Dataset"
          value={settings.dataset}
          options={DATASET_NAMES.map((d) => ({ value: d, label: DATASET_LABELS[d] }))}
          onChange={set("dataset")}
        />
        <Slider
          label="Samples"
          stops={SAMPLE_STOPS}
          value={settings.samples}
          display={String(settings.samples)}
          onChange={set("samples")}
        />
        <Slider
          label="Noise"
          stops={NOISE_STOPS}
          value={settings.noise}
          display={formatSetting(settings.noise)}
          onChange={set("noise")}
        />
        <Slider
          label="Test fraction"
          stops={TEST_STOPS}
          value={settings.testFraction}
          display={formatSetting(settings.testFraction)}
          onChange={set("testFraction")}
          hint="Share of the points held out to measure generalisation (hollow markers)"
        />
      </fieldset>
      <fieldset>
        <legend>Network</legend>
        <Slider
          label="Hidden units"
          stops={HIDDEN_STOPS}
          value={settings.hiddenUnits}
          display={String(settings.hiddenUnits)}
          onChange={set("hiddenUnits")}
          hint="0 = no hidden layer: a linear classifier (Part 1's perceptron)"
        />
        <Select
          label="Activation"
          value={settings.activation}
          options={ACTIVATIONS.map((a: Activation) => ({ value: a, label: a }))}
          onChange={set("activation")}
        />
        <Select label="Output" value={settings.output} options={OUTPUT_OPTIONS} onChange={set("output")} />
      </fieldset>
      <fieldset>
        <legend>Learning</legend>
        <Slider
          label="Learning rate"
          stops={LEARNING_RATE_STOPS}
          value={settings.learningRate}
          display={formatSetting(settings.learningRate)}
          onChange={set("learningRate")}
          hint="ε: each step moves every weight by −ε × its gradient"
        />
        <Slider
          label="Regularization"
          stops={REGULARIZATION_STOPS}
          value={settings.lambda}
          display={formatSetting(settings.lambda)}
          onChange={set("lambda")}
          hint="λ: L2 weight decay on the weights (not the biases)"
        />
        <Slider
          label="Speed"
          stops={SPEED_STOPS}
          value={speed}
          display={speed === "max" ? "max" : `${formatSetting(speed)}/s`}
          spoken={speed === "max" ? "as fast as possible" : `${formatSetting(speed)} epochs per second`}
          onChange={setSpeed}
          hint="Epochs per second"
        />
      </fieldset>
    </section>
  );
}
