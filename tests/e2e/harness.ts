/**
 * End-to-end harness: builds the client when dist/client is missing or older than its sources
 * (tools/client-build.ts), starts the real server (`server/main.ts`) on a free loopback port with
 * a temporary DATA_DIR, and launches Debian's Chromium through playwright-core with the flags that render Pixi here.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { buildClientIfStale } from "../../tools/client-build.js";

/** Runs `vite build` unless dist/client is newer than everything the bundle is made from. */
export { buildClientIfStale } from "../../tools/client-build.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A port the OS says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", fail);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

export interface RunningServer {
  url: string;
  port: number;
  dataDir: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `server/main.ts` in its own Node process (tsx as a loader, so one pid to stop). */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "sputnik-e2e-"));
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<void>((ok) => child.once("exit", () => ok()));
  const url = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before it was healthy:\n${out}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server not healthy after 30 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }

  return {
    url,
    port,
    dataDir,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium (Debian's), with a fresh temporary profile per launch. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * One server and one browser for a describe block: built client, started before its tests,
 * stopped after them. Read `server` and `browser` inside the tests, not at collection time.
 */
export function serverAndBrowser(env: Record<string, string> = {}): { server: RunningServer; browser: Browser } {
  const it = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    await buildClientIfStale();
    it.server = await startServer(env);
    it.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await it.browser?.close();
    await it.server?.stop();
  });
  return it;
}

/**
 * Decodes a PNG screenshot inside the page and measures how varied its pixels are (every fifth
 * pixel): a blank or one-colour canvas has few distinct colours and one dominant one.
 */
export async function pixelStats(page: Page, png: Buffer): Promise<{ distinct: number; dominantShare: number }> {
  return page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const counts = new Map<number, number>();
    let n = 0;
    for (let i = 0; i < data.length; i += 4 * 5) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) ?? 0) + 1);
      n++;
    }
    return { distinct: counts.size, dominantShare: Math.max(...counts.values()) / n };
  }, png.toString("base64"));
}

/** In the room: puts away the role picker a newcomer is shown (roles are not what is tested here). */
export async function closeRolePicker(page: Page): Promise<void> {
  await page.waitForSelector("#role-picker[open]", { timeout: 10_000 }).catch(() => undefined);
  if (await page.isVisible("#role-picker[open]")) await page.click("#close-roles");
  await page.waitForSelector("#role-picker", { state: "hidden" });
}

/** As the chair: opens the scenario's first question from the chair's desk; its id. */
export async function openFirstQuestion(page: Page): Promise<string> {
  const promptId = await page.$eval(
    "#chair-controls select[name=prompt] option",
    (o) => (o as HTMLOptionElement).value,
  );
  await page.selectOption("#chair-controls select[name=prompt]", promptId);
  await page.click("#open-prompt");
  await page.locator("#prompt-question").waitFor();
  return promptId;
}
