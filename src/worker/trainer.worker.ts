/// <reference lib="webworker" />
/**
 * The worker's entry: a thin adapter that hands every message to the Trainer and lets it post back.
 * "As soon as possible" tasks go through a MessageChannel, which, unlike setTimeout(0), is not
 * clamped to 4 ms when nested.
 */
import type { FromWorker, ToWorker } from "./protocol.ts";
import { Trainer } from "./trainer.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Run a task, reporting a failure to the page instead of dying silently. */
function guarded(task: () => void): void {
  try {
    task();
  } catch (error) {
    scope.postMessage({ type: "error", message: String(error) } satisfies FromWorker);
  }
}

const soon = new MessageChannel();
const queue: (() => void)[] = [];
soon.port1.onmessage = () => {
  const task = queue.shift();
  if (task) guarded(task);
};

const trainer = new Trainer({
  post: (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer),
  now: () => performance.now(),
  schedule: (task, delayMs) => {
    if (delayMs > 0) {
      setTimeout(() => guarded(task), delayMs);
      return;
    }
    queue.push(task);
    soon.port2.postMessage(null);
  },
});

scope.onmessage = (event: MessageEvent<ToWorker>) => guarded(() => trainer.handle(event.data));
