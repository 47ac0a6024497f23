/**
 * How the diagram words an arrow: its accessible name ("weight w 1 2: x1 → h2") and its live line
 * ("w₁₂ = 0.1234, ∂L/∂w₁₂ = 0.005678"), in the page's language.
 */
import type { Arrow } from "../../render/networkLayout.ts";
import { symbolName } from "../../render/networkLayout.ts";
import type { Translate } from "../useT.ts";

/** "w 1 2", "b1 2": what a screen reader says for the arrow (subscripts read poorly). */
export const spokenName = (arrow: Arrow) => arrow.name.replace(/-/g, " ");

/** The arrow's accessible name: its parameter and the units it joins. */
export function arrowLabel(t: Translate, arrow: Arrow): string {
  return arrow.bias
    ? t("network.bias", { name: spokenName(arrow), to: arrow.to.label })
    : t("network.arrow", { name: spokenName(arrow), from: arrow.from.label, to: arrow.to.label });
}

/** A number for the tip: four significant digits, or the words for "not a number". */
export function shortNumber(t: Translate, value: number): string {
  return Number.isFinite(value) ? value.toPrecision(4) : t("network.notANumber");
}

/** "w₁₂ = value, ∂L/∂w₁₂ = gradient" (the gradient summed over the training set plus λ·w). */
export function valueText(t: Translate, arrow: Arrow, value: number, gradient: number): string {
  return t("network.arrowValue", {
    name: symbolName(arrow.name),
    value: shortNumber(t, value),
    gradient: shortNumber(t, gradient),
  });
}

/** The same line read from an arrow element's data-value and data-gradient ("" before any frame). */
export function elementText(t: Translate, arrow: Arrow, element: Element | null | undefined): string {
  const value = element?.getAttribute("data-value");
  if (!value) return symbolName(arrow.name);
  const gradient = element?.getAttribute("data-gradient");
  return valueText(t, arrow, Number(value), gradient ? Number(gradient) : Number.NaN);
}
