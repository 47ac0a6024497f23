/**
 * What the plane's editing loads after the first paint (usePlaneEditing): the pointer's handling and the
 * edits the keyboard makes.
 */
export { attachPlanePointer } from "./planePointer.ts";
export { addPointAt, removePointAt } from "./pointEdits.ts";
