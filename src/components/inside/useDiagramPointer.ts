/**
 * How a pointer reads the network diagram: moving over an arrow shows it (hovered), moving over the hidden
 * column points at the nearest unit (store.focusUnit, let go when the pointer leaves; a tapped unit stays
 * until the next tap), and a click or tap on an arrow picks it. In a dense diagram the pointed unit's
 * arrows, which stand out, are preferred over the faint ones crossing them.
 */
import {
  type MouseEvent,
  type PointerEvent,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from "react";
import { type Arrow, type NetworkLayout, nearestArrow, nearestUnit } from "../../render/networkLayout.ts";
import type { PlaygroundStore } from "../../store/playgroundStore.ts";

/** How far from an arrow a pointer still picks it, in the diagram's units. */
const REACH = 10;

/** The selector of an arrow's line: weights carry data-weight, biases data-bias. */
export const lineSelector = (a: Arrow) => `[data-${a.bias ? "bias" : "weight"}="${a.name}"]`;

export interface DiagramPointer {
  /** The arrow under the pointer (index in the items), or null. */
  hovered: number | null;
  /** A press is under way: the list it focuses is not focused by the keyboard. */
  pressing: RefObject<boolean>;
  /** Point at a hidden unit (store.focusUnit), or with null let go of the one this diagram pointed at. */
  pointUnit(unit: number | null): void;
  handlers: {
    onPointerMove(e: PointerEvent<SVGSVGElement>): void;
    onPointerLeave(e: PointerEvent<SVGSVGElement>): void;
    onPointerDown(): void;
    onPointerUp(): void;
    onClick(e: MouseEvent<SVGSVGElement>): void;
  };
}

export function useDiagramPointer(
  store: PlaygroundStore,
  svg: RefObject<SVGSVGElement | null>,
  layout: NetworkLayout,
  items: readonly Arrow[],
  onPick: (i: number) => void,
): DiagramPointer {
  const [hovered, setHovered] = useState<number | null>(null);
  const pressing = useRef(false);
  /** The hidden unit this diagram put in store.focusUnit (so it lets go of only its own). */
  const ownUnit = useRef<number | null>(null);
  const pointUnit = useCallback(
    (unit: number | null) => {
      const s = store.getState();
      if (unit !== null) {
        ownUnit.current = unit;
        s.setFocusUnit(unit);
      } else if (ownUnit.current !== null) {
        if (s.focusUnit === ownUnit.current) s.setFocusUnit(null);
        ownUnit.current = null;
      }
    },
    [store],
  );
  useEffect(() => () => pointUnit(null), [pointUnit]);

  // The pointed-at arrow is drawn dark, as the focused one is.
  const shown = hovered !== null && hovered < items.length ? hovered : null;
  useEffect(() => {
    const line = shown === null ? null : svg.current?.querySelector(lineSelector(items[shown]));
    line?.classList.add("hovered");
    return () => line?.classList.remove("hovered");
  }, [shown, items, svg]);

  /**
   * The unit or arrow under a pointer: the hidden column first, then the pointed unit's arrows (the ones
   * standing out), then the line the browser hit, then the nearest line within reach.
   */
  const locate = (e: PointerEvent | MouseEvent): { unit: number | null; arrow: number | null } => {
    const target = e.target as Element;
    const name = target.getAttribute("data-weight") ?? target.getAttribute("data-bias");
    const hit = name === null ? -1 : items.findIndex((a) => a.name === name);
    const matrix = svg.current?.getScreenCTM?.();
    if (!matrix) {
      const h = target.closest?.("[data-h]")?.getAttribute("data-h");
      return { unit: h ? Number(h) : null, arrow: hit < 0 ? null : hit };
    }
    const at = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
    const unit = nearestUnit(layout, at.x, at.y, layout.compact ? 7 : Math.max(layout.hiddenSize, 4) + 2);
    if (unit !== null) return { unit, arrow: null };
    const focus = store.getState().focusUnit;
    const own = items.flatMap((a, i) => (a.unit !== null && a.unit === focus ? [i] : []));
    const near = nearestArrow(
      own.map((i) => items[i]),
      at.x,
      at.y,
      1.5 * REACH,
    );
    if (near !== null) return { unit: null, arrow: own[near] };
    return { unit: null, arrow: hit >= 0 ? hit : nearestArrow(items, at.x, at.y, REACH) };
  };

  return {
    hovered: shown,
    pressing,
    pointUnit,
    handlers: {
      onPointerMove(e) {
        const { unit, arrow } = locate(e);
        if (unit !== null) pointUnit(unit);
        setHovered(arrow);
      },
      onPointerLeave(e) {
        setHovered(null);
        // A finger leaves as it lifts: a tapped unit stays pointed at until the next tap elsewhere.
        if (e.pointerType !== "touch") pointUnit(null);
      },
      onPointerDown() {
        pressing.current = true;
      },
      onPointerUp() {
        pressing.current = false;
      },
      onClick(e) {
        const { unit, arrow } = locate(e);
        pointUnit(unit);
        if (arrow !== null) onPick(arrow);
      },
    },
  };
}
