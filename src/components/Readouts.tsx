/**
 * The run's numbers: epoch, gradient updates, speed, loss and accuracy on the training and test sets.
 * They change with every frame, so their text is written from a store subscription: a frame costs a few
 * text writes, not a React render. React renders the captions (again when the language changes) and never
 * writes into the numbers' cells, so a change of language leaves the numbers as they are.
 *
 * A readout with an explanation has its caption as a button: the explanation shows on hover, on keyboard
 * focus and on a tap (which toggles it), and is the button's accessible description.
 */
import { useId, useLayoutEffect, useRef, useState } from "react";
import type { MessageKey } from "../i18n/translate.ts";
import { formatAccuracy, formatCount, formatLoss } from "../render/format.ts";
import type { Frame } from "../worker/protocol.ts";
import { useStoreApi } from "./StoreContext.tsx";
import { useT } from "./useT.ts";

interface ReadoutSpec {
  label: MessageKey;
  testId: string;
  explain?: MessageKey;
  /** Takes a whole row of the two-column list, keeping training and test side by side below. */
  wide?: boolean;
  /** The readout's text for a frame (null before the first). */
  text(frame: Frame | null): string;
}

const READOUTS: readonly ReadoutSpec[] = [
  { label: "results.epoch", testId: "epoch", text: (f) => formatCount(f?.epoch ?? 0) },
  {
    label: "results.updates",
    testId: "updates",
    explain: "results.updates.explain",
    text: (f) => formatCount(f?.updates ?? 0),
  },
  {
    label: "results.epochsPerSecond",
    testId: "epochs-per-second",
    wide: true,
    text: (f) => formatCount(f?.epochsPerSecond ?? 0),
  },
  {
    label: "results.trainLoss",
    testId: "train-loss",
    explain: "results.trainLoss.explain",
    text: (f) => formatLoss(f?.trainLoss),
  },
  { label: "results.testLoss", testId: "test-loss", text: (f) => formatLoss(f?.testLoss) },
  { label: "results.trainAccuracy", testId: "train-accuracy", text: (f) => formatAccuracy(f?.trainAccuracy) },
  { label: "results.testAccuracy", testId: "test-accuracy", text: (f) => formatAccuracy(f?.testAccuracy) },
];

const WIDE = { gridColumn: "1 / -1" };

/** A caption whose explanation shows on hover, focus or tap. */
function Explained({ label, explain }: { label: string; explain: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="readout-caption"
        aria-describedby={id}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === "Escape") setOpen(false);
        }}
      >
        {label}
      </button>
      <span id={id} role="tooltip" className={open ? "readout-explain open" : "readout-explain"}>
        {explain}
      </span>
    </>
  );
}

export function Readouts() {
  const t = useT();
  const store = useStoreApi();
  const list = useRef<HTMLDListElement>(null);

  // A layout effect, so the first frame's numbers are in place before the page is painted.
  useLayoutEffect(() => {
    const cells = Array.from(list.current?.querySelectorAll("dd") ?? []);
    const show = (frame: Frame | null) => {
      READOUTS.forEach((spec, i) => {
        const cell = cells[i];
        const text = spec.text(frame);
        if (cell && cell.textContent !== text) cell.textContent = text;
      });
    };
    show(store.getState().frame);
    return store.subscribe((s, prev) => {
      if (s.frame !== prev.frame) show(s.frame);
    });
  }, [store]);

  return (
    <dl className="readouts" ref={list}>
      {READOUTS.map(({ label, testId, explain, wide }) => (
        <div className="readout" key={testId} style={wide ? WIDE : undefined}>
          <dt>{explain ? <Explained label={t(label)} explain={t(explain)} /> : t(label)}</dt>
          {/* Filled by the subscription above; React never writes into it. */}
          <dd data-testid={testId} />
        </div>
      ))}
    </dl>
  );
}
