import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // @colyseus/ws-transport's ESM build calls `new WebSocket.Server()`, which only the CommonJS
    // entry of `ws` provides; Node under tsx picks that entry, Vitest would pick the ESM one.
    alias: [{ find: /^ws$/, replacement: require.resolve("ws") }],
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // Each test file boots its own server; separate processes keep Colyseus' matchmaker apart.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    server: { deps: { inline: ["@colyseus/ws-transport"] } },
  },
});
