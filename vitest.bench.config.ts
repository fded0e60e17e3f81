import { defineConfig } from "vitest/config";

// `npm run bench`: benchmarks side by side with a naive baseline in the same run
// (vitest bench prints "N× faster than"). Browser benchmarks use the same
// production build and preview server as the end-to-end tests.
export default defineConfig({
  test: {
    globalSetup: ["tests/e2e/global-setup.ts"],
    benchmark: { include: ["bench/**/*.bench.ts"] },
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
