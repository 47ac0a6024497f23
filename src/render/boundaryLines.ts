/**
 * The decision line from a P = ½ contour. d3-contour returns closed polygons: where the class-1 region
 * meets the edge of the grid, its ring runs along that edge. Drawn as a line, that edge would read as a
 * boundary the network never drew (a thick frame in presenter mode), so the rings are opened there: every
 * segment with both ends on the grid's border is dropped, and what is left is a set of polylines.
 */

/** A point of a contour, [x, y] in grid units: x from 0 to cols, y from 0 to rows (GeoJSON's Position). */
export type Point = number[];

/** The P = ½ line as polylines (a GeoJSON MultiLineString's coordinates), without the grid's edges. */
export function boundaryLines(
  polygons: readonly (readonly (readonly Point[])[])[],
  cols: number,
  rows: number,
): Point[][] {
  const onBorder = ([x, y]: Point) => x <= 0 || y <= 0 || x >= cols || y >= rows;
  const alongBorder = (a: Point, b: Point) => onBorder(a) && onBorder(b);
  const lines: Point[][] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      // A ring is closed (its last point is its first): start it after a border segment, if it has one,
      // so a line is not cut in two where the ring happens to begin.
      const n = ring.length - 1;
      if (n < 1) continue;
      let start = 0;
      for (let i = 0; i < n; i++) {
        if (alongBorder(ring[i], ring[i + 1])) {
          start = i + 1;
          break;
        }
      }
      let line: Point[] = [];
      for (let k = 0; k < n; k++) {
        const a = ring[(start + k) % n];
        const b = ring[(start + k + 1) % n];
        if (alongBorder(a, b)) {
          if (line.length > 1) lines.push(line);
          line = [];
          continue;
        }
        if (line.length === 0) line.push(a);
        line.push(b);
      }
      if (line.length > 1) lines.push(line);
    }
  }
  return lines;
}
