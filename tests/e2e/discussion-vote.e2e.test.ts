/**
 * Voting where one reads the question, in a real Chromium against the real server: the chair
 * puts a motion; one role holder votes from the Discussion panel, another (on a phone) from the
 * vote panel under the hall; every page shows the live tally in both places and each voter's own
 * choice pressed in both; a vote changed from one place shows in the other; a refusal shows by
 * its code next to the ballot that sent it; an observer gets no ballot; after closing, the
 * result stays under its question. A vote still open when the next question opens is voted on
 * under that one, in Russian too, and its result goes back under its own question. Every
 * assertion about a broadcast polls the page it is on.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { joinAsObserver, joinWithRole, openSeminarAsChair } from "./door-steps.js";
import { openFirstQuestion } from "./harness.js";
import { englishLeft, interfaceText } from "./i18n-check.js";
import { LAPTOP, PHONE, watchedPages } from "./watched-pages.js";

const MOTION = "That the seminar hears the miners before the historians";

describe("voting from the Discussion panel", { timeout: 180_000 }, () => {
  const run = watchedPages();

  const joined = async (code: string, name: string, viewport: { width: number; height: number }, role: boolean) => {
    const p = await run.page(name, viewport);
    if (role) await joinWithRole(p, run.server.url, code, name);
    else await joinAsObserver(p, run.server.url, code, name);
    return p;
  };

  const DISCUSSION = "#prompt-items .record-vote.open";
  const inDiscussion = (p: Page, choice: string) => p.locator(`${DISCUSSION} .ballot button[data-choice="${choice}"]`);
  const inVotePanel = (p: Page, choice: string) => p.locator(`#open-vote .ballot button[data-choice="${choice}"]`);
  /** Which choice is pressed in each place: [Discussion, vote panel]. */
  const pressed = (p: Page) =>
    Promise.all(
      [DISCUSSION, "#open-vote"].map((where) =>
        p.$$eval(`${where} .ballot button[aria-pressed="true"]`, (bs) => bs.map((b) => b.dataset.choice).join(",")),
      ),
    );
  /** The tally so far in each place: [Discussion, vote panel]. */
  const tallies = (p: Page) =>
    Promise.all([
      p.locator(`${DISCUSSION} .record-result`).textContent(),
      p.locator("#open-vote-tally").textContent(),
    ]).then((ts) => ts.map((x) => x?.replace(/^.*·\s*(\d+ for)/s, "$1").trim()));

  it("takes votes from both places, shows each voter's choice in both, and keeps the result under its question", async () => {
    const chair = await run.page("chair", LAPTOP);
    const code = await openSeminarAsChair(chair, run.server.url, "Alexei Z");
    const ann = await joined(code, "Ann Miner", LAPTOP, true);
    const bob = await joined(code, "Bob Historian", PHONE, true);
    const cat = await joined(code, "Cat Observer", LAPTOP, false);
    await openFirstQuestion(chair);
    await chair.fill("#motion-form input", MOTION);
    await chair.click("#motion-form button[type=submit]");

    // Everyone reads the open vote under the question; role holders (the chair too: it is a
    // role) get the ballot there and under the hall, the observer gets it nowhere.
    for (const p of [chair, ann, bob, cat]) {
      await p.click("#tab-discussion");
      await p.locator(DISCUSSION).waitFor();
      await expect.poll(() => p.locator(`${DISCUSSION} .record-text`).textContent()).toBe(MOTION);
      await expect
        .poll(() => tallies(p))
        .toEqual(["0 for · 0 against · 0 abstaining", "0 for · 0 against · 0 abstaining"]);
    }
    for (const p of [chair, ann, bob]) {
      await expect.poll(() => p.locator(`${DISCUSSION} .ballot`).count()).toBe(1);
      await expect.poll(() => p.locator("#open-vote .ballot").count()).toBe(1);
      expect(await pressed(p)).toEqual(["", ""]);
      expect(await p.locator(`${DISCUSSION} .ballot-mine`).textContent()).toBe("Your role has not voted yet.");
    }
    expect(await cat.locator(".ballot").count()).toBe(0);
    expect(await cat.isVisible("#open-vote")).toBe(true);
    // The ballot is a labelled group of three buttons.
    const group = ann.locator(DISCUSSION).getByRole("group", { name: "Your role's vote" });
    expect(await group.getByRole("button").allInnerTexts()).toEqual(["For", "Against", "Abstain"]);

    // Ann votes from the Discussion panel, Bob (on his phone) from the vote panel under the hall.
    await inDiscussion(ann, "for").click();
    await inVotePanel(bob, "against").click();
    for (const p of [chair, ann, bob, cat])
      await expect
        .poll(() => tallies(p))
        .toEqual(["1 for · 1 against · 0 abstaining", "1 for · 1 against · 0 abstaining"]);
    await expect.poll(() => pressed(ann)).toEqual(["for", "for"]);
    await expect.poll(() => pressed(bob)).toEqual(["against", "against"]);
    await expect.poll(() => pressed(chair)).toEqual(["", ""]);
    await expect
      .poll(() => ann.locator(`${DISCUSSION} .ballot-mine`).textContent())
      .toBe("Your role's vote: For. You can change it until the vote closes.");
    await expect.poll(() => bob.locator("#open-vote .ballot-mine").textContent()).toMatch(/vote: Against\./);
    expect(await cat.locator(".ballot").count()).toBe(0);

    // The screenshots, with the vote open and Ann's choice pressed.
    await ann.locator(DISCUSSION).scrollIntoViewIfNeeded();
    await ann.screenshot({ path: "/tmp/discussion-vote-1366.png" });
    await inDiscussion(bob, "for").scrollIntoViewIfNeeded();
    await bob.screenshot({ path: "/tmp/discussion-vote-390.png" });

    // Ann changes her vote from under the hall; the Discussion panel follows, on every page.
    await inVotePanel(ann, "abstain").click();
    await expect.poll(() => pressed(ann)).toEqual(["abstain", "abstain"]);
    for (const p of [chair, bob])
      await expect
        .poll(() => tallies(p))
        .toEqual(["0 for · 1 against · 1 abstaining", "0 for · 1 against · 1 abstaining"]);

    // Her role already voted that: the refusal is said, by its code, at the ballot she used.
    await inDiscussion(ann, "abstain").click();
    const annError = ann.locator(`${DISCUSSION} .ballot-error`);
    await expect.poll(() => annError.textContent()).toBe("Your role has already voted that way.");
    expect(await annError.isVisible()).toBe(true);
    expect(await ann.isVisible("#open-vote .ballot-error")).toBe(false);
    expect(await ann.isVisible("#general-error")).toBe(false);
    // Sending again from the other ballot clears it there.
    await inVotePanel(ann, "for").click();
    await expect.poll(() => annError.isVisible()).toBe(false);
    await expect.poll(() => pressed(ann)).toEqual(["for", "for"]);

    // Bob changes his from the Discussion panel with the keyboard alone.
    await inDiscussion(bob, "for").focus();
    await bob.keyboard.press("Enter");
    await expect.poll(() => pressed(bob)).toEqual(["for", "for"]);
    await bob.keyboard.press("Tab");
    await expect.poll(() => bob.evaluate(() => document.activeElement?.getAttribute("data-choice"))).toBe("against");
    for (const p of [chair, ann, cat])
      await expect
        .poll(() => tallies(p))
        .toEqual(["2 for · 0 against · 0 abstaining", "2 for · 0 against · 0 abstaining"]);

    // The chair closes it: the ballots go, the result stays under its question on every page.
    await chair.click("#close-vote");
    for (const p of [chair, ann, bob, cat]) {
      const carried = p.locator("#prompt-items .record-vote.carried");
      await expect.poll(() => carried.count()).toBe(1);
      expect(await carried.locator(".record-text").textContent()).toBe(MOTION);
      expect(await carried.locator(".record-result").textContent()).toMatch(
        /Carried\s*·\s*2 for · 0 against · 0 abstaining/,
      );
      expect(await carried.locator(".record-ballots").textContent()).toContain("Bob Historian");
      expect(await p.locator(".ballot").count()).toBe(0);
    }
  });

  it("keeps a vote open across the next question under the open one, in Russian, and files its result under its own", async () => {
    const chair = await run.page("chair", LAPTOP);
    const code = await openSeminarAsChair(chair, run.server.url, "Alexei Z");
    const dasha = await run.page("Dasha", LAPTOP);
    await dasha.goto(`${run.server.url}/?lang=ru`);
    await joinWithRole(dasha, run.server.url, code, "Даша Шахтёрова");
    const ann = await joined(code, "Ann Miner", LAPTOP, true);
    const first = await openFirstQuestion(chair);
    await chair.fill("#motion-form input", MOTION);
    await chair.click("#motion-form button[type=submit]");
    await dasha.locator(DISCUSSION).waitFor();
    const next = sputnik1990.prompts.find((p) => p.id !== first)!;
    await chair.selectOption("#chair-controls select[name=prompt]", next.id);
    await chair.click("#open-prompt");

    // Under the question now open, the vote and its ballot; the earlier question's board does not repeat it.
    for (const p of [dasha, ann]) {
      await expect.poll(() => p.locator("#prompt-question").textContent()).toBe(next.question);
      await expect.poll(() => p.locator(`${DISCUSSION} .ballot`).count()).toBe(1);
      await p.locator(`#earlier-boards details[data-prompt="${first}"]`).waitFor({ state: "attached" });
      expect(await p.locator("#earlier-boards .record-vote").count()).toBe(0);
    }
    await inDiscussion(dasha, "for").click();
    await expect.poll(() => pressed(dasha)).toEqual(["for", "for"]);
    await expect
      .poll(() => dasha.locator(`${DISCUSSION} .ballot-mine`).textContent())
      .toMatch(/^Голос вашей роли: За\./);
    await expect.poll(() => ann.locator("#open-vote-tally").textContent()).toBe("1 for · 0 against · 0 abstaining");
    expect(englishLeft(await interfaceText(dasha, "#prompt-items"))).toEqual([]);
    expect(await dasha.locator(DISCUSSION).getByRole("group", { name: "Голос вашей роли" }).count()).toBe(1);
    await dasha.locator(DISCUSSION).scrollIntoViewIfNeeded();
    await dasha.screenshot({ path: "/tmp/discussion-vote-ru-1366.png" });

    // Closed, it leaves the open question and stays under the one it was put under.
    await chair.click("#close-vote");
    for (const p of [dasha, ann, chair]) {
      await expect.poll(() => p.locator("#prompt-items .record-vote").count()).toBe(0);
      const earlier = p.locator(`#earlier-boards details[data-prompt="${first}"]`);
      await expect.poll(() => earlier.locator(".record-vote.carried").count()).toBe(1);
      expect(await earlier.locator(".record-vote .record-text").textContent()).toBe(MOTION);
      expect(await p.locator(".ballot").count()).toBe(0);
    }
  });
});
