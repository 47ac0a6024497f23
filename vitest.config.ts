import { defineConfig, mergeConfig } from "vitest/config";
import viteConfig from "./vite.config.ts";

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: "node",
            environment: "node",
            setupFiles: ["tests/loadLanguages.ts"],
            include: ["tests/{engine,worker,store,cli,render,settings,i18n,data,export}/**/*.test.ts"],
          },
        },
        {
          extends: true,
          test: {
            name: "dom",
            environment: "jsdom",
            // jsdom renders the whole page: on a busy 2-core machine a long test takes seconds, not a fault.
            testTimeout: 20_000,
            include: ["tests/components/**/*.test.tsx"],
            setupFiles: ["tests/loadLanguages.ts", "tests/components/setup.ts"],
          },
        },
      ],
    },
  }),
);
