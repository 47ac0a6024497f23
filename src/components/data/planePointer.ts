/**
 * The pointer on the plane, for the user's own data: a click or tap adds a point of the chosen class
 * (Shift: the other class), Alt-click removes the nearest point within REMOVE_PX, and on a touch screen a
 * long press (LONG_PRESS_MS without moving MOVE_PX) removes it, and the tap it ends adds nothing. A press
 * that moves (a drag, a scroll) adds nothing either. Presses on the unit lines' handles and on controls
 * are theirs. Listens on the plot element; `square` is the element covering the plot square exactly.
 */
import type { PlaygroundStore } from "../../store/playgroundStore.ts";
import { addPointAt, planePointAt, removePointAt } from "./pointEdits.ts";

/** A press held this long (ms) on a touch screen removes the nearest point. */
export const LONG_PRESS_MS = 500;
/** A press that moves farther than this (CSS px) is a drag or a scroll, not a click. */
export const MOVE_PX = 10;
/** A removal takes the nearest point within this many CSS px of the pointer. */
export const REMOVE_PX = 20;

/** What a press on these elements means is theirs (the unit lines' handles, buttons, links, fields). */
const NOT_OURS = ".unit-line-hit, .unit-line-handle-hit, button, a, input, select, label";

interface Press {
  id: number;
  x: number;
  y: number;
  /** The long press already removed a point: the release adds nothing. */
  done: boolean;
}

/** Listen for clicks, taps and long presses on `plot`; returns the function that stops listening. */
export function attachPlanePointer(
  plot: HTMLElement,
  square: () => Element | null,
  store: PlaygroundStore,
): () => void {
  let press: Press | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Until the next press, the context menu a long press opens on touch screens is not wanted. */
  let pressedLong = false;

  const at = (x: number, y: number) => {
    const el = square();
    const domain = store.getState().data?.domain;
    return el && domain ? planePointAt(el.getBoundingClientRect(), domain, x, y) : null;
  };
  const stop = () => {
    clearTimeout(timer);
    press = null;
  };
  const removeNear = (x: number, y: number) => {
    const p = at(x, y);
    if (p) removePointAt(store, p.x1, p.x2, REMOVE_PX * p.unitsPerPx);
  };

  const onDown = (e: PointerEvent) => {
    stop();
    pressedLong = false;
    if (!e.isPrimary || e.button !== 0) return;
    if (e.target instanceof Element && e.target.closest(NOT_OURS)) return;
    if (!at(e.clientX, e.clientY)) return;
    const current: Press = { id: e.pointerId, x: e.clientX, y: e.clientY, done: false };
    press = current;
    if (e.pointerType !== "mouse")
      timer = setTimeout(() => {
        current.done = true;
        pressedLong = true;
        removeNear(current.x, current.y);
      }, LONG_PRESS_MS);
  };
  const onMove = (e: PointerEvent) => {
    if (press && e.pointerId === press.id && Math.hypot(e.clientX - press.x, e.clientY - press.y) > MOVE_PX)
      stop();
  };
  const onUp = (e: PointerEvent) => {
    if (!press || e.pointerId !== press.id) return;
    const { done } = press;
    stop();
    if (done) return;
    if (e.altKey) {
      removeNear(e.clientX, e.clientY);
      return;
    }
    const p = at(e.clientX, e.clientY);
    if (!p) return;
    const chosen = store.getState().pointClass;
    addPointAt(store, p.x1, p.x2, e.shiftKey ? ((1 - chosen) as 0 | 1) : chosen);
  };
  const onMenu = (e: Event) => {
    if (pressedLong || press?.done) e.preventDefault();
  };

  plot.addEventListener("pointerdown", onDown);
  plot.addEventListener("pointermove", onMove);
  plot.addEventListener("pointerup", onUp);
  plot.addEventListener("pointercancel", stop);
  plot.addEventListener("contextmenu", onMenu);
  return () => {
    stop();
    plot.removeEventListener("pointerdown", onDown);
    plot.removeEventListener("pointermove", onMove);
    plot.removeEventListener("pointerup", onUp);
    plot.removeEventListener("pointercancel", stop);
    plot.removeEventListener("contextmenu", onMenu);
  };
}
