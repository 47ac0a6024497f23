/**
 * The browser tests: the production build (`vite build` first) served by `vite preview` and driven in
 * Debian's headless Chromium (see tests/e2e/harness.ts). Run with `npm run test:e2e`.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "e2e",
    environment: "node",
    // The tests name controls by the catalogue's words: load every language's, as the page loads its own.
    setupFiles: ["tests/loadLanguages.ts"],
    include: ["tests/e2e/**/*.e2e.ts"],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
