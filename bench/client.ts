/**
 * Client: a fresh `vite build` into a temp directory (dist/ is left alone), the JavaScript sizes
 * gzipped with node:zlib, then the real server serving that build and Chromium timing page load
 * → room scene drawn: the door's "create" clicked as soon as it exists, then the Pixi canvas
 * sampled every animation frame until it holds a drawn scene (or the client's own ready marker,
 * `data-scene="ready"` on <html> or <body>, if it sets one).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/harness.js";
import { formatUpdates, measureClientUpdates, type ClientUpdatesResult } from "./client-updates.js";
import { ROOT, startChild, type ChildServer } from "./lib.js";

export interface ClientOptions {
  tmpRoot: string;
  loads: number;
  /** The hall for the per-update costs (participants, samples per kind); 0 skips them. */
  updateParticipants: number;
  updateSamples: number;
  /** Where to save a screenshot of the last measured load (not committed). */
  screenshotPath?: string;
  log(msg: string): void;
}

export interface ClientResult {
  buildSeconds: number;
  js: {
    files: { file: string; bytes: number; gzip: number; initial: boolean }[];
    totalBytes: number;
    totalGzip: number;
    /** The entry and what index.html preloads: what every visitor downloads before anything else. */
    initialGzip: number;
    /** JavaScript the browser actually fetched during a load (gzip of those files). */
    loadedGzip: number | null;
    loadedFiles: string[];
  };
  sceneDrawnMs: number[];
  sceneDrawnMedianMs: number | null;
  /** "marker" when the client set data-scene="ready", else "first draw" (checked on a screenshot). */
  detection: string;
  domContentLoadedMs: number | null;
  /** One raised hand and one board post in a full hall, and memory over five rooms left. */
  updates?: ClientUpdatesResult;
  error?: string;
}

