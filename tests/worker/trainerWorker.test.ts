/**
 * The worker's entry file, run in node inside a fake worker scope: a fake `self` that records posts, a
 * MessageChannel whose messages the test delivers, and fake timers and performance.now().
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import type { Frame, FromWorker, ToWorker } from "../../src/worker/protocol.ts";

class FakeScope {
  posts: { message: FromWorker; transfer: Transferable[] }[] = [];
  onmessage: ((event: { data: ToWorker }) => void) | null = null;
  postMessage(message: FromWorker, transfer: Transferable[] = []): void {
    this.posts.push({ message, transfer });
  }
  send(data: ToWorker): void {
    this.onmessage?.({ data });
  }
  frames(): Frame[] {
    return this.posts.flatMap(({ message }) => (message.type === "frame" ? [message] : []));
  }
  errors(): string[] {
    return this.posts.flatMap(({ message }) => (message.type === "error" ? [message.message] : []));
  }
}

/** Messages posted on either port, waiting for the test to deliver them. */
const channelQueue: (() => void)[] = [];

class FakePort {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  other: FakePort | null = null;
  postMessage(data: unknown): void {
    channelQueue.push(() => this.other?.onmessage?.({ data }));
  }
}

class FakeMessageChannel {
  port1 = new FakePort();
  port2 = new FakePort();
  constructor() {
    this.port1.other = this.port2;
    this.port2.other = this.port1;
  }
}

/** Deliver channel messages until none are left (each may queue more); `limit` keeps a bug from hanging. */
function deliver(limit = 1000): void {
  for (let i = 0; i < limit && channelQueue.length > 0; i++) channelQueue.shift()?.();
}

let scope: FakeScope;

beforeEach(async () => {
  channelQueue.length = 0;
  scope = new FakeScope();
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
  vi.stubGlobal("self", scope);
  vi.stubGlobal("MessageChannel", FakeMessageChannel);
  vi.resetModules();
  await import("../../src/worker/trainer.worker.ts");
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the worker's entry", () => {
  it("listens on its scope and answers settings with the data set and a first frame", () => {
    expect(scope.onmessage).toBeTypeOf("function");
    scope.send({ type: "configure", settings: DEFAULT_SETTINGS });
    expect(scope.posts).toHaveLength(0); // settings are built on the next turn, after queued messages
    deliver();
    expect(scope.posts.map((p) => p.message.type)).toEqual(["data", "frame"]);
    const frame = scope.frames()[0];
    expect(frame).toMatchObject({ status: "paused", epoch: 0, handled: 1 });
    // Big arrays are transferred, not copied.
    const maps = frame.unitMaps;
    expect(scope.posts[1].transfer).toEqual([
      frame.grid.buffer,
      frame.gradient.buffer,
      maps?.values.buffer,
      maps?.scale.buffer,
    ]);
    expect(scope.posts[0].transfer).toHaveLength(4);
  });

  it("trains on its timers while playing, at the chosen speed", () => {
    scope.send({ type: "speed", speed: 10 });
    scope.send({ type: "configure", settings: DEFAULT_SETTINGS });
    deliver();
    scope.send({ type: "play" });
    for (let ms = 0; ms < 2000; ms += 10) {
      scope.send({ type: "frameDone" });
      deliver();
      vi.advanceTimersByTime(10);
    }
    const last = scope.frames().at(-1);
    expect(last?.status).toBe("running");
    // 10 epochs/s for 2 s
    expect(last?.epoch).toBeGreaterThanOrEqual(19);
    expect(last?.epoch).toBeLessThanOrEqual(21);
  });

  it("posts a failure as an error message, and keeps working", () => {
    scope.send({ type: "configure", settings: DEFAULT_SETTINGS });
    deliver();
    const broken = { ...DEFAULT_SETTINGS, dataset: "no-such-set" as "moons" };
    expect(() => {
      scope.send({ type: "configure", settings: broken });
      deliver();
    }).not.toThrow();
    expect(scope.errors()).toHaveLength(1);
    scope.send({ type: "step" });
    scope.send({ type: "frameDone" });
    scope.send({ type: "frameDone" });
    expect(scope.frames().at(-1)).toMatchObject({ epoch: 1, updates: 1 });
  });
});
