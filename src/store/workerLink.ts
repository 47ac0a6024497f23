/**
 * The store's side of one training worker: the commands sent to it, counted as the worker counts them in
 * `handled`, so a frame can be told to reflect every command the user gave (and may then say what the
 * run's status is) or to come from before the latest one (and may not undo it: a late "running" after
 * Pause, a late "diverged" after Reset).
 */
import type { TrainerClient } from "../worker/client.ts";
import type { RunStatus, ToWorker } from "../worker/protocol.ts";

export class WorkerLink {
  /** Commands sent (every message but frameDone). */
  private sent = 0;
  /** A frame speaks for the status only if its `handled` is at least this. */
  private speaksFrom = 0;
  /** The status the latest frame that could speak gave (compare view: this worker's panels). */
  status: RunStatus = "paused";
  /** The compare panels this worker trains, by id, in order. */
  panelIds: string[] = [];
  /** Its latest panels frame's playing time, ms. */
  playingMs = 0;

  constructor(readonly client: TrainerClient) {}

  /** Send a command. */
  command(message: ToWorker): void {
    this.sent++;
    this.speaksFrom = Math.max(this.speaksFrom, this.sent);
    this.client.send(message);
  }

  /** The page has drawn this worker's last frame; `grid` goes back for reuse. */
  frameDone(grid: Float32Array | null): void {
    this.client.send({ type: "frameDone", grid: grid ?? undefined }, grid ? [grid.buffer] : []);
  }

  /** Whether a frame that had handled this many commands reflects every command sent. */
  reflectsAll(handled: number): boolean {
    return handled >= this.sent;
  }

  /** Whether a frame that had handled this many commands may say what the status is. */
  speaks(handled: number): boolean {
    return handled >= this.speaksFrom;
  }

  /**
   * The worker failed and stopped: until it has handled a command given after this, no frame may put
   * "running" back, so the next Play sends play.
   */
  failed(): void {
    this.speaksFrom = this.sent + 1;
    this.status = "paused";
  }
}
