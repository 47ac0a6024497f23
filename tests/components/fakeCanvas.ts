/**
 * A minimal 2D canvas context for tests that want drawing to happen (jsdom has none): it accepts every
 * call the page makes and counts the images put on the canvas.
 */
import { vi } from "vitest";

export interface FakeContext {
  canvas: HTMLCanvasElement;
  /** How many times an image was put on this canvas (one per decision-region repaint). */
  imagesPut: number;
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
      record = { canvas: this, imagesPut: 0 };
      contexts.set(this, record);
    }
    const state = record;
    const ignore = () => {};
    const ctx = {
      canvas: this,
      createImageData: (width: number, height: number) => ({
        width,
        height,
        data: new Uint8ClampedArray(4 * width * height),
      }),
      putImageData: () => {
        state.imagesPut++;
      },
      setTransform: ignore,
      clearRect: ignore,
      beginPath: ignore,
      moveTo: ignore,
      lineTo: ignore,
      stroke: ignore,
      setLineDash: ignore,
      strokeStyle: "",
      lineWidth: 1,
    };
    return ctx as unknown as CanvasRenderingContext2D;
  } as typeof HTMLCanvasElement.prototype.getContext);
  return contexts;
}
