import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { SETTINGS, SPEED } from "../../src/settings/schema.ts";
import type { ToWorker } from "../../src/worker/protocol.ts";
import { ARTICLE_SETTINGS } from "../articleSettings.ts";
import { renderPage } from "./renderPage.tsx";

const SLIDERS = [
  "Hidden units",
  "Learning rate",
  "Regularization",
  "Noise",
  "Samples",
  "Test fraction",
  "Speed",
] as const;
const SELECTS = ["Dataset", "Activation", "Output"] as const;

/** The slider positions of a numeric setting, from the settings table. */
function stopsOf(name: keyof typeof SETTINGS): readonly number[] {
  const spec = SETTINGS[name];
  return spec.kind === "choice" ? [] : (spec.stops ?? []);
}
const LEARNING_RATE_STOPS = stopsOf("learningRate");
const SAMPLE_STOPS = stopsOf("samples");
const SPEED_STOPS = SPEED.stops;

/** The visible text of the <output> that shows this slider's value. */
function shownValue(slider: HTMLElement): string | null {
  const output = Array.from(document.querySelectorAll("output")).find(
    (o) => o.getAttribute("for") === slider.id,
  );
  return output?.textContent ?? null;
}

/** The visible <label> naming this control. */
function visibleLabel(control: HTMLElement): string | null {
  const labels = (control as HTMLInputElement | HTMLSelectElement).labels;
  return labels && labels.length === 1 ? labels[0].textContent : null;
}

function lastMessage(sent: ToWorker[]): ToWorker | undefined {
  return sent.filter((m) => m.type !== "frameDone").at(-1);
}

