/**
 * The 3-D box's orientation, turned by dragging (yaw with horizontal motion, pitch with vertical) or by
 * the arrow keys when focused (Home: back to the first view). Held in a ref: turning repaints through
 * `redraw`, never through a React render.
 */
import { type KeyboardEvent, type PointerEvent, type RefObject, useRef } from "react";

/** The first view: a little from the right and from above. */
export const START = { yaw: 0.6, pitch: 0.4 };
const KEY_TURN = Math.PI / 18;
/** Radians per CSS pixel dragged. */
const DRAG_TURN = 0.01;
const LIMIT = Math.PI / 2;

export interface Turn {
  yaw: number;
  pitch: number;
}

export function useTurn(redraw: RefObject<() => void>) {
  const turn = useRef<Turn>({ ...START });
  const drag = useRef<{ x: number; y: number } | null>(null);
  const tilt = (by: number) => {
    turn.current.pitch = Math.max(-LIMIT, Math.min(LIMIT, turn.current.pitch + by));
  };
  const handlers = {
    onPointerDown(e: PointerEvent<HTMLDivElement>) {
      drag.current = { x: e.clientX, y: e.clientY };
      e.currentTarget.setPointerCapture?.(e.pointerId);
    },
    onPointerMove(e: PointerEvent<HTMLDivElement>) {
      const from = drag.current;
      if (!from) return;
      turn.current.yaw += (e.clientX - from.x) * DRAG_TURN;
      tilt((e.clientY - from.y) * DRAG_TURN);
      drag.current = { x: e.clientX, y: e.clientY };
      redraw.current();
    },
    onPointerUp() {
      drag.current = null;
    },
    onPointerCancel() {
      drag.current = null;
    },
    onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
      switch (e.key) {
        case "ArrowLeft":
          turn.current.yaw -= KEY_TURN;
          break;
        case "ArrowRight":
          turn.current.yaw += KEY_TURN;
          break;
        case "ArrowUp":
          tilt(-KEY_TURN);
          break;
        case "ArrowDown":
          tilt(KEY_TURN);
          break;
        case "Home":
          Object.assign(turn.current, START);
          break;
        default:
          return;
      }
      e.preventDefault();
      redraw.current();
    },
  };
  return { turn, handlers };
}
