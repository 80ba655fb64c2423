/**
 * The projector view in a real Chromium at 1280×720 against the real server: the chair opens it
 * from the room (a new tab, which watches with the chair's seat key and takes no seat); it shows
 * the open question, the speaker's words, the queue with each hand's kind (a point of order
 * first), the clock, the open vote's tally and a played card, in type large enough for the back
 * of a classroom, and follows the seminar live. The hall itself is drawn large (names at 20 CSS px
 * or more with a class of 30, never under 12 px with 200, none covered), and a card stands beside
 * it, covering no name and none of the speaker's words. A seminar with a passcode asks for it.
 * Screenshots go to test-results/e2e/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { ROOT, serverAndBrowser } from "./harness.js";
import { englishLeft, interfaceText } from "./i18n-check.js";
import { QUESTION, StagedClient, stageSeminar, studentName, TABLE_ROLES } from "./live-seminar.js";
import { covered, CROWDS, DEBATING_HANDS, debating, hallTexts, overlap } from "./hall-texts.js";
import { SPEECH, STAGE, studentPage } from "./take-screenshots.js";
import { Client } from "colyseus.js";

const SHOTS = join(ROOT, "test-results", "e2e");
const PROJECTOR = { width: 1280, height: 720 };

/** The computed font size (CSS px) of every element matching `selector`. */
const fontSizes = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));

/** A page that holds `who`'s seat in `roomId` in its sessionStorage, as the tab the seat was taken in does. */
async function pageWithSeat(
  browser: import("playwright-core").Browser,
  roomId: string,
  who: StagedClient,
  name: string,
  viewport = PROJECTOR,
) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(
    ([id, key, n]) => {
      sessionStorage.setItem(`sputnik:seat:${id}`, key);
      sessionStorage.setItem(`sputnik:seat-name:${id}`, n);
    },
    [roomId, who.seat!.seatKey, name],
  );
  return context.newPage();
}

