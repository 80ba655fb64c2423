/**
 * Issue 13: the minutes record cards played (title, text, sources) and votes (text, each role's
 * choice, the tally, carried or not) at their place among the speeches, in the record and in the
 * Markdown; hostile motion text stays inert; hidden posts stay hidden beside them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { SeminarEvent } from "../../shared/events.js";
import { withholdHiddenPosts } from "../../shared/hidden-posts.js";
import { parseLog } from "../../shared/log-format.js";
import { minutesRecord, type MinutesScenario } from "../../shared/replay/minutes-record.js";
import { renderMinutes } from "../../shared/replay/minutes.js";
import { debriefScenario } from "../fixtures/debrief-scenario.js";

const parsed = parseLog(readFileSync(new URL("../fixtures/logs/debrief-sample.ndjson", import.meta.url), "utf8"));
if (!parsed.ok) throw new Error(parsed.reason);
const { header, events } = parsed;

const scenario: MinutesScenario = {
  id: "test-scenario",
  title: "Test scenario",
  factions: debriefScenario.factions,
  roles: debriefScenario.roles,
  prompts: debriefScenario.prompts,
  cards: [
    {
      id: "telegram",
      title: "A telegram from Kuzbass",
      text: "The strike committee asks the seminar\nto send a delegate.",
      sources: ["https://example.org/kuzbass", "P3"],
    },
  ],
  sources: [{ url: "https://example.org/kuzbass", title: "The Kuzbass strike of 1989" }],
};
const input = (evs: readonly SeminarEvent[]) => ({
  sessionId: header.sessionId,
  scenarioId: header.scenarioId,
  createdAt: header.createdAt,
  scenario,
  events: evs,
});
const section = (m: ReturnType<typeof minutesRecord>, promptId: string) => {
  const s = m.sections.find((x) => x.kind === "prompt" && x.promptId === promptId);
  if (!s) throw new Error(`no section ${promptId}`);
  return s;
};

describe("minutesRecord: cards and votes", () => {
  it("puts votes and cards among the speeches of the question open at the time, in log order", () => {
    const m = minutesRecord(input(events));
    expect(m.counts).toMatchObject({ speeches: 4, cards: 1, votes: 2 });
    expect(section(m, "strikes").entries.map((e) => e.kind)).toEqual(["speech", "speech", "speech", "speech"]);
    const entries = section(m, "workers-state").entries;
    expect(entries.map((e) => e.kind)).toEqual(["vote", "vote", "card"]);
    const [appeal, adjourn, card] = entries;
    if (appeal.kind !== "vote" || adjourn.kind !== "vote" || card.kind !== "card") throw new Error("kinds");
    expect(appeal).toMatchObject({
      voteId: "vote-30",
      text: "The seminar sends a message of solidarity to the striking miners.",
      openedBy: "Olga",
      openedAt: 1800000140000,
      closedAt: 1800000150000,
      result: { for: 2, against: 0, abstain: 1, carried: true },
    });
    // Each role once, with its last choice (the historian changed from against to abstain).
    expect(appeal.ballots).toEqual([
      { role: { name: "Miner", faction: "Workers" }, by: "Ann", choice: "for" },
      { role: { name: "Historian", faction: "Scholars" }, by: "Bob", choice: "abstain" },
      { role: { name: "Chair", faction: "The chair" }, by: "Olga", choice: "for" },
    ]);
    expect(adjourn.result).toEqual({ for: 0, against: 1, abstain: 0, carried: false });
    expect(card).toMatchObject({
      cardId: "telegram",
      title: "A telegram from Kuzbass",
      playedBy: "Olga",
      at: 1800000161000,
      sources: [
        { ref: "https://example.org/kuzbass", title: "The Kuzbass strike of 1989" },
        { ref: "P3", title: null },
      ],
    });
  });

  it("keeps a vote still open at the end of the record open, with the ballots so far", () => {
    const m = minutesRecord(input(events.slice(0, 33)));
    const [vote] = section(m, "workers-state").entries;
    expect(vote).toMatchObject({ kind: "vote", result: null, closedAt: null });
    if (vote.kind === "vote") expect(vote.ballots.map((b) => b.choice)).toEqual(["for", "against", "for"]);
  });

  it("names a card the scenario does not know by its id", () => {
    const m = minutesRecord({ ...input(events), scenario: undefined });
    const card = section(m, "workers-state").entries.at(-1);
    expect(card).toMatchObject({ kind: "card", title: "telegram", text: "", sources: [] });
  });
});

describe("renderMinutes: cards and votes", () => {
  it("writes each vote with its roles' choices and result, and the card with its text and sources, in order", () => {
    const md = renderMinutes(input(events));
    expect(md).toContain("- **Record:** 42 events, 4 speeches, 3 board posts, 1 cards played, 2 votes");
    const at = (s: string) => {
      const i = md.indexOf(s);
      expect(i, s).toBeGreaterThan(-1);
      return i;
    };
    const heading = at("### 2. Is the USSR a workers' state?");
    const vote1 = at("**Vote** put 08:02:20 UTC (+0:02:20) by Olga:");
    const text1 = at("> The seminar sends a message of solidarity to the striking miners.");
    const ballots = at(
      "- Miner, Workers (Ann): for\n- Historian, Scholars (Bob): abstains\n- Chair, The chair (Olga): for\n",
    );
    const result1 = at("**Carried**: 2 for, 0 against, 1 abstaining; closed 08:02:30 UTC (+0:02:30).");
    const vote2 = at("> That we adjourn");
    const result2 = at("**Not carried**: 0 for, 1 against, 0 abstaining;");
    const card = at("**Card played:** A telegram from Kuzbass, 08:02:41 UTC (+0:02:41) by Olga");
    const cardText = at("> The strike committee asks the seminar\\\n> to send a delegate.");
    const sources = at("Sources:\n\n- The Kuzbass strike of 1989 (https://example.org/kuzbass)\n- P3\n");
    const board = md.indexOf("#### Board", heading);
    expect([heading, vote1, text1, ballots, result1, vote2, result2, card, cardText, sources]).toEqual(
      [heading, vote1, text1, ballots, result1, vote2, result2, card, cardText, sources].sort((a, b) => a - b),
    );
    // The board of a question follows its proceedings.
    expect(board).toBeGreaterThan(sources);
  });

  it("says a vote was not closed, and keeps a hostile motion and name inert", () => {
    const evs: SeminarEvent[] = events
      .slice(0, 29)
      .map((e) => (e.type === "joined" && e.actor === "fac" ? { ...e, data: { ...e.data, name: "# Olga <b>" } } : e));
    evs.push({
      seq: 30,
      at: 1800000140000,
      type: "voteOpened",
      actor: "fac",
      data: { voteId: "vote-30", text: "## That [we](javascript:alert(1)) <script>x</script>" },
    });
    const md = renderMinutes(input(evs));
    expect(md).toContain("by \\# Olga &lt;b&gt;:");
    expect(md).toContain("> \\## That \\[we\\](javascript:alert(1)) &lt;script&gt;x&lt;/script&gt;");
    expect(md).not.toContain("<script>");
    expect(md).toContain("- No votes were cast.\n\n**Not closed** when the record ends.");
  });

  it("keeps a hidden post hidden beside the votes and cards", () => {
    const secret = "a post the moderator hid";
    const evs: SeminarEvent[] = [
      ...events.slice(0, 29),
      {
        seq: 30,
        at: 1800000135000,
        type: "posted",
        actor: "ann",
        data: { postId: "post-30", promptId: "workers-state", text: secret },
      },
      { seq: 31, at: 1800000136000, type: "postHidden", actor: "fac", data: { postId: "post-30" } },
      ...events.slice(29).map((e) => ({ ...e, seq: e.seq + 2 })),
    ];
    const record = minutesRecord(input(withholdHiddenPosts(evs)));
    expect(JSON.stringify(record)).not.toContain(secret);
    const md = renderMinutes(input(withholdHiddenPosts(evs)));
    expect(md).not.toContain(secret);
    expect(md).toContain("This post was hidden by the moderator.");
    expect(md).toContain("**Card played:** A telegram from Kuzbass");
  });
});
