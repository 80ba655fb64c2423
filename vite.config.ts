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
    sourcemap: true,
    // Pixi is most of the bundle; it is one library, loaded once.
    chunkSizeWarningLimit: 1200,
  },
});
