/**
 * The page's settings in the URL hash, `#dataset=moons&hidden=3&lr=0.01&…&speed=500`, read on load and
 * rewritten as settings change (urlSync.ts) so a copied link reproduces the run. Reading validates key by
 * key through the same table as the headless trainer: anything unknown or out of range falls back to its
 * default and is reported as a message (i18n/translate.ts), worded in the language on screen when shown;
 * nothing throws.
 */
import { formatPoints, POINTS_KEY, parsePoints } from "../data/points.ts";
import type { Dataset } from "../engine/datasets.ts";
import { MAX_HIDDEN } from "../engine/network.ts";
import type { RunSettings } from "../engine/run.ts";
import { LANGUAGES, type Lang } from "../i18n/catalogue.ts";
import { asLanguage } from "../i18n/language.ts";
import type { Message } from "../i18n/translate.ts";
import { findPreset, PRESETS, type PresetName } from "../settings/presets.ts";
import {
  DEFAULT_SETTINGS,
  type Parsed,
  parseSetting,
  parseSpeed,
  SETTINGS,
  type SettingSpec,
  SPEED,
} from "../settings/schema.ts";
import type { Speed } from "../worker/protocol.ts";
import {
  COMPARE_KEYS,
  type CompareState,
  DEFAULT_COMPARE,
  formatCompare,
  parseCompare,
} from "./compareUrl.ts";

/** The speed when the URL does not say: fast enough to see the boundary form in a few seconds. */
export const DEFAULT_SPEED: Speed = SPEED.default;
export { parseSpeed };

/** Stop training once this many epochs are completed (`until=20000`): an integer in this range. */
export const UNTIL = { url: "until", min: 1, max: 100_000_000 } as const;

/**
 * Read a stop epoch as the link and the Stop at field both do: empty (or blank) is none, training never
 * stops by itself; otherwise an integer from UNTIL.min to UNTIL.max ("2e4" included, as the settings are).
 */
export function parseUntil(text: string): Parsed<number | null> {
  if (text.trim() === "") return { ok: true, value: null };
  const { url, min, max } = UNTIL;
  const parsed = parseSetting({ url, cli: "", kind: "integer", min, max, default: min }, text);
  return parsed.ok ? { ok: true, value: parsed.value as number } : parsed;
}

/**
 * The page's views: the playground, inside the network (`view=inside`) and the compare view's panels side
 * by side (`view=compare`).
 */
export const VIEWS = ["playground", "inside", "compare"] as const;
export type View = (typeof VIEWS)[number];

/** What a hash asks for, and what in it was ignored and why. */
export interface HashState {
  settings: RunSettings;
  speed: Speed;
  /** The language the link asks for (null: it does not say). */
  lang: Lang | null;
  /** Presenter mode (`present=1`). */
  present: boolean;
  /**
   * Embedded (`embed=1`): only the plane, the run buttons and the readouts, for an `<iframe>`. Present
   * only when on, so a hash without the key reads as before.
   */
  embed?: boolean;
  /** The view the link opens (`view=inside`; the playground when it does not say). */
  view: View;
  /** Hidden units switched off (`mask=1,3`), 1-based, ascending, each at most the hidden units. */
  masked: number[];
  /** Stop training once this many epochs are completed (`until=20000`; null: never). */
  until: number | null;
  /** The compare view's sweep and overlay (compareUrl.ts); the article's sizes when the link does not say. */
  compare: CompareState;
  /**
   * The preset the link names (`preset=figure3`; absent when it names none that exists). Its run is the
   * starting point the link's other keys override (settings/presets.ts).
   */
  preset?: PresetName;
  /**
   * The user's own points (`points=x1,x2,label;…`, data/points.ts), when the link gives them; a link with
   * points and no `dataset` key is for the "custom" data set.
   */
  points?: Dataset;
  /** What was ignored and why, each once, in the order met. */
  notices: Message[];
}

/** How the page looks, and when training stops, beside the run's settings: also kept in the link. */
export interface ViewState {
  lang: Lang;
  present: boolean;
  /** Embedded (written as `embed=1` when on). */
  embed?: boolean;
  /** The view on screen (written only when not the playground). */
  view?: View;
  /** Hidden units switched off, 1-based (written as `mask=1,3` when any). */
  masked?: readonly number[];
  /** Weights were set by hand (`edited=1`): a link keeps the settings, not those weights. */
  edited?: boolean;
  /** The compare view's sweep, written as its keys when given (the store gives it in the compare view). */
  compare?: CompareState;
  /** The stop epoch (written as `until=N` after the speed when set). */
  until?: number | null;
  /** The preset in force (written first, as `preset=NAME`, while the run is still the preset's). */
  preset?: PresetName | null;
  /** The user's own points, written last as `points=…` when given (the store gives them for "custom"). */
  points?: Dataset | null;
}

