import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderPage } from "./renderPage.tsx";

const DIVERGENCE = {
  epoch: 4,
  updates: 4,
  reason: "loss-exploded",
  loss: 95.2,
  initialLoss: 0.584,
  since: "start",
} as const;

describe("a diverged run", () => {
  it("explains itself in an alert that points at the learning rate and Reset", () => {
    const { worker } = renderPage("#lr=5");
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    worker.emitFrame({ status: "diverged", epoch: 4, trainLoss: 95.2, divergence: DIVERGENCE });

    const alert = screen.getByRole("alert");
    expect(alert).toBe(screen.getByTestId("divergence"));
    expect(alert).toHaveTextContent(/diverged/i);
    expect(alert).toHaveTextContent(/epoch 4\b/);
    expect(alert).toHaveTextContent(/0\.584/);
    expect(alert).toHaveTextContent(/95\.2/);
    expect(alert).toHaveTextContent(/learning rate of 5\b/);
    expect(alert).toHaveTextContent(/lower the learning rate/i);
    expect(alert).toHaveTextContent(/\bReset\b/);
    expect(screen.getByTestId("status")).toHaveTextContent(/^diverged$/);
  });

  it("disables Play and Step but keeps Reset, which starts again", () => {
    const { worker } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    worker.emitFrame({ status: "diverged", divergence: DIVERGENCE });
    expect(screen.getByTestId("status")).toHaveTextContent(/^diverged$/);
    expect(screen.getByRole("button", { name: /^(Play|Pause)$/ })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Step" })).toBeDisabled();
    const reset = screen.getByRole("button", { name: "Reset" });
    expect(reset).toBeEnabled();

    fireEvent.click(reset);
    expect(worker.sent.at(-1)).toEqual({ type: "reset" });
    expect(screen.getByTestId("status")).toHaveTextContent(/^paused$/);
    expect(screen.queryByTestId("divergence")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Play" })).toBeEnabled();
  });

  it("clears when the learning rate is lowered", () => {
    const { worker } = renderPage("#lr=5");
    worker.emitFrame({ status: "diverged", divergence: DIVERGENCE });
    fireEvent.change(screen.getByRole("slider", { name: "Learning rate" }), { target: { value: "6" } });
    expect(screen.getByTestId("status")).toHaveTextContent(/^paused$/);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Play" })).toBeEnabled();
  });

  it("explains a weight that stopped being a number without printing NaN", () => {
    const { worker } = renderPage();
    worker.emitFrame({
      status: "diverged",
      trainLoss: Number.NaN,
      divergence: {
        epoch: 12,
        updates: 12,
        reason: "not-finite",
        loss: Number.NaN,
        initialLoss: 0.7,
        since: "start",
      },
    });
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(/not a number/);
    expect(alert).not.toHaveTextContent(/NaN/);
    expect(screen.getByTestId("train-loss")).toHaveTextContent(/^—$/);
  });
});

describe("a link with settings the page cannot use", () => {
  const GARBAGE = "#hidden=999&lr=banana&foo=1";

  it("says which settings it ignored, in a status notice", () => {
    renderPage(GARBAGE);
    const notice = screen.getByTestId("url-notice");
    expect(notice).toHaveAttribute("role", "status");
    expect(screen.getAllByRole("status")).toContain(notice);
    expect(notice).toHaveTextContent(/ignored/i);
    const items = within(notice)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toHaveLength(3);
    expect(items.find((t) => /\bhidden\b/.test(t ?? ""))).toMatch(/999/);
    expect(items.find((t) => /\blr\b/.test(t ?? ""))).toMatch(/banana/);
    expect(items.find((t) => /\bfoo\b/.test(t ?? ""))).toMatch(/not a setting/);
  });

  it("keeps the defaults for what it ignored and tells the worker so", () => {
    const { worker } = renderPage(GARBAGE);
    expect(screen.getByRole("slider", { name: "Hidden units" })).toHaveAttribute("aria-valuetext", "3");
    expect(screen.getByRole("slider", { name: "Learning rate" })).toHaveAttribute("aria-valuetext", "0.01");
    const configures = worker.sent.filter((m) => m.type === "configure");
    expect(configures).toHaveLength(1);
    expect(configures[0]).toMatchObject({
      type: "configure",
      settings: { hiddenUnits: 3, learningRate: 0.01 },
    });
  });

  it("removes the notice when Dismiss is pressed", () => {
    renderPage(GARBAGE);
    fireEvent.click(within(screen.getByTestId("url-notice")).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("url-notice")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Dismiss" })).not.toBeInTheDocument();
  });

  it("shows no notice for a clean link", () => {
    renderPage("#dataset=circles&hidden=4&speed=max");
    expect(screen.queryByTestId("url-notice")).not.toBeInTheDocument();
  });
});

describe("an error in the trainer", () => {
  it("says so in an alert, with its details, and pauses the run", () => {
    const { worker } = renderPage();
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    worker.emit({ type: "error", message: "out of memory" });
    const alert = screen.getByRole("alert");
    expect(alert).toBe(screen.getByTestId("worker-error"));
    expect(alert).toHaveTextContent(/error in the trainer/i);
    expect(alert).toHaveTextContent(/out of memory/);
    expect(screen.getByTestId("status")).toHaveTextContent(/^paused$/);
  });

  it("says that Play or Reset carries on, not that the page must be reloaded", () => {
    const { worker } = renderPage();
    worker.emit({ type: "error", message: "out of memory" });
    const alert = screen.getByTestId("worker-error");
    expect(alert).not.toHaveTextContent(/reload/i);
    expect(alert).toHaveTextContent(/Press Play to continue/);
    expect(alert).toHaveTextContent(/\bReset\b/);
  });

  it("goes away once the trainer has carried on after Play", () => {
    const { worker } = renderPage();
    worker.emit({ type: "error", message: "out of memory" });
    fireEvent.click(screen.getByRole("button", { name: "Play" }));
    worker.emitFrame({ status: "running", epoch: 5 });
    expect(screen.queryByTestId("worker-error")).not.toBeInTheDocument();
    expect(screen.getByTestId("status")).toHaveTextContent(/^running$/);
  });
});
