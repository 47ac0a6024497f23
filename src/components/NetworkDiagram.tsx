/**
 * The network as the article's Figure 2: x → h → y with every weight as an arrow, its width growing with
 * |value|, solid and blue when positive, dashed and red when negative. Arrows carry their current value
 * (data-value, and a tooltip); values update every frame from a store subscription, without re-render.
 *
 * The arrows are a list box, one stop in the tab order: the arrow keys, Home and End choose an arrow (its
 * active descendant), and a tap on or near an arrow chooses it. While the list has focus, the chosen
 * arrow is highlighted and its name and value show below the diagram, so nothing is only on hover. The
 * list, not each thin line, takes the focus, so the touch target is the whole diagram.
 */
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { parameterViews } from "../engine/network.ts";
import { translate } from "../i18n/translate.ts";
import { formatWeight } from "../render/format.ts";
import {
  type Arrow,
  arrowWeight,
  DIAGRAM_HEIGHT,
  DIAGRAM_WIDTH,
  nearestArrow,
  networkLayout,
} from "../render/networkLayout.ts";
import { CLASS_COLORS } from "../render/palette.ts";
import { usePlayground, useStoreApi } from "./StoreContext.tsx";
import { type Translate, useT } from "./useT.ts";

const NEGATIVE = CLASS_COLORS[0];
const POSITIVE = CLASS_COLORS[1];

/** How far from an arrow a tap or click still picks it, in the diagram's units. */
const REACH = 10;

/** Longest wait between two redraws of a large diagram, in ms. */
const THROTTLE_MS = 100;

/** Arrow width for a weight, in quarter-unit steps so small changes cost no restyling. */
function strokeWidth(value: number): number {
  const width = Math.min(0.6 + 1.4 * Math.sqrt(Math.abs(value)), 6);
  return Number.isFinite(width) ? Math.round(width * 4) / 4 : 6;
}

/** "w 1 2", as the arrow's tooltip and the focused arrow's line name it. */
const spokenName = (arrow: Arrow) => arrow.name.replace(/-/g, " ");

