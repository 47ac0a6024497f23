import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { BoundaryView } from "../../src/components/BoundaryView.tsx";
import { loadUnitLayers } from "../../src/components/inside/UnitOverlay.tsx";
import { HOLD_MS, MOVE_STEP, TURN_STEP } from "../../src/components/inside/unitLinesController.ts";
import { StoreProvider } from "../../src/components/StoreContext.tsx";
import type { Lang } from "../../src/i18n/catalogue.ts";
import { HEIGHT, MARGIN, WIDTH } from "../../src/render/plotGeometry.ts";
import { clipToSquare, lineInPlot, pivotAndHandle, unitWeights } from "../../src/render/unitLines.ts";
import { createPlaygroundStore } from "../../src/store/playgroundStore.ts";
import { parseHash } from "../../src/store/urlState.ts";
import type { ToWorker, WeightValue } from "../../src/worker/protocol.ts";
import { createFakeWorker, makeData } from "./fakeWorker.ts";

// The plane's unit layers load on demand in the page; here they are loaded before any test renders.
beforeAll(() => loadUnitLayers());

/** The fake data's plane is 4 wide and 4 high: 120 plot units per unit of x1 or x2. */
const PER_UNIT = 120;

function renderPlane(hash = "#hidden=3", lang: Lang = "en") {
  const worker = createFakeWorker();
  const store = createPlaygroundStore(worker, parseHash(hash), (task) => task(), lang);
  render(
    <StoreProvider store={store}>
      <BoundaryView />
    </StoreProvider>,
  );
  const data = makeData();
  worker.emit(data);
  return { worker, store, data };
}

/** The setWeights messages sent so far, newest last. */
const weightMessages = (sent: ToWorker[]) =>
  sent.filter((m): m is Extract<ToWorker, { type: "setWeights" }> => m.type === "setWeights");

const byName = (values: WeightValue[]) => Object.fromEntries(values.map((v) => [v.name, v.value]));

const line = (unit: number) => screen.getByRole("button", { name: `Line a = 0 of unit ${unit}` });
/** A part of unit J's line, or of its turning handle (drawn above all the lines). */
const part = (unit: number, name: string) => {
  const el =
    line(unit).querySelector(`[data-part="${name}"]`) ??
    document.querySelector(`[data-unit-handle="${unit}"] [data-part="${name}"]`);
  if (!el) throw new Error(`no ${name} on line ${unit}`);
  return el;
};

/** A coordinate as the lines are drawn: to the nearest half plot unit. */
const half = (v: number) => String(Math.round(2 * v) / 2);

/** Client coordinates of a plot point: the lines' svg is laid out at its own size from (0, 0). */
const client = (px: number, py: number) => ({ clientX: px + MARGIN.left, clientY: py + MARGIN.top });

