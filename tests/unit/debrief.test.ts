import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { debriefCsv } from "../../shared/debrief/debrief-csv.js";
import { computeDebrief, countWords } from "../../shared/debrief/debrief.js";
import type { SeminarEvent } from "../../shared/events.js";
import { parseLog } from "../../shared/log-format.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { debriefScenario } from "../fixtures/debrief-scenario.js";
import { generateLog } from "./generated-log.js";

const parsed = parseLog(readFileSync(new URL("../fixtures/logs/debrief-sample.ndjson", import.meta.url), "utf8"));
if (!parsed.ok) throw new Error(`fixture does not parse: line ${parsed.line}: ${parsed.reason}`);
const log = parsed.events;
const T0 = 1_800_000_000_000;

describe("debrief of the committed fixture (figures computed by hand)", () => {
  const d = computeDebrief(log, debriefScenario);
  const who = (id: string) => d.participants.find((p) => p.id === id)!;

  it("counts each participant's speeches, floor seconds (capped at the turn's end), words, hands, posts, reactions and votes", () => {
    expect(d.participants.map((p) => p.id)).toEqual(["fac", "ann", "bob", "cat"]);
    expect(who("fac")).toEqual({
      id: "fac",
      name: "Olga",
      roles: ["chair"],
      factionId: "chairs",
      speeches: 0,
      floorSeconds: 0,
      turns: 0,
      words: 0,
      hands: { point: 0, reply: 0, question: 0, order: 0 },
      posts: 0,
      replies: 0,
      reactionsGiven: 0,
      reactionsReceived: 0,
      votesCast: 1,
    });
    // Ann's turn ran out at 85 s; the server noticed at 90 s: 60 s, not 65.
    expect(who("ann")).toMatchObject({
      roles: ["miner"],
      factionId: "workers",
      speeches: 2,
      floorSeconds: 60,
      words: 10,
      hands: { point: 1, reply: 0, question: 0, order: 0 },
      posts: 1,
      replies: 0,
      reactionsGiven: 1,
      reactionsReceived: 2,
      votesCast: 2,
    });
    // A changed ballot is one vote cast.
    expect(who("bob")).toMatchObject({
      factionId: "scholars",
      speeches: 1,
      floorSeconds: 30,
      words: 4,
      hands: { point: 0, reply: 1, question: 1, order: 0 },
      posts: 0,
      replies: 1,
      reactionsGiven: 1,
      reactionsReceived: 0,
      votesCast: 1,
    });
    expect(who("cat")).toMatchObject({
      name: "=Cat",
      roles: [],
      factionId: null,
      speeches: 1,
      floorSeconds: 10,
      words: 5,
      hands: { point: 0, reply: 0, question: 0, order: 1 },
      posts: 1,
      votesCast: 0,
    });
  });

  it("totals floor time, speeches and posts per faction, with a row for people holding no role", () => {
    expect(d.factions).toEqual([
      { factionId: "chairs", name: "The chair", floorSeconds: 0, floorShare: 0, speeches: 0, posts: 0 },
      { factionId: "workers", name: "Workers", floorSeconds: 60, floorShare: 0.6, speeches: 2, posts: 1 },
      { factionId: "scholars", name: "Scholars", floorSeconds: 30, floorShare: 0.3, speeches: 1, posts: 1 },
      { factionId: null, name: "", floorSeconds: 10, floorShare: 0.1, speeches: 1, posts: 1 },
    ]);
  });

  it("gives each prompt its time open, speeches, posts and votes", () => {
    expect(d.prompts).toEqual([
      {
        promptId: "strikes",
        question: "Were the strikes for socialism?",
        secondsOpen: 120,
        speeches: 4,
        posts: 2,
        votes: [],
      },
      {
        promptId: "workers-state",
        question: "Is the USSR a workers' state?",
        secondsOpen: 50,
        speeches: 0,
        posts: 1,
        votes: ["vote-30", "vote-36"],
      },
    ]);
  });

  it("lists each vote with each role's last choice, the tally and the result", () => {
    expect(d.votes).toEqual([
      {
        voteId: "vote-30",
        seq: 30,
        closedSeq: 35,
        text: "The seminar sends a message of solidarity to the striking miners.",
        resolutionId: "solidarity-appeal",
        promptId: "workers-state",
        ballots: [
          { roleId: "miner", participantId: "ann", choice: "for", seq: 31 },
          { roleId: "historian", participantId: "bob", choice: "abstain", seq: 34 },
          { roleId: "chair", participantId: "fac", choice: "for", seq: 33 },
        ],
        for: 2,
        against: 0,
        abstain: 1,
        carried: true,
      },
      {
        voteId: "vote-36",
        seq: 36,
        closedSeq: 38,
        text: "That we adjourn",
        resolutionId: null,
        promptId: "workers-state",
        ballots: [{ roleId: "miner", participantId: "ann", choice: "against", seq: 37 }],
        for: 0,
        against: 1,
        abstain: 0,
        carried: false,
      },
    ]);
  });

  it("measures balance: the top fifth of speakers' share of the floor, and who never spoke", () => {
    // Three speakers; the top fifth rounds up to one: Ann, 60 of 100 seconds.
    expect(d.balance).toEqual({ speakers: 3, topFifth: ["ann"], topFifthShare: 0.6, neverSpoke: ["fac"] });
  });

  it("keeps every speech, turn and card with its seq for links into the replay", () => {
    expect(d.speeches.map((s) => [s.seq, s.speaker, s.words])).toEqual([
      [14, "cat", 5],
      [17, "ann", 4],
      [20, "ann", 6],
      [23, "bob", 4],
    ]);
    expect(d.turns).toEqual([
      { seq: 13, holder: "cat", roleId: null, factionId: null, from: T0 + 14_000, to: T0 + 24_000 },
      { seq: 16, holder: "ann", roleId: "miner", factionId: "workers", from: T0 + 25_000, to: T0 + 85_000 },
      { seq: 22, holder: "bob", roleId: "historian", factionId: "scholars", from: T0 + 91_000, to: T0 + 121_000 },
    ]);
    expect(d.cards).toEqual([{ cardId: "telegram", seq: 39, at: T0 + 161_000 }]);
    expect(d).toMatchObject({ seq: 42, startedAt: T0, lastAt: T0 + 180_000, endedAt: null });
  });

  it("reveals no objectives before the session has ended", () => {
    expect(d.objectives).toBeNull();
  });

  it("writes one CSV row per participant, quoting every cell and defusing formulas", () => {
    const csv = debriefCsv(d, debriefScenario);
    const lines = csv.split("\r\n");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(
      '"participant_id","name","roles","faction","speeches","turns","floor_seconds","floor_share","words","hands_point","hands_reply","hands_question","hands_order","posts","replies","reactions_given","reactions_received","votes_cast"',
    );
    expect(lines[2]).toBe('"ann","Ann","Miner","Workers","2","1","60","0.6","10","1","0","0","0","1","0","1","2","2"');
    expect(lines[4]).toBe('"cat","\'=Cat","","","1","1","10","0.1","5","0","0","0","1","1","0","1","0","0"');
    expect(lines[5]).toBe("");
  });
});

