/**
 * A stand-in for the training worker: it records what the page sends and lets a test answer as the
 * worker would, with realistic frames and data sets built by `makeFrame` and `makeData`. It follows the
 * protocol's rules for the run's status (worker/protocol.ts), so a frame it emits says what a real
 * worker's would after the same commands: play runs, pause and step pause, reset starts a fresh paused
 * run, a divergence stays until Reset or a real settings change, and speed never touches the run.
 */
import { act } from "@testing-library/react";
import type { RunSettings } from "../../src/engine/run.ts";
import type { TrainerClient } from "../../src/worker/client.ts";
import type { Frame, FromWorker, RunStatus, Speed, ToWorker } from "../../src/worker/protocol.ts";
import { makeFrame } from "../fakes/frames.ts";

export { GRID_SIZE, makeData, makeFrame, makeGrid, makeParams } from "../fakes/frames.ts";

export interface FakeWorker extends TrainerClient {
  /** Every message the page sent, in order, frameDone included. */
  sent: ToWorker[];
  /** The messages the worker counts in a frame's `handled`: everything but frameDone. */
  commands(): ToWorker[];
  /** The last command sent (frameDone aside). */
  lastCommand(): ToWorker | undefined;
  /** The settings of the last configure, the speed of the last speed message (null before any). */
  settings: RunSettings | null;
  speed: Speed | null;
  /** The status a real worker would report now, after every command sent. */
  status: RunStatus;
  /** Deliver a message as if the worker had posted it (inside act, so React has re-rendered after). */
  emit(message: FromWorker): void;
  /**
   * Emit a frame from a worker that has handled every command so far, in the status those commands
   * leave it in, unless the overrides say otherwise. A frame that reflects every command (the default)
   * becomes the worker's status from then on, so `emitFrame({ status: "diverged" })` diverges the run.
   */
  emitFrame(overrides?: Partial<Frame>): Frame;
  /** Report a failure as the worker does; like the real one it stops the run. */
  fail(message?: string): void;
  terminated: boolean;
}

export function createFakeWorker(): FakeWorker {
  const handlers = new Set<(message: FromWorker) => void>();
  /** What a worker does to its status on a command, by the protocol's rules. */
  const follow = (message: ToWorker) => {
    const diverged = fake.status === "diverged";
    switch (message.type) {
      case "configure": {
        const before = fake.settings;
        fake.settings = message.settings;
        const changed =
          before === null ||
          (Object.keys(before) as (keyof RunSettings)[]).some((k) => before[k] !== message.settings[k]);
        if (diverged && changed) fake.status = "paused";
        return;
      }
      case "speed":
        fake.speed = message.speed;
        return;
      case "play":
        if (!diverged) fake.status = "running";
        return;
      case "pause":
      case "step":
        if (!diverged) fake.status = "paused";
        return;
      case "reset":
        fake.status = "paused";
        return;
      case "frameDone":
        return;
    }
  };
  const fake: FakeWorker = {
    sent: [],
    settings: null,
    speed: null,
    status: "paused",
    terminated: false,
    send(message) {
      fake.sent.push(message);
      follow(message);
    },
    listen(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    terminate() {
      fake.terminated = true;
    },
    commands: () => fake.sent.filter((m) => m.type !== "frameDone"),
    lastCommand: () => fake.commands().at(-1),
    emit(message) {
      act(() => {
        for (const handler of handlers) handler(message);
      });
    },
    emitFrame(overrides = {}) {
      const handled = fake.commands().length;
      const frame = makeFrame({ handled, status: fake.status, ...overrides });
      if (frame.handled === handled) fake.status = frame.status;
      fake.emit(frame);
      return frame;
    },
    fail(message = "the training worker stopped") {
      fake.status = "paused";
      fake.emit({ type: "error", message });
    },
  };
  return fake;
}
