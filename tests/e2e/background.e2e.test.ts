/**
 * The game-book parts in a real Chromium: the glossary and timeline for everyone (what lies
 * after the seminar marked), the facilitator's guide for the facilitator only, and the print
 * views: a brief and the roles handout go on paper whole, with the room hidden.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { ROOT, serverAndBrowser } from "./harness.js";

const SHOTS = join(ROOT, "test-results", "e2e");

const VIEWPORT = { width: 1366, height: 768 };
const STUDENT_ROLE = "memorial-volunteer";

describe("background, guide and print views", { timeout: 120_000 }, () => {
  const run = serverAndBrowser();
  mkdirSync(SHOTS, { recursive: true });

  /** Replaces window.print with a counter, so printing can be checked without a dialog. */
  const stubPrint = (page: Page) =>
    page.evaluate(() => {
      const w = window as unknown as { __printed: number };
      w.__printed = 0;
      window.print = () => {
        w.__printed += 1;
      };
    });
  const printed = (page: Page) => page.evaluate(() => (window as unknown as { __printed: number }).__printed);

  it("shows the glossary and timeline to all, the guide to the facilitator, and prints whole sheets", async () => {
    const errors: string[] = [];
    const teacher = await (await run.browser.newContext({ viewport: VIEWPORT })).newPage();
    teacher.on("pageerror", (e) => errors.push(`teacher: ${e.message}`));
    await teacher.goto(`${run.server.url}/`);
    await teacher.fill("#name", "Ms Ivanova");
    await teacher.click("#create");
    await teacher.waitForSelector("#role-picker[open]");
    await teacher.keyboard.press("Escape");
    await teacher.waitForSelector("#role-picker", { state: "hidden" });
    const code = (await teacher.textContent("#room-code"))!.trim();

    // The facilitator has the guide: every seminar question with its resolutions and cards, then the full text.
    await teacher.waitForSelector("#tab-guide:not([hidden])");
    await teacher.click("#tab-guide");
    await teacher.waitForSelector("#guide-prompts > li");
    const seminar = sputnik1990.prompts.filter((p) => p.period === "seminar");
    expect(await teacher.locator("#guide-prompts > li").count()).toBe(seminar.length);
    expect(await teacher.locator("#guide-prompts [data-resolution]").count()).toBe(sputnik1990.resolutions!.length);
    expect(await teacher.textContent("#guide-prompts [data-resolution='direct-links-appeal']")).toContain(
      sputnik1990.resolutions!.find((r) => r.id === "direct-links-appeal")!.text,
    );
    expect(await teacher.textContent("#guide-text")).toContain("Post-mortem questions");

    // Everyone has the background: the timeline with later events marked, and the glossary.
    const student = await (await run.browser.newContext({ viewport: VIEWPORT })).newPage();
    student.on("pageerror", (e) => errors.push(`student: ${e.message}`));
    await student.goto(`${run.server.url}/?room=${code}`);
    await student.fill("#name", "Pavel");
    await student.click("#join");
    await student.waitForSelector("#role-picker[open]");
    await student.click(`button.take[data-role="${STUDENT_ROLE}"]`);
    await student.waitForSelector("#role-picker", { state: "hidden" });
    expect(await student.isHidden("#tab-guide")).toBe(true);
    expect(await student.locator("#guide-prompts").count()).toBe(0);

    await student.click("#tab-background");
    await student.waitForSelector("#timeline-list > li");
    // The keyboard skips the guide's hidden tab: from the last shown tab it wraps to the first.
    await student.focus("#tab-background");
    await student.keyboard.press("ArrowRight");
    expect(await student.getAttribute("#tab-discussion", "aria-selected")).toBe("true");
    await student.keyboard.press("ArrowLeft");
    expect(await student.getAttribute("#tab-background", "aria-selected")).toBe("true");
    const timeline = sputnik1990.timeline!;
    expect(await student.locator("#timeline-list > li").count()).toBe(timeline.length);
    const later = timeline.filter((e) => e.afterSeminar);
    expect(await student.locator("#timeline-list > li.after-seminar").count()).toBe(later.length);
    for (const text of await student.locator("#timeline-list > li.after-seminar").allTextContents())
      expect(text).toContain("after the seminar");
    expect(await student.locator("#timeline-list > li.before-seminar .badge").count()).toBe(0);
    expect(await student.locator("#glossary-list dt").count()).toBe(sputnik1990.glossary!.length);
    expect(await student.textContent("#glossary-list")).toContain("VTsSPS");
    await student.screenshot({ path: join(SHOTS, "background.png") });

    // My brief on paper: all of it, the room hidden, nothing cut off by a scroll box.
    await stubPrint(student);
    await student.click("#tab-brief");
    await student.waitForSelector("#print-brief:not([hidden])");
    await student.click("#print-brief");
    expect(await printed(student)).toBe(1);
    const brief = sputnik1990.roles.find((r) => r.id === STUDENT_ROLE)!.brief;
    const sheet = (await student.textContent("#print-sheet")) ?? "";
    for (const tp of brief.talkingPoints) expect(sheet).toContain(tp.facts);
    expect(sheet).toContain(brief.documentation);
    await student.emulateMedia({ media: "print" });
    expect(await student.isVisible("#print-sheet")).toBe(true);
    expect(await student.isVisible("#room")).toBe(false);
    const clipped = await student.evaluate(() => {
      const el = document.getElementById("print-sheet")!;
      return { overflow: getComputedStyle(el).overflowY, scroll: el.scrollHeight, client: el.clientHeight };
    });
    expect(clipped.overflow).toBe("visible");
    expect(clipped.scroll).toBeLessThanOrEqual(clipped.client + 1);
    await student.screenshot({ path: join(SHOTS, "print-brief.png"), fullPage: true });
    await student.emulateMedia({ media: "screen" });
    expect(await student.isVisible("#print-sheet")).toBe(false);

    // The roles handout: every public role, and no brief text on it.
    await student.click("#tab-background");
    await student.click("#print-roles");
    expect(await printed(student)).toBe(2);
    expect(await student.locator("#print-sheet .handout-role").count()).toBe(sputnik1990.roles.length);
    const handout = (await student.textContent("#print-sheet")) ?? "";
    for (const r of sputnik1990.roles) expect(handout).toContain(r.bio);
    expect(handout).not.toContain(brief.standpoint);

    expect(errors).toEqual([]);
  });
});
