import { defineConfig } from "vitest/config";

// Server tests run against the real PostgreSQL/PostGIS (see scripts/prepare-test-env.sh);
// each file creates and drops its own database.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
