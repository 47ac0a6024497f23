import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import type { TrainerClient } from "../../src/worker/client.ts";
import type { Frame, FromWorker, ToWorker } from "../../src/worker/protocol.ts";
import { makeFrame } from "../fakes/frames.ts";

class FakeClient implements TrainerClient {
  sent: ToWorker[] = [];
  private handler: (m: FromWorker) => void = () => {};
  send(message: ToWorker) {
    this.sent.push(message);
  }
  listen(handler: (m: FromWorker) => void) {
    this.handler = handler;
    return () => {};
  }
  terminate() {}
  emit(message: FromWorker) {
    this.handler(message);
  }
  commands() {
    return this.sent.filter((m) => m.type !== "frameDone").map((m) => m.type);
  }
}

function frame(over: Partial<Frame>): Frame {
  return makeFrame({ handled: 1, ...over });
}

function setup(hash = "") {
  const client = new FakeClient();
  const paints: (() => void)[] = [];
  const store = createPlaygroundStore(client, parseHash(hash), (task) => paints.push(task));
  const paint = () => {
    for (const task of paints.splice(0)) task();
  };
  return { client, store, paint };
}

describe("the playground store", () => {
  it("starts the worker with the settings the link asked for", () => {
    const { client, store } = setup("#hidden=7&speed=max");
    expect(client.sent).toEqual([
      { type: "configure", settings: { ...DEFAULT_SETTINGS, hiddenUnits: 7 }, speed: "max" },
    ]);
    expect(store.getState().status).toBe("paused");
  });

  it("acknowledges each frame after the page has painted, handing back the grid it no longer shows", () => {
    const { client, store, paint } = setup();
    const first = frame({ epoch: 1 });
    client.emit(first);
    expect(client.sent.filter((m) => m.type === "frameDone")).toHaveLength(0);
    paint();
    expect(client.sent.at(-1)).toEqual({ type: "frameDone", grid: undefined });
    client.emit(frame({ epoch: 2 }));
    paint();
    expect(client.sent.at(-1)).toEqual({ type: "frameDone", grid: first.grid });
    expect(store.getState().frame?.epoch).toBe(2);
  });

  it("keeps the status the user chose until the worker has seen the command", () => {
    const { client, store } = setup();
    store.getState().play();
    expect(store.getState().status).toBe("running");
    client.emit(frame({ status: "paused", handled: 1 }));
    expect(store.getState().status).toBe("running");
    client.emit(frame({ status: "running", handled: 2 }));
    store.getState().pause();
    client.emit(frame({ status: "running", handled: 2 }));
    expect(store.getState().status).toBe("paused");
    client.emit(frame({ status: "paused", handled: 3 }));
    expect(store.getState().status).toBe("paused");
  });

  it("always shows a divergence, even from a frame older than the last command", () => {
    const { client, store } = setup();
    store.getState().play();
    client.emit(frame({ status: "diverged", handled: 1 }));
    expect(store.getState().status).toBe("diverged");
    store.getState().play();
    expect(client.commands()).toEqual(["configure", "play"]);
  });

  it("records the loss curve per run and starts a new one with a fresh network", () => {
    const { client, store } = setup();
    for (let epoch = 0; epoch < 5; epoch++) client.emit(frame({ epoch, trainLoss: 1 / (epoch + 1) }));
    expect(store.getState().history.count).toBe(5);
    client.emit(frame({ runId: 2, epoch: 0 }));
    expect(store.getState().history.count).toBe(1);
  });

  it("sends a setting only when it changes, and the speed with the settings", () => {
    const { client, store } = setup();
    store.getState().setSetting("hiddenUnits", 3);
    expect(client.sent).toHaveLength(1);
    store.getState().setSetting("learningRate", 0.1);
    store.getState().setSpeed(5);
    expect(client.sent.slice(1)).toEqual([
      { type: "configure", settings: { ...DEFAULT_SETTINGS, learningRate: 0.1 }, speed: 500 },
      { type: "configure", settings: { ...DEFAULT_SETTINGS, learningRate: 0.1 }, speed: 5 },
    ]);
  });

  it("turns a worker failure into a message and pauses", () => {
    const { client, store } = setup();
    store.getState().play();
    client.emit({ type: "error", message: "out of memory" });
    expect(store.getState()).toMatchObject({ error: "out of memory", status: "paused" });
  });
});
