/**
 * Issue 10 in the browser: a log whose ids name Object.prototype's properties, opened as a local
 * file or from /replay/ID (already in the store), is refused with its line and reason and leaves
 * the page as it was, so the next ordinary log opens and plays.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { SeminarEvent } from "../../shared/events.js";
import { Replay, parseLog } from "../../shared/replay/index.js";
import { storeEndedSession } from "../fixtures/stored-session.js";
import { hostileEvents, hostileLog } from "../integration/hostile-log.js";
import { buildClientIfStale, launchBrowser, ROOT, startServer, type RunningServer } from "./harness.js";

const FIXTURE = readFileSync(join(ROOT, "tests/fixtures/logs/v1-sample.ndjson"), "utf8");
const parsed = parseLog(FIXTURE);
if (!parsed.ok) throw new Error(parsed.reason);
const fixture = new Replay(parsed.events);

const dataDir = mkdtempSync(join(tmpdir(), "sputnik-e2e-hostile-"));
let server: RunningServer;
let browser: Browser;
const errors: string[] = [];

beforeAll(async () => {
  await buildClientIfStale();
  // A hostile session already in the store, as a server before the fix would have kept it.
  await storeEndedSession(dataDir, "hostile1", hostileEvents() as SeminarEvent[]);
  server = await startServer({ DATA_DIR: dataDir });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  expect(errors).toEqual([]);
});

const prototypeClean = (page: Page) =>
  page.evaluate(() => Object.keys(Object.prototype).length === 0 && ({} as { roleId?: unknown }).roleId === undefined);

async function openOrdinaryLog(page: Page): Promise<void> {
  await page.setInputFiles("#replay-file", {
    name: "ordinary.ndjson",
    mimeType: "application/x-ndjson",
    buffer: Buffer.from(FIXTURE),
  });
  await page.waitForSelector("#replay");
  await expect.poll(() => page.locator("#chapters > li").count()).toBe(fixture.chapters.length);
  await page.keyboard.press("End");
  await expect.poll(() => page.locator("#transcript > li").count()).toBe(fixture.finalState.speeches.length);
  expect(await page.locator("#replay-error").count()).toBe(0);
}

it("refuses a local file with '__proto__' ids and opens the next ordinary log", async () => {
  const page = await (await browser.newContext()).newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/replay/`);
  for (const last of [false, true]) {
    await page.setInputFiles("#replay-file", {
      name: "hostile.ndjson",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from(hostileLog({ last })),
    });
    await page.waitForSelector("#replay-error");
    expect(await page.textContent("#replay-error-detail")).toMatch(/^Line [45]: .*actor.*reserved/);
    expect(await prototypeClean(page)).toBe(true);
  }
  await openOrdinaryLog(page);
  expect(await prototypeClean(page)).toBe(true);
}, 90_000);

it("refuses /replay/ID of a stored hostile session and opens the next ordinary log", async () => {
  const page = await (await browser.newContext()).newPage();
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/replay/hostile1`);
  await page.waitForSelector("#replay-error");
  expect(await page.textContent("#replay-error-detail")).toMatch(/actor.*reserved/);
  expect(await prototypeClean(page)).toBe(true);
  await openOrdinaryLog(page);
  expect(await prototypeClean(page)).toBe(true);
}, 90_000);
