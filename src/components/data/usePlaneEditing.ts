/**
 * The plane as an editor of the user's own data (BoundaryView, not in embed): the pointer's clicks, taps
 * and long presses (planePointer.ts), and the keyboard — the plot takes focus, a cross (PlaneCursor) moves
 * with the arrow keys (Shift: farther), Enter adds a point of the chosen class there (Shift+Enter the
 * other), Delete or Backspace removes the nearest. The keys it uses are marked handled, so the page's
 * shortcuts (→ steps) do not also fire. The code that edits (planeEdits.ts) loads after the first paint;
 * until it has, the plane is not yet an editor (`data-editing` says when it is).
 */
import { type FocusEvent, type KeyboardEvent, type RefObject, useCallback, useEffect, useState } from "react";
import type { Rect } from "../../engine/grid.ts";
import { useStoreApi } from "../StoreContext.tsx";
import "./planeEditing.css";

type Edits = typeof import("./planeEdits.ts");

/** An arrow key moves the cross this fraction of the plane's width (with Shift, FAR_STEP). */
export const STEP = 1 / 40;
export const FAR_STEP = 1 / 8;

/** The keyboard's cross on the plane, in plane units. */
export interface Cursor {
  x1: number;
  x2: number;
}

const ARROWS: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const centre = (d: Rect): Cursor => ({ x1: (d.x1Min + d.x1Max) / 2, x2: (d.x2Min + d.x2Max) / 2 });
const inside = (c: Cursor, d: Rect) =>
  c.x1 >= d.x1Min && c.x1 <= d.x1Max && c.x2 >= d.x2Min && c.x2 <= d.x2Max;

/** The plot's accessible name and description while it is an editor. */
export interface PlaneNames {
  "aria-label": string;
  "aria-describedby": string;
}

/** What the plot element needs to be the editor (spread on it), and the keyboard's cross. */
export interface PlaneEditing {
  cursor: Cursor | null;
  plotProps: Partial<PlaneNames> & {
    /** "application": the arrow keys and Enter are the plane's own, even to a screen reader. */
    role?: "application";
    tabIndex?: number;
    /** "ready" once the editing code has loaded. */
    "data-editing"?: "ready" | "loading";
    onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
    onFocus?: (e: FocusEvent<HTMLDivElement>) => void;
  };
}

/** Make `plot` edit the user's points when `enabled` (named `names`); `square` covers exactly the plot square. */
export function usePlaneEditing(
  plot: RefObject<HTMLElement | null>,
  square: RefObject<Element | null>,
  domain: Rect | null,
  enabled: boolean,
  names: PlaneNames,
): PlaneEditing {
  const store = useStoreApi();
  const [cursor, setCursor] = useState<Cursor | null>(null);
  const [edits, setEdits] = useState<Edits | null>(null);

  useEffect(() => {
    if (!enabled || edits) return;
    let live = true;
    void import("./planeEdits.ts").then((module) => {
      if (live) setEdits(module);
    });
    return () => {
      live = false;
    };
  }, [enabled, edits]);

  useEffect(() => {
    const el = plot.current;
    if (!enabled || !el || !edits) return;
    return edits.attachPlanePointer(el, () => square.current, store);
  }, [plot, square, store, enabled, edits]);

  const here = domain && cursor && inside(cursor, domain) ? cursor : domain ? centre(domain) : null;

  const onFocus = useCallback(
    (e: FocusEvent<HTMLDivElement>) => {
      if (e.target === e.currentTarget && here) setCursor(here);
    },
    [here],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (e.target !== e.currentTarget || !edits || !domain || !here) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const width = domain.x1Max - domain.x1Min;
      const arrow = ARROWS[e.key];
      if (arrow) {
        const step = (e.shiftKey ? FAR_STEP : STEP) * width;
        setCursor({
          x1: clamp(here.x1 + arrow[0] * step, domain.x1Min, domain.x1Max),
          x2: clamp(here.x2 + arrow[1] * step, domain.x2Min, domain.x2Max),
        });
      } else if (e.key === "Enter") {
        const chosen = store.getState().pointClass;
        edits.addPointAt(store, here.x1, here.x2, e.shiftKey ? ((1 - chosen) as 0 | 1) : chosen);
      } else if (e.key === "Delete" || e.key === "Backspace") {
        edits.removePointAt(store, here.x1, here.x2, 2 * STEP * width);
      } else {
        return;
      }
      e.preventDefault();
    },
    [edits, domain, here, store],
  );

  return {
    cursor: enabled ? here : null,
    plotProps: enabled
      ? {
          ...names,
          role: "application",
          tabIndex: 0,
          onKeyDown,
          onFocus,
          "data-editing": edits ? "ready" : "loading",
        }
      : {},
  };
}