beforeEach(() => {
  vi.spyOn(SVGSVGElement.prototype, "getBoundingClientRect").mockReturnValue({
    left: 0,
    top: 0,
    x: 0,
    y: 0,
    width: WIDTH,
    height: HEIGHT,
    right: WIDTH,
    bottom: HEIGHT,
    toJSON: () => ({}),
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the unit lines switch", () => {
  it("shows every hidden unit's line when pressed, and hides them again", () => {
    const { worker, store } = renderPlane();
    worker.emitFrame({ hiddenUnits: 3 });
    const toggle = screen.getByRole("button", { name: "Unit lines" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(screen.queryByRole("group", { name: /Hidden units' lines/ })).toBeNull();
    fireEvent.click(toggle);
    expect(store.getState().unitLines).toBe(true);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    const group = screen.getByRole("group", { name: "Hidden units' lines a = 0, movable" });
    expect(
      within(group)
        .getAllByRole("button")
        .map((b) => b.getAttribute("aria-label")),
    ).toEqual(["Line a = 0 of unit 1", "Line a = 0 of unit 2", "Line a = 0 of unit 3"]);
    expect(line(2)).toHaveAttribute("aria-roledescription", "movable line");
    fireEvent.click(toggle);
    expect(screen.queryByRole("group", { name: /Hidden units' lines/ })).toBeNull();
  });

  it("lets the focused line's unit go when the lines are switched off", () => {
    const { worker, store } = renderPlane();
    worker.emitFrame({ hiddenUnits: 3 });
    fireEvent.click(screen.getByRole("button", { name: "Unit lines" }));
    act(() => line(3).focus());
    expect(store.getState().focusUnit).toBe(3);
    fireEvent.click(screen.getByRole("button", { name: "Unit lines" }));
    expect(store.getState().focusUnit).toBeNull();
  });

  it("is not offered without a hidden layer", () => {
    const { worker } = renderPlane("#hidden=0");
    worker.emitFrame({ hiddenUnits: 0 });
    expect(screen.queryByRole("button", { name: "Unit lines" })).toBeNull();
  });

  it("speaks Japanese", () => {
    const { worker, store } = renderPlane("#hidden=2", "ja");
    worker.emitFrame({ hiddenUnits: 2 });
    fireEvent.click(screen.getByRole("button", { name: "ユニットの直線" }));
    expect(store.getState().unitLines).toBe(true);
    expect(screen.getByRole("button", { name: "ユニット 2 の直線 a = 0" })).toBeInTheDocument();
  });
});

describe("a unit's line on the plane", () => {
  it("is drawn where a_j = w_1j x1 + w_2j x2 + b_j = 0, numbered, and follows the frames", () => {
    const { worker, store, data } = renderPlane();
    const frame = worker.emitFrame({ hiddenUnits: 3 });
    act(() => store.getState().setUnitLines(true));
    const expected = (params: Float64Array, unit: number) => {
      const w = unitWeights(params, 3, unit);
      const segment = w && clipToSquare(lineInPlot(w, data.domain));
      return segment
        ? `M${half(segment.from.px)},${half(segment.from.py)}L${half(segment.to.px)},${half(segment.to.py)}`
        : "";
    };
    for (const unit of [1, 2, 3]) {
      expect(part(unit, "line").getAttribute("d") ?? "").toBe(expected(frame.params, unit));
      expect(part(unit, "number").textContent).toBe(String(unit));
    }
    expect(expected(frame.params, 1)).not.toBe("");
    // Unit 1's line x1 = ½ (w = (2, 0), b = −1): vertical at x1 = ½, i.e. 2·120 plot units from x1 = −1.5.
    const params = Float64Array.from(frame.params);
    params.set([2, 0, -1], 0);
    params[3] = 0;
    params[6] = -1;
    worker.emitFrame({ hiddenUnits: 3, params });
    expect(part(1, "line").getAttribute("d")).toBe("M240,0L240,480");
    // the + mark is on the side where a_1 > 0 (x1 > ½): to the right
    expect(Number(part(1, "plus").getAttribute("x"))).toBeGreaterThan(240);
  });

  it("at 64 units draws every line thin and ticks only the focused one", () => {
    const { worker, store } = renderPlane("#hidden=64");
    worker.emitFrame({ hiddenUnits: 64 });
    act(() => store.getState().setUnitLines(true));
    expect(screen.getAllByRole("button", { name: /^Line a = 0 of unit \d+$/ })).toHaveLength(64);
    expect(screen.getByRole("group", { name: /Hidden units' lines/ })).toHaveClass("dense");
    const ticked = () =>
      [...document.querySelectorAll('[data-part="ticks"]')].filter(
        (el) => (el.getAttribute("d") ?? "") !== "",
      ).length;
    expect(ticked()).toBe(0);
    act(() => store.getState().setFocusUnit(7));
    expect(part(7, "ticks").getAttribute("d")).toMatch(/^M/);
    expect(ticked()).toBe(1);
  });

  it("hides a line that misses the plane", () => {
    const { worker, store } = renderPlane();
    const params = Float64Array.from(worker.emitFrame({ hiddenUnits: 3 }).params);
    act(() => store.getState().setUnitLines(true));
    params.set([1, 0, 0], 0); // w_11, w_12, w_13
    params.set([0, 0, 0], 3); // w_21, w_22, w_23
    params[6] = -10; // x1 = 10, far right of the plane
    worker.emitFrame({ hiddenUnits: 3, params });
    expect(line(1)).toHaveAttribute("data-outside", "true");
    expect(line(2)).toHaveAttribute("data-outside", "true"); // w = 0: no line at all
  });
});

describe("moving a line by hand", () => {
  /** A frame where unit 1's line is x1 = ½ (w = (2, 0), b = −1) and unit 2's x2 = 0 (w = (0, 1), b = 0). */
  function withKnownLines() {
    const rendered = renderPlane();
    const params = Float64Array.from(rendered.worker.emitFrame({ hiddenUnits: 3 }).params);
    params.set([2, 0, 1], 0);
    params.set([0, 1, 1], 3);
    params.set([-1, 0, 0], 6);
    rendered.worker.emitFrame({ hiddenUnits: 3, params });
    act(() => rendered.store.getState().setUnitLines(true));
    return rendered;
  }

  it("sends w_1j, w_2j and b_j after a drag: w kept, b moved (½ to the right: b from −1 to −2)", () => {
    const { worker, store } = withKnownLines();
    const grab = part(1, "move");
    fireEvent.pointerDown(grab, { ...client(240, 100), pointerId: 1, pointerType: "mouse", button: 0 });
    expect(store.getState().focusUnit).toBe(1);
    fireEvent.pointerMove(grab, { ...client(300, 130), pointerId: 1 });
    fireEvent.pointerUp(grab, { ...client(300, 130), pointerId: 1 });
    const last = weightMessages(worker.sent).at(-1);
    // 60 plot units right = ½ in x1; moving along the line (down) changes nothing: b' = b − w·Δx = −1 − 2·½
    expect(byName(last?.values ?? [])).toEqual({ "w-1-1": 2, "w-2-1": 0, "b1-1": -2 });
    // the line is drawn where the user left it at once
    expect(part(1, "line").getAttribute("d")).toBe("M300,0L300,480");
  });

  it("turns a line by its handle about its middle, keeping |w| and the line through the pivot", () => {
    const { worker } = withKnownLines();
    // Unit 2's line x2 = 0 runs across at py = 2.25·120 = 270; its middle is (240, 270).
    const handle = part(2, "turn");
    const pivot = { px: 240, py: 270 };
    fireEvent.pointerDown(handle, { ...client(330, 270), pointerId: 7, pointerType: "pen", button: 0 });
    // the handle to 90 units straight above the pivot: the line turns to vertical through x1 = ½
    fireEvent.pointerMove(handle, { ...client(pivot.px, pivot.py - 90), pointerId: 7 });
    fireEvent.pointerUp(handle, { ...client(pivot.px, pivot.py - 90), pointerId: 7 });
    const sent = byName(weightMessages(worker.sent).at(-1)?.values ?? []);
    // |w| = 1; the handle lies along (w2, −w1) from the pivot, i.e. up (+x2): w = (−1, 0), b = ½
    expect(sent["w-1-2"]).toBeCloseTo(-1, 12);
    expect(sent["w-2-2"]).toBeCloseTo(0, 12);
    expect(sent["b1-2"]).toBeCloseTo(0.5, 12);
  });

  it("sends at most one update per tenth of a second while dragging, and the last one on release", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    const { worker } = withKnownLines();
    const grab = part(1, "move");
    const before = weightMessages(worker.sent).length;
    fireEvent.pointerDown(grab, { ...client(240, 100), pointerId: 1, pointerType: "mouse", button: 0 });
    for (let step = 1; step <= 5; step++) {
      fireEvent.pointerMove(grab, { ...client(240 + step * 12, 100), pointerId: 1 });
      act(() => vi.advanceTimersByTime(10));
    }
    expect(weightMessages(worker.sent).length - before).toBe(1);
    act(() => vi.advanceTimersByTime(100));
    expect(weightMessages(worker.sent).length - before).toBe(2);
    fireEvent.pointerMove(grab, { ...client(240 + 6 * 12, 100), pointerId: 1 });
    fireEvent.pointerMove(grab, { ...client(240 + 7 * 12, 100), pointerId: 1 });
    fireEvent.pointerUp(grab, { ...client(240 + 7 * 12, 100), pointerId: 1 });
    const messages = weightMessages(worker.sent);
    expect(messages.length - before).toBe(3);
    // 7·12 = 84 plot units = 0.7 in x1: b = −1 − 2·0.7
    expect(byName(messages.at(-1)?.values ?? [])["b1-1"]).toBeCloseTo(-2.4, 12);
  });

  it("keeps showing the user's line over frames made before the worker had it", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    const { worker, store } = withKnownLines();
    const old = store.getState().frame?.params;
    const grab = part(1, "move");
    fireEvent.pointerDown(grab, { ...client(240, 100), pointerId: 1, pointerType: "mouse", button: 0 });
    fireEvent.pointerMove(grab, { ...client(300, 100), pointerId: 1 });
    // frames still carrying the old weights arrive mid-drag, and just after the release
    worker.emitFrame({ hiddenUnits: 3, params: old, epoch: 1 });
    expect(part(1, "line").getAttribute("d")).toBe("M300,0L300,480");
    fireEvent.pointerUp(grab, { ...client(300, 100), pointerId: 1 });
    act(() => vi.advanceTimersByTime(HOLD_MS / 2));
    worker.emitFrame({ hiddenUnits: 3, params: old, epoch: 2 });
    expect(part(1, "line").getAttribute("d")).toBe("M300,0L300,480");
    // once the worker has had time to answer, the frames speak for the line again
    act(() => vi.advanceTimersByTime(HOLD_MS));
    worker.emitFrame({ hiddenUnits: 3, params: old, epoch: 3 });
    expect(part(1, "line").getAttribute("d")).toBe("M240,0L240,480");
  });

  it("moves and turns with the keyboard: arrows move it, ] turns it clockwise, [ counter-clockwise", () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "performance"] });
    const { worker, store } = withKnownLines();
    act(() => line(1).focus());
    expect(store.getState().focusUnit).toBe(1);
    fireEvent.keyDown(line(1), { key: "ArrowRight" });
    let sent = byName(weightMessages(worker.sent).at(-1)?.values ?? []);
    // MOVE_STEP plot units right: b = −1 − 2·MOVE_STEP/120
    expect(sent).toEqual({ "w-1-1": 2, "w-2-1": 0, "b1-1": -1 - (2 * MOVE_STEP) / PER_UNIT });
    act(() => line(1).blur());
    expect(store.getState().focusUnit).toBeNull();

    // Unit 2, x2 = 0 (w = (0, 1)), turned clockwise by TURN_STEP about its middle (x1 = ½, x2 = 0):
    // w = (sin θ, cos θ), b = −w·(½, 0)
    act(() => vi.advanceTimersByTime(1000));
    act(() => line(2).focus());
    fireEvent.keyDown(line(2), { key: "]" });
    sent = byName(weightMessages(worker.sent).at(-1)?.values ?? []);
    expect(sent["w-1-2"]).toBeCloseTo(Math.sin(TURN_STEP), 12);
    expect(sent["w-2-2"]).toBeCloseTo(Math.cos(TURN_STEP), 12);
    expect(sent["b1-2"]).toBeCloseTo(-0.5 * Math.sin(TURN_STEP), 12);
    // Keys pressed before the worker answers build on the user's own line, not the last frame's.
    fireEvent.keyDown(line(2), { key: "[" });
    fireEvent.keyDown(line(2), { key: "[" });
    act(() => vi.advanceTimersByTime(200));
    sent = byName(weightMessages(worker.sent).at(-1)?.values ?? []);
    // −θ + 2θ = θ counter-clockwise from x2 = 0
    expect(sent["w-1-2"]).toBeCloseTo(-Math.sin(TURN_STEP), 12);
    expect(sent["w-2-2"]).toBeCloseTo(Math.cos(TURN_STEP), 12);
  });

  it("places the handle on the line, HANDLE_REACH from its middle", () => {
    const { data, store } = withKnownLines();
    const frame = store.getState().frame;
    const w = frame && unitWeights(frame.params, 3, 2);
    const segment = w && clipToSquare(lineInPlot(w, data.domain));
    if (!segment) throw new Error("unit 2's line crosses the plane");
    const { handle } = pivotAndHandle(segment);
    expect(Number(part(2, "handle").getAttribute("cx"))).toBeCloseTo(handle.px, 1);
    expect(Number(part(2, "handle").getAttribute("cy"))).toBeCloseTo(handle.py, 1);
  });
});