/** Read a `mask` value: a comma list of hidden units, 1-based; null when it is not one. */
function parseMask(value: string): number[] | null {
  if (value === "") return [];
  const units = value.split(",").map((part) => (/^\d{1,2}$/.test(part) ? Number(part) : Number.NaN));
  if (units.some((unit) => !(unit >= 1 && unit <= MAX_HIDDEN))) return null;
  return [...new Set(units)].sort((a, b) => a - b);
}

type SettingName = keyof RunSettings;
const BY_URL_KEY = new Map<string, SettingName>(
  (Object.keys(SETTINGS) as SettingName[]).map((name) => [SETTINGS[name].url, name]),
);

// Percent-decoding only: in a hash "+" is a plus sign ("lr=1e+1"), not a space as in a submitted form.
function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Why a setting's value was refused: what it accepts, and the default used instead. */
function refusal(key: string, value: string, spec: SettingSpec): Message {
  const fallback = String(spec.default);
  if (spec.kind === "choice")
    return {
      key: "notices.url.badChoice",
      params: { key, value, choices: spec.choices.join(", "), fallback },
    };
  const { min, max } = spec;
  const kind =
    spec.kind === "integer"
      ? "notices.url.badInteger"
      : spec.minExclusive
        ? "notices.url.badNumberAbove"
        : "notices.url.badNumber";
  return { key: kind, params: { key, value, min, max, fallback } };
}

/** The link's key for the embedded page (`embed=1`: the plane, the run buttons and the readouts only). */
export const EMBED_KEY = "embed";

/** The link's `preset` key. */
export const PRESET_KEY = "preset";

/**
 * The preset a hash's `preset` key names (the last one when repeated), and a notice when the name is no
 * preset's. Read before the other keys, wherever it stands, so that they override what it sets.
 */
function readPreset(parts: readonly string[], notices: Message[]): PresetName | undefined {
  let name: string | null | undefined;
  for (const part of parts) {
    const eq = part.indexOf("=");
    if (eq >= 0 && decode(part.slice(0, eq)) === PRESET_KEY) name = decode(part.slice(eq + 1));
  }
  if (name === undefined) return undefined;
  const found = name === null ? undefined : findPreset(name);
  if (!found && name !== null)
    notices.push({
      key: "presets.url.unknown",
      params: {
        key: PRESET_KEY,
        value: name.length > 40 ? `${name.slice(0, 40)}…` : name,
        choices: PRESETS.map((p) => p.name).join(", "),
      },
    });
  return found?.name;
}

