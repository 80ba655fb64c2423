/**
 * Content checks for the sputnik-1990 scenario: it validates, its references resolve, its ids
 * stay put, its private briefs never reach the public projection, its colours stay legible
 * and distinct, and it does not reproduce the seed essay's sentences.
 */
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { describe, it, expect } from "vitest";
import { checkScenario, publicScenario, roleBrief, ScenarioSchema, type Scenario } from "../../shared/scenario.js";
import {
  contrastRatio,
  deltaE,
  deltaE2000Lab,
  deltaE76,
  DARK_TEXT,
  LIGHT_TEXT,
  textColorOn,
} from "../../shared/colour.js";
import { DEFAULT_SCENARIO_ID, getScenario, listScenarios, scenarios } from "../../shared/scenarios/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const s: Scenario = getScenario("sputnik-1990")!;

// Pinned so that renaming an id (which would orphan saved sessions and logs) fails loudly.
const FACTION_IDS = [
  "memorial",
  "soviet-trotskyists",
  "western-trotskyists",
  "independent-miners",
  "official-unions",
  "num-national",
  "durham-miners",
  "liberal-democrats",
  "anarcho-syndicalists",
];
const ROLE_IDS = [
  "alexei-zverev",
  "memorial-volunteer",
  "alexei-gusev",
  "moscow-student-trotskyist",
  "simon-pirani",
  "western-trotskyist-orthodox",
  "kuzbass-delegate",
  "pavlograd-delegate",
  "karaganda-delegate",
  "dave-temple",
  "david-hopper",
  "durham-lodge-militant",
  "official-coal-union-rep",
  "num-national-official",
  "liberal-democrat",
  "glasnost-historian",
  "anarcho-syndicalist",
];
const PROMPT_IDS = [
  "strikes-and-socialism",
  "which-unions",
  "party-and-democracy",
  "market-or-plan",
  "workers-state",
  "safety-underground",
  "solidarity-and-empire",
  "working-class-consciousness",
  "lenin-trotsky-or-stalin",
  "idealism-and-violence",
  "trotsky-rehabilitation",
  "who-discusses-1917",
  "what-is-to-be-done",
  "epilogue-white-house-1991",
  "epilogue-privatisation-red-brown",
  "epilogue-putin-winter",
];

/** Every string anywhere in a value, for whole-content scans. */
function strings(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === "object") return Object.values(v).flatMap(strings);
  return [];
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ""))
    .filter(Boolean);
}

describe("scenario registry", () => {
  it("lists sputnik-1990 as the default", () => {
    expect(DEFAULT_SCENARIO_ID).toBe("sputnik-1990");
    expect(scenarios.get(DEFAULT_SCENARIO_ID)).toBe(s);
    expect(listScenarios()).toEqual([{ id: s.id, title: s.title, summary: s.summary }]);
    expect(getScenario("no-such-scenario")).toBeUndefined();
  });
});

describe("sputnik-1990 structure", () => {
  it("validates against the schema and has no cross-reference problems", () => {
    expect(ScenarioSchema.safeParse(s).success).toBe(true);
    expect(checkScenario(s)).toEqual([]);
  });

  it("meets the issue's minimums", () => {
    expect(s.factions.length).toBeGreaterThanOrEqual(7);
    expect(s.roles.length).toBeGreaterThanOrEqual(14);
    expect(s.prompts.filter((p) => p.period === "seminar").length).toBeGreaterThanOrEqual(10);
    expect(s.prompts.filter((p) => p.period === "epilogue").length).toBeGreaterThanOrEqual(3);
    expect(s.essay.paragraphs).toBe(15);
    expect(s.essay.year).toBe(2020);
    expect(s.essay.urls).toHaveLength(2);
  });

  it("keeps its ids stable", () => {
    expect(s.factions.map((f) => f.id)).toEqual(FACTION_IDS);
    expect(s.roles.map((r) => r.id)).toEqual(ROLE_IDS);
    expect(s.prompts.map((p) => p.id)).toEqual(PROMPT_IDS);
  });

  it("has exactly one chair, Zverev", () => {
    const chairs = s.roles.filter((r) => r.chair);
    expect(chairs.map((r) => r.id)).toEqual(["alexei-zverev"]);
  });

  it("gives every role an existing faction and every faction a role", () => {
    const factionIds = new Set(s.factions.map((f) => f.id));
    for (const r of s.roles) expect(factionIds.has(r.factionId), r.id).toBe(true);
    for (const f of s.factions)
      expect(
        s.roles.some((r) => r.factionId === f.id),
        f.id,
      ).toBe(true);
  });

  it("resolves every source reference to P1–P15 or a listed source", () => {
    const urls = new Set(s.sources.map((x) => x.url));
    const refs: [string, string[]][] = [
      ...s.roles.map((r): [string, string[]] => [
        r.id,
        [...r.sources, ...r.brief.talkingPoints.flatMap((t) => t.sources)],
      ]),
      ...s.prompts.map((p): [string, string[]] => [p.id, p.sources]),
    ];
    for (const [owner, list] of refs) {
      for (const ref of list) {
        const m = /^P(\d+)$/.exec(ref);
        const ok = m ? Number(m[1]) >= 1 && Number(m[1]) <= 15 : urls.has(ref);
        expect(ok, `${owner} cites ${ref}`).toBe(true);
      }
    }
    expect(new Set(s.sources.map((x) => x.url)).size).toBe(s.sources.length);
    for (const u of s.essay.urls) expect(urls.has(u)).toBe(true);
  });

  it("gives every brief at least four talking points, each with sources and facts", () => {
    for (const r of s.roles) {
      expect(r.brief.talkingPoints.length, r.id).toBeGreaterThanOrEqual(4);
      for (const t of r.brief.talkingPoints) {
        expect(t.sources.length, `${r.id}: ${t.point}`).toBeGreaterThan(0);
        expect(t.facts.length, `${r.id}: ${t.point}`).toBeGreaterThan(40);
      }
      expect(r.brief.objectives.length).toBeGreaterThanOrEqual(2);
      expect(r.brief.documentation.length).toBeGreaterThan(40);
    }
  });

  it("marks the epilogue as after the seminar", () => {
    for (const p of s.prompts.filter((x) => x.period === "epilogue")) {
      expect(p.context.startsWith("After the seminar"), p.id).toBe(true);
      expect(p.question).toMatch(/after the seminar/i);
    }
    for (const p of s.prompts.filter((x) => x.period === "seminar")) {
      for (const f of p.divides) expect(FACTION_IDS).toContain(f);
    }
  });

  it("does not make Broué, Volkov or Chertkov participants", () => {
    const names = s.roles.map((r) => r.name.toLowerCase()).join(" | ");
    for (const n of ["broué", "broue", "volkov", "chertkov"]) expect(names).not.toContain(n);
  });
});

