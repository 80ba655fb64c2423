/**
 * The hall in a real Chromium against the real server, read through its own account of what it
 * drew (`data-hands`, `data-vote`, `data-card` and every text with its size and place,
 * `hallTexts()`): each raised hand shows its kind, the open vote and its tally are on the wall,
 * a played card shows large for a while; and at 1366×768, in a 900×700 half-screen window, on a
 * 390×844 phone and on a 320 px one
 * the hall stays readable with 30 people and with 200 (every text at 12 CSS px or more, no name or
 * role covered by another text, the speech bubble included, every text inside the canvas).
 * Screenshots go to test-results/e2e/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { covered, CROWDS, DEBATING_HANDS, debating, hallTexts } from "./hall-texts.js";
import { ROOT, serverAndBrowser } from "./harness.js";
import { stageSeminar, TABLE_ROLES } from "./live-seminar.js";
import { SPEECH, STAGE, studentPage } from "./take-screenshots.js";

const SHOTS = join(ROOT, "test-results", "e2e");
const LAPTOP = { width: 1366, height: 768 };
/** A laptop's window on half its screen: landscape, about 900 px wide. */
const HALF = { width: 900, height: 700 };
/** A phone held upright, and the narrowest phone the client supports. */
const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 700 },
];

describe("the hall", { timeout: 240_000 }, () => {
  const it_ = serverAndBrowser();

  it("shows each hand's kind, the open vote's live tally, and a played card for a while", async () => {
    mkdirSync(SHOTS, { recursive: true });
    const seminar = await stageSeminar(it_.server.url, STAGE);
    const errors: string[] = [];
    const page = await studentPage(
      it_.browser,
      it_.server.url,
      seminar.roomId,
      LAPTOP,
      "Nadia Reader",
      TABLE_ROLES[15].id,
    );
    page.on("pageerror", (e) => errors.push(e.message));

    // The queue, point of order first, each hand with its kind, drawn as a label in the hall.
    await expect.poll(() => page.getAttribute("#hall", "data-hands")).toBe("1:order 2:point 3:reply 4:question");
    const kinds = (await hallTexts(page)).filter((x) => x.label === "hand-kind").map((x) => x.text);
    expect(kinds.sort()).toEqual(["order!", "point", "question", "reply"]);

    // The vote on the wall, and its tally moving as a ballot changes.
    await expect.poll(() => page.getAttribute("#hall", "data-vote")).toBe("for:3 against:1 abstain:1");
    const voteId = seminar.facilitator.state.openVoteId!;
    seminar.students[4].send("castVote", { voteId, choice: "for" });
    await expect.poll(() => page.getAttribute("#hall", "data-vote")).toBe("for:4 against:0 abstain:1");
    expect((await hallTexts(page)).some((x) => x.text.startsWith("That the seminar hears"))).toBe(true);
    // A point of order heard: its hand goes down, the others move up.
    seminar.students[11].send("lowerHand", {});
    await expect.poll(() => page.getAttribute("#hall", "data-hands")).toBe("1:point 2:reply 3:question");
    await page.screenshot({ path: join(SHOTS, "hall-kinds-vote-1366.png") });

    // Closed: the result stays on the wall for a while.
    seminar.facilitator.send("closeVote", { voteId });
    await expect.poll(() => page.getAttribute("#hall", "data-vote")).toBe("for:4 against:0 abstain:1 carried");

    // A card played: large over the table, with its title.
    const card = sputnik1990.cards!.find((c) => c.id === "donetsk-miners-congress")!;
    seminar.facilitator.send("playCard", { cardId: card.id });
    await expect.poll(() => page.getAttribute("#hall", "data-card")).toBe(card.id);
    const cardTitle = (await hallTexts(page)).find((x) => x.text === card.title);
    expect(cardTitle?.fontSize).toBeGreaterThanOrEqual(18);
    await page.screenshot({ path: join(SHOTS, "hall-card-1366.png") });
    // The speech is still the floor's: the bubble keeps the words.
    expect(await page.getAttribute("#hall", "data-bubble")).toBe(SPEECH);
    expect(errors).toEqual([]);
    await page.context().close();
    await seminar.leave();
  });

  it("on a phone packs the empty rows, so the people at the table and the speaker fit on the screen, their roles on two lines", async () => {
    const seminar = await stageSeminar(it_.server.url, STAGE);
    const phone = PHONES[0];
    // The last seat at the table, behind ten rows nobody else holds.
    const last = TABLE_ROLES.at(-1)!;
    const page = await studentPage(it_.browser, it_.server.url, seminar.roomId, phone, "Nadia Reader", last.id);
    const names = async () => (await hallTexts(page)).filter((x) => x.label === "name").map((x) => x.text);
    // The chair, the nine at the table and me.
    await expect.poll(async () => (await names()).length).toBe(STAGE.atTable + 2);
    await expect.poll(async () => (await names()).includes("Nadia Reader")).toBe(true);
    await page.evaluate(() => document.querySelector("#hall")!.scrollIntoView({ block: "start" }));
    await page.waitForTimeout(300);
    const hall = (await page.locator("#hall").boundingBox())!;
    const texts = await hallTexts(page);
    await page.screenshot({ path: join(SHOTS, "hall-packed-390.png") });
    const off = texts
      .filter((x) => ["name", "role", "speaker", "speech"].includes(x.label))
      .filter((x) => hall.y + x.y < -1 || hall.y + x.y + x.h > phone.height + 1)
      .map((x) => `${x.label} "${x.text}"`);
    expect(off).toEqual([]);
    expect(covered(texts)).toEqual([]);
    // Each role readable: whole, or wrapped onto two lines and only then shortened.
    const squash = (x: string) => x.replace(/…$/, "").replace(/\s+/g, "");
    for (const r of texts.filter((x) => x.label === "role")) {
      const full = sputnik1990.roles.map((x) => squash(x.name)).find((x) => x.startsWith(squash(r.text)));
      expect(full, r.text).toBeDefined();
      expect(squash(r.text).length, r.text).toBeGreaterThanOrEqual(Math.min(full!.length, 24));
      expect(r.text.split("\n").length).toBeLessThanOrEqual(2);
    }
    await page.context().close();
    await seminar.leave();
  });

  it("in a 900 px half-screen window shows the hall under the question at first sight, my Raise hand under it", async () => {
    const seminar = await stageSeminar(it_.server.url, STAGE);
    const page = await studentPage(
      it_.browser,
      it_.server.url,
      seminar.roomId,
      HALF,
      "Nadia Reader",
      TABLE_ROLES[10].id,
    );
    await expect.poll(async () => (await hallTexts(page)).some((x) => x.text === "Nadia R.")).toBe(true);
    await page.screenshot({ path: join(SHOTS, "hall-half-900.png") });
    const hall = (await page.locator("#hall").boundingBox())!;
    // The hall whole on the screen, as wide as the window, and at least 300 px tall.
    expect(hall.y).toBeLessThanOrEqual(200);
    expect(hall.y + hall.height).toBeLessThanOrEqual(HALF.height);
    expect(hall.height).toBeGreaterThanOrEqual(300);
    expect(hall.width).toBeGreaterThanOrEqual(HALF.width - 1);
    const hand = (await page.locator("#hand-button").boundingBox())!;
    expect(hand.y + hand.height).toBeLessThanOrEqual(HALF.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(HALF.width);
    await page.context().close();
    await seminar.leave();
  });

  for (const viewport of [LAPTOP, HALF, ...PHONES])
    for (const [people, stage] of CROWDS) {
      const size = `${viewport.width}×${viewport.height}`;
      it(`stays readable at ${size} with ${people} people`, async () => {
        const seminar = await stageSeminar(it_.server.url, debating(stage));
        const page = await studentPage(it_.browser, it_.server.url, seminar.roomId, viewport, "Nadia Reader", "");
        await expect.poll(() => page.getAttribute("#hall", "data-hands")).toBe(DEBATING_HANDS);
        await page.waitForTimeout(2500);
        // The canvas has caught up with the hall's own size (a scroll bar that came narrows it).
        await expect
          .poll(() =>
            page.$eval("#hall", (el) =>
              Math.abs(el.querySelector("canvas")!.getBoundingClientRect().width - el.clientWidth),
            ),
          )
          .toBeLessThan(1);
        const texts = await hallTexts(page);
        // Taken first, so that a failure below leaves its picture (the hall alone: on a phone it is longer than the screen).
        await page.locator("#hall").screenshot({ path: join(SHOTS, `hall-${people}-${viewport.width}.png`) });
        // Everyone at the table has a readable placard: 21 students and the chair.
        expect(texts.filter((x) => x.label === "name").length).toBeGreaterThanOrEqual(22);
        // The speaker's words are in the hall too, and (checked next) cover no name.
        expect(texts.some((x) => x.label === "speech")).toBe(true);
        const small = texts.filter((x) => x.fontSize < 12).map((x) => `${x.text} (${x.fontSize.toFixed(1)} px)`);
        expect(small).toEqual([]);
        expect(covered(texts)).toEqual([]);
        // Every text is on the canvas (its coordinates are the canvas's), hands' kinds included.
        expect(texts.filter((x) => x.label === "hand-kind").length).toBe(4);
        const box = (await page.locator("#hall").boundingBox())!;
        for (const x of texts) {
          expect(x.x, x.text).toBeGreaterThanOrEqual(-1);
          expect(x.x + x.w, x.text).toBeLessThanOrEqual(box.width + 1);
          expect(x.y, x.text).toBeGreaterThanOrEqual(-1);
          expect(x.y + x.h, x.text).toBeLessThanOrEqual(box.height + 1);
        }
        // And the hall itself is no wider than the page.
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
        await page.context().close();
        await seminar.leave();
      });
    }
});
