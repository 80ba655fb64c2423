/**
 * `npm run dev`: the client rebuilt by Vite on every change (reload the page to see it) and the
 * server restarted by tsx on every change, together, stopped together by Ctrl-C.
 */
import { spawn } from "node:child_process";
import { build } from "vite";

const server = spawn(process.execPath, ["--import", "tsx", "--watch", "server/main.ts"], {
  stdio: "inherit",
  env: process.env,
});

const watcher = await build({ configFile: "vite.config.ts", build: { watch: {} }, logLevel: "warn" });

function stop(): void {
  server.kill("SIGTERM");
  if ("close" in watcher) void watcher.close();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => {
  if ("close" in watcher) void watcher.close();
  process.exit(code ?? 0);
});
console.log("dev: client rebuilds into dist/client on change; server restarts on change. Ctrl-C stops both.");
