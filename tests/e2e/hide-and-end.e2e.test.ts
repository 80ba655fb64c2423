/**
 * Moderators hide a post from the post itself, and the facilitator ends the seminar, in a real
 * Chromium against the real server (issue 12): Hide asks first; a hidden post reads "hidden by
 * the moderator" on every page at once, and its words are in no page and not in the log; a
 * stale Hide is refused in plain words; after End (asked first) every page shows the end
 * screen, offers no command any more, and its replay, minutes, log and debrief links work; a
 * student who was offline when it ended gets the end screen when they come back, not a retry loop.
 */
import { Client } from "colyseus.js";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openFirstQuestion } from "./harness.js";
import { joinAsObserver, openSeminarAsObserver } from "./door-steps.js";
import { watchedPages } from "./watched-pages.js";

const RUDE = "Everyone here is an idiot.";
const FAIR = "The strikers asked for soap first.";

describe("hiding posts and ending the seminar", { timeout: 240_000 }, () => {
  const run = watchedPages();
  const { page } = run;

  const join = async (code: string, name: string): Promise<Page> => {
    const p = await page(name);
    await joinAsObserver(p, run.server.url, code, name);
    return p;
  };

  const post = (p: Page, text: string) => p.locator("#board li.post", { hasText: text });

  it("hides a post for everyone at once, and ends the seminar into the end screen", async () => {
    const teacher = await page("teacher");
    const code = await openSeminarAsObserver(teacher, run.server.url, "Ms Novak");
    const ann = await join(code, "Ann Miner");
    const bob = await join(code, "Bob Chair");
    // The chair is given: Bob moderates with the teacher.
    const bobRow = teacher.locator("#desk-people li", { has: teacher.locator('.who:text-is("Bob Chair")') });
    const scenario = (await (await fetch(`${run.server.url}/api/scenarios/sputnik-1990`)).json()) as {
      roles: { id: string; chair: boolean }[];
    };
    const chairId = scenario.roles.find((r) => r.chair)!.id;
    await bobRow.locator("select.desk-role").selectOption(chairId);
    await bobRow.locator('button[data-act="assign"]').click();
    await bob.waitForSelector("#chair-controls:not([hidden])");

    await openFirstQuestion(teacher);
    for (const text of [RUDE, FAIR]) {
      await ann.fill("form.composer textarea", text);
      await ann.click("#post-button");
      await expect.poll(() => teacher.locator("#board li.post").count()).toBe(text === RUDE ? 1 : 2);
    }
    for (const p of [teacher, ann, bob]) await post(p, FAIR).waitFor();
    // Only moderators have Hide.
    expect(await ann.locator("#board button.hide-post").count()).toBe(0);
    await expect.poll(() => bob.locator("#board button.hide-post").count()).toBe(2);

    // Hide asks first: Cancel keeps the post.
    await post(teacher, RUDE).locator("button.hide-post").click();
    await teacher.waitForSelector("#hide-confirm[open]");
    await teacher.click("#hide-confirm-no");
    expect(await post(ann, RUDE).count()).toBe(1);
    // Confirmed: every page shows it hidden by the moderator at once; its words are nowhere.
    await post(teacher, RUDE).locator("button.hide-post").click();
    await teacher.click("#hide-confirm-yes");
    for (const p of [teacher, ann, bob]) {
      await expect.poll(() => p.locator("#board .hidden-post").count()).toBe(1);
      expect(await p.textContent("#board .hidden-post")).toBe("Hidden by the moderator.");
      expect(await p.textContent("#board")).not.toContain(RUDE);
      expect(await p.textContent("#board")).toContain(FAIR);
    }
    expect(await teacher.locator("#board button.hide-post").count()).toBe(1);

    // A stale Hide (the chair was asked while the teacher hid it) is refused in plain words.
    await post(bob, FAIR).locator("button.hide-post").click();
    await bob.waitForSelector("#hide-confirm[open]");
    await post(teacher, FAIR).locator("button.hide-post").click();
    await teacher.click("#hide-confirm-yes");
    await expect.poll(() => bob.locator("#board .hidden-post").count()).toBe(2);
    await bob.click("#hide-confirm-yes");
    await expect.poll(() => bob.textContent("#board-heading + .error-slot")).toBe("That post is already hidden.");

    // End asks first; Cancel keeps the seminar going.
    await teacher.click("#end-seminar");
    await teacher.waitForSelector("#desk-confirm[open]");
    expect(await teacher.textContent("#desk-confirm-heading")).toBe("End the seminar for everyone?");
    await teacher.click("#desk-confirm-no");
    expect(await ann.isVisible("#room")).toBe(true);
    await teacher.click("#end-seminar");
    await teacher.click("#desk-confirm-yes");
    for (const p of [teacher, ann, bob]) {
      await p.waitForSelector("#end-screen");
      expect(await p.textContent("#end-screen h1")).toBe("The seminar has ended");
      // Nothing offers a command any more: the room and its controls are gone.
      expect(await p.locator("#room, #hand-button, #post-button, #facilitator-desk, #chair-controls").count()).toBe(0);
      expect(await p.getAttribute("#end-replay", "href")).toBe(`/replay/${code}`);
      expect(await p.getAttribute("#end-minutes", "href")).toBe(`/minutes/${code}`);
      expect(await p.getAttribute("#end-debrief", "href")).toBe(`/debrief/${code}`);
      expect(await p.getAttribute("#end-log", "download")).toBe(`seminar-${code}.ndjson`);
    }

    // The record: the log has no hidden words; the replay, minutes and debrief open.
    const log = await (await fetch(`${run.server.url}${await ann.getAttribute("#end-log", "href")}`)).text();
    expect(log).toContain("postHidden");
    expect(log).not.toContain(RUDE);
    expect(log).toContain("sessionEnded");
    await ann.click("#end-replay");
    await ann.waitForSelector("#replay");
    await bob.click("#end-minutes");
    await bob.waitForURL(`**/minutes/${code}`);
    await expect.poll(() => bob.textContent("body")).toContain("This post was hidden by the moderator.");
    await teacher.click("#end-debrief");
    await teacher.waitForURL(`**/debrief/${code}`);
    await teacher.waitForSelector("#debrief-charts");
  });
});

