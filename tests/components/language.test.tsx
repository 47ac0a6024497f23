/**
 * The page in both languages: the switch re-words it without touching the run, and every word a user
 * reads comes from the catalogue (src/i18n). The scans render the whole page in several states and read
 * every text node and every attribute a person or a screen reader meets.
 */
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Divergence } from "../../src/engine/run.ts";
import { CATALOGUES, type Lang } from "../../src/i18n/catalogue.ts";
import { strayLatin, translationOf } from "../i18n/words.ts";
import { makeData } from "./fakeWorker.ts";
import { type RenderedPage, renderPage } from "./renderPage.tsx";

const READOUTS = [
  "epoch",
  "updates",
  "epochs-per-second",
  "train-loss",
  "train-accuracy",
  "test-loss",
  "test-accuracy",
];
/** Attributes whose values a person reads (tooltips, placeholders) or a screen reader speaks. */
const READ_ATTRIBUTES = [
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "title",
  "placeholder",
  "alt",
];
const DIVERGENCE: Divergence = {
  epoch: 4,
  updates: 4,
  reason: "loss-exploded",
  loss: 95.2,
  initialLoss: 0.69,
  since: "start",
};

/** The translation of an English name (INTERFACES.md's names are the English ones). */
const say = (lang: Lang, english: string) => translationOf(CATALOGUES, lang, english);
const LANGUAGE_NAME = { en: "Language", ja: say("ja", "Language") };

/** The header's language control, whatever the page's language. */
function languageControl(): HTMLElement {
  const name = new RegExp(`^(${LANGUAGE_NAME.en}|${LANGUAGE_NAME.ja})$`);
  const found = ["combobox", "radiogroup", "group", "listbox"].flatMap((role) =>
    screen.queryAllByRole(role, { name }),
  );
  expect(found, `one control named ${LANGUAGE_NAME.en} / ${LANGUAGE_NAME.ja}`).toHaveLength(1);
  return found[0];
}

/** Switch the page's language as a user would, with the header's control. */
function switchTo(lang: Lang): void {
  const control = languageControl();
  if (control instanceof HTMLSelectElement) {
    fireEvent.change(control, { target: { value: lang } });
    return;
  }
  // a group of choices: each named by its language in its own words
  const own = new RegExp(`^(${lang}|${say(lang, lang === "en" ? "English" : "日本語")})$`, "i");
  const choice = within(control)
    .queryAllByRole("radio", { name: own })
    .concat(within(control).queryAllByRole("button", { name: own }));
  expect(choice, `a choice for ${lang}`).toHaveLength(1);
  fireEvent.click(choice[0]);
}

function readouts(): Record<string, string | null> {
  return Object.fromEntries(READOUTS.map((id) => [id, screen.queryByTestId(id)?.textContent ?? null]));
}

function weights(): Record<string, string | null> {
  const arrows = [...document.querySelectorAll("[data-weight]")];
  return Object.fromEntries(arrows.map((a) => [a.getAttribute("data-weight"), a.getAttribute("data-value")]));
}

/** A page with data and a frame from a run well under way. */
function pageUnderWay(hash = "", lang: Lang = "en"): RenderedPage {
  const page = renderPage(hash, { lang });
  page.worker.emit(makeData({ train: 150, test: hash.includes("test=") ? 50 : 0 }));
  fireEvent.click(screen.getByRole("button", { name: say(lang, "Play") }));
  page.worker.emitFrame({
    epoch: 1234,
    trainLoss: 0.0689471234,
    trainAccuracy: 0.975,
    testLoss: hash.includes("test=") ? 0.0812345678 : null,
    testAccuracy: hash.includes("test=") ? 0.96 : null,
    epochsPerSecond: 10523.7,
  });
  return page;
}

