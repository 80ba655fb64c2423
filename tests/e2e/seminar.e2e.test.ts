/**
 * The seminar in a real Chromium against the real server: a chair and a speaker in two pages,
 * joining by link, claiming roles, the queue, the floor, a speech, the board, a refusal, and a
 * hall that is actually drawn. Screenshots go to test-results/e2e/ for a human to look at.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { pixelStats, ROOT } from "./harness.js";
import { PHONE, watchedPages } from "./watched-pages.js";

const SHOTS = join(ROOT, "test-results", "e2e");
const SPEECH =
  "Comrades, the miners of the Kuzbass asked for soap first and for a new constitution a week later. That is not a revolt against socialism; it is a demand that it keep its word.";
const POST = "Who in this room has actually spoken with the strike committees?";
const REPLY = "Our delegates from Pavlograd have, and they will say so.";

describe("seminar in the browser", { timeout: 120_000 }, () => {
  // One server and browser; every page in its own context, its errors failing the block.
  const run = watchedPages();
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
  });

  it("runs a turn from invitation to speech, board and reactions", async () => {
    const server = run.server;
    const chair = await run.page("chair");

    // At the door, an empty name is refused in plain words before anything is sent.
    await chair.goto(`${server.url}/`);
    await chair.click("#create");
    await expect.poll(() => chair.textContent("#start-error")).toContain("Please enter your name");

    // The chair opens a seminar and takes the chair's role.
    await chair.fill("#name", "Anna Petrovna");
    await chair.click("#create");
    await chair.waitForSelector("#role-picker[open]");
    // A newcomer reads the setting before choosing whom to be: place, date, who came, what is unknown.
    const setting = await chair.textContent("#setting");
    expect(setting).toContain(sputnik1990.setting.place);
    expect(setting).toContain(sputnik1990.setting.unknowns[0]);
    expect(await chair.isVisible("#setting dd")).toBe(true);
    const chairRole = await chair.getAttribute(".role-card:has(.chair-badge) button.take", "data-role");
    expect(chairRole).toBeTruthy();
    await chair.click(`button.take[data-role="${chairRole}"]`);
    await chair.waitForSelector("#role-picker", { state: "hidden" });
    await expect.poll(() => chair.textContent("#me")).toContain("Anna Petrovna as");
    await chair.waitForSelector("#chair-controls:not([hidden])");
    const code = (await chair.textContent("#room-code"))!.trim();

    // The speaker joins by the invitation link; the chair's role shows as taken, live.
    const speaker = await run.page("speaker");
    await speaker.goto(`${server.url}/?room=${code}`);
    await expect.poll(() => speaker.inputValue("#code")).toBe(code);
    await speaker.fill("#name", "Tom Walker");
    await speaker.click("#join");
    await speaker.waitForSelector("#role-picker[open]");
    await expect
      .poll(() => speaker.textContent(`[data-role-card="${chairRole}"] .role-status`))
      .toContain("Taken by Anna Petrovna");
    const speakerRole = await speaker.getAttribute(
      ".role-card:not(.taken):not(:has(.chair-badge)) button.take",
      "data-role",
    );
    await speaker.click(`button.take[data-role="${speakerRole}"]`);
    await speaker.waitForSelector("#role-picker", { state: "hidden" });
    await expect.poll(() => chair.textContent("#participants")).toContain("Tom Walker");

    // The chair opens the first question; opening it again is refused next to the control.
    const firstPrompt = await chair.$eval(
      "#chair-controls select[name=prompt] option",
      (o) => (o as HTMLOptionElement).value,
    );
    await chair.selectOption("#chair-controls select[name=prompt]", firstPrompt);
    await chair.click("#open-prompt");
    await expect.poll(() => speaker.textContent("#prompt")).not.toContain("has not opened");
    await chair.selectOption("#chair-controls select[name=prompt]", firstPrompt);
    await chair.click("#open-prompt");
    await expect.poll(() => chair.textContent("#chair-controls .error-slot")).toContain("already open");

    // Hand, queue, floor.
    await speaker.click("#hand-button");
    await expect.poll(() => chair.textContent("#queue")).toContain("Tom Walker");
    await chair.click("#give-next");
    await speaker.waitForSelector("#speech-box", { state: "visible" });
    await expect.poll(() => chair.textContent("#announcer")).toContain("Tom Walker has the floor");

    // The speech reaches the chair's transcript and the bubble over the table.
    await speaker.fill("#speech-box textarea", SPEECH);
    await speaker.click("#speak-button");
    await expect.poll(() => chair.getAttribute("#hall", "data-bubble")).toBe(SPEECH);
    await chair.click("#tab-transcript");
    await expect.poll(() => chair.textContent("#transcript")).toContain(SPEECH);
    await expect.poll(() => speaker.inputValue("#speech-box textarea")).toBe("");

    // A post and a reply, on both pages, threaded.
    await speaker.fill(".composer textarea", POST);
    await speaker.click("#post-button");
    await chair.click("#tab-discussion");
    await expect.poll(() => chair.textContent("#board")).toContain(POST);
    await chair.click(`#board .post button:has-text("Reply")`);
    await chair.fill(".composer textarea", REPLY);
    await chair.click("#post-button");
    for (const page of [chair, speaker]) {
      await expect.poll(() => page.textContent("#board .replies")).toContain(REPLY);
    }

    // A reaction, then a look at the hall: it must be drawn, not blank.
    await speaker.click(".reaction-applause");
    await chair.waitForTimeout(400);
    await chair.screenshot({ path: join(SHOTS, "chair-room.png") });
    await speaker.screenshot({ path: join(SHOTS, "speaker-room.png") });
    if (process.env.UPDATE_SCREENSHOTS) await chair.screenshot({ path: join(ROOT, "docs", "screenshots", "room.png") });
    const hall = await chair.locator("#hall").screenshot({ path: join(SHOTS, "hall.png") });
    const stats = await pixelStats(chair, hall);
    expect(stats.distinct).toBeGreaterThan(200);
    expect(stats.dominantShare).toBeLessThan(0.6);

    // The turn ends; the room says so.
    await speaker.click("#yield-button");
    await expect.poll(() => chair.textContent("#announcer")).toContain("The floor is open");
  });

  it("explains an unknown seminar code plainly", async () => {
    const page = await run.page("visitor", PHONE);
    await page.goto(`${run.server.url}/?room=nosuchroom`);
    await page.fill("#name", "Visitor");
    await page.click("#join");
    await expect.poll(() => page.textContent("#start-error")).toContain("There is no seminar with the code");
    await page.screenshot({ path: join(SHOTS, "phone-door-error.png") });
  });
});
