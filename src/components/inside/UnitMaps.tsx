/**
 * "Hidden units — the output as a sum": a_k = Σ_j u_jk h_j + b_k written out, and a card per hidden unit
 * with its map h_j, what it adds to a₂ − a₁ ((u_j2 − u_j1)·h_j, which decides the class), its u values
 * and a switch to leave it out of the output (mask). The pictures and numbers are painted from the store
 * by useUnitCardPainting; React renders only when the units, the masks or the language change.
 */
import { useEffect, useId, useRef } from "react";
import { unitMapCentre } from "../../render/unitMaps.ts";
import { usePlayground, useStoreApi } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import { UnitCard } from "./UnitCard.tsx";
import { useUnitCardPainting } from "./useUnitCardPainting.ts";
import "./units.css";

/** Above this many units the cards are packed densely. */
const DENSE_FROM = 17;

/** 1, 2, …, H. */
const unitNumbers = (H: number) => Array.from({ length: H }, (_, j) => j + 1);

export function UnitMaps() {
  const t = useT();
  const store = useStoreApi();
  const H = usePlayground((s) => s.frame?.hiddenUnits ?? s.settings.hiddenUnits);
  const side = usePlayground((s) => s.frame?.unitMaps?.side ?? 8);
  const activation = usePlayground((s) => s.settings.activation);
  const masked = usePlayground((s) => s.masked);
  const focusUnit = usePlayground((s) => s.focusUnit);
  const list = useRef<HTMLUListElement>(null);
  const pointed = useRef<number | null>(null);
  // Closed while a card was pointed at or focused (no leave or blur comes then): let the unit go.
  useEffect(
    () => () => {
      const unit = pointed.current;
      if (unit !== null && store.getState().focusUnit === unit) store.getState().setFocusUnit(null);
    },
    [store],
  );
  const titleId = useId();
  useUnitCardPainting(list, store, H, activation);
  const level = unitMapCentre(activation) === 0 ? "0" : "½";

  return (
    <section className="unit-maps" aria-labelledby={titleId}>
      <h2 id={titleId}>{t("units.title")}</h2>
      {H === 0 ? (
        <p>{t("units.none")}</p>
      ) : (
        <>
          <p className="units-sum">{t("units.sum")}</p>
          <p className="units-text">{t("units.sumText", { level })}</p>
          <ul
            ref={list}
            className={H >= DENSE_FROM ? "unit-grid dense" : "unit-grid"}
            aria-label={t("units.list")}
          >
            {unitNumbers(H).map((unit) => (
              <UnitCard
                key={unit}
                unit={unit}
                masked={masked.includes(unit)}
                focused={focusUnit === unit}
                side={side}
                store={store}
                t={t}
                pointed={pointed}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