describe("the controls", () => {
  it("name every button, slider and select exactly as INTERFACES.md does", () => {
    renderPage();
    const controls = within(screen.getByRole("region", { name: "Controls" }));
    const buttons = controls.getAllByRole("button");
    // The run buttons, then the toggle that folds the hints (issue 10).
    expect(buttons).toHaveLength(4);
    expect(buttons[3]).toHaveAccessibleName("Hide hints");
    ["Play", "Step", "Reset"].forEach((name, i) => {
      expect(buttons[i]).toHaveAccessibleName(name);
      expect(buttons[i]).toBeEnabled();
    });
    expect(controls.getAllByRole("slider").map(visibleLabel).sort()).toEqual([...SLIDERS].sort());
    // The Preset menu first, at the top of the controls (issue 10), then the settings' selects.
    expect(controls.getAllByRole("combobox").map(visibleLabel)).toEqual(["Preset", ...SELECTS]);
    // The header's two: the language switch and the presenter toggle.
    expect(screen.getByRole("combobox", { name: "Language" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Presenter mode" })).toHaveAttribute("aria-pressed", "false");
  });

  it("give every slider and select a visible label that is its whole accessible name", () => {
    renderPage();
    for (const name of SLIDERS) {
      const slider = screen.getByRole("slider", { name });
      expect(slider).toHaveAttribute("type", "range");
      expect(slider).not.toHaveAttribute("aria-label");
      expect(visibleLabel(slider)).toBe(name);
      expect(slider).toHaveAccessibleName(name);
    }
    for (const name of SELECTS) {
      const select = screen.getByRole("combobox", { name });
      expect(select).not.toHaveAttribute("aria-label");
      expect(visibleLabel(select)).toBe(name);
      expect(select).toHaveAccessibleName(name);
    }
  });

  it("show each slider's current value as visible text and as aria-valuetext", () => {
    renderPage();
    const expected: Record<(typeof SLIDERS)[number], string> = {
      "Hidden units": "3",
      "Learning rate": "0.01",
      Regularization: "0.01",
      Noise: "0.2",
      Samples: "200",
      "Test fraction": "0",
      Speed: "500/s",
    };
    const spoken = { ...expected, Speed: "500 epochs per second" };
    for (const name of SLIDERS) {
      const slider = screen.getByRole("slider", { name });
      expect(slider).toHaveAttribute("aria-valuetext", spoken[name]);
      expect(shownValue(slider)).toBe(expected[name]);
    }
  });

  it("read each hint as the control's description", () => {
    renderPage();
    expect(screen.getByRole("slider", { name: "Hidden units" })).toHaveAccessibleDescription(
      /^0 = no hidden layer: a linear classifier \(Part 1's perceptron\)/,
    );
    expect(screen.getByRole("slider", { name: "Speed" })).toHaveAccessibleDescription(/^Epochs per second/);
    expect(screen.getByRole("button", { name: "Step" })).toHaveAttribute(
      "title",
      "Exactly one gradient-descent update",
    );
  });

  it("group the settings under Data, Network and Learning, each a group that folds", () => {
    renderPage();
    const controls = within(screen.getByRole("region", { name: "Controls" }));
    const members: Record<string, string[]> = {
      Data: ["Dataset", "Samples", "Noise", "Test fraction"],
      Network: ["Hidden units", "Activation", "Output"],
      Learning: ["Learning rate", "Regularization", "Speed", "Stop at epoch"],
    };
    for (const [name, labels] of Object.entries(members)) {
      const group = controls.getByRole("group", { name });
      expect(group.tagName).toBe("FIELDSET");
      const named = Array.from(
        group.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select"),
        (c) => c.labels?.[0]?.textContent,
      );
      expect(named).toEqual(labels);
      const fold = group.closest("details");
      expect(fold).toHaveProperty("open", true);
      expect(fold?.querySelector("summary")).toHaveTextContent(name);
    }
  });

  it("show the article's choices in the selects", () => {
    renderPage();
    expect(screen.getByRole("combobox", { name: "Dataset" })).toHaveDisplayValue("Two moons (the article)");
    expect(screen.getByRole("combobox", { name: "Activation" })).toHaveValue("tanh");
    expect(screen.getByRole("combobox", { name: "Output" })).toHaveDisplayValue("softmax + cross-entropy");
  });

  it("show the values a link asks for, even between slider stops", () => {
    renderPage("#hidden=5&lr=0.03&dataset=xor");
    expect(screen.getByRole("slider", { name: "Hidden units" })).toHaveAttribute("aria-valuetext", "5");
    const lr = screen.getByRole("slider", { name: "Learning rate" });
    expect(lr).toHaveAttribute("aria-valuetext", "0.03");
    expect(shownValue(lr)).toBe("0.03");
    expect(screen.getByRole("combobox", { name: "Dataset" })).toHaveValue("xor");
    expect(screen.queryByTestId("url-notice")).not.toBeInTheDocument();
  });

  it("keep a link's value between stops exactly until the slider is moved", () => {
    const { worker, store } = renderPage("#lr=0.03&lambda=0.3&speed=300");
    const lr = screen.getByRole("slider", { name: "Learning rate" });
    // Shown at the nearest stop on the slider's log scale: 0.02 (0.03 < √(0.02 × 0.05) ≈ 0.0316).
    expect(lr).toHaveValue(String(LEARNING_RATE_STOPS.indexOf(0.02)));
    expect(screen.getByRole("slider", { name: "Regularization" })).toHaveValue(
      String(stopsOf("lambda").indexOf(0.2)),
    );
    expect(screen.getByRole("slider", { name: "Speed" })).toHaveAttribute(
      "aria-valuetext",
      "300 epochs per second",
    );
    expect(store.getState().settings).toMatchObject({ learningRate: 0.03, lambda: 0.3 });
    expect(worker.settings).toMatchObject({ learningRate: 0.03, lambda: 0.3 });
    expect(worker.speed).toBe(300);

    fireEvent.change(lr, { target: { value: String(LEARNING_RATE_STOPS.indexOf(0.05)) } });
    expect(store.getState().settings.learningRate).toBe(0.05);
    expect(worker.settings?.learningRate).toBe(0.05);
    expect(lr).toHaveAttribute("aria-valuetext", "0.05");
  });
});

describe("on load", () => {
  it("sends the worker the article's settings and the speed, and nothing else", () => {
    const { worker } = renderPage();
    expect(worker.sent).toEqual([
      { type: "configure", settings: ARTICLE_SETTINGS },
      { type: "speed", speed: 500 },
    ]);
  });

  it("reads paused with a Play button and empty readouts", () => {
    renderPage();
    expect(screen.getByTestId("status")).toHaveTextContent(/^paused$/);
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^0$/);
    expect(screen.getByTestId("train-loss")).toHaveTextContent(/^—$/);
  });
});

describe("the run buttons", () => {
  it("Play sends play, reads running and turns into Pause", () => {
    const { worker } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(worker.sent.at(-1)).toEqual({ type: "play" });
    expect(screen.getByTestId("status")).toHaveTextContent(/^running$/);
    expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Play" })).not.toBeInTheDocument();
  });

  it("Pause sends pause, reads paused and turns back into Play", () => {
    const { worker } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    expect(worker.sent.slice(2)).toEqual([{ type: "play" }, { type: "pause" }]);
    expect(screen.getByTestId("status")).toHaveTextContent(/^paused$/);
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
  });

  it("Step sends step and Reset sends reset", () => {
    const { worker } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Step" }));
    expect(worker.sent.at(-1)).toEqual({ type: "step" });
    fireEvent.click(screen.getByRole("button", { name: "Reset" }));
    expect(worker.sent.at(-1)).toEqual({ type: "reset" });
    expect(screen.getByTestId("status")).toHaveTextContent(/^paused$/);
  });

  it("Step while running pauses the run after its one update", () => {
    const { worker } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    fireEvent.click(screen.getByRole("button", { name: "Step" }));
    expect(worker.sent.at(-1)).toEqual({ type: "step" });
    expect(screen.getByTestId("status")).toHaveTextContent(/^paused$/);
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
  });
});

describe("the status", () => {
  it("does not flip back when a frame was made before the worker saw the user's Play", () => {
    const { worker } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    worker.emitFrame({ status: "paused", handled: 2, epoch: 0 });
    expect(screen.getByTestId("status")).toHaveTextContent(/^running$/);
    expect(screen.getByRole("button", { name: "Pause" })).toBeInTheDocument();
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^0$/);

    worker.emitFrame({ status: "running", handled: 3, epoch: 40 });
    expect(screen.getByTestId("status")).toHaveTextContent(/^running$/);
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^40$/);
  });

  it("does not flip back when a running frame arrives after the user's Pause", () => {
    const { worker } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    fireEvent.click(screen.getByRole("button", { name: "Pause" }));
    worker.emitFrame({ status: "running", handled: 3, epoch: 120 });
    expect(screen.getByTestId("status")).toHaveTextContent(/^paused$/);
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^120$/);
  });

  it("follows the worker once it has handled every command", () => {
    const { worker } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    worker.emitFrame({ status: "paused", handled: 3 });
    expect(screen.getByTestId("status")).toHaveTextContent(/^paused$/);
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
  });

  it("lets Play run right after Reset of a diverged run, whatever late frame of the old run arrives", () => {
    const { worker } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    worker.emitFrame({ status: "diverged", epoch: 9 });
    expect(screen.getByTestId("status")).toHaveTextContent(/^diverged$/);
    const beforeReset = worker.commands().length;

    fireEvent.click(screen.getByRole("button", { name: "Reset" }));
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(worker.commands().slice(beforeReset)).toEqual([{ type: "reset" }, { type: "play" }]);
    // The frame the worker made before it saw Reset and Play.
    worker.emitFrame({ status: "diverged", epoch: 10, handled: beforeReset });
    expect(screen.getByTestId("status")).toHaveTextContent(/^running$/);
    expect(screen.getByRole("button", { name: "Pause" })).toBeEnabled();

    worker.emitFrame({ runId: 2, epoch: 30 });
    expect(worker.status).toBe("running");
    expect(screen.getByTestId("status")).toHaveTextContent(/^running$/);
  });

  it("keeps a diverged run diverged when only the speed changes, sending the speed alone", () => {
    const { worker } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    worker.emitFrame({ status: "diverged", epoch: 9 });
    const before = worker.commands().length;
    fireEvent.change(screen.getByRole("slider", { name: "Speed" }), { target: { value: "3" } });
    expect(worker.commands().slice(before)).toEqual([{ type: "speed", speed: SPEED_STOPS[3] }]);
    expect(screen.getByTestId("status")).toHaveTextContent(/^diverged$/);
    worker.emitFrame();
    expect(screen.getByTestId("status")).toHaveTextContent(/^diverged$/);
  });

  it("after a worker failure, Play sends play and the failure clears with the next frame", () => {
    const { worker } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    worker.emitFrame({ epoch: 5 });
    worker.fail("out of memory");
    // A frame already on its way from a trainer that still believed it was playing.
    worker.emitFrame({ status: "running", epoch: 6 });
    expect(screen.getByTestId("status")).toHaveTextContent(/^paused$/);
    expect(screen.getByRole("alert")).toHaveTextContent(/out of memory/);

    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    expect(worker.lastCommand()).toEqual({ type: "play" });
    expect(screen.getByTestId("status")).toHaveTextContent(/^running$/);
    worker.emitFrame({ epoch: 7 });
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByTestId("status")).toHaveTextContent(/^running$/);
  });

  it("hands every drawn frame back to the worker with frameDone", () => {
    const { worker } = renderPage();
    worker.emitFrame();
    expect(worker.sent.at(-1)).toEqual({ type: "frameDone", grid: undefined });
    const first = worker.emitFrame({ epoch: 1 });
    worker.emitFrame({ epoch: 2 });
    expect(worker.sent.at(-1)).toEqual({ type: "frameDone", grid: first.grid });
  });
});

