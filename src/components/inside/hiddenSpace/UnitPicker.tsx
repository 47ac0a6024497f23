/**
 * With more than three hidden units, which ones the hidden-space picture shows: a first, a second and
 * optionally a third (none: the flat view). Picking a unit another select shows swaps the two.
 */
import { Select } from "../../Select.tsx";
import { useT } from "../../useT.ts";
import { subscript } from "./subscript.ts";

/** Three picks, 0-based; the third is −1 for none. */
export type Picks = readonly [number, number, number];

const NONE = "-1";

/** Picks that fit H units: any pick beyond H, or repeated, replaced by the lowest unit not picked. */
export function fitPicks(picks: Picks, H: number): Picks {
  const fitted: number[] = [];
  picks.forEach((j, slot) => {
    if (slot === 2 && j < 0) fitted.push(-1);
    else if (j >= 0 && j < H && !fitted.includes(j)) fitted.push(j);
    else {
      let free = 0;
      while (fitted.includes(free) || picks.slice(slot + 1).includes(free)) free++;
      fitted.push(free);
    }
  });
  return [fitted[0], fitted[1], fitted[2]];
}

export function UnitPicker({
  H,
  picks,
  onChange,
}: {
  H: number;
  picks: Picks;
  onChange(picks: Picks): void;
}) {
  const t = useT();
  const units = Array.from({ length: H }, (_, j) => ({
    value: String(j),
    label: `h${subscript(j + 1)}`,
  }));
  const choose = (slot: number, value: string) => {
    const j = Number(value);
    const next = [...picks];
    const other = next.indexOf(j);
    if (other >= 0 && other !== slot) next[other] = next[slot];
    next[slot] = j;
    // A unit taken from a select by the third's "none" gets the lowest free unit instead.
    onChange(fitPicks([next[0], next[1], next[2]], H));
  };
  const slots = ["hiddenSpace.pick.first", "hiddenSpace.pick.second", "hiddenSpace.pick.third"] as const;
  return (
    <div className="hs-picker">
      {slots.map((label, slot) => (
        <Select
          key={label}
          label={t(label)}
          value={String(picks[slot])}
          options={slot === 2 ? [...units, { value: NONE, label: t("hiddenSpace.pick.none") }] : units}
          onChange={(value) => choose(slot, value)}
        />
      ))}
    </div>
  );
}
