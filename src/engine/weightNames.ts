/**
 * Names for a network's parameters, as the diagram's arrows, the URL and the messages carry them
 * (1-based, the article's indices):
 *
 *   "w-I-J"  w_ij, input I → hidden J        → w[(I−1)·H + (J−1)]
 *   "b1-J"   hidden J's bias                  → b1[J−1]
 *   "u-J-K"  u_jk, hidden J → output K       → u[(J−1)·2 + (K−1)]
 *   "b2-K"   output K's bias                  → b2[K−1]
 *
 * With no hidden layer (H = 0) the inputs feed the outputs: "w-I-K" names input I → output K, which the
 * engine stores in its u view (u[(I−1)·2 + (K−1)]); there is no "u-…" and no "b1-…".
 *
 * A value set by hand must be a finite number no larger in size than MAX_WEIGHT.
 */
import { parameterCount } from "./network.ts";

/** Which of the network's parameter views (engine/network.ts) a parameter lives in. */
export type ParameterView = "w" | "b1" | "u" | "b2";

/** A parameter found by name: where it is stored, and its 1-based indices i, j, k (null where unused). */
export interface NamedParameter {
  name: string;
  view: ParameterView;
  /** Index in that view. */
  index: number;
  /** Index in `params` = [w | b1 | u | b2]. */
  offset: number;
  i: number | null;
  j: number | null;
  k: number | null;
}

const NAME = /^(w|u|b1|b2)-([1-9][0-9]*)(?:-([1-9][0-9]*))?$/;

/** The parameter named `name` in a network with H hidden units, or null if it has no such parameter. */
export function parameterByName(name: string, H: number): NamedParameter | null {
  const match = NAME.exec(name);
  if (!match || !Number.isInteger(H) || H < 0) return null;
  const family = match[1];
  const first = Number(match[2]);
  const second = match[3] === undefined ? null : Number(match[3]);
  const nw = 2 * H;
  const K = H === 0 ? 2 : H; // units feeding the output
  const uStart = nw + H;
  const b2Start = uStart + 2 * K;
  if (family === "w") {
    if (second === null || first > 2) return null;
    if (H === 0) {
      if (second > 2) return null;
      const index = (first - 1) * 2 + (second - 1);
      return { name, view: "u", index, offset: uStart + index, i: first, j: null, k: second };
    }
    if (second > H) return null;
    const index = (first - 1) * H + (second - 1);
    return { name, view: "w", index, offset: index, i: first, j: second, k: null };
  }
  if (family === "u") {
    if (H === 0 || second === null || first > H || second > 2) return null;
    const index = (first - 1) * 2 + (second - 1);
    return { name, view: "u", index, offset: uStart + index, i: null, j: first, k: second };
  }
  if (second !== null) return null;
  if (family === "b1") {
    if (first > H) return null;
    return { name, view: "b1", index: first - 1, offset: nw + first - 1, i: null, j: first, k: null };
  }
  if (first > 2) return null;
  return { name, view: "b2", index: first - 1, offset: b2Start + first - 1, i: null, j: null, k: first };
}

/** Every parameter's name for H hidden units, in the order of `params` = [w | b1 | u | b2]. */
export function parameterNames(H: number): string[] {
  const names: string[] = [];
  if (H === 0) {
    for (let i = 1; i <= 2; i++) for (let k = 1; k <= 2; k++) names.push(`w-${i}-${k}`);
  } else {
    for (let i = 1; i <= 2; i++) for (let j = 1; j <= H; j++) names.push(`w-${i}-${j}`);
    for (let j = 1; j <= H; j++) names.push(`b1-${j}`);
    for (let j = 1; j <= H; j++) for (let k = 1; k <= 2; k++) names.push(`u-${j}-${k}`);
  }
  names.push("b2-1", "b2-2");
  if (names.length !== parameterCount(H)) throw new Error("parameter names out of step with the layout");
  return names;
}

/** The largest size of a value set by hand: the page's fields and the worker refuse larger ones. */
export const MAX_WEIGHT = 1e6;

/** Whether `value` may be given to a parameter by hand: a finite number from −MAX_WEIGHT to MAX_WEIGHT. */
export function isSettableValue(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= MAX_WEIGHT;
}

/** Named values placed in `params` for H hidden units, or the first one that cannot be set, in words. */
export function locateValues(
  values: readonly { name: string; value: number }[],
  H: number,
): { ok: true; values: { offset: number; value: number }[] } | { ok: false; reason: string } {
  if (!Array.isArray(values)) return { ok: false, reason: "No weights were given to set." };
  const located: { offset: number; value: number }[] = [];
  for (const entry of values) {
    const name = String(entry?.name);
    const p = parameterByName(name, H);
    if (!p) return { ok: false, reason: `"${name}" is not a weight of this network (${H} hidden units).` };
    if (!isSettableValue(entry.value)) {
      return {
        ok: false,
        reason: `${name} cannot be set to ${String(entry.value)}: a weight must be a finite number from −${MAX_WEIGHT} to ${MAX_WEIGHT}.`,
      };
    }
    located.push({ offset: p.offset, value: entry.value });
  }
  return { ok: true, values: located };
}
