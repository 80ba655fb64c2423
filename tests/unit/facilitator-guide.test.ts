/**
 * docs/facilitator-guide.md names roles, resolutions, cards and prompts by id; this keeps it true
 * to the scenario: every id it names exists, each class-size set has the size it claims, holds the
 * chair, and puts only resolutions that some role in the set wants carried and another defeated.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import { describe, it, expect } from "vitest";
import { getScenario } from "../../shared/scenarios/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const guide = readFileSync(resolve(here, "../../docs/facilitator-guide.md"), "utf8");
const s = getScenario("sputnik-1990")!;
const roleIds = new Set(s.roles.map((r) => r.id));
const resolutionIds = new Set((s.resolutions ?? []).map((r) => r.id));
const cardIds = new Set((s.cards ?? []).map((c) => c.id));
const promptIds = new Set(s.prompts.map((p) => p.id));
// Names from the protocol and the brief schema that the guide quotes in backticks.
const OTHER_NAMES = new Set([
  "sputnik-1990",
  "assignRole",
  "openVote",
  "endSession",
  "documentation",
  "cannotKnowYet",
  "shared/scenarios/sputnik-1990/sources.ts",
  "openVote { text }",
  'openVote { resolutionId: "direct-links-appeal" }',
]);

const backticked = [...guide.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/** The ids listed for one class size, from its bullet up to the next bullet or heading. */
function sizeSet(n: number): string[] {
  const start = guide.indexOf(`- **${n} students:**`);
  expect(start, `no set for ${n} students`).toBeGreaterThanOrEqual(0);
  const rest = guide.slice(start + 4);
  const end = rest.search(/\n- \*\*|\n#/);
  return [...rest.slice(0, end).matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
}

function contested(id: string, roles: string[]): boolean {
  const wants = (w: string) =>
    s.roles.some(
      (r) => roles.includes(r.id) && r.brief.resolutionObjectives?.some((o) => o.resolutionId === id && o.wants === w),
    );
  return wants("carried") && wants("defeated");
}

describe("facilitator's guide", () => {
  it("names only ids the scenario has", () => {
    for (const name of backticked) {
      const known =
        roleIds.has(name) ||
        resolutionIds.has(name) ||
        cardIds.has(name) ||
        promptIds.has(name) ||
        OTHER_NAMES.has(name);
      expect(known, `the guide names unknown \`${name}\``).toBe(true);
    }
  });

  it("covers every seminar prompt in its table of resolutions and cards", () => {
    for (const p of s.prompts.filter((x) => x.period === "seminar")) expect(guide, p.id).toContain(`| \`${p.id}\` |`);
  });

  const sizes: [number, string[]][] = [];
  const small = sizeSet(6).filter((x) => roleIds.has(x));
  const twelve = sizeSet(12).filter((x) => roleIds.has(x));
  const twenty = [...twelve, ...sizeSet(20).filter((x) => roleIds.has(x))];
  sizes.push([6, small], [12, twelve], [20, twenty]);

  for (const [n, roles] of sizes) {
    it(`gives ${n} students ${n} distinct roles, the chair among them`, () => {
      expect(new Set(roles).size).toBe(n);
      expect(roles).toContain("alexei-zverev");
      expect(
        roles.filter((r) => s.roles.find((x) => x.id === r)?.factionId === "independent-miners").length,
      ).toBeGreaterThanOrEqual(1);
    });
  }

  it("lists for 6 students only resolutions that are contested among those 6", () => {
    const listed = sizeSet(6).filter((x) => resolutionIds.has(x));
    expect(listed.length).toBeGreaterThanOrEqual(3);
    for (const id of listed) expect(contested(id, small), id).toBe(true);
  });

  it("is right that the 12-student set contests all but open-forum, and the 20-student set all nine", () => {
    for (const id of resolutionIds) expect(contested(id, twelve), id).toBe(id !== "open-forum");
    for (const id of resolutionIds) expect(contested(id, twenty), id).toBe(true);
  });

  it("names all 22 roles for 30 students", () => {
    expect(guide).toMatch(/\*\*30 students:\*\* all 22 roles/);
    expect(s.roles.length).toBe(22);
  });
});
