/**
 * Hostile text in a real Chromium: two participants whose names, speeches, posts and replies
 * are full of markup, script, template syntax, a `javascript:` link, bidi and zero-width
 * characters, and a 2,000-character Cyrillic speech. On both pages nothing runs and nothing is
 * parsed: no element is made from it, every word shows as text in the transcript, the board, the
 * people list and the live region, the hall still draws, and the page does not scroll sideways.
 * The minutes escape it too. Screenshots go to test-results/e2e/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinWithRole, openSeminarAsChair } from "./door-steps.js";
import { launchBrowser, pixelStats, ROOT, type RunningServer } from "./harness.js";
import { buildPrivateClient, startPrivateServer } from "./private-server.js";

const SHOTS = join(ROOT, "test-results", "e2e");
const VIEWPORT = { width: 1366, height: 768 };

// Names: at most 40 characters each.
const NAME_A = `<img src=x onerror="window.__pwned=1">`;
const NAME_B = `"><svg onload=window.__pwned=3>\u202Eevil\u200B\u200D\u05D0`;
// The server stores names cleaned of bidi and zero-width controls (issue 12), so that is what shows.
const SHOWN_B = `"><svg onload=window.__pwned=3>evil\u05D0`;
const SPEECH = `<script>window.__pwned=2</script> {{constructor.constructor('window.__pwned=5')()}} \u202Eright-to-left\u202C and zero\u200Bwidth`;
const POST = `[x](javascript:window.__pwned=4) javascript:window.__pwned=4 <img src=x onerror="window.__pwned=1">`;
const REPLY = `{{constructor.constructor('window.__pwned=5')()}} "><svg onload=window.__pwned=3> \u202B\u05E9\u05DC\u05D5\u05DD\u202C <script>window.__pwned=2</script>`;
/** 2,000 characters of Cyrillic, with one unbreakable 300-letter word in it. */
const LONG_SPEECH = (() => {
  const words =
    "Товарищи, шахтёры Кузбасса просили мыла раньше, чем новой конституции; это не бунт против социализма, а требование сдержать слово. ";
  let s = `${"Ы".repeat(300)} `;
  while (s.length < 2000) s += words;
  s = s.slice(0, 1999).trimEnd();
  return s + "я".repeat(2000 - s.length);
})();

/** Everything that would betray parsed markup or a run script, on one page. */
function damage(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    imgX: document.querySelectorAll("img[src=x]").length,
    svgOnload: document.querySelectorAll("svg[onload]").length,
    handlers: document.querySelectorAll("[onerror], [onload]").length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    // The app's own scripts are its bundle in <head>; nothing else may appear.
    foreignScripts: [...document.querySelectorAll("script")].filter(
      (s) => !(s.src && new URL(s.src).pathname.startsWith("/assets/")),
    ).length,
    panelElements: document.querySelectorAll(
      "#transcript img, #transcript svg, #transcript script, #board img, #board svg, #board script, #participants img, #participants svg, #participants script, #announcer *",
    ).length,
  }));
}

