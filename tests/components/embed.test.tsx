/**
 * The embedded page (`embed=1`, issue 10 Share): only the plane, the Play/Step/Reset bar and the readouts —
 * nothing else rendered, so nothing hidden takes focus — in English and Japanese; shortcuts still work; a
 * one-line notice for what the link ignored; a link to the whole playground, same hash without embed.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import { CATALOGUES, type Lang } from "../../src/i18n/catalogue.ts";
import { parseHash } from "../../src/store/urlState.ts";
import { strayLatin, translationOf } from "../i18n/words.ts";
import { renderPage } from "./renderPage.tsx";

const say = (lang: Lang, english: string) =>
  lang === "en" ? english : translationOf(CATALOGUES, lang, english);

describe.each(["en", "ja"] as const)("the embedded page (%s)", (lang) => {
  const hash = `#embed=1&lang=${lang}`;

  it("shows a Play button, the boundary canvas and the readouts, and no slider, select or header", () => {
    const { container } = renderPage(hash);
    expect(screen.getByRole("button", { name: say(lang, "Play") })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: say(lang, "Step") })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: say(lang, "Reset") })).toBeInTheDocument();
    expect(screen.getByTestId("boundary").tagName).toBe("CANVAS");
    for (const id of ["epoch", "train-loss", "test-loss", "train-accuracy", "test-accuracy"])
      expect(screen.queryByTestId(id), id).toBeInTheDocument();
    expect(screen.queryAllByRole("slider")).toEqual([]);
    expect(screen.queryAllByRole("combobox")).toEqual([]);
    expect(screen.queryAllByRole("listbox")).toEqual([]);
    expect(screen.queryByRole("button", { name: say(lang, "Presenter mode") })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: say(lang, "Copy link") })).not.toBeInTheDocument();
    expect(container.querySelector("header, .controls, .secondary, select, input[type=range]")).toBeNull();
    expect(screen.queryByTestId("url-notice")).not.toBeInTheDocument();
  });

  it("links to the whole playground in a new tab, the same hash without embed", () => {
    const { store } = renderPage(`${hash}&hidden=5`);
    const link = screen.getByRole("link", { name: new RegExp(say(lang, "Open in the playground")) });
    expect(link).toHaveAttribute("target", "_blank");
    expect(link.getAttribute("rel")).toContain("noopener");
    const href = link.getAttribute("href") ?? "";
    expect(href).toMatch(/^#/);
    expect(href).not.toContain("embed");
    expect(parseHash(href)).toMatchObject({ settings: store.getState().settings, lang, notices: [] });
    act(() => store.getState().setSetting("hiddenUnits", 7));
    expect(link.getAttribute("href")).toContain("hidden=7");
  });

  it("still answers the keyboard shortcuts: Space plays, R resets", () => {
    const { store, worker } = renderPage(hash);
    fireEvent.keyDown(document.body, { key: " " });
    expect(store.getState().status).toBe("running");
    fireEvent.keyDown(document.body, { key: "r" });
    expect(worker.commands().at(-1)).toMatchObject({ type: "reset" });
  });

  it("opens the list of shortcuts with ?", async () => {
    await import("../../src/components/ShortcutsDialog.tsx");
    renderPage(hash);
    await act(async () => {
      fireEvent.keyDown(document.body, { key: "?" });
    });
    expect(screen.getByRole("dialog", { name: say(lang, "Keyboard shortcuts") })).toBeInTheDocument();
  });

  it("says in one line, in the page's language, that something in the link was ignored", async () => {
    renderPage(`${hash}&hidden=999&bogus=1`);
    const line = screen.getByTestId("embed-notice");
    expect(line).toHaveTextContent(
      say(lang, "Part of the link was ignored: open it in the playground to see what and why."),
    );
    expect(line).toHaveAttribute("role", "status");
    expect(screen.queryByTestId("url-notice")).not.toBeInTheDocument();
    if (lang === "ja") expect(strayLatin(line.textContent ?? "")).toEqual([]);
  });

  it("goes back to the whole page when the link drops embed", () => {
    const { store } = renderPage(hash);
    act(() => store.getState().applyHash(parseHash(`#lang=${lang}`)));
    expect(screen.getAllByRole("slider").length).toBeGreaterThan(0);
    expect(screen.queryByRole("link", { name: new RegExp(say(lang, "Open in the playground")) })).toBeNull();
  });

  it("passes axe-core's checks", async () => {
    vi.useRealTimers();
    const { container } = renderPage(`${hash}&bogus=1`);
    const results = await axe.run(container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

describe("the embedded compare view", () => {
  it("shows the panels with the run bar, without the sweep editor, the chart or the single run's readouts", async () => {
    await import("../../src/components/compare/CompareView.tsx");
    const { container } = renderPage("#embed=1&view=compare&sizes=1,3,50");
    const panels = await screen.findAllByTestId("panel");
    expect(panels.map((p) => p.getAttribute("data-hidden"))).toEqual(["1", "3", "50"]);
    expect(screen.getByRole("button", { name: "Play" })).toBeInTheDocument();
    expect(container.querySelector(".embed-side [data-testid='epoch']")).toBeNull();
    expect(screen.queryAllByRole("combobox")).toEqual([]);
    expect(screen.queryAllByRole("textbox")).toEqual([]);
    expect(screen.queryByRole("button", { name: "Apply" })).not.toBeInTheDocument();
    expect(screen.queryByTestId("generalisation")).not.toBeInTheDocument();
  });
});
