/**
 * The client in a classroom, in a real Chromium against the real server: the minutes as a
 * printable page in the reader's time zone and language, and the Russian interface (by address,
 * by the browser's language and by the door's switch) with no English interface word left.
 * Screenshots go to test-results/e2e/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseLog } from "../../shared/log-format.js";
import { fold } from "../../shared/engine/apply.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { buildClientIfStale, launchBrowser, ROOT, startServer, type RunningServer } from "./harness.js";
import { englishLeft, interfaceText } from "./i18n-check.js";

const SHOTS = join(ROOT, "test-results", "e2e");
const DESKTOP = { width: 1366, height: 768 };
const FIXTURE = readFileSync(join(ROOT, "tests/fixtures/logs/v1-sample.ndjson"), "utf8");
const parsed = parseLog(FIXTURE);
if (!parsed.ok) throw new Error(parsed.reason);
const state = fold(parsed.events);

describe("the classroom client", { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let sessionId: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await buildClientIfStale();
    server = await startServer();
    browser = await launchBrowser();
    const res = await fetch(`${server.url}/api/sessions/import`, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body: FIXTURE,
    });
    expect(res.status).toBe(201);
    sessionId = ((await res.json()) as { id: string }).id;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
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

    // The start screen links to this page and to the Markdown.
    await page.goto(`${server.url}/`);
    const row = page.locator(`#recorded-sessions li[data-session="${sessionId}"]`);
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
});
