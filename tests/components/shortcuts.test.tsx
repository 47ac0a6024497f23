/**
 * The keyboard shortcuts (issue 10): Space play/pause, S or → one step, R reset, P presenter mode, L the
 * language, ? the list of shortcuts — and none while typing, with a modifier, or where the focused control
 * uses the key itself. The list is a modal dialog that Esc closes, giving focus back.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import axe from "axe-core";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { CATALOGUES, type Lang } from "../../src/i18n/catalogue.ts";
import { strayLatin, translationOf } from "../i18n/words.ts";
import { renderPage } from "./renderPage.tsx";

const say = (lang: Lang, english: string) =>
  lang === "en" ? english : translationOf(CATALOGUES, lang, english);

function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  fireEvent.keyDown(target, { key, ...init });
}

/** The commands the page sent the worker since `from` (frameDone aside), by type. */
function sentSince(worker: ReturnType<typeof renderPage>["worker"], from: number): string[] {
  return worker
    .commands()
    .slice(from)
    .map((c) => c.type);
}

/** Press a key and let the list (loaded on demand) appear, if the key opens it. */
async function pressAndSettle(target: Element, key: string, init: KeyboardEventInit = {}) {
  await act(async () => {
    fireEvent.keyDown(target, { key, ...init });
  });
}

beforeAll(async () => {
  // The list is a lazy chunk: load its module once, so that opening it takes a few microtasks.
  await import("../../src/components/ShortcutsDialog.tsx");
});
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("each shortcut calls its action", () => {
  it("Space plays and pauses, S and → make one step each, R resets", () => {
    const { worker, store } = renderPage();
    const before = worker.commands().length;
    press(document.body, " ");
    expect(store.getState().status).toBe("running");
    press(document.body, " ");
    expect(store.getState().status).toBe("paused");
    press(document.body, "s");
    press(document.body, "S");
    press(document.body, "ArrowRight");
    press(document.body, "r");
    expect(sentSince(worker, before)).toEqual(["play", "pause", "step", "step", "step", "reset"]);
  });

  it("P turns presenter mode on and off, and Esc leaves it", () => {
    const { store } = renderPage();
    press(document.body, "p");
    expect(store.getState().present).toBe(true);
    expect(screen.getByRole("button", { name: "Presenter mode" })).toHaveAttribute("aria-pressed", "true");
    press(document.body, "P");
    expect(store.getState().present).toBe(false);
    press(document.body, "p");
    press(document.body, "Escape");
    expect(store.getState().present).toBe(false);
  });

  it("L switches the page between English and Japanese, without touching the run", () => {
    const { worker, store } = renderPage();
    const sent = worker.sent.length;
    press(document.body, "l");
    expect(store.getState().lang).toBe("ja");
    expect(screen.getByRole("button", { name: say("ja", "Play") })).toBeInTheDocument();
    press(document.body, "L");
    expect(store.getState().lang).toBe("en");
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
    expect(worker.sent).toHaveLength(sent);
  });

  it("acts on letters and Space from a slider, and keeps the page from scrolling on Space", () => {
    const { worker, store } = renderPage();
    const before = worker.commands().length;
    const slider = screen.getByRole("slider", { name: "Speed" });
    press(slider, "r");
    expect(sentSince(worker, before)).toEqual(["reset"]);
    const space = new KeyboardEvent("keydown", { key: " ", bubbles: true, cancelable: true });
    act(() => {
      document.body.dispatchEvent(space);
    });
    expect(space.defaultPrevented).toBe(true);
    expect(store.getState().status).toBe("running");
  });

  it("plays once for a held Space, but steps again and again for a held →", () => {
    const { worker } = renderPage();
    const before = worker.commands().length;
    press(document.body, " ");
    press(document.body, " ", { repeat: true });
    press(document.body, " ", { repeat: true });
    press(document.body, "ArrowRight");
    press(document.body, "ArrowRight", { repeat: true });
    expect(sentSince(worker, before)).toEqual(["play", "step", "step"]);
  });
});