describe("switching the language", () => {
  it("re-words the page at once: the heading and the switch's own name", () => {
    renderPage();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(CATALOGUES.en["page.title"]);
    switchTo("ja");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(CATALOGUES.ja["page.title"]);
    expect(languageControl()).toHaveAccessibleName(LANGUAGE_NAME.ja);
    switchTo("en");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(CATALOGUES.en["page.title"]);
    expect(languageControl()).toHaveAccessibleName(LANGUAGE_NAME.en);
  });

  it("keeps the run: nothing is sent to the trainer, and the epoch, frame, readouts and weights stay", () => {
    const { worker, store } = pageUnderWay("#test=0.25");
    const sent = worker.sent.length;
    const before = { frame: store.getState().frame, status: store.getState().status };
    const shown = { readouts: readouts(), weights: weights(), status: store.getState().status };
    expect(shown.readouts.epoch).toBe("1234");
    expect(shown.readouts["train-loss"]).toBe("0.068947");
    expect(Object.keys(shown.weights).length).toBeGreaterThan(0);

    switchTo("ja");
    expect(store.getState().lang).toBe("ja");
    expect(worker.sent.length, "messages sent to the worker by the switch").toBe(sent);
    expect(store.getState().frame).toBe(before.frame);
    expect(store.getState().status).toBe(before.status);
    expect(readouts(), "readouts are plain numbers in every language").toEqual(shown.readouts);
    expect(weights()).toEqual(shown.weights);

    switchTo("en");
    expect(worker.sent.length).toBe(sent);
    expect(store.getState().frame).toBe(before.frame);
    expect(readouts()).toEqual(shown.readouts);
  });

  it("keeps the settings and the URL's view of them: only lang changes", () => {
    const { store } = pageUnderWay("#hidden=5&lr=0.05");
    const settings = store.getState().settings;
    const speed = store.getState().speed;
    switchTo("ja");
    expect(store.getState().settings).toBe(settings);
    expect(store.getState().speed).toBe(speed);
    expect(store.getState().present).toBe(false);
  });

  it("names the controls by their translations in Japanese and by INTERFACES.md's names in English", () => {
    renderPage("", { lang: "ja" });
    expect(screen.queryByRole("button", { name: "Play" })).toBeNull();
    expect(screen.queryByRole("slider", { name: "Hidden units" })).toBeNull();
    switchTo("en");
    for (const name of ["Play", "Step", "Reset", "Presenter mode"])
      expect(screen.getByRole("button", { name }), name).toBeInTheDocument();
    for (const name of [
      "Hidden units",
      "Learning rate",
      "Regularization",
      "Noise",
      "Samples",
      "Test fraction",
      "Speed",
    ])
      expect(screen.getByRole("slider", { name }), name).toBeInTheDocument();
    for (const name of ["Dataset", "Activation", "Output", "Language"])
      expect(screen.getByRole("combobox", { name }), name).toBeInTheDocument();
  });
});

// ---------------------------------------------------------------------------------------------------------
// Finding words written outside the catalogue

interface Seen {
  where: string;
  text: string;
}

function describeElement(el: Element | null): string {
  if (!el) return "?";
  const id = el.getAttribute("data-testid");
  const cls = el.getAttribute("class");
  return `<${el.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ""}${cls ? ` class="${cls}"` : ""}>`;
}

/**
 * Every text node and every read attribute under `root` (data-* values are not text; nor is what a
 * `hidden` element holds, which no one reads).
 */
function userFacingText(root: Element): Seen[] {
  const seen: Seen[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest("script, style")) continue;
    // Text in a `hidden` element is for scripts and tests (the status code), not read by anyone.
    if (parent?.closest("[hidden]")) continue;
    // Text marked as another language on purpose (the switch names each language in its own words).
    if (parent?.closest("[lang]") && parent.closest("[lang]") !== root.closest("[lang]")) continue;
    const text = node.textContent?.trim();
    if (text) seen.push({ where: describeElement(parent), text });
  }
  for (const el of root.querySelectorAll("*")) {
    if (el.closest("[hidden]")) continue;
    for (const attribute of READ_ATTRIBUTES) {
      const value = el.getAttribute(attribute)?.trim();
      if (value) seen.push({ where: `${describeElement(el)} ${attribute}`, text: value });
    }
  }
  return seen;
}

interface State {
  name: string;
  hash: string;
  /** Whether the run is under way (Play, then a frame at epoch 1234) rather than fresh. */
  running: boolean;
  after?: (page: RenderedPage) => void;
  /** What the link itself says that the page repeats back (a notice quotes the value it ignored). */
  echoes?: string[];
  /** The test id of what this state is meant to show, to be sure it is on the page when read. */
  shows?: string;
}

const STATES: State[] = [
  { name: "fresh", hash: "", running: false },
  { name: "running with a test set", hash: "#test=0.25", running: true },
  {
    name: "a link with values it ignores",
    hash: "#lr=abc&tint=teal&hidden=999&speed=warp&present=maybe&lang=xx",
    running: false,
    echoes: ["abc", "tint", "teal", "warp", "maybe", "xx"],
    shows: "url-notice",
  },
  {
    name: "diverged",
    hash: "#lr=10",
    running: true,
    after: ({ worker }) => worker.emitFrame({ status: "diverged", epoch: 4, divergence: DIVERGENCE }),
    shows: "divergence",
  },
  {
    name: "no hidden layer, sigmoid output",
    hash: "#hidden=0&output=sigmoid&activation=relu",
    running: true,
  },
  { name: "mini-batches", hash: "#batch=32", running: true },
  {
    name: "stopped at its stop epoch",
    hash: "#until=300",
    running: true,
    after: ({ worker }) => worker.emitFrame({ status: "paused", epoch: 300, stoppedAt: 300 }),
    shows: "stopped",
  },
  { name: "presenter mode", hash: "#present=1", running: true },
];

