/**
 * `npm run screenshots`: stages a live seminar (tests/e2e/live-seminar.ts: a chair, students at
 * the table and in the audience, an open question, a speech on the floor, hands of every kind,
 * a vote with ballots) on a fresh server, and photographs it in Chromium as a student at the
 * table sees it at 1366×768, 1920×1080 and on a 390×844 phone, and in the projector view at
 * 1280×720. The pictures go to docs/screenshots/ (or the folder given as the first argument).
 */
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { buildClientIfStale, launchBrowser, ROOT, startServer } from "./harness.js";
import { stageSeminar, TABLE_ROLES } from "./live-seminar.js";

export const SPEECH =
  "The strike committees did not ask for capitalism. They asked for soap, for meat, for the right to organise and for the mine to answer to the town. Call that what you like: it is what socialism promised them.";

export const STAGE = {
  atTable: 9,
  inAudience: 6,
  speech: { student: 0, text: SPEECH },
  hands: [
    { student: 3, intent: "point" as const },
    { student: 5, intent: "reply" as const },
    { student: 7, intent: "question" as const },
    { student: 11, intent: "order" as const },
  ],
  vote: {
    text: "That the seminar hears the miners' delegates before the historians",
    ballots: [
      { student: 1, choice: "for" as const },
      { student: 2, choice: "for" as const },
      { student: 4, choice: "against" as const },
      { student: 6, choice: "abstain" as const },
      { student: 8, choice: "for" as const },
    ],
  },
};

/** Joins `roomId` in a fresh page at `viewport` as a student taking the role `roleId` (or none: ""); the page, once the hall is drawn. */
export async function studentPage(
  browser: Browser,
  url: string,
  roomId: string,
  viewport: { width: number; height: number },
  name: string,
  roleId: string,
) {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(`${url}/?room=${roomId}&lang=en`);
  await page.fill("#name", name);
  await page.click("#join");
  await page.waitForSelector("#role-picker[open]");
  // No role left: they stay in the audience.
  await page.click(roleId ? `button.take[data-role="${roleId}"]` : "#stay-observer");
  await page.waitForSelector("#role-picker", { state: "hidden" });
  await page.waitForFunction(() => document.body.dataset.scene === "ready");
  return page;
}

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? join(ROOT, "docs", "screenshots"));
  mkdirSync(out, { recursive: true });
  await buildClientIfStale();
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const seminar = await stageSeminar(server.url, STAGE);
    const free = TABLE_ROLES.slice(STAGE.atTable);
    const shots: [string, { width: number; height: number }][] = [
      ["room-1366.png", { width: 1366, height: 768 }],
      ["room-1920.png", { width: 1920, height: 1080 }],
      ["phone-390.png", { width: 390, height: 844 }],
    ];
    for (const [i, [file, viewport]] of shots.entries()) {
      const page = await studentPage(
        browser,
        server.url,
        seminar.roomId,
        viewport,
        `Nadia Reader ${i + 1}`,
        free[i].id,
      );
      // The speech's words come into the bubble at a reading pace.
      await page.waitForTimeout(2500);
      // On the phone the hall comes after the question and the dock, and runs longer than the
      // screen: scrolled to its top (the speech, the chair, the first rows), as a reader would.
      if (viewport.width < 600)
        await page.evaluate(() => document.querySelector("#hall")?.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: join(out, file) });
      console.log(join(out, file));
      // Left for good (not a dropped tab), so the next picture has no faded seat of theirs.
      await page.click("#leave");
      await page.click("#leave-confirm");
      await page.waitForSelector("#start-screen");
      await page.context().close();
    }
    const projector = await (await browser.newContext({ viewport: { width: 1280, height: 720 } })).newPage();
    await projector.goto(`${server.url}/?room=${seminar.roomId}&view=projector&lang=en`);
    await projector.waitForFunction(() => document.body.dataset.scene === "ready");
    await projector.waitForTimeout(2500);
    await projector.screenshot({ path: join(out, "projector-1280.png") });
    console.log(join(out, "projector-1280.png"));
    await seminar.leave();
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(ROOT, "tests/e2e/take-screenshots.ts")) await main();
