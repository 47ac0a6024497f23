/**
 * Copy link (issue 10): the header's button copies the link the page has written into its address (so
 * it reproduces the settings, view, language and presenter mode), says "Link copied" in a live region
 * for a few seconds, and where the clipboard is missing or refused shows the link selected, to copy by
 * hand — without a word in the console.
 */
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from "vitest";
import { COPIED_MS } from "../../src/components/CopyLinkButton.tsx";
import { CATALOGUES, type Lang } from "../../src/i18n/catalogue.ts";
import { parseHash } from "../../src/store/urlState.ts";
import { syncUrl, WRITE_INTERVAL_MS } from "../../src/store/urlSync.ts";
import { translationOf } from "../i18n/words.ts";
import { renderPage } from "./renderPage.tsx";

const say = (lang: Lang, english: string) =>
  lang === "en" ? english : translationOf(CATALOGUES, lang, english);

/** Stand a clipboard in for the browser's (jsdom has none); `writeText` resolves unless told otherwise. */
function fakeClipboard(writeText: Mock<(text: string) => Promise<void>> = vi.fn(async () => {})) {
  Object.defineProperty(navigator, "clipboard", { configurable: true, value: { writeText } });
  return writeText;
}

/** The page with its address kept in step with the store, as main.tsx does. */
function pageWithAddress(hash: string, lang: Lang) {
  window.history.replaceState(null, "", `/${hash}`);
  const page = renderPage(hash, { lang });
  const stop = syncUrl(page.store);
  return { ...page, stop };
}

async function clickCopy(lang: Lang) {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: say(lang, "Copy link") }));
  });
}

let consoleCalls: Mock[] = [];
let stops: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  consoleCalls = [vi.spyOn(console, "error"), vi.spyOn(console, "warn")] as unknown as Mock[];
});
afterEach(() => {
  const logged = consoleCalls.flatMap((spy) => spy.mock.calls);
  for (const stop of stops) stop();
  stops = [];
  Reflect.deleteProperty(navigator, "clipboard");
  vi.useRealTimers();
  window.history.replaceState(null, "", "/");
  // Clean up before asserting, so that a failure here leaves the next test a fresh page.
  cleanup();
  vi.restoreAllMocks();
  // Never a word in the console, whatever the clipboard did.
  expect(logged).toEqual([]);
});

describe.each(["en", "ja"] as const)("Copy link (%s)", (lang) => {
  it("copies the page's current link, which reproduces its settings, view and presenter mode", async () => {
    const writeText = fakeClipboard();
    const page = pageWithAddress("#hidden=5&lr=0.05", lang);
    stops.push(page.stop);
    act(() => page.store.getState().setSetting("hiddenUnits", 7));
    act(() => page.store.getState().setView("inside"));
    act(() => page.store.getState().setPresent(true));
    act(() => vi.advanceTimersByTime(WRITE_INTERVAL_MS)); // the address settles (urlSync's throttle)

    await clickCopy(lang);
    expect(writeText).toHaveBeenCalledTimes(1);
    const link = writeText.mock.calls[0][0];
    expect(link).toBe(window.location.href);
    const opened = parseHash(new URL(link).hash);
    expect(opened.settings).toEqual(page.store.getState().settings);
    expect(opened.settings.hiddenUnits).toBe(7);
    expect(opened.settings.learningRate).toBe(0.05);
    expect([opened.view, opened.present, opened.lang]).toEqual(["inside", true, lang]);
  });

  it("says Link copied in a polite live region, mounted empty, and hides it a few seconds later", async () => {
    fakeClipboard();
    renderPage("", { lang });
    const region = document.querySelector(".copy-link [role=status]");
    expect(region).not.toBeNull();
    expect(region).toHaveTextContent(/^$/);

    await clickCopy(lang);
    expect(region).toHaveTextContent(say(lang, "Link copied"));
    expect(screen.getByText(say(lang, "Link copied"))).toBe(region);
    act(() => vi.advanceTimersByTime(COPIED_MS - 1000));
    expect(region).toHaveTextContent(say(lang, "Link copied"));
    act(() => vi.advanceTimersByTime(1000));
    expect(region).toHaveTextContent(/^$/);
    expect(screen.queryByText(say(lang, "Link copied"))).toBeNull();
  });

  it("starts the few seconds again on a second copy", async () => {
    fakeClipboard();
    renderPage("", { lang });
    await clickCopy(lang);
    act(() => vi.advanceTimersByTime(COPIED_MS - 500));
    await clickCopy(lang);
    act(() => vi.advanceTimersByTime(COPIED_MS - 500));
    expect(screen.getByText(say(lang, "Link copied"))).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(500));
    expect(screen.queryByText(say(lang, "Link copied"))).toBeNull();
  });

  it("shows the link selected in a read-only field when the clipboard is refused", async () => {
    const writeText = fakeClipboard(
      vi.fn(async () => Promise.reject(new DOMException("denied", "NotAllowedError"))),
    );
    const page = pageWithAddress("#hidden=4", lang);
    stops.push(page.stop);
    await clickCopy(lang);
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(say(lang, "Link copied"))).toBeNull();

    const field = screen.getByRole("textbox", { name: say(lang, "Link to this page") }) as HTMLInputElement;
    expect(field).toHaveValue(window.location.href);
    expect(field.value).toContain("hidden=4");
    expect(field).toHaveAttribute("readonly");
    expect(field).toHaveFocus();
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(field).toHaveAccessibleDescription(
      CATALOGUES[lang]["copyLink.fallback.hint"].replace("{keys}", "Ctrl+C / ⌘C"),
    );

    // Copying it by hand confirms as the button does.
    fireEvent.copy(field);
    expect(screen.getByText(say(lang, "Link copied"))).toBeInTheDocument();
  });

  it("shows the same fallback where there is no clipboard at all (http://, an old browser)", async () => {
    renderPage("", { lang });
    await clickCopy(lang);
    expect(screen.getByRole("textbox", { name: say(lang, "Link to this page") })).toHaveValue(
      window.location.href,
    );
  });

  it("closes the fallback with Close or Esc, focus back on Copy link, presenter mode kept", async () => {
    const { store } = renderPage("#present=1", { lang });
    const button = screen.getByRole("button", { name: say(lang, "Copy link") });
    await clickCopy(lang);
    const field = screen.getByRole("textbox", { name: say(lang, "Link to this page") });
    fireEvent.keyDown(field, { key: "Escape" });
    expect(screen.queryByRole("textbox", { name: say(lang, "Link to this page") })).toBeNull();
    expect(button).toHaveFocus();
    expect(store.getState().present).toBe(true);

    await clickCopy(lang);
    const panel = screen.getByRole("textbox", { name: say(lang, "Link to this page") })
      .parentElement as HTMLElement;
    fireEvent.click(within(panel).getByRole("button", { name: say(lang, "Close") }));
    expect(screen.queryByRole("textbox", { name: say(lang, "Link to this page") })).toBeNull();
    expect(button).toHaveFocus();
  });

  it("lets no shortcut fire while the link is in the field (it is a text field)", async () => {
    const { store } = renderPage("", { lang });
    await clickCopy(lang);
    const field = screen.getByRole("textbox", { name: say(lang, "Link to this page") });
    for (const key of [" ", "r", "p", "l", "?"]) fireEvent.keyDown(field, { key });
    expect([store.getState().status, store.getState().present, store.getState().lang]).toEqual([
      "paused",
      false,
      lang,
    ]);
  });
});
