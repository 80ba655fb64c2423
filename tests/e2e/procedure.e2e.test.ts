/**
 * Procedure in a real Chromium against the real server: a point of order jumps the queue on
 * both students' pages, and a motion the chair puts to the vote is cast by two role holders,
 * closed, and its result shown to everyone; a card played and a vote show in the transcript,
 * under their question in the Discussion panel (the result staying there after the next
 * question opens) and on the minutes page.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { joinWithRole, openSeminarAsChair } from "./door-steps.js";
import { openFirstQuestion } from "./harness.js";
import { watchedPages } from "./watched-pages.js";

const VIEWPORT = { width: 1366, height: 900 };

describe("procedure in the browser", { timeout: 150_000 }, () => {
  // One server and browser; every page in its own context, its errors failing the block.
  const run = watchedPages();
  const page = (who: string) => run.page(who, VIEWPORT);

  /** Joins by code and takes the first free role that is not the chair. */
  const student = async (code: string, name: string): Promise<Page> => {
    const p = await page(name);
    await joinWithRole(p, run.server.url, code, name);
    return p;
  };

  /** Opens a seminar and takes the chair's role: the page and the seminar's code. */
  const chairedRoom = async (): Promise<{ chair: Page; code: string }> => {
    const chair = await page("chair");
    return { chair, code: await openSeminarAsChair(chair, run.server.url, "Alexei Z") };
  };

  const queueOrder = (p: Page) =>
    p.$$eval("#queue > li", (lis) => lis.map((li) => `${li.querySelector(".who")?.textContent}:${li.dataset.hand}`));

  it("puts a point of order first on both pages, and runs a vote from opening to result", async () => {
    const { chair, code } = await chairedRoom();
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

  it("shows a played card and a vote in the transcript, under their question and in the minutes", async () => {
    const { chair, code } = await chairedRoom();
    const ann = await student(code, "Ann Miner");
    const promptId = await openFirstQuestion(chair);
    const question = sputnik1990.prompts.find((p) => p.id === promptId)!.question;

    // Ann speaks, then the facilitator plays a card and the chair puts a resolution to the vote.
    await ann.click("#hand-button");
    await chair.click("#give-next");
    await ann.waitForSelector("#speech-box", { state: "visible" });
    await ann.fill("#speech-box textarea", "The miners asked for soap, not for capitalism.");
    await ann.click("#speak-button");
    await expect.poll(() => ann.inputValue("#speech-box textarea")).toBe("");
    const card = sputnik1990.cards![0];
    await chair.selectOption("#card-row select", card.id);
    await chair.click("#play-card");
    const resolution = sputnik1990.resolutions![0];
    await chair.selectOption("#vote-desk select", resolution.id);
    await chair.click("#put-resolution");
    await ann.waitForSelector("#open-vote:not([hidden])");

    // While it is open, the Discussion panel shows it under the question with the tally so far.
    await ann.click("#tab-discussion");
    await ann.click('#open-vote button[data-choice="against"]');
    const openItem = ann.locator("#prompt-items .record-vote.open");
    await expect.poll(() => openItem.textContent()).toContain("0 for · 1 against · 0 abstaining");
    expect(await openItem.textContent()).toContain(resolution.text);
    await chair.click("#close-vote");
    const closed = ann.locator("#prompt-items .record-vote.defeated");
    await expect.poll(() => closed.count()).toBe(1);
    expect(await closed.locator(".record-result").textContent()).toMatch(/Not carried\s*·\s*0 for · 1 against/);
    expect(await closed.locator(".record-ballots").textContent()).toContain("Ann Miner");
    expect(await ann.locator("#prompt-items .record-card .record-title").textContent()).toBe(card.title);

    // The transcript: the speech, then the card, then the vote, in the order they happened.
    await ann.click("#tab-transcript");
    const kinds = () =>
      ann.$$eval("#transcript > li", (lis) =>
        lis.map((li) =>
          li.querySelector(".record-card") ? "card" : li.querySelector(".record-vote") ? "vote" : "speech",
        ),
      );
    await expect.poll(kinds).toEqual(["speech", "card", "vote"]);
    expect(await ann.locator("#transcript .record-card .record-text").textContent()).toBe(card.text);
    expect(await ann.locator("#transcript .record-card .record-sources a").count()).toBe(card.sources.length);
    expect(await ann.locator("#transcript .record-vote .record-result").textContent()).toContain("Not carried");
    await ann.screenshot({ path: "/tmp/record-transcript.png" });

    // The next question opens: the closed vote's result stays under its own question.
    await chair.selectOption("#chair-controls select[name=prompt]", sputnik1990.prompts[1].id);
    await chair.click("#open-prompt");
    await ann.click("#tab-discussion");
    const earlier = ann.locator(`#earlier-boards details[data-prompt="${promptId}"]`);
    await earlier.waitFor();
    await earlier.locator("summary").click();
    expect(await earlier.locator(".record-vote.defeated .record-result").textContent()).toContain("Not carried");
    expect(await ann.locator("#prompt-items .record-vote").count()).toBe(0);
    await ann.screenshot({ path: "/tmp/record-discussion.png" });

    // The minutes page: the card and the vote in their question's proceedings.
    const minutes = await page("minutes");
    await minutes.goto(`${run.server.url}/minutes/${code}`);
    const section = minutes.locator(`.minutes-section[data-prompt="${promptId}"]`);
    await section.waitFor();
    expect(await section.locator("h3").textContent()).toContain(question);
    expect(await section.locator(".record-card .record-title").textContent()).toBe(card.title);
    expect(await section.locator(".record-card .record-text").textContent()).toBe(card.text);
    expect(await section.locator(".record-vote .record-text").textContent()).toBe(resolution.text);
    expect(await section.locator(".record-vote .record-ballots").textContent()).toMatch(/Ann Miner\)\s*:\s*Against/);
    expect(await section.locator(".record-vote .record-result").textContent()).toContain("Not carried");
    const order = await section.evaluate((el) =>
      [...el.querySelectorAll(".minutes-speech, .record-card, .record-vote")].map((x) => x.className.split(" ").at(-1)),
    );
    expect(order).toEqual(["minutes-speech", "record-card", "defeated"]);
    await minutes.screenshot({ path: "/tmp/record-minutes.png", fullPage: true });

    // A replay before the vote closed shows it open; at the end, its result.
    const log = await (await fetch(`${run.server.url}/api/sessions/${code}/log`)).text();
    const closedSeq = log
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { seq?: number; type?: string })
      .find((e) => e.type === "voteClosed")!.seq!;
    await minutes.goto(`${run.server.url}/replay/${code}?seq=${closedSeq - 1}`);
    await minutes.click("#tab-transcript");
    await minutes.locator("#transcript .record-vote.open").waitFor();
    expect(await minutes.locator("#transcript .record-vote .record-result").textContent()).toContain(
      "0 for · 1 against · 0 abstaining",
    );
    await minutes.focus("#timeline");
    await minutes.keyboard.press("End");
    await minutes.locator("#transcript .record-vote.defeated").waitFor();
    await minutes.keyboard.press("Home");
    await expect.poll(() => minutes.locator("#transcript > li").count()).toBe(0);
  });
});
