/**
 * The "custom" data set: the user's own points, added and removed on the plane, imported from a CSV file or
 * kept in the link (`points=x1,x2,label;…`). Coordinates are kept to POINT_DECIMALS decimals everywhere, so
 * the link holds exactly the points the run learns from and a copied link reproduces the run. Pure
 * functions on the engine's Dataset: each returns a new one and never changes its argument.
 */
import type { Dataset } from "../engine/datasets.ts";
import type { Message } from "../i18n/translate.ts";

/** At most this many points (the trainer's `--samples` range, and the CSV import's). */
export const MAX_POINTS = 5000;

/** Decimals kept of each coordinate (a thousandth of a unit: far finer than a pixel of the plane). */
export const POINT_DECIMALS = 3;

/** Coordinates beyond ±MAX_COORDINATE are refused (the plane shows a few units around the data). */
export const MAX_COORDINATE = 1000;

/** A coordinate rounded to POINT_DECIMALS decimals (−0 read as 0). */
export function roundCoordinate(v: number): number {
  const rounded = Math.round(v * 10 ** POINT_DECIMALS) / 10 ** POINT_DECIMALS;
  return rounded === 0 ? 0 : rounded;
}

/** No points. */
export function emptyPoints(): Dataset {
  return { n: 0, x: new Float64Array(0), t: new Uint8Array(0) };
}

/** Points from rows [x1, x2, label], coordinates rounded. */
export function pointsFromRows(rows: readonly (readonly [number, number, 0 | 1])[]): Dataset {
  const n = rows.length;
  const x = new Float64Array(2 * n);
  const t = new Uint8Array(n);
  rows.forEach(([x1, x2, label], i) => {
    x[2 * i] = roundCoordinate(x1);
    x[2 * i + 1] = roundCoordinate(x2);
    t[i] = label;
  });
  return { n, x, t };
}

/** The points of one or more data sets, one after the other (train then test), coordinates rounded. */
export function concatPoints(...parts: readonly Dataset[]): Dataset {
  const rows: [number, number, 0 | 1][] = [];
  for (const d of parts)
    for (let i = 0; i < d.n; i++) rows.push([d.x[2 * i], d.x[2 * i + 1], d.t[i] === 1 ? 1 : 0]);
  return pointsFromRows(rows);
}

/** `points` with one more point at the end (unchanged, the same object, when it already holds MAX_POINTS). */
export function addPoint(points: Dataset, x1: number, x2: number, label: 0 | 1): Dataset {
  if (points.n >= MAX_POINTS) return points;
  const n = points.n + 1;
  const x = new Float64Array(2 * n);
  const t = new Uint8Array(n);
  x.set(points.x);
  t.set(points.t);
  x[2 * n - 2] = roundCoordinate(x1);
  x[2 * n - 1] = roundCoordinate(x2);
  t[n - 1] = label;
  return { n, x, t };
}

/** The row of the point nearest (x1, x2) within `radius` (plane units); −1 when none is that close. */
export function nearestPoint(points: Dataset, x1: number, x2: number, radius: number): number {
  let best = -1;
  let bestD2 = radius * radius;
  for (let i = 0; i < points.n; i++) {
    const d2 = (points.x[2 * i] - x1) ** 2 + (points.x[2 * i + 1] - x2) ** 2;
    if (d2 <= bestD2) {
      best = i;
      bestD2 = d2;
    }
  }
  return best;
}

/** `points` without row `row` (unchanged, the same object, when there is no such row). */
export function removePoint(points: Dataset, row: number): Dataset {
  if (!(row >= 0 && row < points.n)) return points;
  const n = points.n - 1;
  const x = new Float64Array(2 * n);
  const t = new Uint8Array(n);
  x.set(points.x.subarray(0, 2 * row));
  x.set(points.x.subarray(2 * row + 2), 2 * row);
  t.set(points.t.subarray(0, row));
  t.set(points.t.subarray(row + 1), row);
  return { n, x, t };
}

/** Whether two sets hold the same points in the same order. */
export function samePoints(a: Dataset | null | undefined, b: Dataset | null | undefined): boolean {
  if (!a || !b) return a === b;
  if (a === b) return true;
  if (a.n !== b.n) return false;
  for (let i = 0; i < a.n; i++) if (a.t[i] !== b.t[i]) return false;
  for (let i = 0; i < 2 * a.n; i++) if (a.x[i] !== b.x[i]) return false;
  return true;
}

/** How many points of each class: [class 0, class 1]. */
export function classCounts(points: Dataset): [number, number] {
  let ones = 0;
  for (let i = 0; i < points.n; i++) ones += points.t[i];
  return [points.n - ones, ones];
}

/** The link's `points` key. */
export const POINTS_KEY = "points";

/** Each set's link text, made once (the link is written, and compared, far more often than points change). */
const formatted = new WeakMap<Dataset, string>();

/** The link's value for these points: `x1,x2,label` per point, `;` between points ("" for none). */
export function formatPoints(points: Dataset): string {
  let text = formatted.get(points);
  if (text === undefined) {
    const rows: string[] = [];
    for (let i = 0; i < points.n; i++) rows.push(`${points.x[2 * i]},${points.x[2 * i + 1]},${points.t[i]}`);
    text = rows.join(";");
    formatted.set(points, text);
  }
  return text;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Read a link's `points` value. Refused as a whole (the reason as a message key with its values) when a
 * point is not `x1,x2,label` with finite coordinates within ±MAX_COORDINATE and a label 0 or 1, or when
 * there are more than MAX_POINTS, with a message saying why; "" is no points.
 */
export function parsePoints(text: string): { ok: true; value: Dataset } | { ok: false; message: Message } {
  if (text === "") return { ok: true, value: emptyPoints() };
  const items = text.split(";");
  if (items.length > MAX_POINTS)
    return {
      ok: false,
      message: { key: "data.url.tooMany", params: { count: items.length, max: MAX_POINTS } },
    };
  const rows: [number, number, 0 | 1][] = [];
  for (const [i, item] of items.entries()) {
    const fields = item.split(",");
    const [a, b, c] = fields;
    const x1 = Number(a);
    const x2 = Number(b);
    const bad =
      fields.length !== 3 ||
      !NUMBER.test(a) ||
      !NUMBER.test(b) ||
      !(Math.abs(x1) <= MAX_COORDINATE && Math.abs(x2) <= MAX_COORDINATE) ||
      (c !== "0" && c !== "1");
    if (bad)
      return {
        ok: false,
        message: {
          key: "data.url.badPoint",
          params: { index: i + 1, point: item.length > 30 ? `${item.slice(0, 30)}…` : item },
        },
      };
    rows.push([x1, x2, c === "1" ? 1 : 0]);
  }
  return { ok: true, value: pointsFromRows(rows) };
}
