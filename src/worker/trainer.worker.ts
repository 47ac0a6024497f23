/// <reference lib="webworker" />
/**
 * The worker's entry: a thin adapter that hands every message to the Trainer and lets it post back. The
 * Trainer catches and reports its own failures, so nothing here needs guarding. "As soon as possible"
 * tasks go through a MessageChannel, which, unlike setTimeout(0), is not clamped to 4 ms when nested.
 */
import type { FromWorker, ToWorker } from "./protocol.ts";
import { Trainer } from "./trainer.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;

const soon = new MessageChannel();
const queue: (() => void)[] = [];
soon.port1.onmessage = () => queue.shift()?.();

const trainer = new Trainer({
  post: (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer),
  now: () => performance.now(),
  schedule: (task, delayMs) => {
    if (delayMs > 0) {
      setTimeout(task, delayMs);
      return;
    }
    queue.push(task);
    soon.port2.postMessage(null);
  },
});

scope.onmessage = (event: MessageEvent<ToWorker>) => trainer.handle(event.data);
