/**
 * The training example the one-update panel follows, ringed on the plane and numbered as the panel
 * numbers it, so a student sees which point's numbers are being worked through. Drawn in the plot's own
 * units (render/plotGeometry.ts) inside BoundaryView's points layer.
 */

import { dataToPlot } from "../../render/plotGeometry.ts";
import type { DataMessage } from "../../worker/protocol.ts";
import { usePlayground } from "../StoreContext.tsx";

export function ExampleMarker({ data }: { data: DataMessage }) {
  const example = usePlayground((s) => s.explain?.example ?? null);
  if (example === null || example < 0 || example >= data.train.t.length) return null;
  const { px, py } = dataToPlot(data.domain, data.train.x[2 * example], data.train.x[2 * example + 1]);
  return (
    <g className="example-marker" data-testid="example-marker" data-example={example + 1}>
      <circle cx={px} cy={py} r={11} />
      <text x={px + 14} y={py - 10}>
        {example + 1}
      </text>
    </g>
  );
}