/** "w 1 2 = 0.1234" in the page's language. */
const valueText = (t: Translate, arrow: Arrow, value: number) =>
  t("network.arrowValue", {
    name: spokenName(arrow),
    value: Number.isFinite(value) ? formatWeight(value) : t("network.notANumber"),
  });

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
  const layout = useMemo(() => networkLayout(hidden), [hidden]);
  const svg = useRef<SVGSVGElement>(null);
  const tip = useRef<HTMLParagraphElement>(null);
  const tipId = useId();
  const optionId = useId();
  const radius = hidden > 24 ? 3 : 9;
  /** The chosen arrow (the list's active descendant), and whether the list has focus. */
  const [chosen, setChosen] = useState(0);
  const [focused, setFocused] = useState(false);
  const active = chosen < layout.arrows.length ? chosen : 0;
  /** The arrow whose value shows below the diagram (null: none). */
  const showing = focused ? active : null;
  /** What the subscription needs without re-subscribing: the arrow showing and the words. */
  const shown = useRef({ showing, t });
  shown.current = { showing, t };

  /** Write the focused arrow's value under the diagram (the value is read from its data-value). */
  const writeTip = () => {
    const { showing: i, t: words } = shown.current;
    const arrow = i === null ? undefined : layout.arrows[i];
    const el = tip.current;
    if (!el) return;
    const line = arrow && svg.current?.querySelector(`[data-weight="${arrow.name}"]`);
    const value = line?.getAttribute("data-value");
    const text = !arrow ? "" : value ? valueText(words, arrow, Number(value)) : spokenName(arrow);
    if (el.textContent !== text) el.textContent = text;
  };
  const writeTipRef = useRef(writeTip);
  writeTipRef.current = writeTip;
  // Re-word the shown value when the focus or the language changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: writeTip reads these through refs
  useEffect(() => writeTipRef.current(), [showing, t, layout]);

  useEffect(() => {
    const root = svg.current;
    if (!root) return;
    const lines = layout.arrows.map((arrow) => ({
      arrow,
      line: root.querySelector<SVGLineElement>(`[data-weight="${arrow.name}"]`),
      width: Number.NaN,
      positive: null as boolean | null,
    }));
    // Restyling SVG strokes costs a style recalculation each: write only what changed, and for large
    // layers at most every THROTTLE_MS (a frame arriving in between is drawn when that time is up).
    const throttle = layout.arrows.length > 40 ? THROTTLE_MS : 0;
    let last = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      timer = undefined;
      last = performance.now();
      const frame = store.getState().frame;
      if (!frame || frame.hiddenUnits !== hidden) return;
      const views = parameterViews(frame.params, hidden);
      for (const entry of lines) {
        const { arrow, line } = entry;
        if (!line) continue;
        const value = arrowWeight(arrow, views);
        line.dataset.value = String(value);
        const positive = value >= 0;
        if (positive !== entry.positive) {
          entry.positive = positive;
          line.setAttribute("stroke", positive ? POSITIVE : NEGATIVE);
          line.setAttribute("stroke-dasharray", positive ? "none" : "4 3");
        }
        const width = strokeWidth(value);
        if (width !== entry.width) {
          entry.width = width;
          line.setAttribute("stroke-width", String(width));
        }
        const title = line.firstElementChild;
        if (title) title.textContent = valueText(shown.current.t, arrow, value);
      }
      writeTipRef.current();
    };
    const schedule = () => {
      const wait = last + throttle - performance.now();
      if (wait <= 0) update();
      else timer ??= setTimeout(update, wait);
    };
    update();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.frame !== prev.frame) schedule();
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, layout, hidden]);

  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    const step = STEPS[e.key];
    if (!step) return;
    e.preventDefault();
    setChosen(step(active, layout.arrows.length));
  };

  // A tap or click on an arrow, or near one (lines are thin), chooses it and focuses the list, which
  // shows its value. The keyboard reaches every arrow with the arrow keys, so this is for pointers only.
  useEffect(() => {
    const root = svg.current;
    const list = root?.querySelector<SVGGElement>(".arrows");
    if (!root || !list) return;
    const onClick = (e: MouseEvent) => {
      const name = (e.target as Element).getAttribute("data-weight");
      let i = name === null ? -1 : layout.arrows.findIndex((a) => a.name === name);
      const matrix = root.getScreenCTM?.();
      if (i < 0 && matrix) {
        const at = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix.inverse());
        i = nearestArrow(layout.arrows, at.x, at.y, REACH) ?? -1;
      }
      if (i < 0) return;
      setChosen(i);
      list.focus();
    };
    root.addEventListener("click", onClick);
    return () => root.removeEventListener("click", onClick);
  }, [layout]);

  return (
    <figure className="network">
      <figcaption>{t(hidden === 0 ? "network.captionLinear" : "network.caption")}</figcaption>
      {/* biome-ignore lint/a11y/useSemanticElements: an svg cannot be a fieldset; not an img, as its arrows take focus */}
      <svg
        ref={svg}
        data-testid="network"
        viewBox={`0 0 ${DIAGRAM_WIDTH} ${DIAGRAM_HEIGHT}`}
        role="group"
        aria-label={translate(lang, "network.label", { count: hidden })}
      >
        <g
          className="arrows"
          role="listbox"
          tabIndex={0}
          aria-label={t("network.weights")}
          aria-activedescendant={focused ? `${optionId}-${layout.arrows[active]?.name}` : undefined}
          aria-describedby={tipId}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        >
          {layout.arrows.map((a, i) => (
            <line
              key={a.name}
              data-weight={a.name}
              data-value=""
              x1={a.from.x}
              y1={a.from.y}
              x2={a.to.x}
              y2={a.to.y}
              stroke="#999"
              strokeOpacity={0.75}
              id={`${optionId}-${a.name}`}
              role="option"
              aria-selected={i === active}
              aria-label={t("network.arrow", { name: spokenName(a), from: a.from.label, to: a.to.label })}
            >
              <title>{spokenName(a)}</title>
            </line>
          ))}
        </g>
        <g className="units">
          {layout.units.map((unit) => (
            <g key={unit.id} transform={`translate(${unit.x},${unit.y})`}>
              <circle r={radius} />
              {radius > 5 && (
                <text dy="0.35em" textAnchor="middle">
                  {unit.label}
                </text>
              )}
            </g>
          ))}
        </g>
      </svg>
      {/* Written by writeTip, outside React, as the values change every frame. */}
      <p ref={tip} id={tipId} role="tooltip" className="arrow-tip" hidden={showing === null} />
    </figure>
  );
}
