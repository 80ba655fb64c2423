import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Each test file boots its own server; separate processes keep Colyseus' matchmaker apart.
    pool: "forks",
    // Every test client comes from 127.0.0.1: the per-address limits are off unless a test
    // passes its own (tests/integration/address-limits.test.ts).
    env: {
      LIMIT_CONNECTIONS_PER_ADDRESS: "0",
      LIMIT_SEMINARS_PER_ADDRESS_PER_HOUR: "0",
      LIMIT_PARTICIPANTS_PER_ADDRESS: "0",
      LIMIT_MESSAGES_PER_ADDRESS_PER_SECOND: "0",
    },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "server",
          include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The browser tests time what a person would feel (a seek within 100 ms, a speech in the
        // other page's bubble); software WebGL on 2 cores is slow enough already, so they run
        // one file at a time, after the rest, with the machine to themselves.
        extends: true,
        test: {
          name: "browser",
          include: ["tests/e2e/**/*.test.ts"],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
