import { describe, expect, it } from "vitest";
import type { Divergence } from "../../src/engine/run.ts";
import { divergenceMessage } from "../../src/render/divergenceMessage.ts";

const EXPLODED: Divergence = {
  epoch: 4,
  updates: 4,
  reason: "loss-exploded",
  loss: 95.2,
  initialLoss: 0.584,
  since: "start",
};

describe("the message of a diverged run", () => {
  it("says when, from what loss to what, and what to try", () => {
    expect(divergenceMessage(EXPLODED, 5)).toBe(
      "Training stopped at epoch 4: the training loss grew from 0.584 to 95.2, more than 100 times its " +
        "value at the start. With a learning rate of 5 each step overshoots instead of going downhill. " +
        "Lower the learning rate (the article uses 0.01) or press Reset; either starts a fresh network.",
    );
  });

  it("compares with the loss when λ was last changed, when that is the baseline the run used", () => {
    const message = divergenceMessage({ ...EXPLODED, since: "lambda", initialLoss: 3.21 }, 2);
    expect(message).toContain(
      "grew from 3.21 to 95.2, more than 100 times its value when λ was last changed.",
    );
    expect(message).not.toMatch(/at the start|where it started/);
  });

  it("names the update as well as the epoch when mini-batches make several updates an epoch", () => {
    const message = divergenceMessage({ ...EXPLODED, epoch: 2, updates: 9 }, 5);
    expect(message).toMatch(/^Training stopped at epoch 2 \(update 9\): /);
  });

  it("explains a weight that stopped being a number without printing NaN", () => {
    const message = divergenceMessage(
      { ...EXPLODED, reason: "not-finite", loss: Number.NaN, epoch: 12, updates: 12 },
      10,
    );
    expect(message).toContain("at epoch 12: a weight grew too large to be represented");
    expect(message).toContain("not a number");
    expect(message).not.toMatch(/NaN|Infinity/);
  });

  it("writes the learning rate as its slider does", () => {
    expect(divergenceMessage(EXPLODED, 0.0001)).toContain("learning rate of 0.0001 each step");
    expect(divergenceMessage(EXPLODED, 20)).toContain("learning rate of 20 each step");
  });
});

describe("the message of a diverged run, in Japanese", () => {
  it("says when, from what loss to what, and what to try, with the same numbers", () => {
    expect(divergenceMessage(EXPLODED, 5, "ja")).toBe(
      "エポック 4 で学習が止まりました：学習データの損失が 0.584 から 95.2 に増え、学習開始時の値の 100 倍を超えました。" +
        "学習率 ε = 5 では一歩が大きすぎて、損失の坂を下らずに行き過ぎてしまいます。" +
        "学習率を下げる（記事では 0.01）か「リセット」を押してください。どちらも新しいネットワークで始め直します。",
    );
  });

  it("names λ's change as the baseline, and the update within the epoch", () => {
    const message = divergenceMessage({ ...EXPLODED, since: "lambda", epoch: 2, updates: 9 }, 2, "ja");
    expect(message).toMatch(/^エポック 2（更新 9 回目） で学習が止まりました/);
    expect(message).toContain("最後に λ を変えたときの値の 100 倍");
    expect(message).not.toContain("学習開始時");
  });

  it("explains a weight that stopped being a number without printing NaN", () => {
    const message = divergenceMessage({ ...EXPLODED, reason: "not-finite", loss: Number.NaN }, 10, "ja");
    expect(message).toContain("重みが大きくなりすぎて表せなくなりました");
    expect(message).not.toMatch(/NaN|Infinity/);
  });

  it("speaks English unless told otherwise", () => {
    expect(divergenceMessage(EXPLODED, 5)).toBe(divergenceMessage(EXPLODED, 5, "en"));
  });
});
