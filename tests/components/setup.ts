/**
 * The jsdom test environment for the page's components: jest-dom matchers, a DOM emptied after every
 * test, and stand-ins for what jsdom lacks. jsdom has no canvas, so `getContext` returns null (the
 * drawing code tolerates that) unless a test installs the fake 2D context from fakeCanvas.ts.
 */
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// Without this, jsdom prints "Not implemented: HTMLCanvasElement.prototype.getContext" for every canvas.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

// Vitest's jsdom pretends to be visual and has requestAnimationFrame; keep the tests working if it does not.
if (typeof globalThis.requestAnimationFrame !== "function") {
  globalThis.requestAnimationFrame = (callback) => setTimeout(() => callback(performance.now()), 0) as never;
  globalThis.cancelAnimationFrame = (handle) => clearTimeout(handle);
}

// What the page loads on demand as soon as it renders (the plane's editing, its data tools): loaded here
// first, so no test ends while such a module is still loading (Vitest fails a run whose environment is torn
// down under a pending import). Views opened by a click are loaded by the tests that open them.
await Promise.all([
  import("../../src/components/data/planeEdits.ts"),
  import("../../src/components/data/DataTools.tsx"),
]);

// Vitest runs without globals, so Testing Library cannot register its own automatic cleanup.
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
