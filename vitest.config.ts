import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // fast-check: a fixed seed in CI, random seeds and more runs with BANTIN_FUZZ=1 (npm run test:fuzz).
    setupFiles: ["tests/setup/fast-check.ts"],
    testTimeout: process.env.BANTIN_FUZZ === "1" ? 3_600_000 : 30_000,
  },
});
