/**
 * Notices a Step while paused (the next frame of the same run has made exactly one more update) and keeps
 * the explanation from before it beside the one after, so the panel can show old → new and whether the
 * new value is the predicted one. The record stays until the run moves on or another weight is chosen.
 */
import { useEffect, useState } from "react";
import type { Explanation } from "../../../engine/explain.ts";
import type { PlaygroundStore } from "../../../store/playgroundStore.ts";
import type { Frame } from "../../../worker/protocol.ts";

/** One Step of the explained weight: the explanations and training results either side of it. */
export interface StepRecord {
  before: Explanation;
  after: Explanation;
  lossBefore: number;
  lossAfter: number;
  accuracyBefore: number;
  accuracyAfter: number;
  runId: number;
  /** Updates made when the step was seen (the frame after it). */
  updates: number;
}

/** The record of a Step between two consecutive frames, or null if `frame` did not come from one. */
export function stepRecordOf(prev: Frame | null, frame: Frame): StepRecord | null {
  const before = prev?.explanation;
  const after = frame.explanation;
  if (!prev || !before || !after || before.weight !== after.weight) return null;
  if (prev.runId !== frame.runId || frame.updates !== prev.updates + 1) return null;
  if (prev.status !== "paused" || frame.status !== "paused") return null;
  return {
    before,
    after,
    lossBefore: prev.trainLoss,
    lossAfter: frame.trainLoss,
    accuracyBefore: prev.trainAccuracy,
    accuracyAfter: frame.trainAccuracy,
    runId: frame.runId,
    updates: frame.updates,
  };
}

/** Whether `record` still describes the state `frame` shows. */
function stillShown(record: StepRecord, frame: Frame): boolean {
  return (
    record.runId === frame.runId &&
    record.updates === frame.updates &&
    frame.explanation?.weight === record.after.weight
  );
}

/** The latest Step's record while it still describes what is on screen. */
export function useStepRecord(store: PlaygroundStore): StepRecord | null {
  const [record, setRecord] = useState<StepRecord | null>(null);
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.frame === prev.frame || !s.frame) return;
        const frame = s.frame;
        const made = stepRecordOf(prev.frame, frame);
        setRecord((now) => made ?? (now && stillShown(now, frame) ? now : null));
      }),
    [store],
  );
  return record;
}