/** The page in several states, so that every view has something to say: what each one reads. */
function everyState(lang: Lang): Seen[] {
  const seen: Seen[] = [];
  for (const state of STATES) {
    const page = state.running ? pageUnderWay(state.hash, lang) : renderPage(state.hash, { lang });
    if (!state.running) {
      page.worker.emit(makeData());
      page.worker.emitFrame();
    }
    state.after?.(page);
    if (state.shows) expect(screen.queryAllByTestId(state.shows), state.name).not.toHaveLength(0);
    const echoes = (state.echoes ?? []).map((e) => new RegExp(`(?<![A-Za-z])${e}(?![A-Za-z])`, "g"));
    for (const s of userFacingText(document.body)) {
      const text = echoes.reduce((t, echo) => t.replace(echo, " "), s.text);
      seen.push({ where: `${state.name}: ${s.where}`, text });
    }
    if (document.title.trim()) seen.push({ where: `${state.name}: document.title`, text: document.title });
    cleanup();
  }
  return seen;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each English message as a pattern: its words literal, each {placeholder} a capture of what fills it. */
const ENGLISH_PATTERNS: RegExp[] = Object.values(CATALOGUES.en as Record<string, string>)
  .filter((m) => m.trim() !== "")
  .sort((a, b) => b.length - a.length)
  .map((m) => {
    const body = m
      .split(/\{\w+\}/)
      .map(escapeRegExp)
      .join("(.*?)");
    const start = /^[A-Za-z]/.test(m) ? "(?<![A-Za-z])" : "";
    const end = /[A-Za-z]$/.test(m) ? "(?![A-Za-z])" : "";
    return new RegExp(start + body + end, "g");
  });

/**
 * What is left of an English text after taking out every catalogue message in it (a message's own words
 * go; what fills its placeholders stays, to be checked in turn, so a message filled with another works).
 */
function residue(text: string): string {
  let rest = text;
  for (let round = 0; round < 6; round++) {
    const before = rest;
    for (const pattern of ENGLISH_PATTERNS)
      rest = rest.replace(pattern, (...args) => {
        const groups = args.slice(1, -2).filter((g): g is string => typeof g === "string");
        return ` ${groups.join(" ")} `;
      });
    if (rest === before) break;
  }
  return rest;
}

/** Whether `text` is a word-bounded part of some English message (a message split across elements). */
function partOfMessage(text: string): boolean {
  const part = new RegExp(`(?<![A-Za-z])${escapeRegExp(text)}(?![A-Za-z])`);
  return Object.values(CATALOGUES.en as Record<string, string>).some((m) => part.test(m));
}

/** The strings holding English that is not an allowed symbol or term (for a page in Japanese). */
function englishLeft(seen: Seen[]): string[] {
  const found = seen
    .map((s) => ({ ...s, words: strayLatin(s.text) }))
    .filter((s) => s.words.length > 0)
    .map((s) => `${s.where}: "${s.text}" (${s.words.join(" ")})`);
  return [...new Set(found)];
}

/** The strings holding English words that no catalogue message accounts for (for a page in English). */
function notFromCatalogue(seen: Seen[]): string[] {
  const found = seen
    .filter((s) => strayLatin(residue(s.text)).length > 0 && !partOfMessage(s.text))
    .map((s) => `${s.where}: "${s.text}" (not in the catalogue: ${strayLatin(residue(s.text)).join(" ")})`);
  return [...new Set(found)];
}

describe("every word on the page comes from the catalogue", () => {
  it("in Japanese: no English is left anywhere a user reads, beyond the article's symbols and terms", () => {
    expect(englishLeft(everyState("ja"))).toEqual([]);
  });

  it("in English: every string is a catalogue message, filled in, or a number or symbol", () => {
    expect(notFromCatalogue(everyState("en"))).toEqual([]);
  });

  it("the scans themselves catch words written outside the catalogue, and pass the catalogue's own", () => {
    const say = (text: string) => ({ where: "test", text });
    const play = CATALOGUES.en["controls.play" as keyof typeof CATALOGUES.en] ?? "Play";
    expect(notFromCatalogue([say(play), say("0.068947"), say("x₁"), say("—"), say("tanh")])).toEqual([]);
    expect(notFromCatalogue([say("Train harder"), say(`${play} again`)])).toEqual([
      'test: "Train harder" (not in the catalogue: Train harder)',
      `test: "${play} again" (not in the catalogue: again)`,
    ]);
    expect(englishLeft([say("学習率 ε"), say("h1"), say("w₁₂"), say("ReLU"), say("1e-5")])).toEqual([]);
    expect(englishLeft([say("隠れユニット数 Hidden")])).toEqual(['test: "隠れユニット数 Hidden" (Hidden)']);
  });

  it("in Japanese, the control names are the catalogue's Japanese, and Play is not English", () => {
    renderPage("", { lang: "ja" });
    expect(document.body.textContent).toContain(CATALOGUES.ja["page.title"]);
    expect(screen.queryByRole("button", { name: /^Play$/ })).toBeNull();
    expect(languageControl()).toHaveAccessibleName(LANGUAGE_NAME.ja);
  });
});
