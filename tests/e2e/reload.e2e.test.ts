/**
 * A participant's seat in a real Chromium survives what browsers do to pages: a reload comes
 * back as the same participant (name, role, place in the queue, brief) without the door, and
 * nobody else sees them leave; a second tab opened from the first takes the seat over, and the
 * first says so plainly and stays put (close code 4409) until asked to take it back; a dropped
 * network shows "Reconnecting…" to them and "disconnected" to others, then recovers the seat.
 * Screenshots of the seat-taken and reconnecting states go to test-results/e2e/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinWithRole, openSeminarAsChair } from "./door-steps.js";
import { launchBrowser, ROOT, type RunningServer } from "./harness.js";
import { buildPrivateClient, startPrivateServer } from "./private-server.js";

const SHOTS = join(ROOT, "test-results", "e2e");
const VIEWPORT = { width: 1366, height: 768 };
const CHAIR = "Anna Petrovna";
const GUEST = "Dave Temple's nephew";

const text = (page: Page, sel: string) => page.$eval(sel, (el) => el.textContent ?? "");

/** Polls `get` until `ok` holds (for the setup in beforeAll, where expect.poll is not allowed). */
async function until<T>(get: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What page `a` shows about the guest: their participant id, tags and the room's head count. */
function guestSeenBy(a: Page) {
  return a.evaluate((name) => {
    const items = [...document.querySelectorAll("#participants li")];
    const li = items.find((el) => el.querySelector(".who")?.textContent === name);
    return {
      count: items.length,
      heading: document.querySelector("#people-heading")?.textContent,
      id: li?.getAttribute("data-participant") ?? null,
      away: li?.classList.contains("away") ?? null,
      queue: [...document.querySelectorAll("#queue li .who")].map((el) => el.textContent),
    };
  }, GUEST);
}

/** What the guest's own page shows about their seat. */
async function seatOf(page: Page) {
  return {
    me: await text(page, "#me"),
    queue: await text(page, "#queue-note"),
    brief: await page.$eval("#brief", (el) => el.querySelector("h3")?.textContent ?? el.textContent),
  };
}

describe("reload, another tab, a dropped connection", { timeout: 60_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let chair: Page;
  let guest: Page;
  let before: Awaited<ReturnType<typeof seatOf>>;
  let guestId: string | null;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const [clientDir, b] = await Promise.all([buildPrivateClient(), launchBrowser()]);
    browser = b;
    server = await startPrivateServer(clientDir);

    chair = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    chair.on("pageerror", (e) => errors.push(`chair: ${e.message}`));
    const code = await openSeminarAsChair(chair, server.url, CHAIR);

    const context = await browser.newContext({ viewport: VIEWPORT });
    // Every document of the guest's tabs notes whether the door (start screen) ever showed.
    await context.addInitScript(() => {
      new MutationObserver(() => {
        if (document.getElementById("start-screen")) (window as unknown as { __sawDoor: boolean }).__sawDoor = true;
      }).observe(document, { childList: true, subtree: true });
    });
    guest = await context.newPage();
    guest.on("pageerror", (e) => errors.push(`guest: ${e.message}`));
    await joinWithRole(guest, server.url, code, GUEST);
    await until(
      () => guest.$eval("#brief", (el) => el.querySelector("h3") !== null),
      (v) => v,
      "the brief",
    );

    // The chair raises a hand first, so the guest is second in the queue.
    await chair.click("#hand-button");
    await until(
      () => text(guest, "#queue"),
      (v) => v.includes(CHAIR),
      "the chair in the queue",
    );
    await guest.click("#hand-button");
    await until(
      () => text(guest, "#queue-note"),
      (v) => v === "You are number 2 in the queue.",
      "the guest second in the queue",
    );
    await until(
      () => guestSeenBy(chair),
      (v) => v.queue.join("|") === `${CHAIR}|${GUEST}`,
      "the queue on the chair's page",
    );
    before = await seatOf(guest);
    if (!before.me.startsWith(`${GUEST} as `)) throw new Error(`unexpected #me: ${before.me}`);
    guestId = (await guestSeenBy(chair)).id;
    if (!guestId) throw new Error("the guest is not in the chair's people list");
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("a reload comes back as the same participant without the door; nobody sees them leave", async () => {
    // Every head count the chair's page ever shows from now on.
    await chair.evaluate(() => {
      const w = window as unknown as { __heads: string[] };
      w.__heads = [];
      const note = () =>
        w.__heads.push(
          `${document.querySelector("#people-heading")?.textContent}:${document.querySelectorAll("#participants li").length}`,
        );
      new MutationObserver(note).observe(document.querySelector("#participants")!.parentElement!, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });

    await guest.reload();
    await guest.waitForSelector("#room");
    await expect.poll(() => seatOf(guest)).toEqual(before);
    expect(await guest.evaluate(() => (window as unknown as { __sawDoor?: boolean }).__sawDoor ?? false)).toBe(false);
    await expect
      .poll(() => guestSeenBy(chair))
      .toEqual({ count: 2, heading: "In the room (2)", id: guestId, away: false, queue: [CHAIR, GUEST] });
    const heads = await chair.evaluate(() => (window as unknown as { __heads: string[] }).__heads);
    expect(new Set(heads)).toEqual(new Set(heads.length ? ["In the room (2):2"] : []));
    expect(await text(guest, "#connection-text")).toBe("");
  });

  it("another tab takes the seat over; the old tab says so and does not reconnect by itself", async () => {
    // A tab opened from this one gets a copy of its sessionStorage, seat key included.
    const [second] = await Promise.all([
      guest.context().waitForEvent("page"),
      guest.evaluate(() => void window.open(location.href, "_blank")),
    ]);
    second.on("pageerror", (e) => errors.push(`second tab: ${e.message}`));
    await second.waitForSelector("#room");
    await expect.poll(() => seatOf(second)).toEqual(before);
    await expect.poll(() => guest.getAttribute("#connection", "data-state")).toBe("seat-taken");
    expect(await text(guest, "#connection-text")).toBe(
      "This seat was opened in another tab or window. Carry on there, or take it back here.",
    );
    expect(await text(guest, "#connection-action")).toBe("Use this tab");
    await guest.screenshot({ path: join(SHOTS, "seat-taken.png") });

    // It stays put: the new tab keeps the seat, and the room still has two people.
    await guest.waitForTimeout(3000);
    expect(await guest.getAttribute("#connection", "data-state")).toBe("seat-taken");
    expect(await second.getAttribute("#connection", "data-state")).toBe("open");
    expect(await guestSeenBy(chair)).toEqual({
      count: 2,
      heading: "In the room (2)",
      id: guestId,
      away: false,
      queue: [CHAIR, GUEST],
    });
    // Nothing is sent from the old tab.
    expect(await guest.evaluate(() => getComputedStyle(document.querySelector(".dock-wrap")!).pointerEvents)).toBe(
      "none",
    );

    // "Use this tab" takes the seat back; now the second tab is the one told.
    await guest.click("#connection-action");
    await guest.waitForSelector("#room");
    await expect.poll(() => guest.getAttribute("#connection", "data-state")).toBe("open");
    await expect.poll(() => second.getAttribute("#connection", "data-state")).toBe("seat-taken");
    await expect.poll(() => seatOf(guest)).toEqual(before);
    await second.close();
    expect(await guestSeenBy(chair)).toEqual({
      count: 2,
      heading: "In the room (2)",
      id: guestId,
      away: false,
      queue: [CHAIR, GUEST],
    });
  });

  it("a dropped network shows Reconnecting…, others see the seat disconnected, then it comes back", async () => {
    await guest.context().setOffline(true);
    await expect.poll(() => guest.getAttribute("#connection", "data-state")).toBe("reconnecting");
    expect(await text(guest, "#connection-text")).toContain("Connection lost. Reconnecting…");
    await expect.poll(async () => (await guestSeenBy(chair)).away, { timeout: 15_000 }).toBe(true);
    const seen = await guestSeenBy(chair);
    expect(seen).toMatchObject({ count: 2, id: guestId, queue: [CHAIR, GUEST] });
    expect(
      await chair.$eval(`#participants li[data-participant="${guestId}"] .tags`, (el) => el.textContent),
    ).toContain("disconnected");

    // A command tried meanwhile is not lost silently.
    await guest.click(".reaction-applause", { force: true });
    await expect
      .poll(() => text(guest, ".dock .error-slot:not([hidden])"))
      .toContain("Not sent: the connection is down");
    await chair.click("#tab-people");
    await guest.screenshot({ path: join(SHOTS, "reconnecting.png") });
    await chair.screenshot({ path: join(SHOTS, "peer-disconnected.png") });

    await guest.context().setOffline(false);
    await expect.poll(() => guest.getAttribute("#connection", "data-state"), { timeout: 15_000 }).toBe("open");
    await expect.poll(() => seatOf(guest)).toEqual(before);
    await expect
      .poll(() => guestSeenBy(chair))
      .toEqual({ count: 2, heading: "In the room (2)", id: guestId, away: false, queue: [CHAIR, GUEST] });
    expect(errors).toEqual([]);
  });
});
