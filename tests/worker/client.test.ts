/** The page's handle on the worker, with a fake global Worker standing in for the browser's. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import { createWorkerClient } from "../../src/worker/client.ts";
import type { FromWorker } from "../../src/worker/protocol.ts";

type Listener = (event: unknown) => void;

class FakeWorker {
  static made: FakeWorker[] = [];
  posted: { message: unknown; transfer: Transferable[] }[] = [];
  listeners = new Map<string, Set<Listener>>();
  terminated = false;

  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown, transfer: Transferable[]): void {
    this.posted.push({ message, transfer });
  }
  addEventListener(type: string, listener: Listener): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)?.add(listener);
  }
  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
  dispatch(type: string, event: unknown): void {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

/** What the browser hands an error listener when a worker's script throws. */
function errorEvent(message: string) {
  return { message, preventDefault: vi.fn() };
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal("Worker", FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the worker client", () => {
  it("starts one module worker from the trainer's entry file", () => {
    createWorkerClient();
    expect(FakeWorker.made).toHaveLength(1);
    const [worker] = FakeWorker.made;
    expect(worker.url.pathname).toMatch(/\/src\/worker\/trainer\.worker\.ts$/);
    expect(worker.options).toEqual({ type: "module" });
  });

  it("sends messages with their transfer lists", () => {
    const client = createWorkerClient();
    const grid = new Float32Array(4);
    client.send({ type: "configure", settings: DEFAULT_SETTINGS });
    client.send({ type: "frameDone", grid }, [grid.buffer]);
    expect(FakeWorker.made[0].posted).toEqual([
      { message: { type: "configure", settings: DEFAULT_SETTINGS }, transfer: [] },
      { message: { type: "frameDone", grid }, transfer: [grid.buffer] },
    ]);
  });

  it("hands every message from the worker to the listener, until it stops listening", () => {
    const client = createWorkerClient();
    const received: FromWorker[] = [];
    const stop = client.listen((message) => received.push(message));
    const worker = FakeWorker.made[0];
    worker.dispatch("message", { data: { type: "error", message: "first" } });
    stop();
    worker.dispatch("message", { data: { type: "error", message: "second" } });
    worker.dispatch("error", errorEvent("third"));
    expect(received).toEqual([{ type: "error", message: "first" }]);
  });

  it("turns a crash of the worker into an error message, and keeps the browser from reporting it too", () => {
    const client = createWorkerClient();
    const received: FromWorker[] = [];
    client.listen((message) => received.push(message));
    const crash = errorEvent("Uncaught RangeError: out of memory");
    const silent = errorEvent("");
    FakeWorker.made[0].dispatch("error", crash);
    FakeWorker.made[0].dispatch("error", silent);
    expect(crash.preventDefault).toHaveBeenCalledOnce();
    expect(silent.preventDefault).toHaveBeenCalledOnce();
    expect(received).toEqual([
      { type: "error", message: "the worker stopped: Uncaught RangeError: out of memory" },
      { type: "error", message: "the worker stopped" },
    ]);
  });

  it("terminates the worker", () => {
    createWorkerClient().terminate();
    expect(FakeWorker.made[0].terminated).toBe(true);
  });
});
