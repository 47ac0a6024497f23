/**
 * One hidden unit's card in the unit maps panel: its map h_j, its term (u_j2 − u_j1)·h_j, its weights
 * u_j1 and u_j2 (written by the panel's painter, outside React) and its on/off switch. Pointing at the card
 * (hover, keyboard focus inside it, or a tap) makes it the focused unit, shown large on the plane.
 */
import { type FocusEvent, memo, type PointerEvent } from "react";
import type { PlaygroundStore } from "../../store/playgroundStore.ts";
import type { Translate } from "../useT.ts";
import { pictureWidth } from "./useUnitCardPainting.ts";

interface UnitCardProps {
  /** 1-based. */
  unit: number;
  masked: boolean;
  /** The unit pointed at here or elsewhere (the diagram): outlined. */
  focused: boolean;
  /** The maps' side in pixels (the worker's unit map side). */
  side: number;
  store: PlaygroundStore;
  t: Translate;
  /** The unit this panel made the focused one (so the panel can let it go when it closes). */
  pointed: { current: number | null };
}

export const UnitCard = memo(function UnitCard({
  unit,
  masked,
  focused,
  side,
  store,
  t,
  pointed,
}: UnitCardProps) {
  const point = () => {
    pointed.current = unit;
    store.getState().setFocusUnit(unit);
  };
  const release = () => {
    if (pointed.current === unit) pointed.current = null;
    if (store.getState().focusUnit === unit) store.getState().setFocusUnit(null);
  };
  // A mouse shows the unit while over the card; a tap has no "leave" worth the name, so it keeps the
  // unit shown until another tap (a second tap on the same card lets it go).
  const onPointerEnter = (e: PointerEvent) => {
    if (e.pointerType !== "touch") point();
  };
  const onPointerLeave = (e: PointerEvent) => {
    if (e.pointerType !== "touch") release();
  };
  const onPointerDown = (e: PointerEvent) => {
    if (e.pointerType !== "touch" || (e.target as Element).closest("button")) return;
    if (store.getState().focusUnit === unit) release();
    else point();
  };
  const onBlur = (e: FocusEvent<HTMLLIElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) release();
  };
  const sub = (k: number) => (
    <span className="unit-weight">
      <i>u</i>
      <sub>
        {unit},{k}
      </sub>{" "}
      = <span data-u={k} />
    </span>
  );
  return (
    <li
      className={["unit-card", masked ? "masked" : "", focused ? "focused" : ""].filter(Boolean).join(" ")}
      data-testid="unit"
      data-unit={unit}
      data-masked={masked ? "true" : "false"}
      aria-label={t("units.card", { unit })}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onPointerDown={onPointerDown}
      onFocus={point}
      onBlur={onBlur}
    >
      <p className="unit-name">
        <i>h</i>
        <sub>{unit}</sub>
        {masked && <span className="unit-off">{t("units.off")}</span>}
      </p>
      <canvas
        className="unit-picture"
        width={pictureWidth(side)}
        height={side}
        role="img"
        aria-label={t("units.pictures", { unit })}
      />
      <p className="unit-weights">
        {sub(1)}
        {sub(2)}
      </p>
      {masked && <p className="unit-off-note">{t("units.offNote")}</p>}
      <button
        type="button"
        className="unit-toggle"
        aria-pressed={!masked}
        onClick={() => store.getState().toggleMask(unit)}
      >
        {t("units.toggle", { unit })}
      </button>
    </li>
  );
});
