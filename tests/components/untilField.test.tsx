import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { readStopEpoch } from "../../src/components/UntilField.tsx";
import { CATALOGUES } from "../../src/i18n/catalogue.ts";
import type { ToWorker } from "../../src/worker/protocol.ts";
import { type RenderedPage, renderPage } from "./renderPage.tsx";

/** The Japanese for an English message (the names the brief gives are the English ones). */
function ja(key: keyof typeof CATALOGUES.en): string {
  return CATALOGUES.ja[key];
}

function field(name = "Stop at epoch"): HTMLInputElement {
  return screen.getByRole("textbox", { name }) as HTMLInputElement;
}

/** Type `text` into the field and press Enter, as a user does. */
function enter(text: string, input = field()): void {
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: "Enter" });
}

function untilMessages(page: RenderedPage): ToWorker[] {
  return page.worker.commands().filter((m) => m.type === "until");
}

describe("the Stop at epoch field", () => {
  it("is a text field with a numeric keyboard, named by its visible label, after Speed in Learning", () => {
    renderPage();
    const input = field();
    expect(input).toHaveAttribute("inputmode", "numeric");
    expect(input.labels?.[0]).toHaveTextContent(/^Stop at epoch$/);
    expect(input).not.toHaveAttribute("aria-label");
    expect(input).toHaveAccessibleDescription(
      "Training pauses once it has completed this many epochs; empty = never. The article trains 20,000 (num_passes).",
    );
    expect(input).toHaveValue("");
    expect(input).toHaveAttribute("placeholder", "never");
    const learning = within(screen.getByRole("group", { name: "Learning" }));
    const named = Array.from(
      learning.getByRole("slider", { name: "Speed" }).closest("fieldset")?.elements ?? [],
    )
      .map((c) => (c as HTMLInputElement).labels?.[0]?.textContent)
      .filter(Boolean);
    expect(named.slice(-2)).toEqual(["Speed", "Stop at epoch"]);
  });

  it("shows the link's stop epoch", () => {
    renderPage("#until=20000");
    expect(field()).toHaveValue("20000");
  });

  it("sends the epoch typed on Enter, and on leaving the field, and none when emptied", () => {
    const page = renderPage();
    enter("20000");
    expect(untilMessages(page)).toEqual([{ type: "until", epoch: 20_000 }]);
    expect(page.store.getState().until).toBe(20_000);
    expect(field()).toHaveValue("20000");
    fireEvent.change(field(), { target: { value: "300" } });
    fireEvent.blur(field());
    enter("");
    expect(untilMessages(page)).toEqual([
      { type: "until", epoch: 20_000 },
      { type: "until", epoch: 300 },
      { type: "until", epoch: null },
    ]);
    expect(field()).toHaveValue("");
  });

  it("takes 20,000 with a thousands separator and full-width digits, as typed on a Japanese keyboard", () => {
    const page = renderPage();
    enter("20,000");
    enter("３００");
    expect(untilMessages(page)).toEqual([
      { type: "until", epoch: 20_000 },
      { type: "until", epoch: 300 },
    ]);
  });

  it("refuses text that is not an epoch with a visible message, and sends nothing", () => {
    const page = renderPage("#until=50");
    for (const bad of ["abc", "0", "1.5", "-3", "1e9", "2,50"]) {
      enter(bad);
      const message = screen.getByRole("alert");
      expect(message).toHaveTextContent(
        `"${bad}" is not a whole number of epochs from 1 to 100,000,000; nothing was changed. Leave the field empty to never stop.`,
      );
      expect(field()).toHaveAttribute("aria-invalid", "true");
      expect(field()).toHaveValue(bad);
      expect(field()).toHaveAccessibleDescription(expect.stringContaining(`"${bad}" is not a whole number`));
    }
    expect(untilMessages(page)).toEqual([{ type: "until", epoch: 50 }]);
    expect(page.store.getState().until).toBe(50);
  });

  it("lets Escape bring back the stop epoch in force, and a good value clear the message", () => {
    renderPage("#until=50");
    enter("soon");
    fireEvent.keyDown(field(), { key: "Escape" });
    expect(field()).toHaveValue("50");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(field()).toHaveAttribute("aria-invalid", "false");
    enter("soon");
    enter("70");
    expect(screen.queryByRole("alert")).toBeNull();
    expect(field()).toHaveValue("70");
  });

  it("is named and explained in Japanese with the article's terms", () => {
    renderPage("#lang=ja");
    const input = field(ja("until.label"));
    expect(ja("until.label")).toBe("停止するエポック");
    expect(input).toHaveAccessibleDescription(ja("until.hint"));
    enter("だめ", input);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "「だめ」は 1 から 100,000,000 までのエポック数（整数）ではありません。何も変えていません。止めない場合は空欄にしてください。",
    );
  });
});

describe("the line that says the run stopped at its stop epoch", () => {
  it("says nothing while the run has not stopped there", () => {
    const page = renderPage("#until=300");
    page.worker.emitFrame({ epoch: 120, stoppedAt: null });
    expect(screen.getByTestId("stopped")).toHaveTextContent(/^$/);
  });

  it("says so, in a status line near the run buttons, when the worker stopped at the stop epoch", () => {
    const page = renderPage("#until=20000");
    page.store.getState().play();
    page.worker.emitFrame({ status: "paused", epoch: 20_000, stoppedAt: 20_000 });
    const line = screen.getByTestId("stopped");
    expect(line).toHaveAttribute("role", "status");
    expect(line).toHaveTextContent(
      "Stopped at epoch 20,000, as asked. To go on, raise or clear “Stop at epoch”.",
    );
    expect(within(screen.getByRole("region", { name: "Controls" })).getByTestId("stopped")).toBe(line);
  });

  it("says the run is past its stop epoch when Play finds it there after a Step", () => {
    const page = renderPage("#until=300");
    page.worker.emitFrame({ status: "paused", epoch: 301, stoppedAt: 300 });
    expect(screen.getByTestId("stopped")).toHaveTextContent(
      "Epoch 301 is past the stop at epoch 300. To go on, raise or clear “Stop at epoch”.",
    );
  });

  it("goes once the run plays again", () => {
    const page = renderPage("#until=300");
    page.worker.emitFrame({ status: "paused", epoch: 300, stoppedAt: 300 });
    enter("");
    page.store.getState().play();
    page.worker.emitFrame({ status: "running", epoch: 310, stoppedAt: null });
    expect(screen.getByTestId("stopped")).toHaveTextContent(/^$/);
  });

  it("says it in Japanese, with the field's Japanese name", () => {
    const page = renderPage("#until=20000&lang=ja");
    page.worker.emitFrame({ status: "paused", epoch: 20_000, stoppedAt: 20_000 });
    expect(screen.getByTestId("stopped")).toHaveTextContent(
      "指定どおりエポック 20,000 で止まりました。続けるには「停止するエポック」を大きくするか空欄にしてください。",
    );
  });
});

describe("reading the field's text", () => {
  it("reads plain, grouped and full-width digits, and blank as none", () => {
    expect(readStopEpoch("1")).toEqual({ ok: true, value: 1 });
    expect(readStopEpoch(" 20 000 ")).toEqual({ ok: true, value: 20_000 });
    expect(readStopEpoch("1,000,000")).toEqual({ ok: true, value: 1_000_000 });
    expect(readStopEpoch("２０，０００")).toEqual({ ok: true, value: 20_000 });
    expect(readStopEpoch("")).toEqual({ ok: true, value: null });
    for (const bad of ["1,5", "20,00", "1.5", "x", "0"]) expect(readStopEpoch(bad).ok, bad).toBe(false);
  });
});
