/**
 * A TrainerHost for tests: records posts and runs scheduled tasks on demand, on a clock that is wholly
 * virtual. Time moves only when a task scheduled for later is run (the clock jumps to it), when `now()`
 * is called (each call costs `msPerNow`, standing in for the work done between two looks at the clock)
 * or when a test calls `advance`. So the same test gives the same result on any machine, at any load.
 */

import type { Frame, FromWorker } from "../../src/worker/protocol.ts";
import type { TrainerHost } from "../../src/worker/trainer.ts";

export class FakeHost implements TrainerHost {
  posted: FromWorker[] = [];
  /** Errors that escaped a task (the trainer is meant to catch its own). */
  uncaught: unknown[] = [];
  /** The virtual time, in ms. */
  time = 0;
  private tasks: { at: number; task: () => void }[] = [];
  private failures: Error[] = [];

  /** `msPerNow`: how far each call of now() moves the clock. */
  constructor(readonly msPerNow = 1) {}

  post(message: FromWorker): void {
    this.posted.push(message);
  }
  now(): number {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.time += this.msPerNow;
    return this.time;
  }
  schedule(task: () => void, delayMs: number): void {
    this.tasks.push({ at: this.time + delayMs, task });
  }
  /** Move the clock on, as a stall of the machine would. */
  advance(ms: number): void {
    this.time += ms;
  }
  /** Make the next call of now() throw `error`. */
  failNextNow(error: Error): void {
    this.failures.push(error);
  }
  /** Tasks waiting to run. */
  get pending(): number {
    return this.tasks.length;
  }
  /** Run due tasks, earliest first (advancing the clock to each), until none is left or `limit` have run. */
  run(limit = 1000): void {
    for (let i = 0; i < limit && this.tasks.length > 0; i++) {
      // Stable: tasks due at the same time run in the order they were scheduled.
      this.tasks.sort((a, b) => a.at - b.at);
      const next = this.tasks.shift();
      if (!next) return;
      this.time = Math.max(this.time, next.at);
      try {
        next.task();
      } catch (error) {
        this.uncaught.push(error);
      }
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
  errors(): string[] {
    return this.posted.flatMap((m) => (m.type === "error" ? [m.message] : []));
  }
}
