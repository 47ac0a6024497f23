/**
 * Paints a decision grid onto the plane: P(class 1) as regions on a small canvas (one pixel per grid
 * cell), and the P = ½ contour as an SVG path scaled to the plot (without the grid's edges, see
 * boundaryLines.ts). Buffers are kept per grid size.
 */
import { contours } from "d3";
import { boundaryLines } from "./boundaryLines.ts";
import { paintRegions } from "./paintRegions.ts";
import { polylinePath } from "./svgPaths.ts";

export interface BoundaryPainter {
  /** Paint a cols × rows grid of P(class 1), row 0 at the top. */
  paint(grid: Float32Array, cols: number, rows: number): void;
  /** Blank the regions and remove the boundary line. */
  clear(): void;
}

/** A painter for this canvas and boundary path; `plotSize` is the path's side in its SVG's units. */
export function createBoundaryPainter(
  canvas: HTMLCanvasElement,
  line: SVGPathElement | null,
  plotSize: number,
  lut: Uint32Array,
): BoundaryPainter {
  let sized: {
    cols: number;
    rows: number;
    image: ImageData | null;
    pixels: Uint32Array | null;
    isoline: ReturnType<typeof contours>;
  } | null = null;
  return {
    paint(grid, cols, rows) {
      const ctx = canvas.getContext("2d");
      if (sized?.cols !== cols || sized.rows !== rows) {
        canvas.width = cols;
        canvas.height = rows;
        const image = ctx?.createImageData(cols, rows) ?? null;
        sized = {
          cols,
          rows,
          image,
          pixels: image && new Uint32Array(image.data.buffer),
          isoline: contours().size([cols, rows]).thresholds([0.5]),
        };
      }
      if (ctx && sized.image && sized.pixels) {
        paintRegions(grid, sized.pixels, lut);
        ctx.putImageData(sized.image, 0, 0);
      }
      const contour = sized.isoline(grid as unknown as number[])[0];
      const lines = contour ? boundaryLines(contour.coordinates, cols, rows) : [];
      line?.setAttribute("d", polylinePath(lines, plotSize / cols));
    },
    clear() {
      canvas.getContext("2d")?.clearRect(0, 0, canvas.width, canvas.height);
      line?.setAttribute("d", "");
    },
  };
}
