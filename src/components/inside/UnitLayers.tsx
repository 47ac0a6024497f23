/**
 * The plane's unit layers, loaded on demand (UnitOverlay): the focused unit's large map and the movable
 * unit lines.
 */
import { FocusedUnitMap } from "./FocusedUnitMap.tsx";
import { UnitLines } from "./UnitLines.tsx";

export default function UnitLayers() {
  return (
    <>
      <FocusedUnitMap />
      <UnitLines />
    </>
  );
}
