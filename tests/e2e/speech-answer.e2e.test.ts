/**
 * Issue 11: the speech box learns the fate of a speech from the server's answer to that very
 * sending (its `cid`), not by comparing texts. The speaker's WebSocket runs through a gate
 * (Playwright's routeWebSocket) that can hold what the server sends, so the test decides what
 * the page knows when: a speech sent after the turn ended on the server (the page not told yet)
 * is refused and its words stay; words typed while a speech is on its way are not wiped when it
 * is accepted; an accepted speech empties the box. The board's composer, likewise.
 */
import type { Page, WebSocketRoute } from "playwright-core";
import { describe, expect, it } from "vitest";
import { joinWithRole, openSeminarAsChair } from "./door-steps.js";
import { openFirstQuestion, serverAndBrowser } from "./harness.js";

const VIEWPORT = { width: 1366, height: 900 };

/**
 * What the server sends to the page waits while `held`; `release` lets it through in order.
 * The page counts the messages its sockets were handed, so a test can wait until the page has
 * taken in everything let through (`delivered`) instead of sleeping.
 */
function gate() {
  let held = false;
  let forwarded = 0;
  let gated: Page | null = null;
  const waiting: (string | Buffer)[] = [];
  const pages: WebSocketRoute[] = [];
  const forward = (ws: WebSocketRoute, m: string | Buffer) => {
    forwarded++;
    ws.send(m);
  };
  return {
    async attach(page: Page) {
      gated = page;
      await page.routeWebSocket(/.*/, (ws) => {
        const server = ws.connectToServer();
        pages.push(ws);
        ws.onMessage((m) => server.send(m));
        server.onMessage((m) => (held ? waiting.push(m) : forward(ws, m)));
      });
      // colyseus.js first tries Node's `new WebSocket(url, { headers, protocols })` and expects a
      // browser to throw at once; Playwright's routed WebSocket only fails later, so the page would
      // never connect. Throw at once, as Chromium's own WebSocket does.
      await page.addInitScript(() => {
        window.WebSocket = new Proxy(window.WebSocket, {
          construct(target, args: [string | URL, unknown?]) {
            const [url, protocols] = args;
            if (protocols !== undefined && typeof protocols !== "string" && !Array.isArray(protocols))
              throw new DOMException("protocols must be strings", "SyntaxError");
            const socket = Reflect.construct(target, protocols === undefined ? [url] : [url, protocols]) as WebSocket;
            // Added before colyseus.js sets its own handler, so it runs first for each message;
            // a later evaluate sees the count only after that message was handled.
            const w = window as unknown as { __received?: number };
            socket.addEventListener("message", () => (w.__received = (w.__received ?? 0) + 1));
            return socket;
          },
        });
      });
    },
    hold() {
      held = true;
    },
    /** Whether a held message is of this type (its name is in the frame as it is). */
    holds(type: string) {
      return waiting.some((m) => (typeof m === "string" ? m.includes(type) : m.includes(Buffer.from(type))));
    },
    release() {
      held = false;
      const ws = pages.at(-1)!;
      for (const m of waiting.splice(0)) forward(ws, m);
    },
    /** Waits until the page has handled every message let through so far. */
    async delivered() {
      const page = gated!;
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __received?: number }).__received ?? 0))
        .toBe(forwarded);
    },
  };
}

describe("the speech box and the server's answer", { timeout: 150_000 }, () => {
  const env = serverAndBrowser();

  it("keeps a refused speech, keeps words typed while one is on its way, and empties on acceptance", async () => {
    const { server, browser } = env;
    const chair = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    const code = await openSeminarAsChair(chair, server.url, "Chair");
    await openFirstQuestion(chair);

    const speaker = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    const wire = gate();
    await wire.attach(speaker);
    await joinWithRole(speaker, server.url, code, "Vera");
    const box = "#speech-box textarea";
    const spoken = () => chair.locator("#transcript .speech-text").allTextContents();
    await chair.click("#tab-transcript");

    const giveFloor = async () => {
      await speaker.click("#hand-button");
      await expect.poll(() => chair.textContent("#queue")).toContain("Vera");
      await chair.click("#give-next");
      await expect.poll(() => speaker.isEnabled("#speak-button")).toBe(true);
    };

    /** With the server's acceptance held, types `words` into `field`; once the page has it, they are still there. */
    const typeOnWhileAccepted = async (field: string, words: string) => {
      await expect.poll(() => wire.holds("accepted")).toBe(true);
      await speaker.fill(field, words);
      wire.release();
      await wire.delivered();
      expect(await speaker.inputValue(field)).toBe(words);
    };

    // 1. The chair ends the turn; the speaker's page has not heard yet and sends: refused, kept.
    await giveFloor();
    wire.hold();
    await chair.click("#end-turn");
    await expect.poll(() => chair.textContent("#floor-status")).not.toContain("Vera");
    const refused = "Comrades, the miners asked for soap, not for capitalism.";
    await speaker.fill(box, refused);
    await speaker.click("#speak-button");
    // The refusal is held too: the page learns of the ended turn and the refusal together.
    await expect.poll(() => wire.holds("rejected")).toBe(true);
    wire.release();
    await expect.poll(() => speaker.textContent("#speech-box .error-slot")).not.toBe("");
    expect(await speaker.inputValue(box)).toBe(refused);
    expect(await spoken()).toEqual([]);

    // 2. Spoken while the answer is held, then typed on: the speech is in, the new words stay.
    await giveFloor();
    expect(await speaker.inputValue(box)).toBe(refused);
    wire.hold();
    await speaker.click("#speak-button");
    await expect.poll(spoken).toEqual([refused]);
    await typeOnWhileAccepted(box, "And a second point");

    // 3. An ordinary speech: accepted, the box is empty for the next one.
    await speaker.click("#speak-button");
    await expect.poll(spoken).toEqual([refused, "And a second point"]);
    await expect.poll(() => speaker.inputValue(box)).toBe("");

    // The board's composer works the same way: words typed while a post is on its way stay.
    const composer = ".composer textarea";
    const board = () => chair.locator("#board .post-text").allTextContents();
    await chair.click("#tab-discussion");
    wire.hold();
    await speaker.fill(composer, "A first post");
    await speaker.click("#post-button");
    await expect.poll(board).toEqual(["A first post"]);
    await typeOnWhileAccepted(composer, "A second post, half written");
    await speaker.click("#post-button");
    await expect.poll(board).toEqual(["A first post", "A second post, half written"]);
    await expect.poll(() => speaker.inputValue(composer)).toBe("");
  });
});