describe("private briefs", () => {
  const pub = publicScenario(s);
  const json = JSON.stringify(pub);

  it("are absent from the public projection", () => {
    for (const r of pub.roles) expect(r).not.toHaveProperty("brief");
    for (const r of s.roles) {
      for (const text of strings(r.brief)) {
        // Source refs are public anyway (roles list them); only prose must not leak.
        if (/^P\d+$/.test(text) || /^https?:\/\//.test(text)) continue;
        expect(json.includes(text), `${r.id} brief text leaks: ${text.slice(0, 60)}`).toBe(false);
        expect(json.includes(JSON.stringify(text).slice(1, -1)), `${r.id} brief text leaks (escaped)`).toBe(false);
      }
    }
  });

  it("are delivered whole to the role's holder", () => {
    const b = roleBrief(s, "simon-pirani");
    expect(b?.name).toBe("Simon Pirani");
    expect(b?.talkingPoints.length).toBeGreaterThanOrEqual(4);
  });
});

describe("faction colours", () => {
  it("agree with published CIEDE2000 test data", () => {
    // Sharma, Wu and Dalal (2005), pairs 1, 7 and 17.
    expect(deltaE2000Lab([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000Lab([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000Lab([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE76("#000000", "#ffffff")).toBeCloseTo(100, 1);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(textColorOn("#ffff00")).toBe(DARK_TEXT);
    expect(textColorOn("#000080")).toBe(LIGHT_TEXT);
  });

  it("take white or dark text at WCAG AA contrast", () => {
    for (const f of s.factions) {
      const best = Math.max(contrastRatio(f.color, LIGHT_TEXT), contrastRatio(f.color, DARK_TEXT));
      expect(best, `${f.id} ${f.color}`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(f.color, textColorOn(f.color))).toBe(best);
    }
  });

  it("are pairwise at least ΔE2000 20 apart", () => {
    for (let i = 0; i < s.factions.length; i++) {
      for (let j = i + 1; j < s.factions.length; j++) {
        const a = s.factions[i];
        const b = s.factions[j];
        expect(deltaE(a.color, b.color), `${a.id} vs ${b.id}`).toBeGreaterThanOrEqual(20);
      }
    }
  });
});

describe("own words", () => {
  const seedPath = [
    resolve(here, "../../../shared/history/000_818d7458dfea554e.txt"),
    "/work/shared/history/000_818d7458dfea554e.txt",
  ].find((p) => existsSync(p));

  // The seed essay lives outside the repo; without it there is nothing to compare against.
  it.skipIf(!seedPath)("repeats no run of 8 consecutive words from the seed essay", () => {
    const seed = words(readFileSync(seedPath!, "utf8"));
    expect(seed.length).toBeGreaterThan(500);
    const N = 8;
    const grams = new Set<string>();
    for (let i = 0; i + N <= seed.length; i++) grams.add(seed.slice(i, i + N).join(" "));
    const hits: string[] = [];
    for (const text of strings(s)) {
      const w = words(text);
      for (let i = 0; i + N <= w.length; i++) {
        const g = w.slice(i, i + N).join(" ");
        if (grams.has(g)) hits.push(g);
      }
    }
    expect(hits).toEqual([]);
  });

  it("has exactly 15 paragraphs in the seed, matching essay.paragraphs", () => {
    if (!seedPath) return;
    const paras = readFileSync(seedPath, "utf8")
      .split(/\n\s*\n/)
      .filter((p) => p.trim());
    expect(paras.length).toBe(s.essay.paragraphs);
  });
});
