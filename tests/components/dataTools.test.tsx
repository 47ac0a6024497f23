/**
 * Your own data on the page (issue 10): the tools under the plane — the class a tap adds, Clear and Undo,
 * Import CSV… (a good file replaces the points; a bad one is refused with its line and changes nothing),
 * Export CSV (the points on screen as the file import reads) — and the plane itself as an editor (click,
 * Shift-click, Alt-click, a long press on a touch screen, the keyboard's cross), in both languages.
 */
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { LONG_PRESS_MS } from "../../src/components/data/planePointer.ts";
import { parseCsv } from "../../src/data/csv.ts";
import { samePoints } from "../../src/data/points.ts";
import type { Lang } from "../../src/i18n/catalogue.ts";
import { makeData } from "./fakeWorker.ts";
import { renderPage } from "./renderPage.tsx";

/**
 * The plot square's box on the fake screen: 400 px wide from (100, 50). The fake data's plane runs x1 from
 * −1.5 to 2.5 and x2 from −1.75 to 2.25 (tests/fakes/frames.ts makeData), so 1 px is 0.01 plane units.
 */
const BOX = { left: 100, top: 50, width: 400, height: 400 };

/** The page on moons with 200 training points on screen, its plot square at BOX, the tools loaded. */
async function page(hash = "#dataset=moons", lang: Lang = "en") {
  const rendered = renderPage(hash, { lang });
  act(() => rendered.worker.emit(makeData({ train: 200 })));
  const canvas = screen.getByTestId("boundary");
  vi.spyOn(canvas, "getBoundingClientRect").mockReturnValue({
    ...BOX,
    x: BOX.left,
    y: BOX.top,
    right: BOX.left + BOX.width,
    bottom: BOX.top + BOX.height,
    toJSON: () => ({}),
  });
  if (!rendered.store.getState().embed) {
    // The tools and the editing code load on demand: the first time, Vite transforms them (slow on 2 cores).
    await screen.findByTestId("data-status", {}, { timeout: 15000 });
    await waitFor(() => expect(screen.getByTestId("plane")).toHaveAttribute("data-editing", "ready"), {
      timeout: 15000,
    });
  }
  return rendered;
}

/** A press and release at screen (x, y) on the plane. */
function click(x: number, y: number, init: PointerEventInit = {}) {
  const plane = screen.getByTestId("plane");
  const at = { clientX: x, clientY: y, isPrimary: true, pointerId: 1, pointerType: "mouse", ...init };
  act(() => {
    fireEvent.pointerDown(plane, at);
    fireEvent.pointerUp(plane, at);
  });
}

const status = () => screen.getByTestId("data-status").textContent;
const lastRow = (d: { n: number; x: Float64Array; t: Uint8Array } | null) =>
  d ? [d.x[2 * d.n - 2], d.x[2 * d.n - 1], d.t[d.n - 1]] : null;

function chooseFile(text: string | BlobPart[], name: string) {
  const input = screen.getByTestId("data-file") as HTMLInputElement;
  const file = new File(Array.isArray(text) ? text : [text], name, { type: "text/csv" });
  fireEvent.change(input, { target: { files: [file] } });
}