describe("debrief after the end", () => {
  it("reveals each role's objectives tied to resolutions and whether the votes met them", () => {
    const last = log.at(-1)!;
    const ended: SeminarEvent[] = [
      ...log,
      { seq: last.seq + 1, at: last.at + 5_000, type: "sessionEnded", actor: "fac", data: {} },
    ];
    const d = computeDebrief(ended, debriefScenario);
    expect(d.endedAt).toBe(last.at + 5_000);
    // solidarity-appeal was carried (vote-30); publish-proceedings never came to a vote.
    expect(d.objectives).toEqual([
      {
        roleId: "chair",
        resolutionId: "publish-proceedings",
        wants: "carried",
        voteId: null,
        outcome: "defeated",
        met: false,
      },
      {
        roleId: "miner",
        resolutionId: "solidarity-appeal",
        wants: "carried",
        voteId: "vote-30",
        outcome: "carried",
        met: true,
      },
      {
        roleId: "historian",
        resolutionId: "solidarity-appeal",
        wants: "defeated",
        voteId: "vote-30",
        outcome: "carried",
        met: false,
      },
      {
        roleId: "historian",
        resolutionId: "publish-proceedings",
        wants: "defeated",
        voteId: null,
        outcome: "defeated",
        met: true,
      },
    ]);
  });
});

describe("debrief, generally", () => {
  it("counts words in any script", () => {
    expect(countWords("  В 1989 году шахтёры\nбастовали ")).toBe(5);
    expect(countWords("")).toBe(0);
  });

  it("works without a scenario, naming factions by id", () => {
    const d = computeDebrief(log);
    expect(d.participants.find((p) => p.id === "ann")?.factionId).toBeNull();
    expect(d.factions).toEqual([
      { factionId: null, name: "", floorSeconds: 100, floorShare: 1, speeches: 4, posts: 3 },
    ]);
  });

  it("adds up on a generated 10k-event log: floor seconds per participant equal those per faction and per turn", () => {
    const events: SeminarEvent[] = generateLog(10_000, 7);
    const d = computeDebrief(events, sputnik1990);
    expect(d.seq).toBe(10_000);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const byPeople = sum(d.participants.map((p) => p.floorSeconds));
    const byFaction = sum(d.factions.map((f) => f.floorSeconds));
    const byTurn = sum(d.turns.map((t) => (t.to - t.from) / 1000));
    expect(byPeople).toBeGreaterThan(0);
    expect(byFaction).toBeCloseTo(byPeople, 1);
    expect(byTurn).toBeCloseTo(byPeople, 1);
    expect(sum(d.factions.map((f) => f.floorShare))).toBeCloseTo(1, 2);
    expect(d.speeches.length).toBe(events.filter((e) => e.type === "spoke").length);
    expect(sum(d.participants.map((p) => p.speeches))).toBe(d.speeches.length);
    expect(sum(d.participants.map((p) => p.posts + p.replies))).toBe(events.filter((e) => e.type === "posted").length);
    expect(sum(d.prompts.map((p) => p.posts))).toBe(events.filter((e) => e.type === "posted").length);
    const raised = events.filter((e) => e.type === "handRaised").length;
    expect(sum(d.participants.map((p) => sum(Object.values(p.hands))))).toBe(raised);
    expect(d.balance.topFifthShare).toBeGreaterThan(0);
    expect(d.balance.topFifthShare).toBeLessThanOrEqual(1);
    expect(d.balance.topFifth).toHaveLength(Math.ceil(d.balance.speakers / 5));
    for (const t of d.turns) expect(t.to).toBeGreaterThanOrEqual(t.from);
  });
});
