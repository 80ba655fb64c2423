/**
 * Procedure in a real Chromium against the real server: a point of order jumps the queue on
 * both students' pages, and a motion the chair puts to the vote is cast by two role holders,
 * closed, and its result shown to everyone.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildClientIfStale, launchBrowser, startServer, type RunningServer } from "./harness.js";

const VIEWPORT = { width: 1366, height: 900 };

describe("procedure in the browser", { timeout: 150_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    await buildClientIfStale();
    server = await startServer();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    expect(errors).toEqual([]);
  });

  const page = async (who: string) => {
    const p = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    p.on("pageerror", (e) => errors.push(`${who}: ${e.message}`));
    return p;
  };

  /** Joins by code and takes the first free role that is not the chair. */
  const student = async (code: string, name: string): Promise<Page> => {
    const p = await page(name);
    await p.goto(`${server.url}/?room=${code}`);
    await p.fill("#name", name);
    await p.click("#join");
    await p.waitForSelector("#role-picker[open]");
    await p.click(".role-card:not(.taken):not(:has(.chair-badge)) button.take");
    await p.waitForSelector("#role-picker", { state: "hidden" });
    return p;
  };

  const queueOrder = (p: Page) =>
    p.$$eval("#queue > li", (lis) => lis.map((li) => `${li.querySelector(".who")?.textContent}:${li.dataset.hand}`));

  it("puts a point of order first on both pages, and runs a vote from opening to result", async () => {
    const chair = await page("chair");
    await chair.goto(`${server.url}/`);
    await chair.fill("#name", "Alexei Z");
    await chair.click("#create");
    await chair.waitForSelector("#role-picker[open]");
    await chair.click(".role-card:has(.chair-badge) button.take");
    await chair.waitForSelector("#role-picker", { state: "hidden" });
    const code = (await chair.textContent("#room-code"))!.trim();
    const ann = await student(code, "Ann Miner");
    const bob = await student(code, "Bob Historian");

    // Ann raises a hand with one click (a point); Bob chooses a point of order.
    await ann.click("#hand-button");
    await expect.poll(() => chair.locator("#queue > li").count()).toBe(1);
    await bob.selectOption(".hand-intent", "order");
    await bob.click("#hand-button");
    for (const p of [ann, bob]) {
      await p.click("#tab-people");
      await expect.poll(() => queueOrder(p)).toEqual(["Bob Historian:order", "Ann Miner:point"]);
    }
    expect(await bob.textContent("#queue > li:first-child")).toMatch(/point of order/i);

    // The chair puts a motion; both role holders vote; the chair closes it.
    await chair.fill("#motion-form input", "That the seminar hears the miners first");
    await chair.click("#motion-form button[type=submit]");
    for (const p of [ann, bob]) {
      await p.waitForSelector("#open-vote:not([hidden])");
      expect(await p.textContent("#open-vote-text")).toBe("That the seminar hears the miners first");
    }
    await ann.click('#open-vote button[data-choice="for"]');
    await bob.click('#open-vote button[data-choice="against"]');
    await expect.poll(() => chair.textContent("#open-vote-tally")).toBe("1 for · 1 against · 0 abstaining");
    await expect.poll(() => ann.getAttribute('#open-vote button[data-choice="for"]', "aria-pressed")).toBe("true");
    await bob.click('#open-vote button[data-choice="abstain"]');
    await expect.poll(() => ann.textContent("#open-vote-tally")).toBe("1 for · 0 against · 1 abstaining");
    await chair.click("#close-vote");
    for (const p of [chair, ann, bob]) {
      await p.waitForSelector("#open-vote", { state: "hidden" });
      await expect.poll(() => p.textContent("#vote-results")).toContain("Carried:");
      expect(await p.textContent("#vote-results")).toContain("That the seminar hears the miners first");
      expect(await p.textContent("#vote-results")).toContain("1 for · 0 against · 1 abstaining");
    }
    // Students have no desk to open votes.
    expect(await ann.isVisible("#vote-desk")).toBe(false);
  });
});
