/**
 * The facilitator's desk in a real Chromium against the real server (issue 12): the queue with
 * who is next; giving and taking back roles; "I assign the roles" refusing a student's Take;
 * locking the door; closing the question; removing a student (asked first; their page says so
 * plainly, their seat key is gone, nothing reconnects); a refusal said in plain words; handing
 * the seat over. And the facilitator's seat outlives a closed browser and travels to another
 * device by a private link whose key never leaves the page (no request line, no Referer).
 */
import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openFirstQuestion } from "./harness.js";
import { openSeminarAsObserver } from "./door-steps.js";
import { LAPTOP, PHONE, watchedPages } from "./watched-pages.js";

describe("the facilitator's desk", { timeout: 240_000 }, () => {
  const run = watchedPages();
  const { page, pageIn } = run;

  /** Opens a seminar as an observer (the teacher takes no role); its code. */
  const openSeminar = (p: Page, name: string) => openSeminarAsObserver(p, run.server.url, name);

  /** Joins by code; takes the first free role that is not the chair's unless `observe`. */
  const join = async (code: string, name: string, observe = false): Promise<Page> => {
    const p = await page(name);
    await p.goto(`${run.server.url}/?room=${code}`);
    await p.fill("#name", name);
    await p.click("#join");
    await p.waitForSelector("#role-picker[open]");
    if (observe) await p.click("#stay-observer");
    else await p.click(".role-card:not(.taken):not(:has(.chair-badge)) button.take");
    await p.waitForSelector("#role-picker", { state: "hidden" });
    return p;
  };

  /** Back in a seat without a role, the role picker is not pushed at them again. */
  const noPicker = async (p: Page) => {
    // Once the scenario is in (the chair's desk lists its questions), the picker would have opened.
    await p.waitForSelector("#chair-controls select[name=prompt] option", { state: "attached" });
    await p.waitForTimeout(300);
    expect(await p.isVisible("#role-picker")).toBe(false);
  };

  const row = (p: Page, name: string) => p.locator("#desk-people li", { has: p.locator(`.who:text-is("${name}")`) });

  it("runs the class: the queue, roles given and taken back, the lock, the question, removing, handing over", async () => {
    const teacher = await page("teacher");
    const code = await openSeminar(teacher, "Ms Novak");
    const ann = await join(code, "Ann Miner");
    const bob = await join(code, "Bob Historian", true);
    // The desk is the facilitator's alone.
    for (const p of [ann, bob]) expect(await p.isHidden("#facilitator-desk")).toBe(true);
    await expect.poll(() => teacher.locator("#desk-people li").count()).toBe(3);

    // The queue: who is next, named, and marked in the list.
    expect(await teacher.textContent("#desk-next")).toBe("No hands raised.");
    await ann.click("#hand-button");
    await expect.poll(() => teacher.textContent("#desk-next")).toMatch(/^Next to speak: Ann Miner/);
    expect(await row(teacher, "Ann Miner").locator(".desk-place").textContent()).toBe("next");
    expect(await teacher.$$eval("#desk-people li .who", (els) => els[0]?.textContent)).toBe("Ann Miner");

    // Give Bob a role from the role picker on his row; take Ann's back.
    const bobRow = row(teacher, "Bob Historian");
    const roleId = await bobRow.locator("select.desk-role option:nth-child(2)").getAttribute("value");
    const roleName = (await bobRow.locator("select.desk-role option:nth-child(2)").textContent())!.trim();
    await bobRow.locator("select.desk-role").selectOption(roleId);
    await bobRow.locator('button[data-act="assign"]').click();
    await expect.poll(() => bob.textContent("#me")).toBe(`Bob Historian as ${roleName}`);
    await expect.poll(() => bobRow.locator('button[data-act="revoke"]').count()).toBe(1);
    await row(teacher, "Ann Miner").locator('button[data-act="revoke"]').click();
    await expect.poll(() => ann.textContent("#me")).toBe("You: Ann Miner");

    // "I assign the roles": a student's picker offers no Take and says why, live, both ways.
    const freeTake = ann.locator(".role-card:not(.taken):not(:has(.chair-badge)) button.take").first();
    await ann.click("#choose-role");
    expect(await freeTake.isDisabled()).toBe(false);
    await teacher.check("#desk-claiming-facilitator");
    await expect.poll(() => teacher.isChecked("#desk-claiming-facilitator")).toBe(true);
    await ann.waitForSelector("#roles-assigned:not([hidden])");
    await expect.poll(() => freeTake.isDisabled()).toBe(true);
    // The chair's role is the facilitator's to give in every mode.
    expect(await ann.locator(".role-card:has(.chair-badge) button.take").isDisabled()).toBe(true);
    await teacher.check("#desk-claiming-open");
    await expect.poll(() => teacher.isChecked("#desk-claiming-open")).toBe(true);
    await expect.poll(() => freeTake.isDisabled()).toBe(false);
    expect(await ann.isVisible("#roles-assigned")).toBe(false);
    await ann.click("#close-roles");
    expect(await ann.textContent("#me")).toBe("You: Ann Miner");

    // Locked: a newcomer is refused at the door; unlocked, they come in.
    await teacher.click("#desk-lock");
    await expect.poll(() => teacher.textContent("#desk-lock")).toBe("Unlock the seminar");
    expect(await teacher.getAttribute("#desk-lock", "aria-pressed")).toBe("true");
    const carl = await page("carl");
    await carl.goto(`${run.server.url}/?room=${code}`);
    await carl.fill("#name", "Carl Late");
    await carl.click("#join");
    await expect.poll(() => carl.textContent("#start-error")).toMatch(/locked/i);
    await teacher.click("#desk-lock");
    await expect.poll(() => teacher.textContent("#desk-lock")).toBe("Lock the seminar");
    await carl.click("#join");
    await carl.waitForSelector("#role-picker[open]");
    await carl.click("#stay-observer");

    // Close the question: it is gone from the students' pages too.
    await openFirstQuestion(teacher);
    await ann.locator("#prompt-question").waitFor();
    await teacher.click("#desk-close-prompt");
    await ann.locator("#prompt-question").waitFor({ state: "detached" });
    // The teacher's page learns of the close from its own broadcast, maybe after Ann's.
    await expect.poll(() => teacher.isDisabled("#desk-close-prompt")).toBe(true);

    // Remove asks first; "Cancel" keeps Bob in.
    await bobRow.locator('button[data-act="remove"]').click();
    await teacher.waitForSelector("#desk-confirm[open]");
    expect(await teacher.textContent("#desk-confirm-heading")).toBe("Remove Bob Historian?");
    expect(await teacher.textContent("#desk-confirm-body")).toContain(`The role ${roleName} becomes free.`);
    await teacher.click("#desk-confirm-no");
    await teacher.waitForSelector("#desk-confirm", { state: "hidden" });
    expect(await bobRow.count()).toBe(1);
    const bobSeat = await bob.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("sputnik:seat")));
    expect(bobSeat.length).toBe(2);
    // Confirmed: Bob's page says so plainly, his seat key is gone, and nothing tries to come back.
    await bobRow.locator('button[data-act="remove"]').click();
    await teacher.click("#desk-confirm-yes");
    await bob.waitForSelector("#removed-screen");
    expect(await bob.textContent("#removed-screen h1")).toBe("You were removed from this seminar");
    expect(await bob.textContent("#removed-screen")).toContain(code);
    expect(await bob.isVisible("#room")).toBe(false);
    expect(
      await bob.evaluate(() =>
        [...Object.keys(sessionStorage), ...Object.keys(localStorage)].filter((k) => k.startsWith("sputnik:seat")),
      ),
    ).toEqual([]);
    await expect.poll(() => bobRow.count()).toBe(0);
    await bob.waitForTimeout(1500);
    expect(await bob.isVisible("#removed-screen")).toBe(true);
    // A reload is the door, not the seat.
    await bob.reload();
    await bob.waitForSelector("#start-screen");

    // A refusal in plain words: Carl leaves while the teacher is being asked about removing him.
    await row(teacher, "Carl Late").locator('button[data-act="remove"]').click();
    await teacher.waitForSelector("#desk-confirm[open]");
    await carl.click("#leave");
    await carl.click("#leave-confirm");
    await carl.waitForSelector("#start-screen");
    await expect.poll(() => teacher.locator("#participants li").count()).toBe(2);
    await teacher.click("#desk-confirm-yes");
    await expect
      .poll(() => teacher.textContent("#facilitator-desk .error-slot"))
      .toBe("They are no longer in the seminar.");

    // Hand over: Ann has the desk now, the teacher no longer.
    await row(teacher, "Ann Miner").locator('button[data-act="handover"]').click();
    expect(await teacher.textContent("#desk-confirm-heading")).toBe("Make Ann Miner the facilitator?");
    await teacher.click("#desk-confirm-yes");
    await ann.waitForSelector("#facilitator-desk:not([hidden])");
    await teacher.waitForSelector("#facilitator-desk", { state: "hidden" });
    expect(await ann.isVisible("#desk-link")).toBe(true);
    // The seat kept beyond the tab goes with the desk: Ann's now, no longer the teacher's.
    const keptBeyondTab = (p: Page) => p.evaluate((id) => localStorage.getItem(`sputnik:seat:${id}`) !== null, code);
    await expect.poll(() => keptBeyondTab(ann)).toBe(true);
    expect(await keptBeyondTab(teacher)).toBe(false);
  });

  it("keeps the facilitator's seat across a closed browser, and opens it elsewhere by a private link", async () => {
    const home = await run.browser.newContext({ viewport: LAPTOP });
    const teacher = await pageIn(home, "teacher");
    const code = await openSeminar(teacher, "Mr Orlov");
    const student = await join(code, "Dana Student");

    // Only the facilitator's seat is kept beyond the tab.
    const keptIn = (p: Page) =>
      p.evaluate((id) => localStorage.getItem(`sputnik:seat:${id}`), code).then((k) => k !== null);
    expect(await keptIn(teacher)).toBe(true);
    expect(await keptIn(student)).toBe(false);

    // The teacher closes the tab; a new one (no sessionStorage) comes straight back to the desk.
    await teacher.close();
    const again = await pageIn(home, "teacher again");
    await again.goto(`${run.server.url}/?room=${code}`);
    await again.waitForSelector("#facilitator-desk:not([hidden])");
    expect(await again.textContent("#me")).toBe("You: Mr Orlov");
    await noPicker(again);
    // The student's closed tab is not kept: a new tab is the door.
    const studentContext = student.context();
    await student.close();
    const studentAgain = await pageIn(studentContext, "student again");
    await studentAgain.goto(`${run.server.url}/?room=${code}`);
    await studentAgain.waitForSelector("#start-screen");

    // The private link: the seat key in the fragment only, with a warning beside it.
    await again.click("#desk-link summary");
    expect(await again.textContent("#facilitator-link-warning")).toMatch(/Keep it private/);
    const link = await again.inputValue("#facilitator-link");
    const url = new URL(link);
    expect(url.search).toBe(`?room=${code}`);
    const seatKey = new URLSearchParams(url.hash.slice(1)).get("seat")!;
    expect(seatKey).toMatch(/^[A-Za-z0-9_-]{16,}$/);

    // Another device: it opens the desk as the same facilitator, and the key goes nowhere.
    const tablet = await run.browser.newContext({ viewport: PHONE });
    const requests: Request[] = [];
    tablet.on("request", (r) => requests.push(r));
    const other = await pageIn(tablet, "tablet");
    await other.goto(link);
    await other.waitForSelector("#facilitator-desk:not([hidden])");
    expect(await other.textContent("#me")).toBe("You: Mr Orlov");
    await noPicker(other);
    expect(other.url()).not.toContain("#");
    expect(other.url()).not.toContain(seatKey);
    expect(await keptIn(other)).toBe(true);
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) {
      expect(r.url()).not.toContain(seatKey);
      expect((await r.allHeaders()).referer ?? "").not.toContain(seatKey);
    }
    // The first device was told its seat went elsewhere.
    await again.waitForSelector('#connection[data-state="seat-taken"]');
    await tablet.close();
  });
});