/** Read a location hash ("#a=1&b=2", with or without "#"). */
export function parseHash(hash: string): HashState {
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  const parts = body.split("&");
  const notices: Message[] = [];
  const preset = readPreset(parts, notices);
  const start = preset ? findPreset(preset) : undefined;
  const settings: RunSettings = { ...(start?.settings ?? DEFAULT_SETTINGS) };
  let speed: Speed = start?.speed ?? DEFAULT_SPEED;
  let lang: Lang | null = null;
  let present = false;
  let embed = false;
  let masked: number[] = [];
  let view: View = start?.compare ? "compare" : "playground";
  let until: number | null = start?.until ?? null;
  const compareKeys = new Map<string, string>();
  const seen = new Set<string>();
  let points: Dataset | undefined;
  for (const part of parts) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? null : decode(part.slice(eq + 1));
    const shown = part.length > 40 ? `${part.slice(0, 40)}…` : part;
    if (key === null || (eq >= 0 && value === null)) {
      notices.push({ key: "notices.url.notUrlText", params: { part: shown } });
      continue;
    }
    if (value === null) {
      notices.push({ key: "notices.url.noValue", params: { part: shown, key } });
      continue;
    }
    if (seen.has(key)) notices.push({ key: "notices.url.repeated", params: { key } });
    seen.add(key);
    if (key === PRESET_KEY) continue; // read first (readPreset)
    if (key === "lang") {
      lang = asLanguage(value);
      if (lang === null)
        notices.push({ key: "notices.url.badLang", params: { value, choices: LANGUAGES.join(", ") } });
      continue;
    }
    if (key === "present") {
      if (value === "1" || value === "0") present = value === "1";
      else notices.push({ key: "notices.url.badPresent", params: { value } });
      continue;
    }
    if (key === EMBED_KEY) {
      if (value === "1" || value === "0") embed = value === "1";
      else notices.push({ key: "embed.url.bad", params: { key, value } });
      continue;
    }
    if (key === "view") {
      if ((VIEWS as readonly string[]).includes(value)) view = value as View;
      else notices.push({ key: "notices.url.badView", params: { value, choices: VIEWS.join(", ") } });
      continue;
    }
    if (key === "mask") {
      const units = parseMask(value);
      if (units) masked = units;
      else notices.push({ key: "notices.url.badMask", params: { value, max: MAX_HIDDEN } });
      continue;
    }
    if (key === UNTIL.url) {
      const parsed = parseUntil(value);
      if (parsed.ok) until = parsed.value;
      else
        notices.push({ key: "notices.url.badUntil", params: { key, value, min: UNTIL.min, max: UNTIL.max } });
      continue;
    }
    if (key === "edited") {
      if (value === "1") notices.push({ key: "notices.url.edited" });
      else if (value !== "0") notices.push({ key: "notices.url.badEdited", params: { value } });
      continue;
    }
    if (key === SPEED.url) {
      const parsed = parseSpeed(value);
      if (parsed.ok) speed = parsed.value;
      else
        notices.push({
          key: "notices.url.badSpeed",
          params: { value, min: SPEED.min, max: SPEED.max, fastest: SPEED.fastest, fallback: DEFAULT_SPEED },
        });
      continue;
    }
    if (key === POINTS_KEY) {
      const parsed = parsePoints(value);
      if (parsed.ok) points = parsed.value;
      else notices.push(parsed.message);
      continue;
    }
    if ((COMPARE_KEYS as readonly string[]).includes(key)) {
      compareKeys.set(key, value);
      continue;
    }
    const name = BY_URL_KEY.get(key);
    if (name === undefined) {
      notices.push({ key: "notices.url.unknownKey", params: { part: shown, key } });
      continue;
    }
    const spec = SETTINGS[name];
    const parsed = parseSetting(spec, value);
    if (parsed.ok) (settings as unknown as Record<string, unknown>)[name] = parsed.value;
    else notices.push(refusal(key, value, spec));
  }
  if (points && !seen.has(SETTINGS.dataset.url)) settings.dataset = "custom";
  if (settings.dataset === "custom" && !points) {
    notices.push({
      key: "data.url.customWithoutPoints",
      params: { key: SETTINGS.dataset.url, value: "custom" },
    });
    settings.dataset = DEFAULT_SETTINGS.dataset;
  }
  const beyond = masked.filter((unit) => unit > settings.hiddenUnits);
  if (beyond.length > 0) {
    notices.push({
      key: "notices.url.maskBeyond",
      params: { units: beyond.join(", "), hidden: settings.hiddenUnits },
    });
    masked = masked.filter((unit) => unit <= settings.hiddenUnits);
  }
  const { sweep, overlay, notices: compareNotices } = parseCompare(compareKeys);
  notices.push(...compareNotices);
  // A preset's sweep holds unless the link gives the compare view's keys itself.
  const compare = compareKeys.size > 0 ? { sweep, overlay } : (start?.compare ?? DEFAULT_COMPARE);
  const state: HashState = { settings, speed, lang, present, view, masked, until, compare, notices: [] };
  if (preset) state.preset = preset;
  if (points) state.points = points;
  if (embed) state.embed = true;
  state.notices = unique(notices);
  return state;
}

/** Each message once (same key, same values), in the order first met. */
function unique(messages: Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const id = JSON.stringify(m);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * The hash for these settings: the preset in force first, if any (the keys after it say the same run, so the
 * link still works if a later version changes the preset); then every key, in a fixed order, so a link
 * means the same in later versions; then the stop epoch when set, and the view (language, and presenter
 * mode when on) if given.
 */
export function formatHash(settings: RunSettings, speed: Speed, view?: ViewState): string {
  const parts = view?.preset ? [`${PRESET_KEY}=${view.preset}`] : [];
  for (const name of Object.keys(SETTINGS) as SettingName[])
    parts.push(`${SETTINGS[name].url}=${encodeURIComponent(String(settings[name]))}`);
  parts.push(`${SPEED.url}=${speed}`);
  if (view?.until != null) parts.push(`${UNTIL.url}=${view.until}`);
  if (view) parts.push(`lang=${view.lang}`);
  if (view?.present) parts.push("present=1");
  if (view?.embed) parts.push(`${EMBED_KEY}=1`);
  if (view?.view && view.view !== "playground") parts.push(`view=${view.view}`);
  if (view?.compare) parts.push(...formatCompare(view.compare));
  if (view?.masked?.length) parts.push(`mask=${view.masked.join(",")}`);
  if (view?.edited) parts.push("edited=1");
  if (view?.points) parts.push(`${POINTS_KEY}=${formatPoints(view.points)}`);
  return `#${parts.join("&")}`;
}
