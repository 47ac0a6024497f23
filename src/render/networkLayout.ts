/**
 * Where the network diagram puts its units and arrows: inputs x₁, x₂ on the left, hidden units h₁…h_H
 * in the middle, outputs y₁, y₂ on the right, and a bias node "+1" at the foot of each layer that feeds
 * another (its arrows are the biases b1_j and b2_k). Names follow the article: w (input → hidden, or
 * input → output when H = 0) and u (hidden → output), numbered from 1; each arrow finds its parameter
 * through engine/weightNames.ts, so the diagram never repeats the parameter layout. Past COMPACT_ABOVE
 * hidden units the hidden layer is a column of small cells, so 64 units still fit the same box.
 */
import { type ParameterView, parameterByName } from "../engine/weightNames.ts";

export type { ParameterView };

export type UnitKind = "input" | "hidden" | "output" | "bias";

export interface Unit {
  id: string;
  label: string;
  kind: UnitKind;
  x: number;
  y: number;
}

export interface Arrow {
  /** "w-I-J", "u-J-K", "b1-J", "b2-K", or "w-I-K" when H = 0; 1-based (engine/weightNames.ts). */
  name: string;
  /** A bias (from a "+1" node) rather than a weight. */
  bias: boolean;
  /** The engine's view holding this parameter, and its index there and in `params`. */
  view: ParameterView;
  index: number;
  offset: number;
  /** The hidden unit (1-based) this arrow enters or leaves; null for the perceptron's arrows and b2. */
  unit: number | null;
  from: Unit;
  to: Unit;
}

export interface NetworkLayout {
  H: number;
  /** Hidden units drawn as a column of small cells, arrows thin and faint. */
  compact: boolean;
  units: Unit[];
  /** The weights w and u, in the order of `params`. */
  arrows: Arrow[];
  /** The biases b1 and b2, in the order of `params`. */
  biases: Arrow[];
  /** The hidden layer's column (x) and its units' half-height: a circle's radius or half a cell. */
  hiddenX: number;
  hiddenSize: number;
  /** Where the layer names "w" and "u" go (u absent when H = 0). */
  layerLabels: { text: string; x: number; y: number }[];
}

export const DIAGRAM_WIDTH = 300;
export const DIAGRAM_HEIGHT = 220;
/** Hidden layers larger than this are drawn compact. */
export const COMPACT_ABOVE = 16;
const TOP = 20;
const BOTTOM = 14;
const INPUT_X = 30;
const OUTPUT_X = DIAGRAM_WIDTH - 30;
const HIDDEN_X = DIAGRAM_WIDTH / 2;

/** `count` units spread evenly from `top` to `bottom` (one unit: in the middle). */
function column(prefix: string, kind: UnitKind, count: number, x: number, top: number, bottom: number) {
  return Array.from(
    { length: count },
    (_, i): Unit => ({
      id: `${prefix}${i + 1}`,
      label: `${prefix}${i + 1}`,
      kind,
      x,
      y: count === 1 ? (top + bottom) / 2 : top + ((bottom - top) * i) / (count - 1),
    }),
  );
}

function biasNode(id: string, x: number): Unit {
  return { id, label: "+1", kind: "bias", x, y: DIAGRAM_HEIGHT - BOTTOM };
}

function arrow(name: string, H: number, from: Unit, to: Unit, unit: number | null): Arrow {
  const p = parameterByName(name, H);
  if (!p) throw new Error(`no parameter ${name} with ${H} hidden units`);
  return { name, bias: name.startsWith("b"), view: p.view, index: p.index, offset: p.offset, unit, from, to };
}

