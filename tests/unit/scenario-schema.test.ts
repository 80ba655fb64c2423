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

/** A deep copy with a small, valid set of game-book parts, for each test to break one way. */
function withParts(): Scenario {
  const s = structuredClone(base);
  s.knowledgeCutoff = "1990-08-31";
  s.resolutions = [
    {
      id: "appeal",
      text: "The seminar appeals for direct links.",
      context: "A test motion.",
      promptId: prompt,
      sources: ["P1"],
    },
  ];
  s.cards = [
    { id: "news", title: "News", text: "Something happened.", date: "1990-07-11", sources: ["P1"], promptId: prompt },
  ];
  s.readings = [
    { promptIds: [prompt], author: "A. Author", title: "A Title", year: 1990, part: "ch. 1", summary: "What it says." },
  ];
  s.glossary = [{ term: "NUM", definition: "The British miners' union.", sources: ["P2"] }];
  s.timeline = [
    { date: "1989-07", text: "Strikes.", sources: ["P1"], afterSeminar: false },
    { date: "1991-08-19", text: "Coup.", sources: ["P6"], afterSeminar: true },
  ];
  s.roles[0].pronouns = "he/him";
  s.roles[0].brief.resolutionObjectives = [{ resolutionId: "appeal", wants: "carried" }];
  s.roles[0].brief.talkingPoints[0].promptIds = [prompt];
  return s;
}

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
    s.cards![0].date = "1990-13";
    expect(ScenarioSchema.safeParse(s).success).toBe(false);
    s.cards![0].date = "Aug 1990";
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
    expect(ScenarioSchema.safeParse(s).success).toBe(true);
    expect(checkScenario(s)).toEqual([]);
  });

  const faults: [string, (s: Scenario) => void, RegExp][] = [
    [
      "a card naming an unknown prompt",
      (s) => (s.cards![0].promptId = "nope"),
      /card 'news' names unknown prompt 'nope'/,
    ],
    [
      "a resolution naming an unknown prompt",
      (s) => (s.resolutions![0].promptId = "nope"),
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
      (s) => (s.readings![0].promptIds = ["nope"]),
      /reading 'A Title' names unknown prompt/,
    ],
    ["a card dated after the cutoff", (s) => (s.cards![0].date = "1990-09-01"), /after the knowledge cutoff/],
    [
      "a card dated only by a year that runs past the cutoff",
      (s) => (s.cards![0].date = "1990"),
      /after the knowledge cutoff/,
    ],
    ["a later event not marked after the seminar", (s) => (s.timeline![1].afterSeminar = false), /afterSeminar=false/],
    ["an earlier event marked after the seminar", (s) => (s.timeline![0].afterSeminar = true), /afterSeminar=true/],
    [
      "a card citing an unknown source",
      (s) => (s.cards![0].sources = ["P99"]),
      /card 'news' cites unresolved source 'P99'/,
    ],
    [
      "a resolution citing an unknown source",
      (s) => (s.resolutions![0].sources = ["https://example.invalid/x"]),
      /resolution 'appeal' cites unresolved/,
    ],
    [
      "a glossary entry citing an unknown source",
      (s) => (s.glossary![0].sources = ["P0"]),
      /glossary term 'NUM' cites unresolved/,
    ],
    [
      "a timeline entry citing an unknown source",
      (s) => (s.timeline![0].sources = ["P16"]),
      /timeline entry 1989-07 cites unresolved/,
    ],
    [
      "a duplicate resolution id",
      (s) => s.resolutions!.push({ ...s.resolutions![0] }),
      /duplicate resolution id 'appeal'/,
    ],
    ["a duplicate card id", (s) => s.cards!.push({ ...s.cards![0] }), /duplicate card id 'news'/],
    [
      "a duplicate glossary term",
      (s) => s.glossary!.push({ ...s.glossary![0], term: "num" }),
      /duplicate glossary term id 'num'/,
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
    s.resolutions![0].text = "x".repeat(301);
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
    expect(roleBrief(s, s.roles[0].id)?.resolutionObjectives).toEqual([{ resolutionId: "appeal", wants: "carried" }]);
  });
});