async function viteBuild(outDir: string): Promise<number> {
  const t0 = performance.now();
  await new Promise<void>((resolveBuild, reject) => {
    let out = "";
    const p = spawn(
      join(ROOT, "node_modules", ".bin", "vite"),
      ["build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => p.kill("SIGKILL"), 180_000);
    p.once("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolveBuild();
      else reject(new Error(`vite build failed (${code}):\n${out}`));
    });
  });
  return (performance.now() - t0) / 1000;
}

/**
 * Runs in the page before its own scripts: the name for the door, and two probes. A WebGL
 * canvas without preserveDrawingBuffer reads back blank, so "drawn" is timed at the first draw
 * call into the hall's canvas (Pixi draws the whole hall in its first frame) and then checked
 * on a screenshot of the canvas (it must not be one flat colour). A client ready marker
 * (`data-scene="ready"` on <html> or <body>) is preferred when the client sets one.
 */
const INIT_SCRIPT = `(() => {
  try { localStorage.setItem("sputnik:name", "Bench"); } catch {}
  const w = window;
  w.__bench = { draw: null, marker: null, draws: 0 };
  for (const C of [w.WebGL2RenderingContext, w.WebGLRenderingContext]) {
    if (!C) continue;
    for (const m of ["drawElements", "drawArrays", "drawElementsInstanced", "drawArraysInstanced"]) {
      const orig = C.prototype[m];
      if (typeof orig !== "function") continue;
      C.prototype[m] = function (...args) {
        const b = w.__bench;
        b.draws++;
        if (b.draw === null) b.draw = performance.now();
        return orig.apply(this, args);
      };
    }
  }
  const tick = () => {
    const b = w.__bench;
    if (b.marker === null && (document.documentElement.dataset.scene === "ready" || document.body?.dataset.scene === "ready")) {
      b.marker = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

type Probe = { draw: number | null; marker: number | null; draws: number };

/** Distinct colours (5 bits per channel) in a PNG, decoded by the page itself. */
async function pngColours(page: import("playwright-core").Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = 96;
    c.height = 54;
    const ctx = c.getContext("2d", { willReadFrequently: true })!;
    ctx.drawImage(img, 0, 0, c.width, c.height);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const set = new Set<number>();
    for (let i = 0; i < d.length; i += 4) set.add(((d[i] >> 3) << 10) | ((d[i + 1] >> 3) << 5) | (d[i + 2] >> 3));
    return set.size;
  }, png.toString("base64"));
}

async function measureLoads(server: ChildServer, opts: ClientOptions, assets: Set<string>) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const times: number[] = [];
  let detection = "first WebGL draw, screenshot-checked";
  let dcl: number | null = null;
  const loadedJs = new Set<string>();
  try {
    // The first load warms the server (and the OS file cache); it is not counted.
    for (let i = 0; i <= opts.loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addInitScript(INIT_SCRIPT);
      const page = await context.newPage();
      page.on("response", (r) => {
        const path = new URL(r.url()).pathname;
        if (path.endsWith(".js")) loadedJs.add(path.split("/").pop()!);
      });
      await page.goto(server.httpUrl + "/", { waitUntil: "commit", timeout: 30_000 });
      await page.click("#create", { timeout: 20_000 });
      await page.waitForFunction(
        () => {
          const b = (window as unknown as { __bench: Probe }).__bench;
          return b.draw !== null || b.marker !== null;
        },
        null,
        { timeout: 30_000, polling: 20 },
      );
      // If the client sets a ready marker, give it a moment to do so after the first draw.
      await page
        .waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.marker !== null, null, {
          timeout: 1000,
          polling: 50,
        })
        .catch(() => {});
      const probe = (await page.evaluate(() => {
        const b = (window as unknown as { __bench: Probe }).__bench;
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        return { ...b, dcl: nav ? nav.domContentLoadedEventEnd : null };
      })) as Probe & { dcl: number | null };
      // Check the canvas really shows a scene: hide dialogs over it, screenshot it, count colours.
      await page.addStyleTag({ content: "dialog, [role=dialog] { visibility: hidden !important; }" });
      const canvas = page.locator("#hall canvas, canvas").first();
      let colours = 0;
      for (let k = 0; k < 20 && colours < 12; k++) {
        colours = await pngColours(page, await canvas.screenshot({ timeout: 10_000 }));
        if (colours < 12) await page.waitForTimeout(100);
      }
      if (colours < 12) throw new Error(`the hall canvas is still blank (${colours} colours) after its first draw`);
      const t = probe.marker ?? probe.draw!;
      if (probe.marker !== null) detection = "marker";
      if (i > 0) {
        times.push(t);
        dcl = probe.dcl;
        opts.log(
          `  page load → room scene drawn: ${t.toFixed(0)} ms (${probe.marker !== null ? "ready marker" : "first WebGL draw"}, canvas shows ${colours} colours; DOMContentLoaded ${probe.dcl?.toFixed(0)} ms)`,
        );
      }
      if (i === opts.loads && opts.screenshotPath) writeFileSync(opts.screenshotPath, await page.screenshot());
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { times, detection, dcl, loadedJs: [...loadedJs].filter((f) => assets.has(f)) };
}

export async function runClient(opts: ClientOptions): Promise<ClientResult> {
  const outDir = mkdtempSync(join(opts.tmpRoot, "client-"));
  const dataDir = mkdtempSync(join(opts.tmpRoot, "client-data-"));
  try {
    const buildSeconds = await viteBuild(outDir);
    const assetsDir = join(outDir, "assets");
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    const initialNames = new Set([...html.matchAll(/assets\/([^"']+\.js)/g)].map((m) => m[1]));
    const files = readdirSync(assetsDir)
      .filter((f) => f.endsWith(".js"))
      .map((file) => {
        const buf = readFileSync(join(assetsDir, file));
        return { file, bytes: buf.length, gzip: gzipSync(buf).length, initial: initialNames.has(file) };
      })
      .sort((a, b) => b.gzip - a.gzip);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const result: ClientResult = {
      buildSeconds,
      js: {
        files,
        totalBytes: sum(files.map((f) => f.bytes)),
        totalGzip: sum(files.map((f) => f.gzip)),
        initialGzip: sum(files.filter((f) => f.initial).map((f) => f.gzip)),
        loadedGzip: null,
        loadedFiles: [],
      },
      sceneDrawnMs: [],
      sceneDrawnMedianMs: null,
      detection: "",
      domContentLoadedMs: null,
    };
    opts.log(
      `  vite build ${buildSeconds.toFixed(1)} s; JS ${(result.js.totalGzip / 1024).toFixed(1)} KB gzip in ${files.length} files (initial ${(result.js.initialGzip / 1024).toFixed(1)} KB)`,
    );
    const server = await startChild("seminar-client", {
      entry: "bench/serve-client.ts",
      env: { DATA_DIR: dataDir, CLIENT_DIR: outDir },
    });
    try {
      const m = await measureLoads(server, opts, new Set(files.map((f) => f.file)));
      const sorted = [...m.times].sort((a, b) => a - b);
      result.sceneDrawnMs = m.times;
      result.sceneDrawnMedianMs = sorted.length ? sorted[Math.floor(sorted.length / 2)] : null;
      result.detection = m.detection;
      result.domContentLoadedMs = m.dcl;
      result.js.loadedGzip = sum(files.filter((f) => m.loadedJs.includes(f.file)).map((f) => f.gzip));
      result.js.loadedFiles = m.loadedJs;
      if (opts.updateParticipants > 0) {
        const { chromium } = await import("playwright-core");
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
        try {
          result.updates = await measureClientUpdates(browser, server, {
            participants: opts.updateParticipants,
            samples: opts.updateSamples,
            warmup: 3,
            screenshotPath: opts.screenshotPath?.replace(/\.png$/, "-hall-200.png"),
            log: (msg) => opts.log(msg),
          });
          for (const line of formatUpdates(result.updates)) opts.log(line);
        } finally {
          await browser.close();
        }
      }
    } catch (err) {
      result.error = String(err instanceof Error ? err.message : err).split("\n")[0];
      opts.log(`  client load failed: ${result.error}`);
    } finally {
      await server.stop();
    }
    return result;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}
