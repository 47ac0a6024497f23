/**
 * The canvas layer of the hidden-space picture: the two classes' regions (1-D and 2-D), the input
 * plane's grid lines bent by the hidden layer, the separating plane's fill (3-D, between the points
 * behind it and those in front) and the points (class by colour and shape; test points hollow). Canvas,
 * not SVG: thousands of points repaint in a few path calls.
 */
import { clipPolygon, sliceBox } from "../../../render/hiddenSpace.ts";
import { GRID_LINES, GRID_SAMPLES, type HiddenValues } from "./hiddenValues.ts";
import { placeRows, type Scene, scaledSeparator, toPicture, VIEW } from "./scene.ts";
import { markerSprites, type Sprites } from "./sprites.ts";

const REGION_FILL = ["rgba(213, 94, 0, 0.10)", "rgba(0, 114, 178, 0.10)"] as const;
const GRID_STROKE = "rgba(80, 84, 96, 0.55)";
const PLANE_FILL = "rgba(40, 40, 48, 0.16)";

type Ctx = CanvasRenderingContext2D;

/** A painter keeping its coordinate buffers between frames. */
export function createScenePainter(): (
  ctx: Ctx,
  scene: Scene,
  values: HiddenValues,
  pxPerUnit: number,
) => void {
  let xy = new Float32Array(0);
  let inside = new Uint8Array(0);
  let sprites: Sprites | null = null;
  let spritesAt = 0;
  const room = (n: number) => {
    if (xy.length < 2 * n) xy = new Float32Array(2 * n);
    if (inside.length < n) inside = new Uint8Array(n);
  };

  return (ctx, scene, values, pxPerUnit) => {
    if (pxPerUnit !== spritesAt) {
      sprites = markerSprites(pxPerUnit);
      spritesAt = pxPerUnit;
    }
    ctx.setTransform(pxPerUnit, 0, 0, pxPerUnit, 0, 0);
    ctx.clearRect(0, 0, VIEW.width, VIEW.height);
    const sep = scaledSeparator(scene, values);
    const dims = scene.units.length;
    if (dims < 3) paintRegions(ctx, scene, sep);
    if (dims > 1) {
      room(values.grid.n);
      placeRows(scene, values.grid, null, xy, inside);
      paintGrid(ctx, xy, inside, pxPerUnit);
    }
    // In 3-D a point is hidden by the plane when the plane lies between it and the viewer: walking towards
    // the viewer (direction −depth row of R) changes the sign of Σ c s + c0 before leaving the box.
    const R3 = scene.R;
    const towards = R3 ? -(sep.c[0] * R3[6] + sep.c[1] * R3[7] + sep.c[2] * R3[8]) : 0;
    const behind = (set: HiddenValues["train"]) => (r: number) => {
      const { n, h } = set;
      let f = sep.c0;
      for (let d = 0; d < dims; d++) {
        const lo = scene.lo[d];
        f += (sep.c[d] * (2 * (h[d * n + r] - lo))) / (scene.hi[d] - lo) - sep.c[d];
      }
      return f * towards < 0;
    };
    const sets = [
      { set: values.train, hollow: false },
      { set: values.test, hollow: true },
    ];
    const plane = R3 ? sliceBox(sep.c, sep.c0, [-1, -1, -1], [1, 1, 1]) : [];
    const pass = (keep: ((set: HiddenValues["train"]) => (r: number) => boolean) | null) => {
      if (!sprites) return;
      for (const { set, hollow } of sets) {
        room(set.n);
        placeRows(scene, set, set.t, xy);
        const select = keep?.(set) ?? null;
        for (const t of [0, 1]) paintPoints(ctx, xy, set, t, hollow, select, sprites, pxPerUnit);
      }
    };
    if (plane.length >= 3) {
      pass(behind);
      ctx.beginPath();
      plane.forEach(([s0, s1, s2], i) => {
        const [px, py] = toPicture(scene, s0, s1, s2);
        if (i === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      });
      ctx.closePath();
      ctx.fillStyle = PLANE_FILL;
      ctx.fill();
      pass((set) => {
        const isBehind = behind(set);
        return (r) => !isBehind(r);
      });
    } else pass(null);
  };
}

/** Each class's side of the separator, tinted, over the square [−1, 1]². */
function paintRegions(ctx: Ctx, scene: Scene, sep: { c: number[]; c0: number }): void {
  const square = [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ];
  const sides = [clipPolygon(square, [-sep.c[0], -sep.c[1]], -sep.c0), clipPolygon(square, sep.c, sep.c0)];
  sides.forEach((side, t) => {
    if (side.length < 3) return;
    ctx.beginPath();
    side.forEach(([s0, s1], i) => {
      const [px, py] = toPicture(scene, s0, s1);
      if (i === 0) ctx.moveTo(px, py);
      else ctx.lineTo(px, py);
    });
    ctx.closePath();
    ctx.fillStyle = REGION_FILL[t];
    ctx.fill();
  });
}

/**
 * The input plane's grid lines, each a polyline of GRID_SAMPLES placed points; a segment with an end
 * outside the box shown is left out (unbounded activations bend lines far beyond the points). One device
 * pixel wide: Chromium strokes such hairlines 10–30× faster than wider lines (measured, software canvas).
 */
function paintGrid(ctx: Ctx, xy: Float32Array, inside: Uint8Array, pxPerUnit: number): void {
  ctx.beginPath();
  for (let line = 0; line < 2 * GRID_LINES; line++) {
    for (let s = 0; s < GRID_SAMPLES; s++) {
      const r = line * GRID_SAMPLES + s;
      if (s > 0 && inside[r] && inside[r - 1]) ctx.lineTo(xy[2 * r], xy[2 * r + 1]);
      else ctx.moveTo(xy[2 * r], xy[2 * r + 1]);
    }
  }
  ctx.strokeStyle = GRID_STROKE;
  ctx.lineWidth = 1 / pxPerUnit;
  ctx.setLineDash([]);
  ctx.stroke();
}

/**
 * One class of one set of points, each a stamp of its marker at whole device pixels (unscaled image
 * copies are the fast path of Chromium's software canvas; the scene's transform is set back after).
 */
function paintPoints(
  ctx: Ctx,
  xy: Float32Array,
  set: { n: number; t: Uint8Array },
  t: number,
  hollow: boolean,
  select: ((r: number) => boolean) | null,
  sprites: Sprites,
  pxPerUnit: number,
): void {
  const image = sprites.images[t + 2 * Number(hollow)];
  const half = image.width / 2;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  for (let r = 0; r < set.n; r++) {
    if (set.t[r] !== t || (select && !select(r))) continue;
    ctx.drawImage(
      image,
      Math.round(xy[2 * r] * pxPerUnit - half),
      Math.round(xy[2 * r + 1] * pxPerUnit - half),
    );
  }
  ctx.setTransform(pxPerUnit, 0, 0, pxPerUnit, 0, 0);
}