/** Units and arrows of a 2 → H → 2 network. */
export function networkLayout(H: number): NetworkLayout {
  const low = DIAGRAM_HEIGHT - BOTTOM;
  // Inputs and outputs keep clear of the bias nodes at the foot of their columns.
  const inputs = column("x", "input", 2, INPUT_X, TOP, low - 50);
  const outputs = column("y", "output", 2, OUTPUT_X, TOP, low - 30);
  const inBias = biasNode("b1", INPUT_X);
  if (H === 0) {
    const arrows = inputs.flatMap((from, i) =>
      outputs.map((to, k) => arrow(`w-${i + 1}-${k + 1}`, 0, from, to, null)),
    );
    const biases = outputs.map((to, k) => arrow(`b2-${k + 1}`, 0, inBias, to, null));
    return {
      H,
      compact: false,
      units: [...inputs, inBias, ...outputs],
      arrows,
      biases,
      hiddenX: HIDDEN_X,
      hiddenSize: 0,
      layerLabels: [{ text: "w", x: HIDDEN_X, y: 9 }],
    };
  }
  const compact = H > COMPACT_ABOVE;
  const hidden = column("h", "hidden", H, HIDDEN_X, TOP, low - 22);
  const spacing = H === 1 ? DIAGRAM_HEIGHT : (low - 22 - TOP) / (H - 1);
  const hiddenSize = compact ? Math.max(spacing / 2 - 0.3, 0.6) : Math.min(9, spacing * 0.4);
  const hiddenBias = biasNode("b2", HIDDEN_X);
  const w = inputs.flatMap((from, i) =>
    hidden.map((to, j) => arrow(`w-${i + 1}-${j + 1}`, H, from, to, j + 1)),
  );
  const u = hidden.flatMap((from, j) =>
    outputs.map((to, k) => arrow(`u-${j + 1}-${k + 1}`, H, from, to, j + 1)),
  );
  const b1 = hidden.map((to, j) => arrow(`b1-${j + 1}`, H, inBias, to, j + 1));
  const b2 = outputs.map((to, k) => arrow(`b2-${k + 1}`, H, hiddenBias, to, null));
  return {
    H,
    compact,
    units: [...inputs, inBias, ...hidden, hiddenBias, ...outputs],
    arrows: [...w, ...u],
    biases: [...b1, ...b2],
    hiddenX: HIDDEN_X,
    hiddenSize,
    layerLabels: [
      { text: "w", x: (INPUT_X + HIDDEN_X) / 2, y: 9 },
      { text: "u", x: (HIDDEN_X + OUTPUT_X) / 2, y: 9 },
    ],
  };
}

/**
 * The arrow nearest to (x, y), in the diagram's units, if one passes within `reach` of it: a tap needs no
 * aim at a line one unit wide.
 */
export function nearestArrow(arrows: readonly Arrow[], x: number, y: number, reach: number): number | null {
  let best: number | null = null;
  let bestDistance = reach;
  arrows.forEach(({ from, to }, i) => {
    const dx = to.x - from.x;
    const dy = to.y - from.y;
    const along = dx * dx + dy * dy;
    // The segment's point closest to (x, y): its projection, kept between the two ends.
    const t = along === 0 ? 0 : Math.min(1, Math.max(0, ((x - from.x) * dx + (y - from.y) * dy) / along));
    const distance = Math.hypot(from.x + t * dx - x, from.y + t * dy - y);
    if (distance <= bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  return best;
}

/**
 * The hidden unit (1-based) nearest to height y if (x, y) lies on the hidden column (within `reach` of it
 * sideways, and no farther than half a unit's spacing past its ends); null elsewhere or when H = 0.
 */
export function nearestUnit(layout: NetworkLayout, x: number, y: number, reach: number): number | null {
  const hidden = layout.units.filter((u) => u.kind === "hidden");
  if (hidden.length === 0 || Math.abs(x - layout.hiddenX) > reach) return null;
  const first = hidden[0].y;
  const last = hidden[hidden.length - 1].y;
  const spacing = hidden.length > 1 ? (last - first) / (hidden.length - 1) : 2 * reach;
  if (y < first - spacing / 2 || y > last + spacing / 2) return null;
  const j = hidden.length > 1 ? Math.round((y - first) / spacing) : 0;
  return Math.min(Math.max(j, 0), hidden.length - 1) + 1;
}

/** Indices of the `count` arrows whose |value| is largest (ties: the earlier arrow), in no set order. */
export function strongestArrows(
  arrows: readonly Arrow[],
  params: ArrayLike<number>,
  count: number,
): Set<number> {
  const order = arrows.map((_, i) => i);
  const size = (i: number) => {
    const v = Math.abs(params[arrows[i].offset]);
    return Number.isNaN(v) ? -1 : v;
  };
  order.sort((a, b) => size(b) - size(a) || a - b);
  return new Set(order.slice(0, count));
}

const SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
const subscript = (n: string) => n.replace(/[0-9]/g, (d) => SUBSCRIPTS[Number(d)]);

/**
 * A parameter's name in the article's notation: "w-1-2" → "w₁₂", "u-3-1" → "u₃₁", "b1-2" → "b1₂" (the
 * code's b1, b2 with the unit as subscript); indices above 9 are separated by a comma ("w₁,₁₂").
 */
export function symbolName(name: string): string {
  const [family, ...indices] = name.split("-");
  const joint = indices.some((i) => i.length > 1) ? "," : "";
  return family + indices.map(subscript).join(joint);
}

/** A unit's label with its number as a subscript: "h12" → "h₁₂". */
export function unitSymbol(label: string): string {
  return label.slice(0, 1) + subscript(label.slice(1));
}
