/**
 * The chosen weight (or bias), under the diagram: its name and the units it joins, its live value and
 * gradient, and a number field to set it by hand (Enter or Apply sends it to the worker, which goes on
 * training from it). Text that is not a finite number within ±1e6 is refused with a visible message and
 * nothing is sent. Escape or Close closes the card.
 */
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { type Arrow, symbolName, unitSymbol } from "../../render/networkLayout.ts";
import { useStoreApi } from "../StoreContext.tsx";
import { useT } from "../useT.ts";
import { valueText } from "./arrowWords.ts";

/** The largest |value| a weight may be set to (the worker refuses more). */
const LIMIT = 1e6;
/** A plain decimal number, optionally with an exponent ("0.5", "-1.2e-3", "−3"). */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The number the text means, or null if it is not one a weight may take. */
export function parseWeight(text: string): number | null {
  const plain = text.trim().replace(/\u2212/g, "-");
  if (!NUMBER.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) && Math.abs(value) <= LIMIT ? value : null;
}

interface Props {
  arrow: Arrow;
  hiddenUnits: number;
  /** Put the focus in the number field on opening (the card was opened from the keyboard). */
  focusField: boolean;
  /** Close the card (Escape, or the Close button). */
  onClose(): void;
}

export function WeightCard({ arrow, hiddenUnits, focusField, onClose }: Props) {
  const t = useT();
  const store = useStoreApi();
  const name = symbolName(arrow.name);
  const fieldId = useId();
  const messageId = useId();
  const now = useRef<HTMLParagraphElement>(null);
  const field = useRef<HTMLInputElement>(null);
  /** What the last Apply did: the value sent, "bad" when the text was refused, null before any. */
  const [result, setResult] = useState<number | "bad" | null>(null);
  const words = useRef(t);
  words.current = t;

  // The value and gradient change every frame: written here, outside React.
  useEffect(() => {
    const write = () => {
      const frame = store.getState().frame;
      const el = now.current;
      if (!el || !frame || frame.hiddenUnits !== hiddenUnits) return;
      const gradient = frame.gradient?.[arrow.offset] ?? Number.NaN;
      const text = valueText(words.current, arrow, frame.params[arrow.offset], gradient);
      if (el.textContent !== text) el.textContent = text;
    };
    write();
    return store.subscribe((s, prev) => {
      if (s.frame !== prev.frame || s.lang !== prev.lang) write();
    });
  }, [store, arrow, hiddenUnits]);

  // Start from the value the weight has now, so a small change is a small edit.
  useEffect(() => {
    const value = store.getState().frame?.params[arrow.offset];
    const input = field.current;
    if (!input) return;
    if (value !== undefined) input.value = String(value);
    if (focusField) {
      input.focus();
      input.select();
    }
  }, [store, arrow, focusField]);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const value = parseWeight(field.current?.value ?? "");
    if (value === null) {
      setResult("bad");
      return;
    }
    store.getState().setWeights([{ name: arrow.name, value }]);
    setResult(value);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };

  const to = unitSymbol(arrow.to.label);
  const title = arrow.bias
    ? t("network.card.bias", { name, to })
    : t("network.card.weight", { name, from: unitSymbol(arrow.from.label), to });
  return (
    <section className="weight-card" aria-label={title} onKeyDown={onKeyDown}>
      <p className="weight-card-title">{title}</p>
      <p className="weight-card-now" ref={now} />
      <form onSubmit={apply}>
        <label htmlFor={fieldId}>{t("network.card.field", { name })}</label>
        <input
          ref={field}
          id={fieldId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={result === "bad"}
          aria-describedby={messageId}
        />
        <button type="submit">{t("network.card.apply")}</button>
        <button type="button" onClick={onClose}>
          {t("network.card.close")}
        </button>
      </form>
      <p id={messageId} className={`weight-card-message${result === "bad" ? " bad" : ""}`} role="status">
        {result === null
          ? ""
          : result === "bad"
            ? t("network.card.bad")
            : t("network.card.applied", { name, value: String(result) })}
      </p>
    </section>
  );
}
