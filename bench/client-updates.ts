/**
 * Client: what one update costs the page's main thread in a full hall, and whether leaving a room
 * frees it. Chromium opens a seminar as its facilitator, 199 colyseus.js clients join it (a hall of
 * 200), and then one bot at a time raises a hand (or posts on the open question's board) while
 * the page's main-thread time (CDP `Performance.getMetrics` TaskDuration) is read before the
 * command and after the page has shown it and drawn two more frames. Memory: the JS heap (after a
 * forced GC) and the DOM counters after each of five rounds of leaving the room and opening a new one.
 */
import { Client, type Room } from "colyseus.js";
import type { Browser, CDPSession, Page } from "playwright-core";
import { openFirstQuestion } from "../tests/e2e/harness.js";
import { percentile, sleep, type ChildServer } from "./lib.js";

export interface Spread {
  n: number;
  median: number;
  p95: number;
}

function spread(xs: number[]): Spread {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, median: percentile(s, 50), p95: percentile(s, 95) };
}

export interface UpdateCost {
  /** Main-thread ms per update (TaskDuration), from the command to two frames after it shows. */
  taskMs: Spread;
  /** Of which JavaScript (ScriptDuration). */
  scriptMs: Spread;
}

export interface RoomRound {
  round: number;
  heapMB: number;
  nodes: number;
  listeners: number;
}

export interface ClientUpdatesResult {
  participants: number;
  handRaise: UpdateCost;
  boardPost: UpdateCost;
  /** The same window with nothing sent: what a still page costs over the wait itself. */
  idle: UpdateCost;
  /** Round 0: after the first room (left); rounds 1–5: after each further join and leave. */
  rooms: RoomRound[];
}

export interface ClientUpdatesOptions {
  participants: number;
  samples: number;
  warmup: number;
  /** Where to save a screenshot of the full hall with three hands up (not committed). */
  screenshotPath?: string;
  log(msg: string): void;
}

const NAME_SCRIPT = `try { localStorage.setItem("sputnik:name", "Bench"); } catch {}`;

async function metric(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const get = (n: string) => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
  return { task: get("TaskDuration"), script: get("ScriptDuration") };
}

/** Opens a seminar from the door as an observer facilitator and waits for its drawn hall. */
async function openRoom(page: Page): Promise<string> {
  await page.evaluate(() => delete document.body.dataset.scene);
  await page.click("#create", { timeout: 20_000 });
  await page.locator("#role-picker[open]").waitFor({ timeout: 30_000 });
  await page.click("#stay-observer");
  await page.locator("#role-picker").waitFor({ state: "hidden" });
  await page.waitForFunction(() => document.body.dataset.scene === "ready", null, { timeout: 30_000 });
  return (await page.textContent("#room-code"))!.trim();
}

/**
 * In the page: resolves once `selector` matches inside `root` (watched by a MutationObserver
 * on that element only, so the watching costs next to nothing), then two frames later, so the
 * hall's own frame has drawn. Installed before the command is sent.
 */
async function armWait(page: Page, root: string, selector: string | null): Promise<void> {
  // A string, not a function: tsx's transform would wrap a function's inner names in a helper
  // the page does not have.
  await page.evaluate(`(() => {
    window.__updated = new Promise((done) => {
      const settle = () => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done())));
      const sel = ${JSON.stringify(selector)};
      if (sel === null) return void setTimeout(settle, 30);
      const box = document.querySelector(${JSON.stringify(root)});
      const mo = new MutationObserver(() => {
        if (!box.querySelector(sel)) return;
        mo.disconnect();
        settle();
      });
      mo.observe(box, { childList: true, subtree: true, characterData: true });
    });
  })()`);
}

async function measure(
  page: Page,
  cdp: CDPSession,
  n: number,
  warmup: number,
  one: (i: number) => { root: string; selector: string | null; send(): void; undo?(): Promise<void> },
): Promise<UpdateCost> {
  const task: number[] = [];
  const script: number[] = [];
  for (let i = 0; i < n + warmup; i++) {
    const u = one(i);
    await armWait(page, u.root, u.selector);
    await sleep(50);
    const before = await metric(cdp);
    u.send();
    await page.evaluate(() => (window as unknown as { __updated: Promise<void> }).__updated);
    const after = await metric(cdp);
    if (i >= warmup) {
      task.push(after.task - before.task);
      script.push(after.script - before.script);
    }
    await u.undo?.();
  }
  return { taskMs: spread(task), scriptMs: spread(script) };
}