describe("the projector view", { timeout: 180_000 }, () => {
  const it_ = serverAndBrowser();

  it("opens from the chair's room and shows the seminar large at 1280×720, live", async () => {
    mkdirSync(SHOTS, { recursive: true });
    const seminar = await stageSeminar(it_.server.url, STAGE);
    const errors: string[] = [];
    // The chair's own tab: the facilitator's seat, taken over in the browser.
    const chair = await pageWithSeat(it_.browser, seminar.roomId, seminar.facilitator, "Olga Teacher", {
      width: 1366,
      height: 768,
    });
    chair.on("pageerror", (e) => errors.push(`chair: ${e.message}`));
    chair.context().setDefaultTimeout(20_000);
    await chair.goto(`${it_.server.url}/?room=${seminar.roomId}&lang=en`);
    await chair.waitForSelector("#open-projector:not([hidden])");
    const before = seminar.students[0].state;
    const [projector] = await Promise.all([chair.context().waitForEvent("page"), chair.click("#open-projector")]);
    projector.on("pageerror", (e) => errors.push(`projector: ${e.message}`));
    await projector.setViewportSize(PROJECTOR);
    await projector.waitForFunction(() => document.body.dataset.scene === "ready");
    expect(new URL(projector.url()).searchParams.get("view")).toBe("projector");

    // What the room is about, who speaks and their words, the clock.
    await expect.poll(() => projector.textContent("#pj-question")).toBe(QUESTION.question);
    await expect.poll(() => projector.textContent("#pj-words")).toBe(SPEECH);
    expect(await projector.textContent("#pj-speaker")).toBe(studentName(0));
    expect(await projector.textContent("#pj-speaker-role")).toContain(TABLE_ROLES[0].name);
    expect(await projector.textContent("#pj-speech-state")).toBe("Speaking now");
    expect(await projector.textContent("#pj-clock")).toMatch(/^[0-3]:[0-5]\d$/);
    expect(await projector.getAttribute("#pj-clock", "data-running")).toBe("true");
    // The queue: each hand's kind, the point of order first.
    const queue = () =>
      projector.$$eval("#pj-queue > li", (lis) =>
        lis.map(
          (li) =>
            `${li.dataset.hand}:${li.querySelector(".kind")?.textContent}:${li.querySelector(".who")?.textContent}`,
        ),
      );
    await expect
      .poll(queue)
      .toEqual([
        `order:order!:${studentName(11)}`,
        `point:point:${studentName(3)}`,
        `reply:reply:${studentName(5)}`,
        `question:question:${studentName(7)}`,
      ]);
    // The open vote and its tally.
    expect(await projector.textContent("#pj-vote-text")).toBe(STAGE.vote.text);
    const tally = () => projector.$$eval("#pj-vote-tally dd .n", (ns) => ns.map((n) => n.textContent));
    expect(await tally()).toEqual(["3", "1", "1"]);

    // Large type: names and roles 24 px or more, the words 32 px or more, nothing off screen.
    for (const sel of [
      "#pj-question",
      "#pj-speaker",
      "#pj-speaker-role",
      "#pj-queue .who",
      "#pj-queue .role",
      "#pj-queue .kind",
      ".pj-tally",
      "#pj-vote-text",
      "#pj-clock-who",
    ])
      for (const size of await fontSizes(projector, sel)) expect(size, sel).toBeGreaterThanOrEqual(24);
    expect((await fontSizes(projector, "#pj-words"))[0]).toBeGreaterThanOrEqual(32);
    expect((await fontSizes(projector, "#pj-clock"))[0]).toBeGreaterThanOrEqual(40);
    const { sw, sh } = await projector.evaluate(() => ({
      sw: document.documentElement.scrollWidth,
      sh: document.documentElement.scrollHeight,
    }));
    expect(sw).toBeLessThanOrEqual(PROJECTOR.width);
    expect(sh).toBeLessThanOrEqual(PROJECTOR.height);
    for (const sel of ["#pj-words", "#pj-queue", "#pj-vote-tally", "#pj-clock", "#hall"]) {
      const b = (await projector.locator(sel).boundingBox())!;
      expect(b.y + Math.min(b.height, 40), sel).toBeLessThanOrEqual(PROJECTOR.height);
    }
    await projector.screenshot({ path: join(SHOTS, "projector-1280.png") });

    // It watched: nobody joined, and the chair's seat is still the chair's tab.
    await new Promise((r) => setTimeout(r, 300));
    const after = seminar.students[0].state;
    expect(Object.keys(after.participants)).toEqual(Object.keys(before.participants));
    expect(await chair.locator("#connection").getAttribute("data-state")).toBe("open");

    // Live: a ballot changes the tally, a hand goes down, the chair plays a card from the room.
    const voteId = seminar.students[0].state.openVoteId!;
    seminar.students[4].send("castVote", { voteId, choice: "for" });
    await expect.poll(tally).toEqual(["4", "0", "1"]);
    seminar.students[11].send("lowerHand", {});
    await expect.poll(async () => (await queue())[0]).toBe(`point:point:${studentName(3)}`);
    const card = sputnik1990.cards!.find((c) => c.id === "article-6-amended")!;
    await chair.selectOption("#card-row select", card.id);
    await chair.click("#play-card");
    await projector.waitForSelector("#pj-card:not([hidden])");
    expect(await projector.textContent("#pj-card strong")).toBe(card.title);
    expect((await fontSizes(projector, "#pj-card strong"))[0]).toBeGreaterThanOrEqual(32);
    await expect.poll(() => projector.getAttribute("#hall", "data-card")).toBe(card.id);
    await projector.screenshot({ path: join(SHOTS, "projector-card-1280.png") });
    // The turn ends: the words stay up as the last speech; the clock says the floor is open.
    seminar.students[0].send("yieldFloor", {});
    await expect.poll(() => projector.textContent("#pj-speech-state")).toBe("Last speech");
    expect(await projector.textContent("#pj-words")).toBe(SPEECH);
    expect(await projector.textContent("#pj-clock-who")).toBe("The floor is open.");

    // A student's room has no projector button.
    const student = await studentPage(
      it_.browser,
      it_.server.url,
      seminar.roomId,
      { width: 1366, height: 768 },
      "Nadia Reader",
      TABLE_ROLES[15].id,
    );
    expect(await student.isVisible("#open-projector")).toBe(false);
    expect(errors).toEqual([]);
    for (const p of [chair, student]) await p.context().close();
    await seminar.leave();
  });

  for (const [people, stage] of CROWDS) {
    const least = people <= 30 ? 20 : 12;
    it(`draws the hall's names at ${least} px or more at 1280×720 with ${people} people, none covered, a card beside it`, async () => {
      const seminar = await stageSeminar(it_.server.url, debating(stage));
      const page = await (await it_.browser.newContext({ viewport: PROJECTOR })).newPage();
      await page.goto(`${it_.server.url}/?room=${seminar.roomId}&view=projector&lang=en`);
      await page.waitForFunction(() => document.body.dataset.scene === "ready");
      await expect.poll(() => page.getAttribute("#hall", "data-hands")).toBe(DEBATING_HANDS);
      const names = async () => (await hallTexts(page)).filter((x) => x.label === "name");
      // Everyone at the table, the chair included, by a name large enough for the back of the room.
      await expect.poll(async () => (await names()).length).toBeGreaterThanOrEqual(22);
      await expect.poll(async () => Math.min(...(await names()).map((x) => x.fontSize))).toBeGreaterThanOrEqual(least);
      const texts = await hallTexts(page);
      await page.screenshot({ path: join(SHOTS, `projector-hall-${people}-1280.png`) });
      expect(texts.filter((x) => x.fontSize < 12).map((x) => `${x.text} (${x.fontSize} px)`)).toEqual([]);
      expect(covered(texts)).toEqual([]);
      const hall = (await page.locator("#hall").boundingBox())!;
      expect(hall.width).toBeGreaterThanOrEqual(PROJECTOR.width - 1);
      for (const x of texts) {
        expect(x.x, x.text).toBeGreaterThanOrEqual(-1);
        expect(x.x + x.w, x.text).toBeLessThanOrEqual(hall.width + 1);
        expect(x.y, x.text).toBeGreaterThanOrEqual(-1);
        expect(x.y + x.h, x.text).toBeLessThanOrEqual(hall.height + 1);
      }

      // A card played: it stands beside the hall, over no name and none of the speaker's words.
      const card = sputnik1990.cards!.find((c) => c.id === "article-6-amended")!;
      seminar.facilitator.send("playCard", { cardId: card.id });
      await page.waitForSelector("#pj-card:not([hidden])");
      const cardBox = (await page.locator("#pj-card").boundingBox())!;
      const asBox = (b: { x: number; y: number; width: number; height: number }) => ({
        x: b.x,
        y: b.y,
        w: b.width,
        h: b.height,
      });
      const under = async () => {
        const h = (await page.locator("#hall").boundingBox())!;
        return (await hallTexts(page))
          .filter((x) => x.label === "name" || x.label === "role")
          .filter((x) => overlap({ ...x, x: x.x + h.x, y: x.y + h.y }, asBox(cardBox)) > 0)
          .map((x) => x.text);
      };
      // The hall makes room for the card when its own frame sees it.
      await expect.poll(under).toEqual([]);
      expect(overlap(asBox((await page.locator("#pj-words").boundingBox())!), asBox(cardBox))).toBe(0);
      expect(await page.textContent("#pj-words")).toBe(SPEECH);
      await expect.poll(async () => Math.min(...(await names()).map((x) => x.fontSize))).toBeGreaterThanOrEqual(12);
      await page.screenshot({ path: join(SHOTS, `projector-card-${people}-1280.png`) });
      await page.context().close();
      await seminar.leave();
    });
  }

  it("speaks Russian with ?lang=ru, and only the scenario's and the participants' words stay as they are", async () => {
    const seminar = await stageSeminar(it_.server.url, STAGE);
    const page = await (await it_.browser.newContext({ viewport: PROJECTOR })).newPage();
    await page.goto(`${it_.server.url}/?room=${seminar.roomId}&view=projector&lang=ru`);
    await page.waitForFunction(() => document.body.dataset.scene === "ready");
    await expect.poll(() => page.textContent("#pj-words")).toBe(SPEECH);
    expect(await page.textContent("#pj-speech-state")).toBe("Сейчас выступает");
    expect(await page.textContent("#pj-queue li:first-child .kind")).toBe("к порядку!");
    expect(englishLeft(await interfaceText(page, "#projector"))).toEqual([]);
    await page.screenshot({ path: join(SHOTS, "projector-ru-1280.png") });
    await page.context().close();
    await seminar.leave();
  });

  it("keeps a long speech at 32 px or more and rolls it up slowly to its end", async () => {
    const long = Array.from({ length: 9 }, () => SPEECH)
      .join(" ")
      .slice(0, 1800);
    const seminar = await stageSeminar(it_.server.url, {
      atTable: 1,
      inAudience: 0,
      speech: { student: 0, text: long },
    });
    const page = await (await it_.browser.newContext({ viewport: PROJECTOR })).newPage();
    await page.goto(`${it_.server.url}/?room=${seminar.roomId}&view=projector&lang=en`);
    await expect.poll(() => page.textContent("#pj-words")).toBe(long);
    expect(await page.getAttribute("#pj-words", "data-length")).toBe("long");
    expect((await fontSizes(page, "#pj-words"))[0]).toBeGreaterThanOrEqual(32);
    const scroll = () =>
      page.$eval("#pj-words", (el) => ({ top: el.scrollTop, over: el.scrollHeight - el.clientHeight }));
    expect((await scroll()).over).toBeGreaterThan(0);
    // A pause to start reading, then it moves on.
    expect((await scroll()).top).toBe(0);
    await expect.poll(async () => (await scroll()).top, { timeout: 15_000, interval: 500 }).toBeGreaterThan(0);
    await page.context().close();
    await seminar.leave();
  });

  it("asks for a seminar's passcode, unless it is opened from a seat's tab", async () => {
    const teacher = new StagedClient(
      await new Client(it_.server.url.replace(/^http/, "ws")).create("seminar", { name: "Olga", passcode: "kuzbass" }),
    );
    await teacher.until(() => teacher.seat !== null, "the seat");
    const roomId = teacher.room.roomId;
    const url = `${it_.server.url}/?room=${roomId}&view=projector&lang=en`;

    const stranger = await (await it_.browser.newContext({ viewport: PROJECTOR })).newPage();
    await stranger.goto(url);
    await stranger.fill("#projector-passcode", "donbass");
    await stranger.click(".projector-passcode button[type=submit]");
    await expect
      .poll(() => stranger.textContent(".projector-passcode [role=alert]"))
      .toBe("That passcode is not right.");
    await stranger.fill("#projector-passcode", "kuzbass");
    await stranger.click(".projector-passcode button[type=submit]");
    await stranger.waitForFunction(() => document.body.dataset.scene === "ready");
    expect(await stranger.textContent("#pj-question")).toBe("No question is open yet.");

    const fromSeat = await pageWithSeat(it_.browser, roomId, teacher, "Olga");
    await fromSeat.goto(url);
    await fromSeat.waitForFunction(() => document.body.dataset.scene === "ready");
    teacher.send("openPrompt", { promptId: QUESTION.id });
    await expect.poll(() => fromSeat.textContent("#pj-question")).toBe(QUESTION.question);
    await expect.poll(() => stranger.textContent("#pj-question")).toBe(QUESTION.question);
    // Neither took the teacher's seat.
    expect((teacher.room.connection as unknown as { isOpen: boolean }).isOpen).toBe(true);
    expect(Object.keys(teacher.state.participants)).toHaveLength(1);
    for (const p of [stranger, fromSeat]) await p.context().close();
    await teacher.room.leave(true);
  });
});
