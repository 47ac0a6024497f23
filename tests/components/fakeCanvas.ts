/**
 * A minimal 2D canvas context for tests that want drawing to happen (jsdom has none): it accepts every
 * call the page makes, counts the images put on the canvas and keeps what the canvas shows: the last
 * image put, and the lines stroked since the last clear of the whole canvas.
 */
import { vi } from "vitest";

/** One stroke(): its style and the polylines of its path, in the drawing's own (transformed) units. */
export interface Stroke {
  color: string;
  dash: number[];
  lines: [number, number][][];
}

export interface FakeContext {
  canvas: HTMLCanvasElement;
  /** How many times an image was put on this canvas (one per decision-region repaint). */
  imagesPut: number;
  /** The pixels on the canvas: the last image put, or null while it is blank (never painted or cleared). */
  picture: Uint8ClampedArray | null;
  /** The lines stroked since the canvas was last cleared whole. */
  strokes: Stroke[];
  /** The horizontal and vertical scale of the current transform. */
  scale: [number, number];
}

/** Make every canvas return a fake 2D context until the test ends (setup.ts restores the null stub). */
export function installFakeCanvas(): Map<HTMLCanvasElement, FakeContext> {
  const contexts = new Map<HTMLCanvasElement, FakeContext>();
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockImplementation(function (
    this: HTMLCanvasElement,
    kind: string,
  ) {
    if (kind !== "2d") return null;
    let record = contexts.get(this);
    if (!record) {
      record = { canvas: this, imagesPut: 0, picture: null, strokes: [], scale: [1, 1] };
      contexts.set(this, record);
    }
    const state = record;
    let path: [number, number][][] = [];
    let dash: number[] = [];
    const ctx = {
      canvas: this,
      createImageData: (width: number, height: number) => ({
        width,
        height,
        data: new Uint8ClampedArray(4 * width * height),
      }),
      putImageData: (image: ImageData) => {
        state.imagesPut++;
        state.picture = image.data.slice();
      },
      setTransform: (a: number, _b: number, _c: number, d: number) => {
        state.scale = [a, d];
      },
      clearRect: (x: number, y: number, width: number, height: number) => {
        const [sx, sy] = state.scale;
        const { width: w, height: h } = state.canvas;
        if (x <= 0 && y <= 0 && width * sx >= w && height * sy >= h) {
          state.picture = null;
          state.strokes = [];
        }
      },
      beginPath: () => {
        path = [];
      },
      moveTo: (x: number, y: number) => {
        path.push([[x, y]]);
      },
      lineTo: (x: number, y: number) => {
        path.at(-1)?.push([x, y]);
      },
      stroke: () => {
        state.strokes.push({ color: ctx.strokeStyle, dash, lines: path.filter((line) => line.length > 1) });
      },
      setLineDash: (segments: number[]) => {
        dash = [...segments];
      },
      strokeStyle: "",
      lineWidth: 1,
    };
    return ctx as unknown as CanvasRenderingContext2D;
  } as typeof HTMLCanvasElement.prototype.getContext);
  return contexts;
}