describe("ending while a student is offline", { timeout: 120_000 }, () => {
  // A short reconnection window, so the student comes back after it, to a seat key refused as ended.
  const run = watchedPages({ RECONNECT_SECONDS: "2" });

  it("shows the end screen when they come back, instead of trying again and again", async () => {
    const teacher = await run.page("teacher");
    const code = await openSeminarAsObserver(teacher, run.server.url, "Ms Novak");
    // Someone stays connected throughout, so the room outlives the student's absence.
    const stays = await new Client(run.server.url.replace(/^http/, "ws")).joinById(code, { name: "Stays" });
    const seen: string[] = [];
    stays.onMessage("*", (type, message) => {
      if (type === "event") seen.push((message as { type: string }).type);
    });
    const student = await run.page("student");
    await joinAsObserver(student, run.server.url, code, "Ann Miner");

    // Offline long enough for the server to let the seat go (the socket's pings time out, then
    // the window passes): only the seat key could bring the student back now.
    await student.context().setOffline(true);
    await student.waitForSelector('#connection[data-state="reconnecting"]');
    await expect.poll(() => seen.includes("left"), { timeout: 60_000 }).toBe(true);
    await teacher.click("#end-seminar");
    await teacher.click("#desk-confirm-yes");
    await teacher.waitForSelector("#end-screen");
    await student.context().setOffline(false);
    await student.waitForSelector("#end-screen", { timeout: 20_000 });
    expect(await student.textContent("#end-screen .lede")).toContain("while you were away");
    expect(await student.locator("#room").count()).toBe(0);
    // It stays there: nothing retries (the seat key is kept, for the record's reads).
    await student.waitForTimeout(1500);
    expect(await student.isVisible("#end-screen")).toBe(true);
    await stays.leave(true);
  });

  it("says at the door that a seminar has ended once its room has closed", async () => {
    const teacher = await run.page("teacher");
    const code = await openSeminarAsObserver(teacher, run.server.url, "Ms Novak");
    await teacher.click("#end-seminar");
    await teacher.click("#desk-confirm-yes");
    await teacher.waitForSelector("#end-screen");
    await teacher.close();
    // The room closes when its last reader leaves; the record stays.
    const summary = async () =>
      (await (await fetch(`${run.server.url}/api/sessions/${code}`)).json()) as { live: boolean; ended: boolean };
    await expect.poll(async () => (await summary()).live, { timeout: 20_000 }).toBe(false);
    expect((await summary()).ended).toBe(true);

    const late = await run.page("late student");
    await late.goto(`${run.server.url}/?room=${code}`);
    await late.fill("#name", "Late Student");
    await late.click("#join");
    await expect.poll(() => late.textContent("#start-error")).toContain(`Seminar ${code} has ended`);
  });
});
