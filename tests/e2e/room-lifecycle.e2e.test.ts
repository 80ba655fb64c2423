/**
 * The room's lists and lifecycle in a real Chromium: the board and the people list keep their
 * elements while others join (a focused Reply button stays focused under the reader), one
 * raised hand redraws one part of one seat in the hall, and leaving a room stops everything it
 * started: its timers, its animation frames, its hall.
 */
import { Client, type Room } from "colyseus.js";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClientIfStale, launchBrowser, openFirstQuestion, startServer, type RunningServer } from "./harness.js";

/** Counts the page's live intervals and timeouts, and the frames it keeps asking for. */
const TIMER_PROBE = `(() => {
  const live = new Set();
  const si = window.setInterval.bind(window);
  const ci = window.clearInterval.bind(window);
  window.setInterval = (fn, ms, ...a) => { const id = si(fn, ms, ...a); live.add(id); return id; };
  window.clearInterval = (id) => { live.delete(id); ci(id); };
  let frames = 0;
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (fn) => raf((t) => { frames++; fn(t); });
  window.__timers = () => ({ intervals: live.size, frames });
})();`;

type Timers = { intervals: number; frames: number };
const timers = (page: Page) => page.evaluate(() => (window as unknown as { __timers(): Timers }).__timers());

describe("room lifecycle in the browser", { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  const bots: Room[] = [];

  beforeAll(async () => {
    await buildClientIfStale();
    server = await startServer();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    for (const b of bots) await b.leave(true).catch(() => undefined);
    await browser?.close();
    await server?.stop();
  });

  it("keeps posts, their Reply buttons and people's items while others join, and tears the room down on leaving", async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addInitScript(TIMER_PROBE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    await page.fill("#name", "Chair");
    const atDoor = await timers(page);
    await page.click("#create");
    await page.waitForSelector("#role-picker[open]");
    await page.click("#stay-observer");
    await page.waitForSelector("#hall canvas");
    const code = (await page.textContent("#room-code"))!.trim();
    const promptId = await openFirstQuestion(page);

    const ws = server.url.replace(/^http/, "ws");
    const join = async (name: string) => {
      const room = await new Client(ws).joinById(code, { name });
      room.onMessage("*", () => undefined);
      bots.push(room);
      return room;
    };
    const writer = await join("Writer");
    writer.send("post", { promptId, text: "The first post." });
    writer.send("post", { promptId, text: "The second post." });
    await expect.poll(() => page.locator("#board li.post").count(), { timeout: 10_000 }).toBe(2);

    // Mark the elements, focus the first post's Reply button, and let five more people in.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>("#board li.post, #board button, #participants li"))
        (el as unknown as { __kept: boolean }).__kept = true;
      document.querySelector<HTMLButtonElement>("#board li.post button")!.focus();
    });
    for (let i = 1; i <= 5; i++) await join(`Listener ${i}`);
    await expect.poll(() => page.locator("#participants li").count(), { timeout: 10_000 }).toBe(7);
    // One raised hand draws one part of one seat in the hall (its hand), nothing else. The hall
    // draws in an animation frame: first all seven seated there, then the hand drawn.
    await expect.poll(() => page.getAttribute("#hall", "aria-label")).toContain("7 in the audience");
    const partsBefore = Number(await page.getAttribute("#hall", "data-seat-parts"));
    writer.send("raiseHand", {});
    await expect.poll(() => page.locator("#queue li").count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => page.getAttribute("#hall", "data-hands")).toBe("1:point");
    expect(Number(await page.getAttribute("#hall", "data-seat-parts")) - partsBefore).toBe(1);
    const kept = await page.evaluate(() => {
      const marked = (sel: string) =>
        [...document.querySelectorAll(sel)].filter((el) => (el as unknown as { __kept?: boolean }).__kept).length;
      const focused = document.activeElement as (HTMLElement & { __kept?: boolean }) | null;
      return {
        posts: marked("#board li.post"),
        buttons: marked("#board button"),
        people: marked("#participants li"),
        focusKept: Boolean(focused?.__kept) && focused!.isConnected,
        focusedText: focused?.textContent?.trim() ?? "",
      };
    });
    // Each post has its Reply and, on the facilitator's page, its Hide: all four kept.
    expect(kept).toEqual({ posts: 2, buttons: 4, people: 2, focusKept: true, focusedText: "Reply" });

    // In the room the dock's countdown ticks (the door's refresh of the seminar list stopped);
    // after leaving, only the door's runs again: nothing of the room runs on.
    expect((await timers(page)).intervals).toBeGreaterThanOrEqual(1);
    // Leave asks first; staying keeps the room, leaving goes.
    await page.click("#leave");
    await page.click("#leave-stay");
    expect(await page.isVisible("#room")).toBe(true);
    await page.click("#leave");
    await page.click("#leave-confirm");
    await page.waitForSelector("#create");
    // Only the door's timers again, once the door has started its own.
    await expect.poll(async () => (await timers(page)).intervals).toBe(atDoor.intervals);
    const left = await timers(page);
    expect(await page.locator("canvas").count()).toBe(0);
    // Others keep talking in the room just left: this page draws nothing for it any more.
    writer.send("post", { promptId, text: "Said after the chair left." });
    writer.send("lowerHand", {});
    await page.waitForTimeout(1500);
    const later = await timers(page);
    expect(later.frames - left.frames).toBeLessThan(5);
    expect(errors).toEqual([]);
    await context.close();
  });
});
