/**
 * The points' markers drawn once into small canvases (circle: class 0, triangle: class 1; filled for
 * training points, hollow for test points), then stamped with drawImage: thousands of points cost
 * thousands of image copies instead of one huge path to fill, many times faster in Chromium.
 */
import { CLASS_COLORS } from "../../../render/palette.ts";

/** Marker radius in the picture's units. */
const R = 3.3;

export interface Sprites {
  /** By index t + 2·hollow, each drawn centred on its point at its own size in device pixels. */
  images: HTMLCanvasElement[];
}

/** Sprites for a picture drawn at `pxPerUnit` device pixels per unit (null where canvases cannot draw). */
export function markerSprites(pxPerUnit: number): Sprites | null {
  const size = 2 * (1.3 * R + 1.5);
  const side = Math.max(1, Math.ceil(size * pxPerUnit));
  const images: HTMLCanvasElement[] = [];
  for (const hollow of [false, true]) {
    for (const t of [0, 1]) {
      const image = document.createElement("canvas");
      image.width = side;
      image.height = side;
      const ctx = image.getContext("2d");
      if (!ctx) return null;
      const k = side / size;
      ctx.setTransform(k, 0, 0, k, side / 2, side / 2);
      ctx.beginPath();
      if (t === 0) ctx.arc(0, 0, R, 0, 2 * Math.PI);
      else {
        ctx.moveTo(0, -1.2 * R);
        ctx.lineTo(1.1 * R, 0.75 * R);
        ctx.lineTo(-1.1 * R, 0.75 * R);
        ctx.closePath();
      }
      ctx.fillStyle = hollow ? "#ffffff" : CLASS_COLORS[t];
      ctx.fill();
      ctx.strokeStyle = hollow ? CLASS_COLORS[t] : "#1b1b1b";
      ctx.lineWidth = hollow ? 1.5 : 0.6;
      ctx.stroke();
      images[t + 2 * Number(hollow)] = image;
    }
  }
  return { images };
}
