/**
 * The keyboard's cross on the plane (usePlaneEditing), drawn in the plot's own units inside BoundaryView's
 * points layer; dataTools.css shows it only while the plot has keyboard focus.
 */
import type { Rect } from "../../engine/grid.ts";
import { dataToPlot, PLOT } from "../../render/plotGeometry.ts";
import type { Cursor } from "./usePlaneEditing.ts";

/** Half the cross's arms, in the plot's units. */
const ARM = 14;

export function PlaneCursor({ cursor, domain }: { cursor: Cursor; domain: Rect }) {
  const { px, py } = dataToPlot(domain, cursor.x1, cursor.x2);
  if (!(px >= 0 && px <= PLOT && py >= 0 && py <= PLOT)) return null;
  const d = `M${px - ARM},${py}H${px + ARM}M${px},${py - ARM}V${py + ARM}`;
  return (
    <g className="plane-cursor" data-testid="plane-cursor" data-x1={cursor.x1} data-x2={cursor.x2}>
      <path d={d} className="plane-cursor-halo" />
      <path d={d} className="plane-cursor-cross" />
      <circle cx={px} cy={py} r={ARM * 1.4} className="plane-cursor-ring" />
    </g>
  );
}
