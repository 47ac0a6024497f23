import { act, fireEvent, screen, within } from "@testing-library/react";
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

describe("the notices in Japanese", () => {
  it("explain a divergence with the same numbers", () => {
    const { worker } = renderPage("#lr=5&lang=ja");
    worker.emitFrame({ status: "diverged", epoch: 4, trainLoss: 95.2, divergence: DIVERGENCE });
    const alert = screen.getByTestId("divergence");
    expect(alert).toHaveAttribute("role", "alert");
    expect(alert).toHaveTextContent(/^発散しました。 エポック 4 で学習が止まりました/);
    expect(alert).toHaveTextContent(/0\.584 から 95\.2/);
    expect(alert).toHaveTextContent(/学習率 ε = 5 では/);
    expect(alert).toHaveTextContent(/「リセット」/);
  });

  it("say a trainer error happened, with its own details, and how to carry on", () => {
    const { worker } = renderPage("#lang=ja");
    worker.emit({ type: "error", message: "out of memory" });
    const alert = screen.getByTestId("worker-error");
    expect(alert).toHaveTextContent(
      "学習プログラムでエラーが起きたため、学習が止まりました （out of memory）。「再生」を押すと止まったところから続き、",
    );
    expect(alert).toHaveTextContent(/設定はそのまま残ります。$/);
  });

  it("list what the link's settings had wrong, with a Japanese heading and 閉じる", () => {
    renderPage("#hidden=999&lr=banana&foo=1&lang=ja");
    const notice = screen.getByTestId("url-notice");
    expect(notice).toHaveTextContent(/^リンクの設定のうち、次のものは無視しました：/);
    expect(
      within(notice)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "hidden を無視しました：「999」は 0 から 64 までの整数ではありません。3 を使います。",
      "lr を無視しました：「banana」は 0 より大きく 100 以下の数ではありません。0.01 を使います。",
      "「foo=1」を無視しました：「foo」はこのページの設定ではありません。",
    ]);
    fireEvent.click(within(notice).getByRole("button", { name: "閉じる" }));
    expect(screen.queryByTestId("url-notice")).not.toBeInTheDocument();
  });

  it("count the notices past the sixth in either language", () => {
    const { store } = renderPage("#a=1&b=1&c=1&d=1&e=1&f=1&g=1&h=1");
    const notice = screen.getByTestId("url-notice");
    expect(within(notice).getAllByRole("listitem").at(-1)).toHaveTextContent(/^…and 2 more\.$/);
    act(() => store.getState().setLang("ja"));
    expect(within(notice).getAllByRole("listitem").at(-1)).toHaveTextContent(/^…ほか 2 件。$/);
  });

  it("re-word an open notice when the language changes, without touching the run", () => {
    const { worker, store } = renderPage("#hidden=999&foo=1&lr=0.5");
    worker.emitFrame({ status: "running", epoch: 120 });
    const sent = worker.sent.length;
    const { settings, frame, history } = store.getState();
    const notice = screen.getByTestId("url-notice");
    expect(within(notice).getAllByRole("listitem")[0]).toHaveTextContent(
      'Ignored hidden: "999" is not an integer from 0 to 64. Using 3.',
    );

    act(() => store.getState().setLang("ja"));
    expect(screen.getByTestId("url-notice")).toBe(notice);
    expect(
      within(notice)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "hidden を無視しました：「999」は 0 から 64 までの整数ではありません。3 を使います。",
      "「foo=1」を無視しました：「foo」はこのページの設定ではありません。",
    ]);
    expect(within(notice).getByRole("button", { name: "閉じる" })).toBeInTheDocument();
    expect(store.getState()).toMatchObject({ settings, frame, history, status: "running" });
    expect(worker.sent.length).toBe(sent);
    expect(screen.getByTestId("epoch")).toHaveTextContent(/^120$/);

    act(() => store.getState().setLang("en"));
    expect(within(notice).getAllByRole("listitem")[1]).toHaveTextContent(
      'Ignored "foo=1": "foo" is not a setting of this page.',
    );
  });

  it("re-word an open divergence when the language changes", () => {
    const { worker, store } = renderPage("#lr=5");
    worker.emitFrame({ status: "diverged", divergence: DIVERGENCE });
    expect(screen.getByTestId("divergence")).toHaveTextContent(/^Diverged\. Training stopped at epoch 4/);
    act(() => store.getState().setLang("ja"));
    expect(screen.getByTestId("divergence")).toHaveTextContent(/^発散しました。 エポック 4 で/);
    expect(store.getState().status).toBe("diverged");
  });
});
