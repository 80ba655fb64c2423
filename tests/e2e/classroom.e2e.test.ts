/**
 * The client in a classroom, in a real Chromium against the real server: the minutes as a
 * printable page in the reader's time zone and language, and the Russian interface (by address,
 * by the browser's language and by the door's switch) with no English interface word left.
 * Screenshots go to test-results/e2e/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { parseLog } from "../../shared/log-format.js";
import { fold } from "../../shared/engine/apply.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { ROOT, serverAndBrowser, type RunningServer } from "./harness.js";
import { joinWithRole, openSeminarAsChair } from "./door-steps.js";
import { englishLeft, interfaceText } from "./i18n-check.js";

const SHOTS = join(ROOT, "test-results", "e2e");
const DESKTOP = { width: 1366, height: 768 };
const FIXTURE = readFileSync(join(ROOT, "tests/fixtures/logs/v1-sample.ndjson"), "utf8");
const parsed = parseLog(FIXTURE);
if (!parsed.ok) throw new Error(parsed.reason);
const state = fold(parsed.events);

describe("the classroom client", { timeout: 120_000 }, () => {
  const run = serverAndBrowser();
  let server: RunningServer;
  let browser: Browser;
  let sessionId: string;

  beforeAll(async () => {
    ({ server, browser } = run);
    mkdirSync(SHOTS, { recursive: true });
    const res = await fetch(`${server.url}/api/sessions/import`, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body: FIXTURE,
    });
    expect(res.status).toBe(201);
    sessionId = ((await res.json()) as { id: string }).id;
  });

  const pageIn = async (options: { locale?: string; timezoneId?: string; viewport?: typeof DESKTOP } = {}) => {
    const context = await browser.newContext({ viewport: DESKTOP, ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    return { page, errors };
  };

  it("shows the minutes as a page in the reader's time zone, with the prompts as headings, and prints them", async () => {
    const timezoneId = "Asia/Tokyo";
    const { page, errors } = await pageIn({ locale: "en-GB", timezoneId });
    await page.goto(`${server.url}/minutes/${sessionId}`);
    await page.waitForSelector("#minutes-page");

    // Prompts as headings, in the order opened, and every speech and post, whole.
    const headings = await page.$$eval("#minutes-page .minutes-section[data-prompt] h3", (hs) =>
      hs.map((h) => h.textContent ?? ""),
    );
    state.promptsOpened.forEach((o, i) => {
      const q = sputnik1990.prompts.find((p) => p.id === o.promptId)!.question;
      expect(headings[i]).toContain(`${i + 1}. ${q}`);
    });
    const text = (await page.textContent("#minutes-page"))!;
    for (const sp of state.speeches) expect(text).toContain(sp.text.split("\n")[0]);
    for (const p of state.posts) expect(text).toContain(p.text.split("\n")[0]);
    const replies = await page.locator(".minutes-replies .minutes-post").count();
    expect(replies).toBe(state.posts.filter((p) => p.replyTo).length);

    // Times in the reader's zone (Tokyo), not UTC: the first speech's time as Tokyo reads it.
    const tokyo = new Intl.DateTimeFormat("en-GB", {
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      timeZone: timezoneId,
    });
    const first = state.speeches[0];
    expect(await page.textContent(`time[datetime="${new Date(first.at).toISOString()}"]`)).toContain(
      tokyo.format(first.at),
    );
    expect(tokyo.format(first.at)).not.toBe(new Date(first.at).toISOString().slice(11, 19));
    expect(await page.textContent(".minutes-zone")).toContain("Asia/Tokyo");

    // The Markdown stays beside it, as a download.
    const md = page.locator("#minutes-markdown");
    expect(await md.getAttribute("href")).toBe(`/api/sessions/${sessionId}/minutes`);
    expect(await md.getAttribute("download")).toBe(`minutes-${sessionId}.md`);

    // Printed: no buttons, black on white, nothing cut (the page is as tall as its content).
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible(".minutes-actions")).toBe(false);
    const colours = await page.$eval("#minutes-page", (el) => [
      getComputedStyle(el).color,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(colours).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
    await page.pdf({ path: join(SHOTS, "minutes.pdf") }).catch(() => undefined);
    await page.emulateMedia({ media: "screen" });
    await page.screenshot({ path: join(SHOTS, "minutes-1366.png"), fullPage: false });

    // The start screen links to this page and to the Markdown. The seminar is unlisted (imported
    // by the test, not from this page), so the browser is told it is one of its own, as an import
    // from the door does (client/my-seminars.ts).
    await page.goto(`${server.url}/`);
    await page.evaluate((id) => localStorage.setItem("sputnik-seminar.my-seminars", JSON.stringify([id])), sessionId);
    await page.reload();
    const row = page.locator(`#my-seminars li[data-session="${sessionId}"]`);
    await row.waitFor();
    expect(await row.locator(`a[href="/minutes/${sessionId}"]`).count()).toBe(1);
    expect(await row.locator(`a[href="/api/sessions/${sessionId}/minutes"][download]`).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it("shows the minutes in Russian, with Russian dates and plural forms", async () => {
    const { page, errors } = await pageIn({ timezoneId: "Europe/Moscow" });
    await page.goto(`${server.url}/minutes/${sessionId}?lang=ru`);
    await page.waitForSelector("#minutes-page");
    expect(await page.getAttribute("html", "lang")).toBe("ru");
    const date = new Intl.DateTimeFormat("ru", {
      year: "numeric",
      month: "long",
      day: "numeric",
      timeZone: "Europe/Moscow",
    });
    expect(await page.textContent("#minutes-date")).toBe(date.format(state.startedAt!));
    const record = (await page.textContent(".minutes-meta"))!;
    const n = state.speeches.length;
    const form = new Intl.PluralRules("ru").select(n) as "one" | "few" | "many" | "other";
    expect(record).toContain(
      `${n} ${{ one: "выступление", few: "выступления", many: "выступлений", other: "выступления" }[form]}`,
    );
    expect(englishLeft(await interfaceText(page))).toEqual([]);
    expect(errors).toEqual([]);
  });

  /** The door and the role picker in Russian: opened with Cyrillic names, so any Latin word is ours. */
  async function checkRussianDoor(page: Page) {
    await page.waitForSelector("#start-screen");
    expect(await page.getAttribute("html", "lang")).toBe("ru");
    expect(await page.textContent("h1")).toBe("Займите место в гостинице «Спутник»");
    await page.waitForSelector("#scenario option", { state: "attached" });
    expect(await page.isVisible("#scenario-language")).toBe(true);
    expect(englishLeft(await interfaceText(page))).toEqual([]);
  }

  it("speaks Russian at the door and in the role picker: by ?lang=ru, by the browser's language, by the switch", async () => {
    const { page, errors } = await pageIn();
    await page.goto(`${server.url}/?lang=ru`);
    await checkRussianDoor(page);
    await page.screenshot({ path: join(SHOTS, "door-ru-1366.png") });
    // An empty name is refused in Russian.
    await page.click("#create");
    await expect.poll(() => page.textContent("#start-error")).toBe("Сначала введите своё имя.");

    await page.fill("#name", "Анна Петровна");
    await page.click("#create");
    await page.waitForSelector("#role-picker[open]");
    expect(englishLeft(await interfaceText(page, "#role-picker"))).toEqual([]);
    expect(await page.textContent("#role-picker")).toContain("Взять эту роль");
    expect(await page.isVisible("#role-picker .scenario-language")).toBe(true);
    // The scenario's own texts stay English, and say so by their lang.
    expect(await page.getAttribute(".role-card .bio", "lang")).toBe("en");
    await page.screenshot({ path: join(SHOTS, "roles-ru-1366.png") });

    // A browser set to Russian gets Russian with no parameter.
    const ruBrowser = await pageIn({ locale: "ru-RU" });
    await ruBrowser.page.goto(`${server.url}/`);
    await checkRussianDoor(ruBrowser.page);
    // …and its switch to English is remembered on the next visit.
    await ruBrowser.page.click('#language-switch a[data-lang="en"]');
    await ruBrowser.page.waitForSelector("#start-screen");
    await expect.poll(() => ruBrowser.page.textContent("h1")).toBe("Take a seat at the Sputnik Hotel");
    await ruBrowser.page.goto(`${server.url}/`);
    await expect.poll(() => ruBrowser.page.getAttribute("html", "lang")).toBe("en");
    expect(await ruBrowser.page.isVisible("#scenario-language")).toBe(false);
    // And back to Russian by the switch.
    await ruBrowser.page.click('#language-switch a[data-lang="ru"]');
    await checkRussianDoor(ruBrowser.page);
    expect([...errors, ...ruBrowser.errors]).toEqual([]);
  });

  /** A chair (in `chairLang`) and a speaker in a new seminar, each with a role; the first question open. */
  async function seminarWithSpeaker(chairLang = "en", speakerViewport = DESKTOP) {
    const chair = await pageIn();
    const code = await openSeminarAsChair(chair.page, server.url, "Анна Петровна", { query: `?lang=${chairLang}` });
    await chair.page.waitForSelector("#chair-controls:not([hidden])");
    const speaker = await pageIn({ viewport: speakerViewport });
    const role = await joinWithRole(speaker.page, server.url, code, "Tom Walker", "&lang=en");
    await chair.page.click("#open-prompt");
    await expect.poll(() => speaker.page.isVisible("#hall-question")).toBe(true);
    return { chair, speaker, code, roleName: sputnik1990.roles.find((r) => r.id === role)!.name };
  }

  it("keeps a draft through the queue and a turn that ran out, and speaks it when the floor comes back", async () => {
    const { chair, speaker, roleName } = await seminarWithSpeaker();
    const c = chair.page;
    const s = speaker.page;
    await c.fill("#chair-controls input[type=number]", "15");
    await c.click('#chair-controls form button[type="submit"]');
    await expect.poll(() => s.textContent("#countdown")).toContain("0:15");

    // Hand up: the box opens at once to draft in; Speak waits for the floor.
    await s.click("#hand-button");
    await s.waitForSelector("#speech-box", { state: "visible" });
    expect(await s.isDisabled("#speak-button")).toBe(true);
    expect(await s.textContent("#draft-note")).toContain("while you wait");
    const draft =
      "Comrades, the strike committees of Kuzbass did not ask for capitalism; they asked for soap, for meat, for the right";
    await s.fill("#speech-box textarea", draft);

    // The chair's desk: the queue beside the Discussion, the next speaker named on the button.
    await expect.poll(() => c.textContent("#chair-queue")).toContain("Tom Walker");
    expect(await c.textContent("#chair-queue")).toContain(roleName);
    await expect.poll(() => c.textContent("#give-next")).toBe("Give the floor to Tom Walker");
    await c.click("#give-next");
    await expect.poll(() => s.isEnabled("#speak-button")).toBe(true);
    expect(await s.inputValue("#speech-box textarea")).toBe(draft);
    // The hall marks the turn (a bubble with no words yet) and names and roles are readable.
    await expect.poll(() => c.getAttribute("#hall", "data-bubble")).toBe("");
    expect(Number(await c.getAttribute("#hall", "data-label-font"))).toBeGreaterThanOrEqual(12);

    // The 15 seconds run out before the speech is sent: the draft stays, with a plain word.
    await expect.poll(() => s.textContent("#floor-status"), { timeout: 30_000 }).toBe("The floor is open.");
    // …and the bubble goes with the turn.
    await expect.poll(() => c.getAttribute("#hall", "data-bubble")).toBe(null);
    expect(await s.isVisible("#speech-box")).toBe(true);
    expect(await s.inputValue("#speech-box textarea")).toBe(draft);
    expect(await s.textContent("#draft-note")).toContain("Your turn ended before you spoke");

    // Hand up again, the floor again: the same words, spoken.
    await s.click("#hand-button");
    await expect.poll(() => c.textContent("#give-next")).toBe("Give the floor to Tom Walker");
    await c.click("#give-next");
    await expect.poll(() => s.isEnabled("#speak-button")).toBe(true);
    expect(await s.inputValue("#speech-box textarea")).toBe(draft);
    await s.click("#speak-button");
    await c.click("#tab-transcript");
    await expect.poll(() => c.textContent("#transcript")).toContain(draft);
    await expect.poll(() => s.inputValue("#speech-box textarea")).toBe("");
    // Discarding is the writer's own act only.
    await s.click("#hand-button");
    await s.fill("#speech-box textarea", "a second thought");
    await s.click("#discard-draft");
    expect(await s.inputValue("#speech-box textarea")).toBe("");
    expect([...chair.errors, ...speaker.errors]).toEqual([]);
  });

  it("keeps earlier questions' threads reachable, shows the whole question to the chair, and never overflows a phone", async () => {
    const { chair, speaker } = await seminarWithSpeaker("en", { width: 390, height: 844 });
    const c = chair.page;
    const s = speaker.page;
    const [q1, q2] = sputnik1990.prompts;
    const post = "Who here has spoken with the strike committees themselves?";
    await s.click("#tab-discussion");
    await s.fill(".composer textarea", post);
    await s.click("#post-button");
    await expect.poll(() => c.textContent("#board")).toContain(post);

    // The picker names whole questions, and shows the chosen one in full before it is opened.
    await c.selectOption("#chair-controls select[name=prompt]", q2.id);
    expect(await c.textContent("#prompt-preview")).toBe(q2.question);
    expect(
      await c.$eval(`#chair-controls select[name=prompt] option[value="${q2.id}"]`, (o) => o.textContent.trim()),
    ).toBe(`2. ${q2.question}`);
    await c.click("#open-prompt");
    await expect.poll(() => s.textContent("#hall-question")).toContain(q2.question);

    // Question 1's thread is still there, folded, to read (not to write in).
    const earlier = s.locator(`#earlier-boards details[data-prompt="${q1.id}"]`);
    await earlier.locator("summary").click();
    expect(await earlier.textContent()).toContain(post);
    expect(await earlier.locator("button[data-reply]").count()).toBe(0);
    // The context folds away: the question and the board come first.
    expect(await s.isVisible("#prompt-context .context")).toBe(false);

    // A phone: the open question and, holding the floor, my speech box, before the hall.
    await s.click("#hand-button");
    await c.click("#give-next");
    await expect.poll(() => s.isEnabled("#speak-button")).toBe(true);
    await s.evaluate(() => scrollTo(0, 0));
    const tops = await s.evaluate(() =>
      ["#hall-question", "#speech-box", "#hall"].map((sel) => document.querySelector(sel)!.getBoundingClientRect().top),
    );
    expect(tops[0]).toBeLessThan(tops[2]);
    expect(tops[1]).toBeLessThan(tops[2]);
    const box = await s.locator("#speech-box").boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    await s.screenshot({ path: join(SHOTS, "phone-390.png") });
    // A yield ends the turn, and the bubble with it.
    await expect.poll(() => c.getAttribute("#hall", "data-bubble")).toBe("");
    await s.click("#yield-button");
    await expect.poll(() => c.getAttribute("#hall", "data-bubble")).toBe(null);
    await expect.poll(() => s.getAttribute("#hall", "data-bubble")).toBe(null);

    // No width from 320 px up makes the page wider than the screen: the room and the door.
    // Polled: the hall's canvas follows the new width from a resize observer, a frame or more later.
    for (const width of [320, 390, 768]) {
      await s.setViewportSize({ width, height: 800 });
      await expect
        .poll(() => s.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
          message: `room at ${width} px`,
        })
        .toBeLessThanOrEqual(0);
      // The panel's tabs keep each label whole on one line (the row scrolls sideways on a phone).
      const wrapped = await s.$$eval('.tabs [role="tab"]', (tabs) =>
        tabs
          .filter((tab) => {
            const range = document.createRange();
            range.selectNodeContents(tab);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
          })
          .map((tab) => tab.textContent),
      );
      expect(wrapped, `tab labels wrapped at ${width} px`).toEqual([]);
    }
    const door = await pageIn({ viewport: { width: 320, height: 700 } });
    await door.page.goto(`${server.url}/?lang=ru`);
    await door.page.waitForSelector("#start-screen");
    expect(await door.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect([...chair.errors, ...speaker.errors, ...door.errors]).toEqual([]);
  });

  it("speaks Russian in the room: the hall's panels and the chair's desk", async () => {
    const { chair } = await seminarWithSpeaker("ru");
    const c = chair.page;
    await expect.poll(() => c.textContent("#give-next")).toBe("Дать слово следующему");
    for (const tab of ["#tab-discussion", "#tab-transcript", "#tab-brief", "#tab-people"]) {
      await c.click(tab);
      expect(englishLeft(await interfaceText(c, "#room")), tab).toEqual([]);
    }
    expect(englishLeft(await interfaceText(c, "#chair-controls"))).toEqual([]);
    await c.screenshot({ path: join(SHOTS, "room-ru-1366.png") });
    expect(chair.errors).toEqual([]);
  });
});
