/**
 * The one catalogue of the page's words: every group of messages (messages/*.ts) merged, English and
 * Japanese. Every user-facing string lives here; tests check that both languages have the same keys and
 * placeholders, and that no component writes user-facing text of its own.
 */
import { boundary } from "./messages/boundary.ts";
import { classroom } from "./messages/classroom.ts";
import { compare } from "./messages/compare.ts";
import { controls } from "./messages/controls.ts";
import { data } from "./messages/data.ts";
import { explain } from "./messages/explain.ts";
import { exportMessages } from "./messages/export.ts";
import { hiddenSpace } from "./messages/hiddenSpace.ts";
import { hints } from "./messages/hints.ts";
import { network } from "./messages/network.ts";
import { notices } from "./messages/notices.ts";
import { page } from "./messages/page.ts";
import { presenter } from "./messages/presenter.ts";
import { presets } from "./messages/presets.ts";
import { results } from "./messages/results.ts";
import { units } from "./messages/units.ts";
import { until } from "./messages/until.ts";

const GROUPS = [
  page,
  controls,
  presenter,
  results,
  boundary,
  network,
  units,
  hiddenSpace,
  explain,
  until,
  compare,
  presets,
  classroom,
  notices,
  data,
  exportMessages,
  hints,
] as const;

type Merge<G extends readonly { en: Record<string, string> }[]> = G[number]["en"];
type English = Merge<typeof GROUPS>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;

/** Every message key. */
export type MessageKey = keyof UnionToIntersection<English>;

/** The languages of the page. */
export const LANGUAGES = ["en", "ja"] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Each language's messages by key. */
export const CATALOGUES: { readonly [L in Lang]: Readonly<Record<MessageKey, string>> } = {
  en: Object.assign({}, ...GROUPS.map((g) => g.en)),
  ja: Object.assign({}, ...GROUPS.map((g) => g.ja)),
};
