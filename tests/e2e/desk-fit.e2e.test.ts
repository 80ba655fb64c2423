/**
 * The chair's and the facilitator's desks fit the screens teachers have, in a real Chromium
 * against the real server: on a 1366×768 school laptop, mid-class (a question open, hands up, a
 * student on the floor, a motion put to the vote), every common control of the desks is on the
 * screen and clickable without scrolling the page (End the seminar, Lock, Close the question,
 * Give the floor, End the turn, Open question, the speech limit, Close the vote); on a 900 px
 * half-screen window the page scrolls, but nothing is wider than it and each control is reachable
 * and whole. Screenshots go to test-results/e2e/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Client } from "colyseus.js";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openSeminarAsObserver } from "./door-steps.js";
import { openFirstQuestion, ROOT } from "./harness.js";
import { StagedClient, studentName } from "./live-seminar.js";
import { LAPTOP, watchedPages } from "./watched-pages.js";

const SHOTS = join(ROOT, "test-results", "e2e");
const HALF = { width: 900, height: 760 };

/** The desks' controls a teacher uses in every class, with the words each must keep. */
const COMMON: [string, RegExp][] = [
  ["#end-seminar", /^End the seminar$/],
  ["#desk-lock", /^Lock the seminar$/],
  ["#desk-close-prompt", /^Close the question$/],
  ["#give-next", /^Give the floor to /],
  ["#end-turn", /^End the turn$/],
  ["#give-to-button", /^Give floor$/],
  ["#open-prompt", /^Open question$/],
  ["#chair-controls form button[type=submit]", /^Set$/],
  ["#close-vote", /^Close the vote$/],
];

/** Whether the control is on the screen, whole, and the one a click at its centre reaches. */
const reachable = (p: Page, selector: string) =>
  p.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    const whole = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return whole && !!hit && (hit === el || el.contains(hit));
  });

describe("the desks on a school laptop", { timeout: 180_000 }, () => {
  const run = watchedPages();

  /** A class in mid-debate, run by a teacher at `viewport`: the teacher's page and the students. */
  async function midClass(viewport: { width: number; height: number }) {
    const teacher = await run.page("teacher", viewport);
    const code = await openSeminarAsObserver(teacher, run.server.url, "Ms Novak");
    const ws = run.server.url.replace(/^http/, "ws");
    const students: StagedClient[] = [];
    for (let i = 0; i < 8; i++)
      students.push(new StagedClient(await new Client(ws).joinById(code, { name: studentName(i) })));
    await expect.poll(() => teacher.locator("#desk-people li").count()).toBe(9);
    await openFirstQuestion(teacher);
    for (const [i, intent] of [
      [1, "point"],
      [2, "reply"],
      [3, "question"],
    ] as const)
      students[i].send("raiseHand", { intent });
    await expect.poll(() => teacher.locator("#chair-queue li").count()).toBe(3);
    await teacher.click("#give-next");
    await expect.poll(() => teacher.locator("#chair-queue li").count()).toBe(2);
    students[1].send("speak", { text: "The strike committees did not ask for capitalism." });
    await teacher.fill("#motion-form input", "That the seminar hears the miners first");
    await teacher.click("#motion-form button");
    await teacher.waitForSelector("#close-vote:visible");
    await teacher.waitForSelector("#give-next:has-text('Give the floor to')");
    return { teacher, students };
  }

  it("at 1366×768 mid-class, every common control of the desks is on the screen without scrolling", async () => {
    mkdirSync(SHOTS, { recursive: true });
    const { teacher, students } = await midClass(LAPTOP);
    await teacher.screenshot({ path: join(SHOTS, "desk-1366.png") });
    const { scrollHeight, scrollWidth } = await teacher.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
    }));
    expect(scrollHeight).toBeLessThanOrEqual(LAPTOP.height);
    expect(scrollWidth).toBeLessThanOrEqual(LAPTOP.width);
    for (const [selector, words] of COMMON) {
      expect((await teacher.textContent(selector))?.trim(), selector).toMatch(words);
      expect(await reachable(teacher, selector), selector).toBe(true);
    }
    // The hall keeps a readable height above the desks.
    expect((await teacher.locator("#hall").boundingBox())!.height).toBeGreaterThanOrEqual(190);
    for (const s of students) await s.room.leave(true);
  });

  it("in a 900 px half-screen window, nothing is wider than it and each control is whole once scrolled to", async () => {
    const { teacher, students } = await midClass(HALF);
    await teacher.screenshot({ path: join(SHOTS, "desk-900.png"), fullPage: true });
    expect(await teacher.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(HALF.width);
    for (const [selector, words] of COMMON) {
      expect((await teacher.textContent(selector))?.trim(), selector).toMatch(words);
      await teacher.locator(selector).scrollIntoViewIfNeeded();
      expect(await reachable(teacher, selector), selector).toBe(true);
    }
    for (const s of students) await s.room.leave(true);
  });
});
