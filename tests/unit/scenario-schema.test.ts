/**
 * The scenario schema's cross-reference checks for the game-book parts (resolutions, cards,
 * objectives tied to resolutions, readings, glossary, timeline), on a copy of the real scenario
 * changed one fault at a time, and the public projection keeping objectives private.
 */
import { describe, it, expect } from "vitest";
import {
  checkScenario,
  firstDayOf,
  lastDayOf,
  publicScenario,
  roleBrief,
  ScenarioSchema,
  type Scenario,
} from "../../shared/scenario.js";
import { getScenario } from "../../shared/scenarios/index.js";

const base: Scenario = getScenario("sputnik-1990")!;
const prompt = base.prompts[0].id;

/** A deep copy with one extra item of each game-book part, for each test to break one way. */
function withParts(): Scenario {
  const s = structuredClone(base);
  s.knowledgeCutoff = "1990-08-31";
  s.resolutions = [
    ...(s.resolutions ?? []),
    {
      id: "appeal",
      text: "The seminar appeals for direct links.",
      context: "A test motion.",
      promptId: prompt,
      sources: ["P1"],
    },
  ];
  s.cards = [
    ...(s.cards ?? []),
    { id: "news", title: "News", text: "Something happened.", date: "1990-07-11", sources: ["P1"], promptId: prompt },
  ];
  s.readings = [
    ...(s.readings ?? []),
    { promptIds: [prompt], author: "A. Author", title: "A Title", year: 1990, part: "ch. 1", summary: "What it says." },
  ];
  s.glossary = [...(s.glossary ?? []), { term: "Test term", definition: "A term for the test.", sources: ["P2"] }];
  s.timeline = [
    ...(s.timeline ?? []),
    { date: "1989-07", text: "Strikes.", sources: ["P1"], afterSeminar: false },
    { date: "1991-08-19", text: "Coup.", sources: ["P6"], afterSeminar: true },
  ];
  s.roles[0].pronouns = "he/him";
  s.roles[0].brief.resolutionObjectives = [
    ...(s.roles[0].brief.resolutionObjectives ?? []),
    { resolutionId: "appeal", wants: "carried" },
  ];
  s.roles[0].brief.talkingPoints[0].promptIds = [prompt];
  return s;
}

const last = <T>(xs: T[] | undefined): T => xs![xs!.length - 1];
const lastTwo = <T>(xs: T[] | undefined): [T, T] => [xs![xs!.length - 2], xs![xs!.length - 1]];

describe("partial dates", () => {
  it("compare by their first and last days", () => {
    expect(firstDayOf("1990")).toBe("1990-01-01");
    expect(firstDayOf("1990-08")).toBe("1990-08-01");
    expect(lastDayOf("1990-08")).toBe("1990-08-31");
    expect(lastDayOf("1992-02")).toBe("1992-02-29");
    expect(lastDayOf("1990")).toBe("1990-12-31");
    expect(lastDayOf("1990-08-20")).toBe("1990-08-20");
  });

  it("are refused when malformed", () => {
    const s = withParts();
    last(s.cards).date = "1990-13";
    expect(ScenarioSchema.safeParse(s).success).toBe(false);
    last(s.cards).date = "Aug 1990";
    expect(ScenarioSchema.safeParse(s).success).toBe(false);
  });
});

