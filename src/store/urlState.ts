/**
 * The page's settings in the URL hash, `#dataset=moons&hidden=3&lr=0.01&…&speed=500`, read on load and
 * rewritten as settings change (urlSync.ts) so a copied link reproduces the run. Reading validates key by
 * key through the same table as the headless trainer: anything unknown or out of range falls back to its
 * default and is reported in plain words; nothing throws.
 */
import type { RunSettings } from "../engine/run.ts";
import type { Lang } from "../i18n/catalogue.ts";
import { asLanguage } from "../i18n/language.ts";
import { DEFAULT_SETTINGS, parseSetting, parseSpeed, SETTINGS, SPEED } from "../settings/schema.ts";
import type { Speed } from "../worker/protocol.ts";

/** The speed when the URL does not say: fast enough to see the boundary form in a few seconds. */
export const DEFAULT_SPEED: Speed = SPEED.default;
export { parseSpeed };

/** What a hash asks for, and what in it was ignored and why. */
export interface HashState {
  settings: RunSettings;
  speed: Speed;
  /** The language the link asks for (null: it does not say). */
  lang: Lang | null;
  /** Presenter mode (`present=1`). */
  present: boolean;
  notices: string[];
}

/** How the page looks, beside the run's settings: also kept in the link. */
export interface ViewState {
  lang: Lang;
  present: boolean;
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

/** Read a location hash ("#a=1&b=2", with or without "#"). */
export function parseHash(hash: string): HashState {
  const settings: RunSettings = { ...DEFAULT_SETTINGS };
  let speed: Speed = DEFAULT_SPEED;
  let lang: Lang | null = null;
  let present = false;
  const notices: string[] = [];
  const seen = new Set<string>();
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  for (const part of body.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? null : decode(part.slice(eq + 1));
    const shown = part.length > 40 ? `${part.slice(0, 40)}…` : part;
    if (key === null || (eq >= 0 && value === null)) {
      notices.push(`Ignored "${shown}": it is not valid URL text.`);
      continue;
    }
    if (value === null) {
      notices.push(`Ignored "${shown}": a setting needs a value, as in ${key}=….`);
      continue;
    }
    if (seen.has(key)) notices.push(`"${key}" appears more than once; the last value counts.`);
    seen.add(key);
    if (key === "lang") {
      lang = asLanguage(value);
      if (lang === null) notices.push(`Ignored lang: "${value}" is not one of en, ja.`);
      continue;
    }
    if (key === "present") {
      if (value === "1" || value === "0") present = value === "1";
      else notices.push(`Ignored present: "${value}" is not 1 (presenter mode) or 0.`);
      continue;
    }
    if (key === SPEED.url) {
      const parsed = parseSpeed(value);
      if (parsed.ok) speed = parsed.value;
      else notices.push(`Ignored speed: ${parsed.reason}. Using ${DEFAULT_SPEED}.`);
      continue;
    }
    const name = BY_URL_KEY.get(key);
    if (name === undefined) {
      notices.push(`Ignored "${shown}": "${key}" is not a setting of this page.`);
      continue;
    }
    const spec = SETTINGS[name];
    const parsed = parseSetting(spec, value);
    if (parsed.ok) (settings as unknown as Record<string, unknown>)[name] = parsed.value;
    else notices.push(`Ignored ${key}: ${parsed.reason}. Using ${spec.default}.`);
  }
  return { settings, speed, lang, present, notices: [...new Set(notices)] };
}

/**
 * The hash for these settings: every key, in a fixed order, so a link means the same in later versions;
 * then the view (language, and presenter mode when on) if given.
 */
export function formatHash(settings: RunSettings, speed: Speed, view?: ViewState): string {
  const parts = (Object.keys(SETTINGS) as SettingName[]).map(
    (name) => `${SETTINGS[name].url}=${encodeURIComponent(String(settings[name]))}`,
  );
  parts.push(`${SPEED.url}=${speed}`);
  if (view) parts.push(`lang=${view.lang}`);
  if (view?.present) parts.push("present=1");
  return `#${parts.join("&")}`;
}
