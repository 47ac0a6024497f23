/**
 * The network as the article's Figure 2: x → h → y with every weight and bias as an arrow, the layers of
 * weights named w and u, widths by |value|, solid blue when positive and dashed red when negative, painted
 * live from the store (useNetworkPaint). Past 16 hidden units the hidden layer is a column of cells and
 * only the pointed-at unit's arrows (or the strongest few) stand out.
 *
 * The arrows are a list box, one stop in the tab order: the arrow keys, Home and End choose an arrow (its
 * active descendant); pointing at or near an arrow, or focusing it, shows its value and gradient below the
 * diagram; pointing at the hidden column picks the nearest unit (store.focusUnit). Click, tap or Enter on
 * an arrow opens its card (WeightCard) to set it by hand, and the one-update panel follows it.
 */
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { translate } from "../../i18n/translate.ts";
import { DIAGRAM_HEIGHT, DIAGRAM_WIDTH, networkLayout } from "../../render/networkLayout.ts";
import { usePlayground, useStoreApi } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import { elementText } from "./arrowWords.ts";
import { DiagramArrows, DiagramUnits } from "./DiagramShapes.tsx";
import { lineSelector, useDiagramPointer } from "./useDiagramPointer.ts";
import { useNetworkPaint } from "./useNetworkPaint.ts";
import { WeightCard } from "./WeightCard.tsx";
import "./networkDiagram.css";

const STEPS: Readonly<Record<string, (i: number, n: number) => number>> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function NetworkDiagram() {
  const t = useT();
  const lang = usePlayground((s) => s.lang);
  const store = useStoreApi();
  const hidden = usePlayground((s) => s.frame?.hiddenUnits ?? s.settings.hiddenUnits);
  const edited = usePlayground((s) => s.frame?.edited === true);
  const layout = useMemo(() => networkLayout(hidden), [hidden]);
  const items = useMemo(() => [...layout.arrows, ...layout.biases], [layout]);
  const svg = useRef<SVGSVGElement>(null);
  const list = useRef<SVGGElement>(null);
  const tip = useRef<HTMLParagraphElement>(null);
  const tipId = useId();
  const optionId = useId();
  const [activeIndex, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  /** The arrow whose card is open (by name), and whether its field should take the focus. */
  const [card, setCard] = useState<{ name: string; focus: boolean } | null>(null);
  const active = activeIndex < items.length ? activeIndex : 0;
  const pointer = useDiagramPointer(store, svg, layout, items, (i) => {
    choose(i, false);
    list.current?.focus();
  });
  const showing = pointer.hovered ?? (focused ? active : null);
  const cardArrow = card && items.find((a) => a.name === card.name);

  /** Write the shown arrow's value and gradient under the diagram (read from its data attributes). */
  const writeTip = useRef(() => {});
  writeTip.current = () => {
    const el = tip.current;
    if (!el) return;
    const arrow = showing === null ? undefined : items[showing];
    const line = arrow && svg.current?.querySelector(lineSelector(arrow));
    const text = arrow ? elementText(t, arrow, line) : "";
    if (el.textContent !== text) el.textContent = text;
    el.hidden = !arrow;
  };
  useNetworkPaint(store, layout, items, svg, writeTip);
  // biome-ignore lint/correctness/useExhaustiveDependencies: writeTip reads these through its ref
  useEffect(() => writeTip.current(), [showing, t, items]);

  // Keyboard focus on an arrow points at its hidden unit, as hovering the unit does (a press focuses the
  // list before its click picks an arrow: pointing then at the old arrow's unit would bias the pick).
  // While its card is open, the chosen arrow's unit stays pointed at.
  const pointed = focused && !pointer.pressing.current ? items[active] : cardArrow;
  const focusedUnit = pointed?.unit ?? null;
  const { pointUnit } = pointer;
  useEffect(() => pointUnit(focusedUnit), [pointUnit, focusedUnit]);

  const choose = (i: number, focusField: boolean) => {
    const name = items[i].name;
    setActive(i);
    setCard({ name, focus: focusField });
    const s = store.getState();
    s.setExplain({ weight: name, example: s.explain?.example ?? 0 });
  };

  const closeCard = () => {
    setCard(null);
    list.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const step = STEPS[e.key];
    if (step) {
      e.preventDefault();
      setActive(step(active, items.length));
    } else if (e.key === "Enter") {
      e.preventDefault();
      choose(active, true);
    } else if (e.key === "Escape" && card) {
      e.preventDefault();
      setCard(null);
    }
  };

  return (
    <figure className="network">
      <figcaption>{t(hidden === 0 ? "network.captionLinear" : "network.caption")}</figcaption>
      {/* biome-ignore lint/a11y/useSemanticElements: an svg cannot be a fieldset; not an img, as its arrows take focus */}
      <svg
        ref={svg}
        data-testid="network"
        className={layout.compact ? "compact" : undefined}
        viewBox={`0 0 ${DIAGRAM_WIDTH} ${DIAGRAM_HEIGHT}`}
        role="group"
        aria-label={translate(lang, "network.label", { count: hidden })}
        {...pointer.handlers}
      >
        <g
          ref={list}
          className="arrows"
          role="listbox"
          tabIndex={0}
          aria-label={t("network.weights")}
          aria-activedescendant={focused ? `${optionId}-${items[active]?.name}` : undefined}
          aria-describedby={tipId}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        >
          <DiagramArrows layout={layout} items={items} active={active} optionId={optionId} t={t} />
        </g>
        <DiagramUnits layout={layout} />
      </svg>
      {/* Written by writeTip, outside React, as the values change every frame. */}
      <p ref={tip} id={tipId} role="tooltip" className="arrow-tip" hidden />
      {layout.compact && <p className="network-hint">{t("network.compactHint")}</p>}
      {edited && <p className="network-edited">{t("network.edited")}</p>}
      {cardArrow && card && (
        <WeightCard
          key={`${hidden}:${cardArrow.name}`}
          arrow={cardArrow}
          hiddenUnits={hidden}
          focusField={card.focus}
          onClose={closeCard}
        />
      )}
    </figure>
  );
}