describe("checkScenario on the game-book parts", () => {
  it("accepts a consistent set", () => {
    const s = withParts();
    expect(ScenarioSchema.safeParse(s).success).toBe(true);
    expect(checkScenario(s)).toEqual([]);
  });

  it("still accepts a scenario without any of them", () => {
    const s = structuredClone(base);
    for (const k of ["resolutions", "cards", "readings", "glossary", "timeline", "knowledgeCutoff"] as const)
      delete s[k];
    for (const r of s.roles) delete r.brief.resolutionObjectives;
    expect(ScenarioSchema.safeParse(s).success).toBe(true);
    expect(checkScenario(s)).toEqual([]);
  });

  const faults: [string, (s: Scenario) => void, RegExp][] = [
    [
      "a card naming an unknown prompt",
      (s) => (last(s.cards).promptId = "nope"),
      /card 'news' names unknown prompt 'nope'/,
    ],
    [
      "a resolution naming an unknown prompt",
      (s) => (last(s.resolutions).promptId = "nope"),
      /resolution 'appeal' names unknown prompt/,
    ],
    [
      "an objective naming an unknown resolution",
      (s) => (s.roles[0].brief.resolutionObjectives = [{ resolutionId: "ghost", wants: "defeated" }]),
      /names unknown resolution 'ghost'/,
    ],
    [
      "two objectives on one resolution",
      (s) => s.roles[0].brief.resolutionObjectives!.push({ resolutionId: "appeal", wants: "defeated" }),
      /two objectives on 'appeal'/,
    ],
    [
      "a talking point naming an unknown prompt",
      (s) => (s.roles[0].brief.talkingPoints[0].promptIds = ["nope"]),
      /names unknown prompt 'nope'/,
    ],
    [
      "a reading naming an unknown prompt",
      (s) => (last(s.readings).promptIds = ["nope"]),
      /reading 'A Title' names unknown prompt/,
    ],
    ["a card dated after the cutoff", (s) => (last(s.cards).date = "1990-09-01"), /after the knowledge cutoff/],
    [
      "a card dated only by a year that runs past the cutoff",
      (s) => (last(s.cards).date = "1990"),
      /after the knowledge cutoff/,
    ],
    [
      "a later event not marked after the seminar",
      (s) => (lastTwo(s.timeline)[1].afterSeminar = false),
      /afterSeminar=false/,
    ],
    [
      "an earlier event marked after the seminar",
      (s) => (lastTwo(s.timeline)[0].afterSeminar = true),
      /afterSeminar=true/,
    ],
    [
      "a card citing an unknown source",
      (s) => (last(s.cards).sources = ["P99"]),
      /card 'news' cites unresolved source 'P99'/,
    ],
    [
      "a resolution citing an unknown source",
      (s) => (last(s.resolutions).sources = ["https://example.invalid/x"]),
      /resolution 'appeal' cites unresolved/,
    ],
    [
      "a glossary entry citing an unknown source",
      (s) => (last(s.glossary).sources = ["P0"]),
      /glossary term 'Test term' cites unresolved/,
    ],
    [
      "a timeline entry citing an unknown source",
      (s) => (lastTwo(s.timeline)[0].sources = ["P16"]),
      /timeline entry 1989-07 cites unresolved/,
    ],
    [
      "a duplicate resolution id",
      (s) => s.resolutions!.push({ ...last(s.resolutions) }),
      /duplicate resolution id 'appeal'/,
    ],
    ["a duplicate card id", (s) => s.cards!.push({ ...last(s.cards) }), /duplicate card id 'news'/],
    [
      "a duplicate glossary term",
      (s) => s.glossary!.push({ ...last(s.glossary), term: "test TERM" }),
      /duplicate glossary term id 'test term'/,
    ],
  ];
  for (const [what, breakIt, expected] of faults) {
    it(`reports ${what}`, () => {
      const s = withParts();
      breakIt(s);
      const problems = checkScenario(s);
      expect(problems.join("\n")).toMatch(expected);
    });
  }

  it("refuses resolution text longer than a motion may be", () => {
    const s = withParts();
    last(s.resolutions).text = "x".repeat(301);
    expect(ScenarioSchema.safeParse(s).success).toBe(false);
  });
});

describe("publicScenario with game-book parts", () => {
  it("keeps resolutions, cards, readings, glossary, timeline and pronouns public, and objectives private", () => {
    const s = withParts();
    const pub = publicScenario(s);
    expect(pub.resolutions).toEqual(s.resolutions);
    expect(pub.cards).toEqual(s.cards);
    expect(pub.readings).toEqual(s.readings);
    expect(pub.glossary).toEqual(s.glossary);
    expect(pub.timeline).toEqual(s.timeline);
    expect(pub.roles[0].pronouns).toBe("he/him");
    const json = JSON.stringify(pub);
    expect(json).not.toContain("resolutionObjectives");
    expect(json).not.toContain('"wants"');
    expect(roleBrief(s, s.roles[0].id)?.resolutionObjectives).toContainEqual({
      resolutionId: "appeal",
      wants: "carried",
    });
  });
});
