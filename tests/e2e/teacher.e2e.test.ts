/**
 * Issue 12 end to end, as a teacher runs a class, in a real Chromium against the real server:
 * the teacher opens a private seminar with a passcode and "I assign the roles" from the door;
 * two students join by the invitation link with the passcode; the teacher gives them roles, and
 * a student's own Take is refused; the teacher hides a post (gone on the other page), removes a
 * student (their page says so), and ends the seminar: both remaining pages show the end screen,
 * and its replay link plays the seminar. Screenshots of the desk, the end screen and the removed
 * page (1366×768 and 390×844) go to test-results/e2e/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openFirstQuestion, ROOT } from "./harness.js";
import { LAPTOP, PHONE, watchedPages } from "./watched-pages.js";

const SHOTS = join(ROOT, "test-results", "e2e");
const TITLE = "Class 10B · Trotsky and the miners";
const PASSCODE = "kuzbass-89";
const HIDDEN = "Write something rude here, to see what the teacher does.";

describe("the teacher runs the class", { timeout: 240_000 }, () => {
  const run = watchedPages();

  /** Both sizes of what `page` shows now, as `name-1366.png` and `name-390.png`, `focus` in view. */
  const shoot = async (page: Page, name: string, focus: string) => {
    await page.locator(focus).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `${name}-1366.png`) });
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    await page.locator(focus).evaluate((el) => el.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: join(SHOTS, `${name}-390.png`) });
    await page.setViewportSize(LAPTOP);
  };

  /** A student at the invitation link: asked for the passcode, then in the room, offered no roles. */
  const student = async (link: string, name: string): Promise<Page> => {
    const p = await run.page(name);
    await p.goto(link);
    await p.fill("#name", name);
    await p.click("#join");
    await p.waitForSelector("#join-passcode", { state: "visible" });
    await p.fill("#join-passcode", PASSCODE);
    await p.click("#join");
    await p.waitForSelector("#room-code");
    return p;
  };

  it("from the door to the end screen", async () => {
    mkdirSync(SHOTS, { recursive: true });
    const teacher = await run.page("teacher");
    await teacher.goto(`${run.server.url}/`);
    await teacher.fill("#name", "Olga Ivanovna");
    await teacher.fill("#title", TITLE);
    await teacher.fill("#create-passcode", PASSCODE);
    await teacher.check("#role-claiming-facilitator");
    await teacher.click("#create");
    await teacher.waitForSelector("#facilitator-desk:not([hidden])");
    // The facilitator may take a role; Olga stays an observer.
    await teacher.waitForSelector("#role-picker[open]");
    await teacher.click("#stay-observer");
    expect(await teacher.isChecked("#desk-claiming-facilitator")).toBe(true);
    const code = (await teacher.textContent("#room-code"))!.trim();
    const link = `${run.server.url}/?room=${code}`;

    const ann = await student(link, "Ann Miner");
    const bob = await student(link, "Bob Historian");
    for (const p of [ann, bob]) expect(await p.isVisible("#role-picker")).toBe(false);

    // A student's own Take is refused: the teacher gives the roles, so the picker offers none and
    // says why (the server's own refusal of claimRole is tested in tests/integration/teacher.test.ts).
    await bob.click("#choose-role");
    await bob.waitForSelector("#roles-assigned:not([hidden])");
    const takes = bob.locator(".role-card:not(.taken) button.take");
    expect(await takes.count()).toBeGreaterThan(0);
    for (const take of await takes.all()) expect(await take.isDisabled()).toBe(true);
    expect(await bob.textContent(".role-card:not(.taken) .role-status")).toBe("Given by the facilitator");
    await bob.click("#close-roles");
    expect(await bob.textContent("#me")).toBe("You: Bob Historian");

    // The teacher gives each student a role from the desk.
    const given = new Map<string, string>();
    for (const [name, p] of [
      ["Ann Miner", ann],
      ["Bob Historian", bob],
    ] as const) {
      const row = teacher.locator("#desk-people li", { has: teacher.locator(`.who:text-is("${name}")`) });
      const option = row.locator("select.desk-role option:nth-child(2)");
      const roleName = (await option.textContent())!.trim();
      await row.locator("select.desk-role").selectOption(await option.getAttribute("value"));
      await row.locator('button[data-act="assign"]').click();
      await expect.poll(() => p.textContent("#me")).toBe(`${name} as ${roleName}`);
      given.set(name, roleName);
    }
    expect(new Set(given.values()).size).toBe(2);
    await shoot(teacher, "teacher-desk", "#desk-heading");

    // A post, hidden by the teacher from the post itself: gone on the other page at once.
    await openFirstQuestion(teacher);
    await ann.fill("form.composer textarea", HIDDEN);
    await ann.click("#post-button");
    const onBob = bob.locator("#board li.post");
    await expect.poll(() => onBob.textContent()).toContain(HIDDEN);
    await teacher.locator("#board li.post button.hide-post").click();
    await teacher.click("#hide-confirm-yes");
    await expect.poll(() => onBob.locator(".hidden-post").textContent()).toBe("Hidden by the moderator.");
    expect(await bob.textContent("#board")).not.toContain(HIDDEN);
    // Each page applies the hide when its own broadcast arrives; Ann's may come after Bob's.
    await expect.poll(() => ann.textContent("#board")).not.toContain(HIDDEN);

    // The teacher removes Bob: his page says so plainly, and nothing of the room is left there.
    const bobRow = teacher.locator("#desk-people li", { has: teacher.locator('.who:text-is("Bob Historian")') });
    await bobRow.locator('button[data-act="remove"]').click();
    await teacher.click("#desk-confirm-yes");
    await bob.waitForSelector("#removed-screen");
    expect(await bob.textContent("#removed-screen h1")).toBe("You were removed from this seminar");
    expect(await bob.textContent("#removed-screen")).toContain(`removed you from “${TITLE}”`);
    expect(await bob.locator("#room").count()).toBe(0);
    await shoot(bob, "teacher-removed", "#removed-screen");

    // The end: both remaining pages show the end screen, with the record's links.
    await teacher.click("#end-seminar");
    await teacher.click("#desk-confirm-yes");
    for (const p of [teacher, ann]) {
      await p.waitForSelector("#end-screen");
      expect(await p.textContent("#end-screen h1")).toBe("The seminar has ended");
      expect(await p.textContent("#end-screen")).toContain(TITLE);
      expect(await p.locator("#room").count()).toBe(0);
    }
    await shoot(ann, "teacher-end", "#end-screen");
    // The seat keys are kept after the end: they still open the passcoded record (a facilitator
    // who came through the private link knows no passcode).
    for (const p of [teacher, ann]) {
      const key = await p.evaluate((id) => sessionStorage.getItem(`sputnik:seat:${id}`), code);
      expect(key).not.toBeNull();
      const res = await fetch(`${run.server.url}/api/sessions/${code}/log`, { headers: { "X-Seat-Key": key! } });
      expect(res.status).toBe(200);
    }
    // The replay link works (the student's browser keeps the passcode it joined with).
    await ann.click("#end-replay");
    await ann.waitForSelector("#replay");
    await ann.focus("#timeline");
    await ann.keyboard.press("End");
    await ann.click("#tab-discussion");
    await expect.poll(() => ann.locator("#replay .hidden-post").count(), { timeout: 10_000 }).toBe(1);
    expect(await ann.textContent("#replay")).not.toContain(HIDDEN);
  });
});
