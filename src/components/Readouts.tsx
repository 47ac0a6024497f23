/**
 * The run's numbers: epoch, gradient updates, speed, loss and accuracy on the training and test sets.
 * They change with every frame, so their text is written from a store subscription: a frame costs a few
 * text writes, not a React render. React renders the captions (again when the language changes) and never
 * writes into the numbers' cells, so a change of language leaves the numbers as they are.
 *
 * Each readout's caption is a button with an explanation (what the number is, in the article's terms, and
 * what a good value looks like): it is the button's accessible description, and shows under the number
 * on hover, on keyboard focus and on a tap (which toggles it); Escape or leaving closes it.
 */
import { useId, useLayoutEffect, useRef, useState } from "react";
import "./hints.css";
import type { MessageKey } from "../i18n/translate.ts";
import { formatAccuracy, formatCount, formatLoss } from "../render/format.ts";
import type { Frame } from "../worker/protocol.ts";
import { useStoreApi } from "./StoreContext.tsx";
import { useT } from "./useT.ts";

interface ReadoutSpec {
  label: MessageKey;
  testId: string;
  explain: MessageKey;
  /** Takes a whole row of the two-column list, keeping training and test side by side below. */
  wide?: boolean;
  /** The readout's text for a frame (null before the first). */
  text(frame: Frame | null): string;
}

const READOUTS: readonly ReadoutSpec[] = [
  {
    label: "results.epoch",
    testId: "epoch",
    explain: "results.epoch.explain",
    text: (f) => formatCount(f?.epoch ?? 0),
  },
  {
    label: "results.updates",
    testId: "updates",
    explain: "results.updates.explain",
    text: (f) => formatCount(f?.updates ?? 0),
  },
  {
    label: "results.epochsPerSecond",
    testId: "epochs-per-second",
    explain: "results.epochsPerSecond.explain",
    wide: true,
    text: (f) => formatCount(f?.epochsPerSecond ?? 0),
  },
  {
    label: "results.trainLoss",
    testId: "train-loss",
    explain: "results.trainLoss.explain",
    text: (f) => formatLoss(f?.trainLoss),
  },
  {
    label: "results.testLoss",
    testId: "test-loss",
    explain: "results.testLoss.explain",
    text: (f) => formatLoss(f?.testLoss),
  },
  {
    label: "results.trainAccuracy",
    testId: "train-accuracy",
    explain: "results.trainAccuracy.explain",
    text: (f) => formatAccuracy(f?.trainAccuracy),
  },
  {
    label: "results.testAccuracy",
    testId: "test-accuracy",
    explain: "results.testAccuracy.explain",
    text: (f) => formatAccuracy(f?.testAccuracy),
  },
];

const WIDE = { gridColumn: "1 / -1" };

/** Whether a readout's explanation is open, and the caption's handlers that open and close it. */
function useExplanation() {
  const [open, setOpen] = useState(false);
  /** Escape was pressed: hovering no longer shows it until the pointer comes back. */
  const [quiet, setQuiet] = useState(false);
  // A tap focuses the caption and then clicks it: the click alone decides, or the tap would open and close.
  const pointerDown = useRef(false);
  // Opened by keyboard focus: the Enter that follows keeps it open rather than closing it.
  const byFocus = useRef(false);
  const caption = {
    "aria-expanded": open,
    onPointerDown: () => {
      pointerDown.current = true;
    },
    onPointerEnter: () => setQuiet(false),
    onFocus: () => {
      if (!pointerDown.current) {
        byFocus.current = true;
        setOpen(true);
      }
      pointerDown.current = false;
      setQuiet(false);
    },
    onClick: () => {
      pointerDown.current = false;
      if (byFocus.current) byFocus.current = false;
      else setOpen((o) => !o);
    },
    onBlur: () => {
      byFocus.current = false;
      setOpen(false);
    },
    onKeyDown: (e: { key: string }) => {
      if (e.key === "Escape") {
        byFocus.current = false;
        setOpen(false);
        setQuiet(true);
      }
    },
  };
  return { open, quiet, caption };
}

/** One readout: its caption (a button), its number (written by the subscription), its explanation. */
function Readout({
  label,
  explain,
  testId,
  wide,
}: {
  label: string;
  explain: string;
  testId: string;
  wide?: boolean;
}) {
  const id = useId();
  const { open, quiet, caption } = useExplanation();
  return (
    <div className="readout" style={wide ? WIDE : undefined}>
      <dt>
        <button type="button" className="readout-caption" aria-describedby={id} {...caption}>
          {label}
        </button>
      </dt>
      {/* Filled by the subscription in Readouts; React never writes into it. */}
      <dd data-testid={testId} />
      <dd className={quiet ? "readout-tip quiet" : "readout-tip"} hidden={!open}>
        <span id={id} role="tooltip">
          {explain}
        </span>
      </dd>
    </div>
  );
}

export function Readouts() {
  const t = useT();
  const store = useStoreApi();
  const list = useRef<HTMLDListElement>(null);

  // A layout effect, so the first frame's numbers are in place before the page is painted.
  useLayoutEffect(() => {
    const cells = READOUTS.map(({ testId }) => list.current?.querySelector(`[data-testid="${testId}"]`));
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
        <Readout key={testId} label={t(label)} explain={t(explain)} testId={testId} wide={wide} />
      ))}
    </dl>
  );
}
