import { defineConfig } from "vitest/config";

// `npm run bench`: each bench file measures our implementation and a naive
// baseline side by side in the same run and prints the ratio (vitest 5 has no
// `bench()` any more, so these are plain tests that print and sanity-check
// their numbers; timings are never asserted in `npm test`). Files run one at a
// time so they do not compete for the CPU. Browser benchmarks use the same
// production build and preview server as the end-to-end tests.
export default defineConfig({
  test: {
    include: ["bench/**/*.bench.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