const text = (page: Page, sel: string) => page.$eval(sel, (el) => el.textContent ?? "");
const noSideScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe("hostile text in the browser", { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const [clientDir, b] = await Promise.all([buildPrivateClient(), launchBrowser()]);
    browser = b;
    server = await startPrivateServer(clientDir);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows names, speeches, posts and replies as text and runs nothing", async () => {
    const errors: string[] = [];
    const a = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    a.on("pageerror", (e) => errors.push(`a: ${e.message}`));
    const code = await openSeminarAsChair(a, server.url, NAME_A);
    await a.waitForSelector("#chair-controls:not([hidden])");

    const b = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    b.on("pageerror", (e) => errors.push(`b: ${e.message}`));
    await joinWithRole(b, server.url, code, NAME_B);
    await expect.poll(() => text(a, "#participants")).toContain(SHOWN_B);

    // A question, a hostile post and a hostile reply.
    await a.click("#open-prompt");
    await expect.poll(() => text(b, "#prompt")).not.toContain("has not opened");
    await a.fill(".composer textarea", POST);
    await a.click("#post-button");
    await expect.poll(() => text(b, "#board")).toContain(POST);
    await b.click(`#board .post button:has-text("Reply")`);
    await b.fill(".composer textarea", REPLY);
    await b.click("#post-button");
    await expect.poll(() => text(a, "#board .replies")).toContain(REPLY);

    // B takes the floor: a hostile speech, then 2,000 characters of Cyrillic.
    await b.click("#hand-button");
    await expect.poll(() => text(a, "#queue")).toContain(SHOWN_B);
    await a.click("#give-next");
    await b.waitForSelector("#speech-box", { state: "visible" });
    // The name is isolated (FSI … PDI): its unclosed U+202E cannot reverse "has the floor".
    await expect.poll(() => text(a, "#announcer")).toBe(`\u2068${SHOWN_B}\u2069 has the floor.`); // its Hebrew letter still needs isolating
    expect(await text(a, "#floor-status")).toMatch(/^\u2068.*\u2069 has the floor, as /);
    await b.fill("#speech-box textarea", SPEECH);
    await b.click("#speak-button");
    await expect.poll(() => b.inputValue("#speech-box textarea")).toBe("");
    await b.fill("#speech-box textarea", LONG_SPEECH);
    await b.click("#speak-button");
    for (const page of [a, b]) await expect.poll(() => page.getAttribute("#hall", "data-bubble")).toBe(LONG_SPEECH);

    // The long bubble and the long speech in the transcript leave the page as wide as the window.
    await a.click("#tab-transcript");
    await a.waitForTimeout(300);
    expect(await noSideScroll(a)).toBe(true);
    expect(await noSideScroll(b)).toBe(true);
    await a.screenshot({ path: join(SHOTS, "hostile-transcript.png") });
    const hall = await a.locator("#hall").screenshot({ path: join(SHOTS, "hostile-hall.png") });
    const stats = await pixelStats(a, hall);
    expect(stats.distinct).toBeGreaterThan(200);
    expect(stats.dominantShare).toBeLessThan(0.6);

    // A takes the floor too, so B's live region names A.
    await b.click("#yield-button");
    await a.click("#hand-button");
    await a.click("#give-next");
    await expect.poll(() => text(b, "#announcer")).toBe(`${NAME_A} has the floor.`); // no bidi in it: as it is
    await b.click("#tab-people");
    await b.waitForTimeout(300);
    await b.screenshot({ path: join(SHOTS, "hostile-people.png") });
    await b.click("#tab-discussion");
    await b.screenshot({ path: join(SHOTS, "hostile-board.png") });

    for (const page of [a, b]) {
      expect(await damage(page)).toEqual({
        pwned: undefined,
        imgX: 0,
        svgOnload: 0,
        handlers: 0,
        jsLinks: 0,
        foreignScripts: 0,
        panelElements: 0,
      });
      const transcript = await text(page, "#transcript");
      for (const s of [SPEECH, LONG_SPEECH, SHOWN_B]) expect(transcript).toContain(s);
      const board = await text(page, "#board");
      for (const s of [POST, REPLY, NAME_A, SHOWN_B]) expect(board).toContain(s);
      const people = await text(page, "#participants");
      for (const s of [NAME_A, SHOWN_B]) expect(people).toContain(s);
      expect(people).not.toContain("\u202E");
      expect(await noSideScroll(page)).toBe(true);
      const canvasShot = await page.locator("#hall canvas").screenshot();
      expect((await pixelStats(page, canvasShot)).distinct).toBeGreaterThan(200);
    }
    // A's page learns that it has the floor from its own broadcast, maybe after B's.
    await expect.poll(() => text(a, "#announcer")).toBe("You have the floor.");

    // The minutes: the same text, escaped for Markdown, never raw markup.
    const res = await fetch(`${server.url}/api/sessions/${code}/minutes`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/markdown/);
    const minutes = await res.text();
    expect(minutes).not.toMatch(/<img|<script|<svg/i);
    expect(minutes).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(minutes).toContain("&lt;img src=x onerror=");
    expect(minutes).toContain("&lt;script&gt;window.\\_\\_pwned=2&lt;/script&gt;");
    expect(minutes).toContain("Товарищи, шахтёры Кузбасса");

    expect(errors).toEqual([]);
  });
});