async function joinBots(wsUrl: string, roomId: string, count: number): Promise<Room[]> {
  const rooms: Room[] = [];
  for (let i = 0; i < count; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, count - i) }, (_, k) =>
        new Client(wsUrl).joinById(roomId, { name: `Listener ${i + k + 1}` }),
      ),
    );
    for (const r of batch) r.onMessage("*", () => undefined);
    rooms.push(...batch);
  }
  return rooms;
}

async function roomRound(page: Page, cdp: CDPSession, round: number): Promise<RoomRound> {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const dom = await cdp.send("Memory.getDOMCounters");
  return { round, heapMB: heap.usedSize / 2 ** 20, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

export async function measureClientUpdates(
  browser: Browser,
  server: ChildServer,
  opts: ClientUpdatesOptions,
): Promise<ClientUpdatesResult> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  await context.addInitScript(NAME_SCRIPT);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  let bots: Room[] = [];
  try {
    await page.goto(server.httpUrl + "/", { timeout: 30_000 });
    const roomId = await openRoom(page);
    bots = await joinBots(server.wsUrl, roomId, opts.participants - 1);
    await page.waitForFunction((n) => document.querySelectorAll("#participants li").length === n, opts.participants, {
      timeout: 120_000,
      polling: 200,
    });
    // The first question, so that bots can post on its board.
    const promptId = await openFirstQuestion(page);
    await sleep(500);
    opts.log(`  hall of ${opts.participants}: ${bots.length} bots joined, question open`);

    const handRaise = await measure(page, cdp, opts.samples, opts.warmup, (i) => {
      const bot = bots[i % bots.length];
      return {
        root: "#queue",
        selector: `li[data-participant="${bot.sessionId}"]`,
        send: () => bot.send("raiseHand", {}),
        async undo() {
          bot.send("lowerHand", {});
          await page.waitForFunction(
            (id) => !document.querySelector(`#queue li[data-participant="${id}"]`),
            bot.sessionId,
            { polling: 50 },
          );
          await sleep(50);
        },
      };
    });
    const boardPost = await measure(page, cdp, opts.samples, opts.warmup, (i) => {
      const bot = bots[(i * 7) % bots.length];
      return {
        root: "#board",
        selector: `li.post:nth-child(${i + 1})`,
        send: () => bot.send("post", { promptId, text: `Point ${i + 1}: the question is what 1923 left undecided.` }),
      };
    });
    const idle = await measure(page, cdp, opts.samples, opts.warmup, () => ({
      root: "body",
      selector: null,
      send: () => undefined,
    }));

    if (opts.screenshotPath) {
      for (const b of bots.slice(0, 3)) b.send("raiseHand", {});
      await page.waitForFunction(() => document.querySelectorAll("#queue li").length === 3, null, { polling: 100 });
      await sleep(300);
      await page.screenshot({ path: opts.screenshotPath });
    }

    // Leave and come back five times; the heap and DOM must not grow with the rooms left.
    for (const b of bots) void b.leave(true).catch(() => undefined);
    bots = [];
    const rooms: RoomRound[] = [];
    for (let round = 0; round <= 5; round++) {
      if (round > 0) await openRoom(page);
      await page.click("#leave");
      await page.locator("#create").waitFor({ timeout: 20_000 });
      await sleep(300);
      rooms.push(await roomRound(page, cdp, round));
    }
    return { participants: opts.participants, handRaise, boardPost, idle, rooms };
  } finally {
    for (const b of bots) void b.leave(true).catch(() => undefined);
    await context.close();
  }
}

export function formatUpdates(r: ClientUpdatesResult): string[] {
  const line = (what: string, c: UpdateCost) =>
    `  ${what}: main thread median ${c.taskMs.median.toFixed(1)} ms, p95 ${c.taskMs.p95.toFixed(1)} ms (script ${c.scriptMs.median.toFixed(1)} / ${c.scriptMs.p95.toFixed(1)} ms), n=${c.taskMs.n}`;
  return [
    line(`one raised hand, hall of ${r.participants}`, r.handRaise),
    line(`one board post, hall of ${r.participants}`, r.boardPost),
    line("nothing sent (the wait itself)", r.idle),
    `  after leaving a room, rounds 0–5: JS heap ${r.rooms.map((x) => x.heapMB.toFixed(1)).join(", ")} MB; DOM nodes ${r.rooms.map((x) => x.nodes).join(", ")}; listeners ${r.rooms.map((x) => x.listeners).join(", ")}`,
  ];
}
