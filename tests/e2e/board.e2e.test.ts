/**
 * The board in a real Chromium against the real server: others' posts landing out of view raise
 * a "new posts" sign that scrolls to them and puts the focus on the first one's Reply; a reply
 * can be written with the keyboard alone (Tab to Reply, Enter, type, Tab to the button, Enter)
 * and on a touch screen by tapping.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { serverAndBrowser } from "./harness.js";
import { QUESTION, stageSeminar, TABLE_ROLES, type StagedSeminar } from "./live-seminar.js";
import { studentPage } from "./take-screenshots.js";

const LONG =
  "The strike committees met in the square every evening, and anyone could speak; what they asked for was written down and read out again the next day, so that nobody could claim later that the miners had wanted something else.";

/** Whether the post `postId` is inside the visible part of the scrolling panel (or the page). */
const inView = (page: Page, postId: string) =>
  page.$eval(`li.post[data-post="${postId}"]`, (li) => {
    const box = li.closest(".tabpanel")?.getBoundingClientRect();
    const r = li.getBoundingClientRect();
    const bottom = Math.min(box?.bottom ?? innerHeight, innerHeight);
    return r.top >= (box?.top ?? 0) - 1 && r.top < bottom - 8;
  });

/** The reply `text` as the server recorded it: to which post. */
const replyOf = (seminar: StagedSeminar, text: string) =>
  seminar.facilitator.state.posts.find((p) => p.text === text)?.replyTo ?? null;

describe("the board", { timeout: 180_000 }, () => {
  const it_ = serverAndBrowser();

  it("signs new posts out of view, scrolls to them, and takes a reply from the keyboard alone", async () => {
    const seminar = await stageSeminar(it_.server.url, { atTable: 4, inAudience: 0 });
    const reader = await studentPage(
      it_.browser,
      it_.server.url,
      seminar.roomId,
      { width: 1366, height: 768 },
      "Nadia Reader",
      TABLE_ROLES[6].id,
    );
    const errors: string[] = [];
    reader.on("pageerror", (e) => errors.push(e.message));
    await reader.waitForSelector("#prompt-question");

    // Two posts in view, then more than the panel can show while the reader reads the top.
    for (const [i, s] of seminar.students.slice(0, 2).entries())
      s.send("post", { promptId: QUESTION.id, text: `Opening post ${i + 1}` });
    await expect.poll(() => reader.locator("#board li.post").count()).toBe(2);
    expect(await reader.isVisible("#new-posts")).toBe(false);
    for (let i = 0; i < 10; i++)
      seminar.students[i % 4].send("post", { promptId: QUESTION.id, text: `Post ${i + 1}: ${LONG}` });
    await expect.poll(() => reader.locator("#board li.post").count(), { timeout: 10_000 }).toBe(12);
    await reader.waitForSelector("#new-posts:not([hidden])");
    const sign = (await reader.textContent("#new-posts"))!;
    const count = Number(/\d+/.exec(sign)?.[0]);
    expect(sign).toMatch(/new posts?/);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(10);
    const ids = await reader.$$eval("#board > li.post", (lis) => lis.map((li) => li.getAttribute("data-post")!));
    const firstUnseen = ids[ids.length - count];
    expect(await inView(reader, firstUnseen)).toBe(false);

    // The sign scrolls to the first of them and puts the focus on its Reply.
    await reader.click("#new-posts");
    await expect.poll(() => inView(reader, firstUnseen)).toBe(true);
    expect(await reader.isVisible("#new-posts")).toBe(false);
    expect(await reader.evaluate(() => document.activeElement?.getAttribute("data-reply"))).toBe(firstUnseen);

    // Keyboard: Enter on Reply opens the reply, the words go in, Tab reaches Post, Enter sends.
    await reader.keyboard.press("Enter");
    await expect.poll(() => reader.isVisible(".reply-note")).toBe(true);
    expect(await reader.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    await reader.keyboard.type("A reply typed without a mouse.");
    await reader.keyboard.press("Tab");
    expect(await reader.evaluate(() => document.activeElement?.id)).toBe("post-button");
    await reader.keyboard.press("Enter");
    await expect.poll(() => replyOf(seminar, "A reply typed without a mouse.")).toBe(firstUnseen);
    await expect
      .poll(() => reader.textContent(`li.post[data-post="${firstUnseen}"] .replies`).catch(() => ""))
      .toContain("A reply typed without a mouse.");

    // From the composer, Tab goes on to the posts' Reply buttons.
    await reader.focus("#post-button");
    let reached: string | null = null;
    for (let i = 0; i < 6 && !reached; i++) {
      await reader.keyboard.press("Tab");
      reached = await reader.evaluate(() => document.activeElement?.getAttribute("data-reply") ?? null);
    }
    expect(reached).toBe(ids[0]);
    expect(errors).toEqual([]);
    await reader.context().close();
    await seminar.leave();
  });

  it("takes a reply by tapping on a touch screen", async () => {
    const seminar = await stageSeminar(it_.server.url, { atTable: 2, inAudience: 0 });
    seminar.students[0].send("post", {
      promptId: QUESTION.id,
      text: "Who here has spoken with the strike committees?",
    });
    await seminar.facilitator.until((s) => s.posts.length === 1, "the post");
    const postId = seminar.facilitator.state.posts[0].postId;
    const context = await it_.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const phone = await context.newPage();
    await phone.goto(`${it_.server.url}/?room=${seminar.roomId}&lang=en`);
    await phone.fill("#name", "Tomas Phone");
    await phone.tap("#join");
    await phone.waitForSelector("#role-picker[open]");
    await phone.tap("#stay-observer");
    await phone.waitForSelector("#role-picker", { state: "hidden" });
    await phone.tap("#tab-discussion");
    const reply = phone.locator(`button[data-reply="${postId}"]`);
    await reply.scrollIntoViewIfNeeded();
    await reply.tap();
    await expect.poll(() => phone.isVisible(".reply-note")).toBe(true);
    await phone.tap(".composer textarea");
    await phone.fill(".composer textarea", "Tapped in on a phone.");
    await phone.tap("#post-button");
    await expect.poll(() => replyOf(seminar, "Tapped in on a phone.")).toBe(postId);
    await context.close();
    await seminar.leave();
  });
});
