import { describe, expect, it } from "vitest";
import { concatPoints, pointsFromRows, samePoints } from "../../src/data/points.ts";
import type { Dataset } from "../../src/engine/datasets.ts";
import { runData } from "../../src/engine/run.ts";
import { DEFAULT_SETTINGS } from "../../src/settings/schema.ts";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import { hashOf } from "../../src/store/urlSync.ts";
import type { DataMessage, ToWorker } from "../../src/worker/protocol.ts";
import { FakeClient } from "../fakes/fakeClient.ts";

const rows = (d: Dataset) => Array.from({ length: d.n }, (_, i) => [d.x[2 * i], d.x[2 * i + 1], d.t[i]]);

/** The page on a link, with the worker's data message for the data set it asked for already shown. */
function setup(hash = "#dataset=moons&samples=200&test=0.2") {
  const client = new FakeClient();
  const state = parseHash(hash);
  const store = createPlaygroundStore(client, state, (task) => task());
  const split = runData(state.settings);
  const data: DataMessage = {
    type: "data",
    dataId: 1,
    train: { x: split.train.x, t: split.train.t },
    test: { x: split.test.x, t: split.test.t },
    domain: { x1Min: -2, x1Max: 3, x2Min: -2.5, x2Max: 2.5 },
  };
  client.emit(data);
  const moons = concatPoints(split.train, split.test);
  return { client, store, moons };
}

/** The points of the last configure sent to the worker (null: none sent with it). */
function lastConfigured(client: FakeClient): { dataset: string; points: Dataset | null } {
  const configure = client.sent
    .filter((m): m is Extract<ToWorker, { type: "configure" }> => m.type === "configure")
    .at(-1);
  if (!configure) throw new Error("no configure sent");
  return { dataset: configure.settings.dataset, points: configure.points ?? null };
}

describe("the store's own data", () => {
  it("starts the custom data set from the 200 moons on screen plus the clicked point, and tells the worker", () => {
    const { client, store, moons } = setup();
    expect(moons.n).toBe(200);
    store.getState().addPoint(0.5, -0.25, 1);
    const s = store.getState();
    expect(s.settings.dataset).toBe("custom");
    expect(s.points?.n).toBe(201);
    expect(rows(s.points as Dataset)).toEqual([...rows(moons), [0.5, -0.25, 1]]);
    const sent = lastConfigured(client);
    expect(sent.dataset).toBe("custom");
    expect(samePoints(sent.points, s.points)).toBe(true);
  });

  it("adds the next points to its own, not to the moons again", () => {
    const { store } = setup();
    store.getState().addPoint(0.5, -0.25, 1);
    store.getState().addPoint(0.1, 0.2, 0);
    expect(store.getState().points?.n).toBe(202);
  });

  it("removes the point nearest a click within the radius, and nothing farther", () => {
    const { client, store, moons } = setup();
    store.getState().addPoint(2.9, 2.4, 0); // a corner far from every moon
    expect(store.getState().removePointNear(2.8, 2.3, 0.05)).toBe(false);
    expect(store.getState().points?.n).toBe(201);
    expect(store.getState().removePointNear(2.85, 2.38, 0.1)).toBe(true);
    expect(samePoints(store.getState().points, moons)).toBe(true);
    expect(samePoints(lastConfigured(client).points, moons)).toBe(true);
  });

  it("clears every point, and Undo brings back the moons it replaced", () => {
    const { client, store } = setup();
    store.getState().clearPoints();
    expect(store.getState().points?.n).toBe(0);
    expect(lastConfigured(client)).toEqual({ dataset: "custom", points: expect.objectContaining({ n: 0 }) });
    store.getState().undoPoints();
    expect(store.getState().settings.dataset).toBe("moons");
    expect(lastConfigured(client).dataset).toBe("moons");
    expect(store.getState().pointsUndo).toBeNull();
  });

  it("clears the user's own points, and Undo brings the same points back", () => {
    const { store } = setup();
    store.getState().addPoint(0, 0, 0);
    const mine = store.getState().points;
    store.getState().clearPoints();
    store.getState().undoPoints();
    expect(store.getState().settings.dataset).toBe("custom");
    expect(samePoints(store.getState().points, mine)).toBe(true);
  });

  it("replaces the points with an imported file's, and Undo brings the old ones back", () => {
    const { client, store } = setup();
    store.getState().addPoint(0, 0, 0);
    const mine = store.getState().points;
    const file = pointsFromRows([
      [1, 1, 0],
      [-1, -1, 1],
    ]);
    store.getState().setPoints(file);
    expect(samePoints(store.getState().points, file)).toBe(true);
    expect(samePoints(lastConfigured(client).points, file)).toBe(true);
    store.getState().undoPoints();
    expect(samePoints(store.getState().points, mine)).toBe(true);
    expect(samePoints(lastConfigured(client).points, mine)).toBe(true);
  });

  it("keeps the points in the link, and the link read back gives the same points and settings", () => {
    const { store } = setup("#dataset=moons&samples=200&test=0.2&hidden=5&lr=0.03");
    store.getState().addPoint(0.1234, -0.9876, 1);
    const hash = hashOf(store.getState());
    expect(hash).toMatch(/dataset=custom/);
    expect(hash).toMatch(/points=[^&]*0\.123,-0\.988,1$/);
    const back = parseHash(hash);
    expect(back.notices).toEqual([]);
    expect(back.settings).toEqual(store.getState().settings);
    expect(samePoints(back.points, store.getState().points)).toBe(true);
    expect(back.settings.hiddenUnits).toBe(5);
  });

  it("writes no points in the link for a generated data set", () => {
    const { store } = setup();
    expect(hashOf(store.getState())).not.toMatch(/points=/);
    expect(store.getState().settings.dataset).toBe("moons");
    expect(DEFAULT_SETTINGS.dataset).toBe("moons");
  });
});

describe("opening a saved model", () => {
  it("sends the model's own points to the worker even when its settings equal the ones on screen", () => {
    const { client, store } = setup("#points=0,0,1;1,1,0");
    const settings = store.getState().settings;
    const points = pointsFromRows([
      [-1, -1, 0],
      [1, 1, 1],
      [0.5, 0.5, 1],
    ]);
    store.getState().loadModel({ settings, points, values: [{ name: "b2-1", value: 0.25 }] });
    expect(samePoints(store.getState().points, points)).toBe(true);
    const sent = lastConfigured(client);
    expect(sent.dataset).toBe("custom");
    expect(samePoints(sent.points, points)).toBe(true);
    // the weights go after the data, onto the fresh network
    const types = client.sent.map((m) => m.type);
    expect(types.lastIndexOf("setWeights")).toBeGreaterThan(types.lastIndexOf("configure"));
  });
});
