/**
 * Where the network diagram puts its units and arrows: inputs x₁, x₂ on the left, hidden units h₁…h_H
 * in the middle, outputs y₁, y₂ on the right. Names follow the article: w (input → hidden, or input →
 * output when H = 0) and u (hidden → output), numbered from 1.
 */

export interface Unit {
  id: string;
  label: string;
  x: number;
  y: number;
}

export interface Arrow {
  /** "w-I-J" (input I → hidden J), "u-J-K" (hidden J → output K), or "w-I-K" when H = 0; 1-based. */
  name: string;
  /** Index of this weight in the network's params array (see engine/network.ts). */
  param: number;
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
    // params = [u (2×2) | b2]: u[i·2 + k], input i → output k
    const arrows = inputs.flatMap((from, i) =>
      outputs.map((to, k) => ({ name: `w-${i + 1}-${k + 1}`, param: 2 * i + k, from, to })),
    );
    return { units: [...inputs, ...outputs], arrows };
  }
  const hidden = column("h", "h", H, DIAGRAM_WIDTH / 2);
  const uStart = 3 * H; // params = [w (2×H) | b1 (H) | u (H×2) | b2]
  const w = inputs.flatMap((from, i) =>
    hidden.map((to, j) => ({ name: `w-${i + 1}-${j + 1}`, param: i * H + j, from, to })),
  );
  const u = hidden.flatMap((from, j) =>
    outputs.map((to, k) => ({ name: `u-${j + 1}-${k + 1}`, param: uStart + 2 * j + k, from, to })),
  );
  return { units: [...inputs, ...hidden, ...outputs], arrows: [...w, ...u] };
}