describe("no shortcut fires", () => {
  const KEYS = [" ", "s", "ArrowRight", "r", "p", "l", "?"];

  async function expectNothing(page: ReturnType<typeof renderPage>, sent: number) {
    await act(async () => {}); // a list that opened by mistake would be on the page by now
    expect(sentSince(page.worker, sent)).toEqual([]);
    const s = page.store.getState();
    expect([s.status, s.present, s.lang]).toEqual(["paused", false, "en"]);
    expect(screen.queryByRole("dialog")).toBeNull();
  }

  it("while typing in a text field, a text area, a contenteditable or a select", async () => {
    const page = renderPage();
    const sent = page.worker.commands().length;
    const input = document.createElement("input");
    const area = document.createElement("textarea");
    const editable = document.createElement("div");
    editable.contentEditable = "true";
    // jsdom does not compute isContentEditable: stand it in as a browser would.
    Object.defineProperty(editable, "isContentEditable", { value: true });
    document.body.append(input, area, editable);
    const fields = [input, area, editable, screen.getByRole("combobox", { name: "Dataset" })];
    for (const field of fields) for (const key of KEYS) press(field, key);
    await expectNothing(page, sent);
    input.remove();
    area.remove();
    editable.remove();
  });

  it("with Ctrl, ⌘ or Alt held (Ctrl+R reloads, Ctrl+L goes to the address bar)", async () => {
    const page = renderPage();
    const sent = page.worker.commands().length;
    for (const modifier of ["ctrlKey", "metaKey", "altKey"])
      for (const key of KEYS) press(document.body, key, { [modifier]: true });
    await expectNothing(page, sent);
  });

  it("while an input method is composing", async () => {
    const page = renderPage();
    const sent = page.worker.commands().length;
    for (const key of KEYS) press(document.body, key, { isComposing: true });
    press(document.body, "Process");
    await expectNothing(page, sent);
  });

  it("for Space on a focused button: the button's own press is the only one", () => {
    const { worker, store } = renderPage();
    const sent = worker.commands().length;
    const step = screen.getByRole("button", { name: "Step" });
    step.focus();
    press(step, " ");
    expect(sentSince(worker, sent)).toEqual([]);
    fireEvent.click(step); // what the browser does with Space on a button
    expect(sentSince(worker, sent)).toEqual(["step"]);
    const play = screen.getByRole("button", { name: "Play" });
    press(play, " ");
    fireEvent.click(play);
    expect(store.getState().status).toBe("running");
  });

  it("for → on a slider or in the network diagram, whose arrows move them instead", () => {
    const { worker, container } = renderPage();
    const sent = worker.commands().length;
    press(screen.getByRole("slider", { name: "Hidden units" }), "ArrowRight");
    const arrows = within(container.querySelector('[data-testid="network"]') as HTMLElement).getByRole(
      "listbox",
    );
    act(() => arrows.focus());
    press(arrows, "ArrowRight");
    press(arrows, "Enter"); // Enter on an arrow still opens its explanation
    expect(sentSince(worker, sent).filter((type) => type === "step")).toEqual([]);
  });

  it("for a key a control has already handled (defaultPrevented)", () => {
    const { worker } = renderPage();
    const sent = worker.commands().length;
    const handled = new KeyboardEvent("keydown", { key: "s", bubbles: true, cancelable: true });
    handled.preventDefault();
    act(() => {
      document.body.dispatchEvent(handled);
    });
    expect(sentSince(worker, sent)).toEqual([]);
  });
});

describe.each(["en", "ja"] as const)("the list of shortcuts (%s)", (lang) => {
  const title = say(lang, "Keyboard shortcuts");

  it("opens with ?, lists every shortcut, and closes with Esc, giving focus back", async () => {
    const { store } = renderPage("", { lang });
    const step = screen.getByRole("button", { name: say(lang, "Step") });
    step.focus();
    await pressAndSettle(step, "?", { shiftKey: true });
    const dialog = screen.getByRole("dialog", { name: title });
    expect(within(dialog).getByRole("heading", { name: title })).toBeInTheDocument();
    const keys = Array.from(dialog.querySelectorAll("kbd"), (k) => k.textContent);
    expect(keys).toEqual([say(lang, "Space"), "S", "→", "R", "P", "Esc", "L", "?"]);
    for (const action of ["Play or pause", "Reset (a fresh network)", "Show this list"])
      expect(dialog).toHaveTextContent(say(lang, action));
    expect(within(dialog).getByRole("button", { name: say(lang, "Close") })).toHaveFocus();

    // While the list is open, the page's shortcuts wait.
    press(within(dialog).getByRole("button", { name: say(lang, "Close") }), "r");
    expect(store.getState().status).toBe("paused");

    press(document.activeElement as Element, "Escape");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(step).toHaveFocus();
  });

  it("opens from the header's Shortcuts (?) button too, and Close gives the button its focus back", async () => {
    renderPage("", { lang });
    const button = screen.getByRole("button", { name: say(lang, "Shortcuts (?)") });
    expect(button).toHaveAttribute("aria-haspopup", "dialog");
    await act(async () => {
      fireEvent.click(button);
    });
    const dialog = screen.getByRole("dialog", { name: title });
    fireEvent.click(within(dialog).getByRole("button", { name: say(lang, "Close") }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(button).toHaveFocus();
  });

  it("closing it with Esc in presenter mode keeps presenter mode on", async () => {
    const { store } = renderPage("#present=1", { lang });
    await pressAndSettle(document.body, "?");
    press(screen.getByRole("dialog"), "Escape");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(store.getState().present).toBe(true);
  });

  it("speaks the page's language: no English left beyond the key legends", async () => {
    renderPage("", { lang });
    await pressAndSettle(document.body, "?");
    const dialog = screen.getByRole("dialog");
    const copy = dialog.cloneNode(true) as HTMLElement;
    for (const kbd of copy.querySelectorAll("kbd")) kbd.remove();
    const words = strayLatin(copy.textContent ?? "");
    if (lang === "ja") expect(words).toEqual([]);
    else expect(copy.textContent).toContain(CATALOGUES.en["shortcuts.note"]);
  });

  it("passes axe-core's checks", async () => {
    vi.useRealTimers(); // axe schedules its own work on timers; nothing here waits on the clock
    renderPage("", { lang });
    await pressAndSettle(document.body, "?");
    const results = await axe.run(screen.getByRole("dialog"), {
      rules: { "color-contrast": { enabled: false } }, // jsdom paints nothing
    });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
