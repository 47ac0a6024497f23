/**
 * Which training example the chain rule follows: a number field (1 … n) with Previous and Next, which
 * wrap around. A valid number is sent at once (store.setExplain); other text is marked invalid and sent
 * nowhere. An example beyond a smaller new data set is brought back to the last one.
 */
import { useEffect, useId, useState } from "react";
import { useStoreApi } from "../../StoreContext.tsx";
import { useT } from "../../useT.ts";

interface Props {
  weight: string;
  /** The example followed, 0-based. */
  example: number;
  /** Training examples (null until the data set is known). */
  count: number | null;
}

export function ExampleControls({ weight, example, count }: Props) {
  const t = useT();
  const store = useStoreApi();
  const labelId = useId();
  const [text, setText] = useState(String(example + 1));
  useEffect(() => setText(String(example + 1)), [example]);
  const n = count ?? example + 1;
  const go = (row: number) => store.getState().setExplain({ weight, example: row });

  useEffect(() => {
    if (count !== null && count > 0 && example >= count)
      store.getState().setExplain({ weight, example: count - 1 });
  }, [store, weight, example, count]);

  const chosen = Number(text);
  const valid = Number.isInteger(chosen) && chosen >= 1 && chosen <= n;
  return (
    <fieldset className="explain-example">
      <legend id={labelId}>{t("explain.example")}</legend>
      <input
        aria-labelledby={labelId}
        type="number"
        inputMode="numeric"
        min={1}
        max={n}
        step={1}
        value={text}
        aria-invalid={!valid}
        onChange={(e) => {
          setText(e.target.value);
          const row = Number(e.target.value);
          if (Number.isInteger(row) && row >= 1 && row <= n && row - 1 !== example) go(row - 1);
        }}
      />
      <span>{t("explain.exampleRange", { count: n })}</span>
      <button type="button" onClick={() => go((example - 1 + n) % n)}>
        {t("explain.previous")}
      </button>
      <button type="button" onClick={() => go((example + 1) % n)}>
        {t("explain.next")}
      </button>
    </fieldset>
  );
}
