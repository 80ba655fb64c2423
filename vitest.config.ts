import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Each test file boots its own server; separate processes keep Colyseus' matchmaker apart.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
