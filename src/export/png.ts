/**
 * The boundary view as a picture to save: the regions (the page's own `boundary` canvas, scaled up smoothly
 * as the page shows it), the decision line, the points with their shapes (class 0 ●, class 1 ▲; training
 * filled, test hollow), a legend and the run's settings written under it, in the page's language. Drawn on
 * a canvas at twice the plot's units, so it stays sharp on a projector.
 */
import type { Rect } from "../engine/grid.ts";
import { markers } from "../render/markers.ts";
import { CLASS_COLORS } from "../render/palette.ts";
import { dataToPlot, PLOT } from "../render/plotGeometry.ts";

/** Pixels per plot unit. */
const SCALE = 2;
const PAD = 16;
const WIDTH = PLOT + 2 * PAD;
const FONT = "14px system-ui, -apple-system, 'Segoe UI', 'Hiragino Sans', 'Noto Sans CJK JP', sans-serif";
const SMALL = FONT.replace("14px", "12.5px");
const LINE = 20;
const SMALL_LINE = 18;

type Rows = { x: Float64Array; t: Uint8Array };

/** What the picture shows. */
export interface BoundaryImage {
  /** The page's decision regions, drawn over the whole plot square. */
  regions: CanvasImageSource;
  /** The decision line's path data in the plot square's units (the page's `boundary-line`), or "". */
  line: string;
  train: Rows;
  test: Rows;
  domain: Rect;
  /** The legend's entries: class 0, class 1, training (filled), test (hollow), the line. */
  legend: [string, string, string, string, string];
  /** Lines of text under the legend (settings, epoch, loss, accuracy). */
  summary: string[];
}

type Mark = "class0" | "class1" | "filled" | "hollow" | "line";
const MARKS: Mark[] = ["class0", "class1", "filled", "hollow", "line"];

/** Split `text` into lines no wider than `width` at spaces (or anywhere, for text without spaces). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.includes(" ") ? text.split(/(?<= )/) : Array.from(text);
  for (const word of words) {
    if (line && ctx.measureText(line + word).width > width) {
      lines.push(line.trimEnd());
      line = word.trimStart();
    } else line += word;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

/** Legend entries laid out in rows: each entry's x and row. */
function legendLayout(ctx: CanvasRenderingContext2D, legend: readonly string[]) {
  const placed: { x: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const text of legend) {
    const w = 26 + ctx.measureText(text).width + 18;
    if (x > PAD && x + w > WIDTH - PAD) {
      x = PAD;
      row++;
    }
    placed.push({ x, row });
    x += w;
  }
  return { placed, rows: row + 1 };
}

function drawMark(
  ctx: CanvasRenderingContext2D,
  mark: Mark,
  x: number,
  y: number,
  shapes: readonly [string, string],
) {
  ctx.save();
  ctx.translate(x, y);
  if (mark === "line") {
    ctx.beginPath();
    ctx.moveTo(-9, 0);
    ctx.lineTo(9, 0);
    ctx.strokeStyle = "#111";
    ctx.lineWidth = 3;
    ctx.stroke();
  } else {
    const path = new Path2D(shapes[mark === "class1" ? 1 : 0]);
    const hollow = mark === "hollow";
    ctx.fillStyle = hollow ? "white" : mark === "filled" ? "#777" : CLASS_COLORS[mark === "class1" ? 1 : 0];
    ctx.fill(path);
    ctx.strokeStyle = hollow ? "#555" : "#1b1b1b";
    ctx.lineWidth = hollow ? 1.8 : 0.7;
    ctx.stroke(path);
  }
  ctx.restore();
}

/** Draw the picture on a new canvas (null where the browser gives no 2D context). */
export function drawBoundaryImage(image: BoundaryImage, doc: Document = document): HTMLCanvasElement | null {
  const canvas = doc.createElement("canvas");
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  ctx.font = FONT;
  const legend = legendLayout(ctx, image.legend);
  ctx.font = SMALL;
  const summary = image.summary.flatMap((text) => wrap(ctx, text, WIDTH - 2 * PAD));
  const legendTop = PAD + PLOT + 14;
  const summaryTop = legendTop + legend.rows * LINE + 6;
  const height = summaryTop + summary.length * SMALL_LINE + PAD;
  canvas.width = WIDTH * SCALE;
  canvas.height = height * SCALE;
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = "white";
  ctx.fillRect(0, 0, WIDTH, height);

  // The regions: the page's small canvas scaled up smoothly, as CSS shows it.
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = "high";
  ctx.drawImage(image.regions, PAD, PAD, PLOT, PLOT);

  ctx.save();
  ctx.translate(PAD, PAD);
  ctx.beginPath();
  ctx.rect(0, 0, PLOT, PLOT);
  ctx.clip();
  if (image.line) {
    ctx.strokeStyle = "#111";
    ctx.lineWidth = 2.2;
    ctx.stroke(new Path2D(image.line));
  }
  const shapes = markers();
  const paths = [new Path2D(shapes[0]), new Path2D(shapes[1])];
  const points = (set: Rows, hollow: boolean) => {
    for (let r = 0; r < set.t.length; r++) {
      const c = set.t[r] === 1 ? 1 : 0;
      const { px, py } = dataToPlot(image.domain, set.x[2 * r], set.x[2 * r + 1]);
      ctx.save();
      ctx.translate(px, py);
      ctx.fillStyle = hollow ? "white" : CLASS_COLORS[c];
      ctx.fill(paths[c]);
      ctx.strokeStyle = hollow ? CLASS_COLORS[c] : "#1b1b1b";
      ctx.lineWidth = hollow ? 1.8 : 0.7;
      ctx.stroke(paths[c]);
      ctx.restore();
    }
  };
  points(image.train, false);
  points(image.test, true);
  ctx.restore();
  ctx.strokeStyle = "#444";
  ctx.lineWidth = 1;
  ctx.strokeRect(PAD, PAD, PLOT, PLOT);

  ctx.fillStyle = "#111";
  ctx.textBaseline = "middle";
  ctx.font = FONT;
  image.legend.forEach((text, i) => {
    const { x, row } = legend.placed[i];
    const y = legendTop + row * LINE + LINE / 2;
    drawMark(ctx, MARKS[i], x + 9, y, shapes);
    ctx.fillStyle = "#111";
    ctx.fillText(text, x + 24, y);
  });
  ctx.font = SMALL;
  ctx.fillStyle = "#333";
  summary.forEach((text, i) => {
    ctx.fillText(text, PAD, summaryTop + i * SMALL_LINE + SMALL_LINE / 2);
  });
  return canvas;
}

/** The canvas as PNG bytes. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
  );
}
