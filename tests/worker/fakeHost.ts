/**
 * A TrainerHost for tests: records posts and runs scheduled tasks on demand. Its clock is the real one
 * plus whatever delays the scheduled tasks asked for, which it skips instead of waiting.
 */

import type { Frame, FromWorker } from "../../src/worker/protocol.ts";
import type { TrainerHost } from "../../src/worker/trainer.ts";

export class FakeHost implements TrainerHost {
  posted: FromWorker[] = [];
  private tasks: { at: number; task: () => void }[] = [];
  /** Milliseconds skipped so far. */
  private skipped = 0;

  get time(): number {
    return performance.now() + this.skipped;
  }

  post(message: FromWorker): void {
    this.posted.push(message);
  }
  now(): number {
    return this.time;
  }
  schedule(task: () => void, delayMs: number): void {
    this.tasks.push({ at: this.time + delayMs, task });
  }
  /** Run due tasks (advancing the clock to each) until none is left or `limit` tasks have run. */
  run(limit = 1000): void {
    for (let i = 0; i < limit && this.tasks.length > 0; i++) {
      this.tasks.sort((a, b) => a.at - b.at);
      const next = this.tasks.shift();
      if (!next) return;
      this.skipped += Math.max(0, next.at - this.time);
      next.task();
    }
  }
  frames(): Frame[] {
    return this.posted.filter((m): m is Frame => m.type === "frame");
  }
  lastFrame(): Frame {
    const frames = this.frames();
    if (frames.length === 0) throw new Error("no frame posted");
    return frames[frames.length - 1];
  }
}