describe("changing a setting", () => {
  const cases = [
    ["Hidden units", 5, "hiddenUnits", 5, "5"],
    ["Hidden units", 0, "hiddenUnits", 0, "0"],
    ["Learning rate", LEARNING_RATE_STOPS.indexOf(0.1), "learningRate", 0.1, "0.1"],
    ["Regularization", 0, "lambda", 0, "0"],
    ["Noise", 10, "noise", 0.5, "0.5"],
    ["Samples", SAMPLE_STOPS.indexOf(1000), "samples", 1000, "1000"],
    ["Test fraction", 4, "testFraction", 0.2, "0.2"],
  ] as const;

  it.each(cases)(
    "%s to stop %i sends configure with %s = %s and shows %s",
    (name, index, key, value, shown) => {
      const { worker } = renderPage();
      const slider = screen.getByRole("slider", { name });
      fireEvent.change(slider, { target: { value: String(index) } });
      expect(worker.commands()).toHaveLength(3);
      expect(lastMessage(worker.sent)).toEqual({
        type: "configure",
        settings: { ...ARTICLE_SETTINGS, [key]: value },
      });
      expect(slider).toHaveAttribute("aria-valuetext", shown);
      expect(shownValue(slider)).toBe(shown);
    },
  );

  it("Speed at its last stop sends speed max, and no configure", () => {
    const { worker } = renderPage();
    const slider = screen.getByRole("slider", { name: "Speed" });
    expect(SPEED_STOPS.at(-1)).toBe("max");
    fireEvent.change(slider, { target: { value: String(SPEED_STOPS.length - 1) } });
    expect(worker.commands().slice(2)).toEqual([{ type: "speed", speed: "max" }]);
    expect(slider).toHaveAttribute("aria-valuetext", "as fast as possible");
    expect(shownValue(slider)).toBe("max");
  });

  it.each([
    ["Dataset", "circles", "dataset"],
    ["Activation", "relu", "activation"],
    ["Output", "sigmoid", "output"],
  ] as const)("choosing %s %s sends configure with %s", (name, value, key) => {
    const { worker } = renderPage();
    const select = screen.getByRole("combobox", { name });
    fireEvent.change(select, { target: { value } });
    expect(lastMessage(worker.sent)).toEqual({
      type: "configure",
      settings: { ...ARTICLE_SETTINGS, [key]: value },
    });
    expect(select).toHaveValue(value);
  });

  it("keeps earlier changes when a later one is sent", () => {
    const { worker } = renderPage();
    fireEvent.change(screen.getByRole("combobox", { name: "Dataset" }), { target: { value: "spiral" } });
    fireEvent.change(screen.getByRole("slider", { name: "Hidden units" }), { target: { value: "8" } });
    expect(lastMessage(worker.sent)).toEqual({
      type: "configure",
      settings: { ...ARTICLE_SETTINGS, dataset: "spiral", hiddenUnits: 8 },
    });
  });

  it("to the value it already has sends nothing", () => {
    const { worker } = renderPage();
    fireEvent.change(screen.getByRole("combobox", { name: "Dataset" }), { target: { value: "moons" } });
    expect(worker.commands()).toHaveLength(2);
  });
});