describe("the plane as an editor", () => {
  it("adds a point of the chosen class where it is clicked", async () => {
    const { store, worker } = await page();
    // 100 px right of the square's left edge and 100 px down: x1 = −1.5 + 1, x2 = 2.25 − 1
    click(200, 150);
    expect(store.getState().settings.dataset).toBe("custom");
    expect(store.getState().points?.n).toBe(201);
    expect(lastRow(store.getState().points)).toEqual([-0.5, 1.25, 0]);
    expect(worker.settings?.dataset).toBe("custom");
    expect(status()).toBe("Added a point of class 0 at (-0.5, 1.25).");
  });

  it("adds the other class with Shift, and the toggle's class without", async () => {
    const { store } = await page();
    click(300, 250, { shiftKey: true });
    expect(lastRow(store.getState().points)).toEqual([0.5, 0.25, 1]);
    fireEvent.click(screen.getByRole("radio", { name: "class 1" }));
    click(300, 250);
    expect(lastRow(store.getState().points)).toEqual([0.5, 0.25, 1]);
    click(310, 250, { shiftKey: true });
    expect(lastRow(store.getState().points)).toEqual([0.6, 0.25, 0]);
  });

  it("removes the nearest point within 20 px with Alt, and nothing farther", async () => {
    const { store } = await page();
    click(200, 150);
    click(230, 150, { altKey: true }); // 30 px away
    expect(store.getState().points?.n).toBe(201);
    expect(status()).toBe("No point near (-0.2, 1.25) to remove.");
    click(210, 160, { altKey: true }); // 14 px away
    expect(store.getState().points?.n).toBe(200);
    expect(status()).toBe("Removed the point at (-0.4, 1.15).");
  });

  it("adds nothing for a press that moves (a drag or a scroll), nor outside the plot square", async () => {
    const { store } = await page();
    const plane = screen.getByTestId("plane");
    const at = { isPrimary: true, pointerId: 1, pointerType: "mouse" };
    act(() => {
      fireEvent.pointerDown(plane, { ...at, clientX: 200, clientY: 200 });
      fireEvent.pointerMove(plane, { ...at, clientX: 212, clientY: 200 });
      fireEvent.pointerUp(plane, { ...at, clientX: 212, clientY: 200 });
    });
    click(90, 200); // left of the square, on the axis
    act(() => {
      fireEvent.pointerDown(plane, { ...at, clientX: 200, clientY: 200, pointerType: "touch" });
      fireEvent.pointerCancel(plane, { ...at, clientX: 200, clientY: 200, pointerType: "touch" });
    });
    expect(store.getState().points).toBeNull();
    expect(store.getState().settings.dataset).toBe("moons");
  });

  it("removes the nearest point on a long press, and the tap it ends adds nothing", async () => {
    const { store } = await page();
    vi.useFakeTimers();
    try {
      click(200, 150, { pointerType: "touch" });
      expect(store.getState().points?.n).toBe(201);
      const plane = screen.getByTestId("plane");
      const at = { clientX: 205, clientY: 152, isPrimary: true, pointerId: 2, pointerType: "touch" };
      act(() => fireEvent.pointerDown(plane, at));
      act(() => vi.advanceTimersByTime(LONG_PRESS_MS - 1));
      expect(store.getState().points?.n).toBe(201);
      act(() => vi.advanceTimersByTime(1));
      expect(store.getState().points?.n).toBe(200);
      const menu = new MouseEvent("contextmenu", { bubbles: true, cancelable: true });
      act(() => {
        plane.dispatchEvent(menu);
        fireEvent.pointerUp(plane, at);
      });
      expect(menu.defaultPrevented).toBe(true);
      expect(store.getState().points?.n).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it("moves a cross with the arrow keys; Enter adds there, Shift+Enter the other class, Delete removes", async () => {
    const { store, worker } = await page();
    const plane = screen.getByTestId("plane");
    expect(plane).toHaveAttribute("tabindex", "0");
    expect(plane).toHaveAccessibleName("The plane: add or remove points");
    act(() => plane.focus());
    const before = worker.commands().length;
    // the centre (0.5, 0.25), then 4 steps of 1/40 of the 4-unit width left and 2 up
    for (const key of ["ArrowLeft", "ArrowLeft", "ArrowLeft", "ArrowLeft", "ArrowUp", "ArrowUp"])
      fireEvent.keyDown(plane, { key });
    // → moved the cross: the page's shortcut did not also step the run
    expect(worker.commands().length).toBe(before);
    fireEvent.keyDown(plane, { key: "Enter" });
    expect(lastRow(store.getState().points)).toEqual([0.1, 0.45, 0]);
    fireEvent.keyDown(plane, { key: "Enter", shiftKey: true });
    expect(lastRow(store.getState().points)).toEqual([0.1, 0.45, 1]);
    fireEvent.keyDown(plane, { key: "Delete" });
    expect(store.getState().points?.n).toBe(201);
    expect(status()).toBe("Removed the point at (0.1, 0.45).");
  });

  it("is no editor in an embedded page: no tools, no focus, clicks add nothing", async () => {
    const { store } = await page("#dataset=moons&embed=1");
    expect(screen.queryByRole("button", { name: "Clear" })).toBeNull();
    expect(screen.getByTestId("plane")).not.toHaveAttribute("tabindex");
    click(200, 150);
    expect(store.getState().points).toBeNull();
  });
});

describe("the data tools", () => {
  it("chooses the class a tap adds with a radio group, class 0 first", async () => {
    const { store } = await page();
    const zero = screen.getByRole("radio", { name: "class 0" });
    const one = screen.getByRole("radio", { name: "class 1" });
    expect(zero).toBeChecked();
    fireEvent.click(one);
    expect(store.getState().pointClass).toBe(1);
    expect(one).toBeChecked();
    expect(screen.getByRole("group", { name: "A tap adds" })).toContainElement(one);
  });

  it("shows how to add and remove points, and how many of each class there are", async () => {
    await page();
    expect(
      screen.getByText(/Click the plane to add a point, Shift-click for the other class/),
    ).toBeInTheDocument();
    expect(screen.getByText(/long-press a point to remove it/)).toBeInTheDocument();
    expect(screen.getByText("100 of class 0, 100 of class 1")).toBeInTheDocument();
  });

  it("clears every point, says how many, shows the empty plane's notice, and Undo brings them back", async () => {
    const { store } = await page();
    const status0 = screen.getByTestId("data-status");
    expect(status0).toHaveTextContent(/^$/);
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(store.getState().points?.n).toBe(0);
    expect(status()).toBe("Cleared 200 points.");
    expect(screen.getByText("No training points: click the plane to add some.")).toBeInTheDocument();
    expect(screen.getByText("0 of class 0, 0 of class 1")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(store.getState().settings.dataset).toBe("moons");
    expect(status()).toBe("Brought back the data set from before.");
    expect(screen.queryByText("No training points: click the plane to add some.")).toBeNull();
  });

  it("imports a good file: its points replace the ones on screen, and the page says how many", async () => {
    const { store, worker } = await page();
    chooseFile("\uFEFFx1,x2,label\r\n1,2,0\r\n3,4,1\r\n5,6,1\r\n", "three.csv");
    await waitFor(() =>
      expect(status()).toBe("Imported 3 points from three.csv: 1 of class 0, 2 of class 1."),
    );
    const points = store.getState().points;
    expect(points && Array.from(points.x)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(worker.settings?.dataset).toBe("custom");
    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(store.getState().settings.dataset).toBe("moons");
  });

  it("refuses a bad file with its line, leaving the data and the worker untouched", async () => {
    const { store, worker } = await page();
    click(200, 150);
    const before = store.getState().points;
    const sent = worker.commands().length;
    chooseFile("x1,x2,label\n1,2,0\n3,4,1\n5,6,2\n", "bad.csv");
    await waitFor(() =>
      expect(status()).toBe(
        'bad.csv was not imported (your data is unchanged): the label on line 4 ("2") is not 0 or 1.',
      ),
    );
    expect(store.getState().points).toBe(before);
    expect(worker.commands().length).toBe(sent);
  });

  it("refuses a file over 1 MB unread", async () => {
    const { store } = await page();
    chooseFile([new Uint8Array(1024 * 1024 + 1)], "huge.csv");
    await waitFor(() =>
      expect(status()).toMatch(/^huge\.csv was not imported .*: the file is 1025 KB, at most 1024 KB\.$/),
    );
    expect(store.getState().points).toBeNull();
  });

  it("exports the points on screen as the file import reads back", async () => {
    const { store } = await page();
    const blobs: Blob[] = [];
    const names: string[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((b: Blob) => {
        blobs.push(b);
        return "blob:points";
      }),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    fireEvent.click(screen.getByRole("button", { name: "Export CSV" }));
    await waitFor(() => expect(status()).toBe("Exported 200 points to points-moons.csv."));
    expect(names).toEqual(["points-moons.csv"]);
    const text = await blobs[0].text();
    expect(text.split("\n")[0]).toBe("x1,x2,label");
    expect(text.split("\n")).toHaveLength(202); // header, 200 points, the final line end
    const back = parseCsv(text);
    const data = makeData({ train: 200 });
    expect(back.ok && back.value.n).toBe(200);
    expect(back.ok && back.value.t).toEqual(data.train.t);
    // reading the file back gives the points the page would learn from, once it is imported
    if (back.ok) act(() => store.getState().setPoints(back.value));
    expect(back.ok && samePoints(store.getState().points, back.value)).toBe(true);
  });

  it("speaks Japanese: the tools, a refusal and the empty plane", async () => {
    await page("#dataset=moons", "ja");
    expect(screen.getByRole("radio", { name: "クラス 1" })).toBeInTheDocument();
    expect(screen.getByText(/平面をクリックすると点を追加/)).toBeInTheDocument();
    chooseFile("1,2,0\n3,abc,1\n", "bad.csv");
    await waitFor(() =>
      expect(status()).toBe(
        "bad.csv は読み込みませんでした（データはそのままです）：2 行目の 2 番目の値（「abc」）が 10 進数の数値ではありません。",
      ),
    );
    fireEvent.click(screen.getByRole("button", { name: "全消去" }));
    expect(status()).toBe("200 個の点を消去しました。");
    expect(
      screen.getByText("訓練データの点がありません。平面をクリックして点を追加してください。"),
    ).toBeInTheDocument();
  });
});
