/**
 * The debrief page in a real Chromium against the real server: a scripted session (speeches,
 * hands of every kind, a motion put to the vote) imported through POST /api/sessions/import,
 * its debrief page drawn with charts, and a speech's link opening the replay at that speech.
 * A screenshot goes to test-results/e2e/debrief.png.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { computeDebrief } from "../../shared/debrief/debrief.js";
import { logHeader, serializeLog } from "../../shared/log-format.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { Session } from "../fixtures/engine-session.js";
import { pixelStats, ROOT } from "./harness.js";
import { watchedPages } from "./watched-pages.js";

const SHOTS = join(ROOT, "test-results", "e2e");
const [roleA, roleB] = sputnik1990.roles.filter((r) => !r.chair);
const prompt = sputnik1990.prompts[0];

/** A session by the real rules, every event a second apart so each seq has its own moment. */
function scriptedLog() {
  const s = new Session({ type: "start" }, sputnik1990);
  const step = <T>(f: () => T) => {
    s.now += 1000;
    return f();
  };
  step(() => s.ok("ann", { type: "claimRole", roleId: roleA.id }));
  step(() => s.ok("bob", { type: "claimRole", roleId: roleB.id }));
  step(() => s.ok("fac", { type: "openPrompt", promptId: prompt.id }));
  step(() => s.ok("ann", { type: "raiseHand", intent: "question" }));
  step(() => s.ok("bob", { type: "raiseHand", intent: "order" }));
  for (const [who, text] of [
    ["bob", "On a point of order: the miners asked to speak first."],
    ["ann", "We struck for soap and for dignity, not for a market."],
  ] as const) {
    step(() => s.ok("fac", { type: "giveFloor" }));
    s.now += 20_000;
    step(() => s.ok(who, { type: "speak", text }));
    s.now += 10_000;
    step(() => s.ok(who, { type: "yieldFloor" }));
  }
  const voteId = `vote-${step(() => s.ok("fac", { type: "openVote", text: "That the miners be heard first" }))[0].seq}`;
  step(() => s.ok("ann", { type: "castVote", voteId, choice: "for" }));
  step(() => s.ok("bob", { type: "castVote", voteId, choice: "against" }));
  step(() => s.ok("ann", { type: "castVote", voteId, choice: "abstain" }));
  step(() => s.ok("fac", { type: "closeVote", voteId }));
  return s.log;
}

describe("debrief page", { timeout: 90_000 }, () => {
  // One server and browser; the page's errors fail the block.
  const run = watchedPages();

  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
  });

  it("draws its charts, lists votes and speeches, and a speech's link opens the replay at that speech", async () => {
    const events = scriptedLog();
    const expected = computeDebrief(events, sputnik1990);
    const res = await fetch(`${run.server.url}/api/sessions/import`, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson" },
      body: serializeLog(
        logHeader({ sessionId: "scripted", scenarioId: sputnik1990.id, createdAt: events[0].at }),
        events,
      ),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };

    const page = await run.page("teacher", { width: 1366, height: 900 });
    const scripts: string[] = [];
    page.on("request", (r) => scripts.push(r.url()));
    await page.goto(`${run.server.url}/debrief/${id}`);
    await page.waitForSelector("#debrief-charts[data-drawn='true']");

    // Three charts, each a canvas with something drawn on it.
    for (const chart of ["#chart-factions", "#chart-participants", "#chart-strip"]) {
      const stats = await pixelStats(page, await page.locator(chart).screenshot());
      expect(stats.distinct, chart).toBeGreaterThan(3);
      expect(stats.dominantShare, chart).toBeLessThan(0.98);
    }
    expect(scripts.some((u) => /\/assets\/chart-[^/]+\.js$/.test(u))).toBe(true);
    expect(await page.getAttribute("#debrief-csv", "href")).toBe(`/api/sessions/${id}/debrief.csv`);
    expect(await page.textContent("#debrief-never-spoke")).toContain("Facilitator");
    const vote = page.locator("#debrief-votes li[data-vote]");
    expect(await vote.count()).toBe(1);
    expect(await vote.textContent()).toContain("That the miners be heard first");
    expect(await vote.locator(".vote-result").textContent()).toContain("Not carried");
    expect(await vote.locator(".vote-result").textContent()).toContain("0 for · 1 against · 1 abstaining");
    expect(await page.locator("#debrief-participants tbody tr").count()).toBe(3);
    await page.screenshot({ path: join(SHOTS, "debrief.png"), fullPage: true });

    // The second speech (Ann's) opens the replay at its own moment.
    const speech = expected.speeches[1];
    const link = page.locator(`#debrief-speeches li[data-seq="${speech.seq}"] a`);
    expect(await link.getAttribute("href")).toBe(`/replay/${id}?seq=${speech.seq}`);
    await link.click();
    await page.waitForURL(new RegExp(`/replay/${id}\\?seq=${speech.seq}$`));
    await page.waitForSelector("#replay");
    await expect.poll(() => page.getAttribute("#replay", "data-seq")).toBe(String(speech.seq));
    const texts = await page.locator("#transcript .speech-text").allTextContents();
    expect(texts.at(-1)).toBe("We struck for soap and for dignity, not for a market.");
    expect(texts).toHaveLength(2);
    expect(await page.getAttribute("#replay", "data-playing")).toBe("false");
  });
});
