/**
 * A stand-in for the training worker: it records what the page sends and lets a test answer as the
 * worker would, with realistic frames and data sets built by `makeFrame` and `makeData`.
 */
import { act } from "@testing-library/react";
import type { TrainerClient } from "../../src/worker/client.ts";
import type { Frame, FromWorker, ToWorker } from "../../src/worker/protocol.ts";
import { makeFrame } from "../fakes/frames.ts";

export { GRID_SIZE, makeData, makeFrame, makeGrid, makeParams } from "../fakes/frames.ts";

export interface FakeWorker extends TrainerClient {
  /** Every message the page sent, in order, frameDone included. */
  sent: ToWorker[];
  /** The messages the worker counts in a frame's `handled`: everything but frameDone. */
  commands(): ToWorker[];
  /** Deliver a message as if the worker had posted it (inside act, so React has re-rendered after). */
  emit(message: FromWorker): void;
  /** Emit a frame from a worker that has handled every command so far, unless `handled` says otherwise. */
  emitFrame(overrides?: Partial<Frame>): Frame;
  terminated: boolean;
}

export function createFakeWorker(): FakeWorker {
  const handlers = new Set<(message: FromWorker) => void>();
  const fake: FakeWorker = {
    sent: [],
    terminated: false,
    send(message) {
      fake.sent.push(message);
    },
    listen(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    terminate() {
      fake.terminated = true;
    },
    commands: () => fake.sent.filter((m) => m.type !== "frameDone"),
    emit(message) {
      act(() => {
        for (const handler of handlers) handler(message);
      });
    },
    emitFrame(overrides = {}) {
      const frame = makeFrame({ handled: fake.commands().length, ...overrides });
      fake.emit(frame);
      return frame;
    },
  };
  return fake;
}
