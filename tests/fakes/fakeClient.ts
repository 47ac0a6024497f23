/** A TrainerClient that records what the store sends and lets a test post as the worker would. */
import type { TrainerClient } from "../../src/worker/client.ts";
import type { FromWorker, ToWorker } from "../../src/worker/protocol.ts";

export class FakeClient implements TrainerClient {
  sent: ToWorker[] = [];
  terminated = false;
  private handler: (m: FromWorker) => void = () => {};
  send(message: ToWorker) {
    this.sent.push(message);
  }
  listen(handler: (m: FromWorker) => void) {
    this.handler = handler;
    return () => {};
  }
  terminate() {
    this.terminated = true;
  }
  emit(message: FromWorker) {
    this.handler(message);
  }
  /** Commands as the worker counts them in `handled` (frameDone aside). */
  commands() {
    return this.sent.filter((m) => m.type !== "frameDone");
  }
  types() {
    return this.commands().map((m) => m.type);
  }
}
