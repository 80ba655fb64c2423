/**
 * For e2e files that must not race other test runs over dist/client: builds the client into a
 * private temporary directory and starts the real server (`server/main.ts`, in its own Node
 * process) serving that build through CLIENT_DIR.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildClient } from "../../tools/client-build.js";
import { startServer, type RunningServer } from "./harness.js";

/** `vite build` of client/ into a fresh temporary directory; returns it. */
export async function buildPrivateClient(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "sputnik-e2e-client-"));
  await buildClient(["--outDir", outDir, "--emptyOutDir"]);
  return outDir;
}

/** Starts the server on a free loopback port, serving `clientDir`; stopping it removes the build. */
export async function startPrivateServer(
  clientDir: string,
  options: { reconnectSeconds?: number } = {},
): Promise<RunningServer> {
  const env: Record<string, string> = { CLIENT_DIR: clientDir };
  if (options.reconnectSeconds !== undefined) env.RECONNECT_SECONDS = String(options.reconnectSeconds);
  const server = await startServer(env);
  return {
    ...server,
    async stop() {
      await server.stop();
      rmSync(clientDir, { recursive: true, force: true });
    },
  };
}
