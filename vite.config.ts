/** Builds the browser client from client/ into dist/client, which the server serves at `/`. */
import { defineConfig } from "vite";

export default defineConfig({
  root: "client",
  base: "/",
  publicDir: false,
  build: {
    outDir: "../dist/client",
    emptyOutDir: true,
    target: "es2022",
    // No source maps: the production server must not serve them (issue 12).
    sourcemap: false,
    // Pixi is most of the bundle; it is one library, loaded once.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod 4 writes explanatory comments beside its `@__PURE__` marks; Rollup drops those
        // comments and says so on every build. Nothing is wrong with the bundle, so those two
        // notices are not shown; any other warning still is.
        if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("/node_modules/zod/")) return;
        warn(warning);
      },
    },
  },
});
