/**
 * The page's handle on the training worker. This is the only place that constructs the Worker;
 * tests give the store a fake TrainerClient instead.
 */
import type { FromWorker, ToWorker } from "./protocol.ts";

export interface TrainerClient {
  send(message: ToWorker, transfer?: Transferable[]): void;
  /** Receive every message from the worker; returns a function that stops listening. */
  listen(handler: (message: FromWorker) => void): () => void;
  terminate(): void;
}

/**
 * A failure the worker could not report itself (its script did not load, or threw past the trainer), as
 * the detail the page words around ("…after an error in the trainer (the worker stopped: …)").
 */
function workerFailure(detail: string): string {
  return detail ? `the worker stopped: ${detail}` : "the worker stopped";
}

/** Start the training worker. */
export function createWorkerClient(): TrainerClient {
  const worker = new Worker(new URL("./trainer.worker.ts", import.meta.url), { type: "module" });
  return {
    send: (message, transfer = []) => worker.postMessage(message, transfer),
    listen(handler) {
      const onMessage = (event: MessageEvent<FromWorker>) => handler(event.data);
      const onError = (event: ErrorEvent) => {
        event.preventDefault();
        handler({ type: "error", message: workerFailure(event.message) });
      };
      worker.addEventListener("message", onMessage);
      worker.addEventListener("error", onError);
      return () => {
        worker.removeEventListener("message", onMessage);
        worker.removeEventListener("error", onError);
      };
    },
    terminate: () => worker.terminate(),
  };
}
