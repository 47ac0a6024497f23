/**
 * The run's numbers: epoch, gradient updates, speed, loss and accuracy on the training and test sets.
 * They change with every frame, so their text is written from a store subscription and the component
 * renders once: a frame costs a few text writes, not a React render.
 */
import { useLayoutEffect, useRef } from "react";
import { formatAccuracy, formatCount, formatLoss } from "../render/format.ts";
import type { Frame } from "../worker/protocol.ts";
import { useStoreApi } from "./StoreContext.tsx";

interface ReadoutSpec {
  label: string;
  testId: string;
  title?: string;
  /** Takes a whole row of the two-column list, keeping training and test side by side below. */
  wide?: boolean;
  /** The readout's text for a frame (null before the first). */
  text(frame: Frame | null): string;
}

const READOUTS: readonly ReadoutSpec[] = [
  { label: "Epoch", testId: "epoch", text: (f) => formatCount(f?.epoch ?? 0) },
  {
    label: "Updates",
    testId: "updates",
    title: "Gradient updates made: one per mini-batch, so equal to the epoch with full batch",
    text: (f) => formatCount(f?.updates ?? 0),
  },
  {
    label: "Epochs/s",
    testId: "epochs-per-second",
    wide: true,
    text: (f) => formatCount(f?.epochsPerSecond ?? 0),
  },
  {
    label: "Training loss",
    testId: "train-loss",
    title: "The article's calculate_loss: mean cross-entropy (or squared error) plus λ/2·Σw²",
    text: (f) => formatLoss(f?.trainLoss),
  },
  { label: "Test loss", testId: "test-loss", text: (f) => formatLoss(f?.testLoss) },
  { label: "Training accuracy", testId: "train-accuracy", text: (f) => formatAccuracy(f?.trainAccuracy) },
  { label: "Test accuracy", testId: "test-accuracy", text: (f) => formatAccuracy(f?.testAccuracy) },
];

const WIDE = { gridColumn: "1 / -1" };

export function Readouts() {
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
      {READOUTS.map(({ label, testId, title, wide }) => (
        <div className="readout" title={title} key={testId} style={wide ? WIDE : undefined}>
          <dt>{label}</dt>
          {/* Filled by the subscription above; React never writes into it. */}
          <dd data-testid={testId} />
        </div>
      ))}
    </dl>
  );
}
