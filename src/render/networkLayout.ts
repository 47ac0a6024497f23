/**
 * Where the network diagram puts its units and arrows: inputs x₁, x₂ on the left, hidden units h₁…h_H
 * in the middle, outputs y₁, y₂ on the right. Names follow the article: w (input → hidden, or input →
 * output when H = 0) and u (hidden → output), numbered from 1. Each arrow reads its weight through the
 * engine's parameter views (engine/network.ts), so the diagram never repeats the parameter layout.
 */
import type { parameterViews } from "../engine/network.ts";

/** The engine's weight views an arrow can read. */
export type WeightView = "w" | "u";

/** The weight views of a network's parameters, as the engine lays them out. */
export type WeightViews = Pick<ReturnType<typeof parameterViews>, WeightView>;

export interface Unit {
  id: string;
  label: string;
  x: number;
  y: number;
}

export interface Arrow {
  /** "w-I-J" (input I → hidden J), "u-J-K" (hidden J → output K), or "w-I-K" when H = 0; 1-based. */
  name: string;
  /** The engine's view holding this weight: w (input → hidden) or u (the layer below → output). */
  view: WeightView;
  /** Index in that view: w[i·H + j], u[j·2 + k] (the article's W1[i][j], W2[j][k]). */
  index: number;
  from: Unit;
  to: Unit;
}

export const DIAGRAM_WIDTH = 300;
export const DIAGRAM_HEIGHT = 220;
const PAD = 18;

function column(prefix: string, symbol: string, count: number, x: number): Unit[] {
  const span = DIAGRAM_HEIGHT - 2 * PAD;
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i + 1}`,
    label: `${symbol}${i + 1}`,
    x,
    y: count === 1 ? DIAGRAM_HEIGHT / 2 : PAD + (span * i) / (count - 1),
  }));
}

/** Units and arrows of a 2 → H → 2 network. */
export function networkLayout(H: number): { units: Unit[]; arrows: Arrow[] } {
  const inputs = column("x", "x", 2, 30);
  const outputs = column("y", "y", 2, DIAGRAM_WIDTH - 30);
  if (H === 0) {
    // The engine keeps the inputs' 2×2 weights in u (the inputs are the layer below the output).
    const arrows = inputs.flatMap((from, i) =>
      outputs.map((to, k): Arrow => ({ name: `w-${i + 1}-${k + 1}`, view: "u", index: 2 * i + k, from, to })),
    );
    return { units: [...inputs, ...outputs], arrows };
  }
  const hidden = column("h", "h", H, DIAGRAM_WIDTH / 2);
  const w = inputs.flatMap((from, i) =>
    hidden.map((to, j): Arrow => ({ name: `w-${i + 1}-${j + 1}`, view: "w", index: i * H + j, from, to })),
  );
  const u = hidden.flatMap((from, j) =>
    outputs.map((to, k): Arrow => ({ name: `u-${j + 1}-${k + 1}`, view: "u", index: 2 * j + k, from, to })),
  );
  return { units: [...inputs, ...hidden, ...outputs], arrows: [...w, ...u] };
}

/** The current value of an arrow's weight. */
export function arrowWeight(arrow: Arrow, views: WeightViews): number {
  return views[arrow.view][arrow.index];
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
