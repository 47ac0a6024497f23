import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import type { Frame } from "../../src/worker/protocol.ts";
import { FakeClient } from "../fakes/fakeClient.ts";
import { makeFrame } from "../fakes/frames.ts";

/** On load the store sends configure and speed: a frame with handled = 2 reflects them both. */
const LOADED = 2;

function frame(over: Partial<Frame>): Frame {
  return makeFrame({ handled: LOADED, ...over });
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

/** A run that diverged while playing, every command handled. */
function divergedSetup() {
  const setupResult = setup();
  const { client, store } = setupResult;
  store.getState().play();
  client.emit(frame({ status: "running", handled: LOADED + 1, epoch: 5 }));
  client.emit(frame({ status: "diverged", handled: LOADED + 1, epoch: 9 }));
  expect(store.getState().status).toBe("diverged");
  return setupResult;
}

describe("the playground store", () => {
  it("starts the worker with the settings and the speed the link asked for", () => {
    const { client, store } = setup("#hidden=7&speed=max");
    expect(client.sent).toEqual([
      { type: "configure", settings: { ...DEFAULT_SETTINGS, hiddenUnits: 7 } },
      { type: "speed", speed: "max" },
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
    client.emit(frame({ status: "paused", handled: LOADED }));
    expect(store.getState().status).toBe("running");
    client.emit(frame({ status: "running", handled: LOADED + 1 }));
    store.getState().pause();
    client.emit(frame({ status: "running", handled: LOADED + 1 }));
    expect(store.getState().status).toBe("paused");
    client.emit(frame({ status: "paused", handled: LOADED + 2 }));
    expect(store.getState().status).toBe("paused");
  });

  it("shows a divergence once the worker has handled every command, and then ignores Play and Step", () => {
    const { client, store } = divergedSetup();
    store.getState().play();
    store.getState().step();
    expect(client.types()).toEqual(["configure", "speed", "play"]);
  });

  it("lets Reset then Play at once run, even when a late diverged frame arrives in between", () => {
    const { client, store } = divergedSetup();
    store.getState().reset();
    store.getState().play();
    expect(client.types().slice(-2)).toEqual(["reset", "play"]);
    expect(store.getState().status).toBe("running");
    // Made before the worker saw Reset and Play: it speaks of the old run, not of what the user chose.
    client.emit(frame({ status: "diverged", handled: LOADED + 1, epoch: 10 }));
    expect(store.getState().status).toBe("running");
    store.getState().togglePlay();
    expect(client.types().at(-1)).toBe("pause");
    store.getState().togglePlay();
    expect(client.types().at(-1)).toBe("play");
    client.emit(frame({ status: "running", handled: LOADED + 5, runId: 2, epoch: 3 }));
    expect(store.getState().status).toBe("running");
  });

  it("records the loss curve per run and starts a new one with a fresh network", () => {
    const { client, store } = setup();
    for (let epoch = 0; epoch < 5; epoch++) client.emit(frame({ epoch, trainLoss: 1 / (epoch + 1) }));
    expect(store.getState().history.count).toBe(5);
    client.emit(frame({ runId: 2, epoch: 0 }));
    expect(store.getState().history.count).toBe(1);
  });

  it("sends a setting only when it changes, as configure without the speed", () => {
    const { client, store } = setup();
    store.getState().setSetting("hiddenUnits", 3);
    expect(client.commands()).toHaveLength(LOADED);
    store.getState().setSetting("learningRate", 0.1);
    expect(client.commands().slice(LOADED)).toEqual([
      { type: "configure", settings: { ...DEFAULT_SETTINGS, learningRate: 0.1 } },
    ]);
  });

  it("sends a speed change as a speed message alone, only when it changes", () => {
    const { client, store } = setup();
    store.getState().setSpeed(500);
    store.getState().setSpeed(5);
    store.getState().setSpeed("max");
    expect(client.commands().slice(LOADED)).toEqual([
      { type: "speed", speed: 5 },
      { type: "speed", speed: "max" },
    ]);
    expect(store.getState().speed).toBe("max");
  });

  it("keeps a diverged run diverged when only the speed changes", () => {
    const { client, store } = divergedSetup();
    store.getState().setSpeed(50);
    expect(store.getState().status).toBe("diverged");
    expect(client.commands().slice(LOADED + 1)).toEqual([{ type: "speed", speed: 50 }]);
  });

  it("turns a worker failure into a message and pauses", () => {
    const { client, store } = setup();
    store.getState().play();
    client.emit({ type: "error", message: "out of memory" });
    expect(store.getState()).toMatchObject({ error: "out of memory", status: "paused" });
  });

  it("after a worker failure, sends play on the next Play even if a frame still says running", () => {
    const { client, store } = setup();
    store.getState().play();
    client.emit(frame({ status: "running", handled: LOADED + 1, epoch: 7 }));
    client.emit({ type: "error", message: "out of memory" });
    // The frame that was already on its way, from a trainer that still believed it was playing.
    client.emit(frame({ status: "running", handled: LOADED + 1, epoch: 8 }));
    expect(store.getState()).toMatchObject({ status: "paused", error: "out of memory" });
    store.getState().togglePlay();
    expect(client.commands().at(-1)).toEqual({ type: "play" });
    expect(store.getState().status).toBe("running");
  });

  it("clears the failure once a frame made after the user's next command arrives", () => {
    const { client, store } = setup();
    client.emit({ type: "error", message: "out of memory" });
    client.emit(frame({ status: "paused", handled: LOADED }));
    expect(store.getState().error).toBe("out of memory");
    store.getState().play();
    client.emit(frame({ status: "paused", handled: LOADED }));
    expect(store.getState().error).toBe("out of memory");
    client.emit(frame({ status: "running", handled: LOADED + 1, epoch: 1 }));
    expect(store.getState()).toMatchObject({ error: null, status: "running" });
  });
});

describe("the store applying a hash edited by hand", () => {
  it("replaces the settings, the speed and the notices, with one configure and one speed message", () => {
    const { client, store } = setup("#foo=1");
    expect(store.getState().notices).toHaveLength(1);
    store.getState().applyHash(parseHash("#hidden=9&lr=0.5&speed=20&bar=2&baz=3"));
    expect(store.getState()).toMatchObject({
      settings: { ...DEFAULT_SETTINGS, hiddenUnits: 9, learningRate: 0.5 },
      speed: 20,
      notices: [
        { key: "notices.url.unknownKey", params: { part: "bar=2", key: "bar" } },
        { key: "notices.url.unknownKey", params: { part: "baz=3", key: "baz" } },
      ],
    });
    expect(client.commands().slice(LOADED)).toEqual([
      { type: "configure", settings: { ...DEFAULT_SETTINGS, hiddenUnits: 9, learningRate: 0.5 } },
      { type: "speed", speed: 20 },
    ]);
  });

  it("turns a diverged run paused when the settings change, as the worker starts it fresh", () => {
    const { client, store } = divergedSetup();
    store.getState().applyHash(parseHash("#lr=0.001"));
    expect(store.getState().status).toBe("paused");
    expect(client.types().slice(LOADED + 1)).toEqual(["configure"]);
  });

  it("sends nothing and keeps a divergence when the hash asks for what is already in force", () => {
    const { client, store } = divergedSetup();
    store.getState().applyHash(parseHash("#hidden=3&speed=500"));
    expect(store.getState().status).toBe("diverged");
    expect(store.getState().notices).toEqual([]);
    expect(client.commands()).toHaveLength(LOADED + 1);
  });
});

describe("inside the network: masks, edited weights and the explained weight", () => {
  it("sends the link's masked units after the settings, so the first network trains without them", () => {
    const { client, store } = setup("#hidden=5&mask=2,4");
    expect(client.types()).toEqual(["configure", "speed", "mask"]);
    expect(client.commands()[2]).toEqual({ type: "mask", units: [2, 4] });
    expect(store.getState().masked).toEqual([2, 4]);
  });

  it("switches a unit off and on again, and ignores units the network does not have", () => {
    const { client, store } = setup("#hidden=3");
    store.getState().toggleMask(3);
    store.getState().toggleMask(1);
    expect(store.getState().masked).toEqual([1, 3]);
    store.getState().toggleMask(3);
    store.getState().toggleMask(4);
    store.getState().toggleMask(0);
    expect(store.getState().masked).toEqual([1]);
    expect(client.commands().filter((m) => m.type === "mask")).toEqual([
      { type: "mask", units: [3] },
      { type: "mask", units: [1, 3] },
      { type: "mask", units: [1] },
    ]);
  });

  it("forgets masked and focused units beyond a smaller hidden layer", () => {
    const { store } = setup("#hidden=5&mask=1,5");
    store.getState().setFocusUnit(4);
    store.getState().setSetting("hiddenUnits", 3);
    expect(store.getState().masked).toEqual([1]);
    expect(store.getState().focusUnit).toBeNull();
  });

  it("passes edited weights to the worker and leaves the run's status alone", () => {
    const { client, store } = setup();
    store.getState().setWeights([{ name: "w-1-2", value: 0.5 }]);
    store.getState().setWeights([]);
    expect(client.commands().at(-1)).toEqual({ type: "setWeights", values: [{ name: "w-1-2", value: 0.5 }] });
    expect(client.types().filter((t) => t === "setWeights")).toHaveLength(1);
    expect(store.getState().status).toBe("paused");
  });

  it("asks the worker to explain a weight once, and to stop", () => {
    const { client, store } = setup();
    store.getState().setExplain({ weight: "u-2-1", example: 4 });
    store.getState().setExplain({ weight: "u-2-1", example: 4 });
    store.getState().setExplain(null);
    expect(client.commands().filter((m) => m.type === "explain")).toEqual([
      { type: "explain", target: { weight: "u-2-1", example: 4 } },
      { type: "explain", target: null },
    ]);
  });
});

describe("the stop epoch (until)", () => {
  it("sends the link's stop epoch after the settings and the speed, and nothing when the link has none", () => {
    const { client, store } = setup("#until=20000");
    expect(client.commands()).toEqual([
      { type: "configure", settings: DEFAULT_SETTINGS },
      { type: "speed", speed: 500 },
      { type: "until", epoch: 20_000 },
    ]);
    expect(store.getState().until).toBe(20_000);
    expect(setup().client.types()).toEqual(["configure", "speed"]);
  });

  it("sends a new stop epoch once, clears it with null, and ignores one the link would refuse", () => {
    const { client, store } = setup();
    store.getState().setUntil(300);
    store.getState().setUntil(300);
    store.getState().setUntil(null);
    for (const bad of [0, -1, 2.5, 1e9, Number.NaN]) store.getState().setUntil(bad);
    expect(client.commands().slice(LOADED)).toEqual([
      { type: "until", epoch: 300 },
      { type: "until", epoch: null },
    ]);
    expect(store.getState().until).toBeNull();
  });

  it("takes the stop epoch from a hash edited by hand, sending it only when it changes", () => {
    const { client, store } = setup("#until=100");
    store.getState().applyHash(parseHash("#until=100"));
    store.getState().applyHash(parseHash("#until=250"));
    store.getState().applyHash(parseHash(""));
    expect(client.commands().slice(LOADED + 1)).toEqual([
      { type: "until", epoch: 250 },
      { type: "until", epoch: null },
    ]);
    expect(store.getState().until).toBeNull();
  });

  it("shows paused when the worker stops at the stop epoch", () => {
    const { client, store } = setup("#until=300");
    store.getState().play();
    client.emit(frame({ status: "running", handled: LOADED + 2, epoch: 120 }));
    expect(store.getState().status).toBe("running");
    client.emit(frame({ status: "paused", handled: LOADED + 2, epoch: 300, stoppedAt: 300 }));
    expect(store.getState()).toMatchObject({ status: "paused", frame: { epoch: 300, stoppedAt: 300 } });
  });

  it("does not show running for a Play at the stop epoch, but still asks the worker (it says why it stays)", () => {
    const { client, store } = setup("#until=300");
    client.emit(frame({ status: "paused", handled: LOADED + 1, epoch: 300, stoppedAt: 300 }));
    store.getState().togglePlay();
    expect(client.types().at(-1)).toBe("play");
    expect(store.getState().status).toBe("paused");
    // Raised: Play runs again.
    store.getState().setUntil(400);
    client.emit(frame({ status: "paused", handled: LOADED + 3, epoch: 300, stoppedAt: null }));
    store.getState().play();
    expect(store.getState().status).toBe("running");
  });

  it("shows running at once for a Play after Reset, though the last frame was at the stop epoch", () => {
    const { client, store } = setup("#until=300");
    client.emit(frame({ status: "paused", handled: LOADED + 1, epoch: 300, stoppedAt: 300 }));
    store.getState().reset();
    store.getState().play();
    expect(store.getState().status).toBe("running");
    expect(client.types().slice(-2)).toEqual(["reset", "play"]);
  });
});
