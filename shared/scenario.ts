/**
 * The shape of a scenario (setting, factions, roles with private briefs, agenda prompts), as a
 * runtime schema so that scenario data is validated when it loads, plus the public projection
 * that strips every private brief before anything leaves the server.
 */
import { z } from "zod";

/** Stable ids: lowercase slugs, so they can live in URLs, logs and tests for years. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lowercase slug such as 'memorial' or 'dave-temple'");

/** A paragraph of the seed essay ("P1".."P15") or a URL listed in the scenario's sources. */
export const SourceRef = z.string().min(2);

/** A hex colour such as "#2f6db5"; the room scene uses it for nameplates and seats. */
export const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a #rrggbb colour");

const Text = z.string().trim().min(1);

export const SourceSchema = z.strictObject({
  url: z.url(),
  title: Text,
  /** What the source confirms, so a reader knows why it is cited. */
  supports: Text,
});

export const SettingSchema = z.strictObject({
  place: Text,
  date: Text,
  occasion: Text,
  whoCame: Text,
  moment: Text,
  /** Honest gaps: what the sources do not tell us about the event. */
  unknowns: z.array(Text).min(1),
});

export const FactionSchema = z.strictObject({
  id: Slug,
  name: Text,
  color: HexColor,
  standpoint: Text,
});

export const TalkingPointSchema = z.strictObject({
  point: Text,
  facts: Text,
  sources: z.array(SourceRef).min(1),
});

export const BriefSchema = z.strictObject({
  standpoint: Text,
  objectives: z.array(Text).min(2).max(3),
  talkingPoints: z.array(TalkingPointSchema).min(4),
  /** What this person could not yet know in August 1990. */
  cannotKnowYet: Text,
  /** For real people: what of their view is documented and what is the faction's composite view. */
  documentation: Text,
});

export const RoleSchema = z.strictObject({
  id: Slug,
  name: Text,
  factionId: Slug,
  kind: z.enum(["historical", "composite"]),
  chair: z.boolean(),
  bio: Text,
  brief: BriefSchema,
  sources: z.array(SourceRef).min(1),
});

export const PromptSchema = z.strictObject({
  id: Slug,
  question: Text,
  context: Text,
  sources: z.array(SourceRef).min(1),
  divides: z.array(Slug).min(2),
  /** "seminar": on the 1990 agenda; "epilogue": later items, after the seminar, marked as such. */
  period: z.enum(["seminar", "epilogue"]),
});

export const EssaySchema = z.strictObject({
  title: Text,
  author: Text,
  outlet: Text,
  year: z.number().int(),
  urls: z.array(z.url()).min(1),
  /** How many paragraphs the seed excerpt has; "P1".."Pn" resolve against it. */
  paragraphs: z.number().int().positive(),
});

export const ScenarioSchema = z.strictObject({
  id: Slug,
  title: Text,
  summary: Text,
  essay: EssaySchema,
  setting: SettingSchema,
  defaultSpeechLimitSeconds: z.number().int().min(15).max(600),
  factions: z.array(FactionSchema).min(1),
  roles: z.array(RoleSchema).min(1),
  prompts: z.array(PromptSchema).min(1),
  sources: z.array(SourceSchema),
});

export type Source = z.infer<typeof SourceSchema>;
export type Setting = z.infer<typeof SettingSchema>;
export type Faction = z.infer<typeof FactionSchema>;
export type TalkingPoint = z.infer<typeof TalkingPointSchema>;
export type Brief = z.infer<typeof BriefSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Prompt = z.infer<typeof PromptSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;

/** A role as everyone may see it: the brief is gone, not hidden. */
export type PublicRole = Omit<Role, "brief">;
export type PublicScenario = Omit<Scenario, "roles"> & { roles: PublicRole[] };

/** The brief a role's holder receives, and nobody else. */
export type RoleBrief = Brief & { roleId: string; name: string };

/** Checks cross-references that a per-field schema cannot: ids unique, factions exist, one chair, sources resolve. */
export function checkScenario(s: Scenario): string[] {
  const problems: string[] = [];
  const urls = new Set(s.sources.map((src) => src.url));
  const factionIds = new Set(s.factions.map((f) => f.id));
  const resolves = (ref: string) => {
    const m = /^P(\d+)$/.exec(ref);
    if (m) return Number(m[1]) >= 1 && Number(m[1]) <= s.essay.paragraphs;
    return urls.has(ref);
  };
  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${what} id '${id}'`);
      seen.add(id);
    }
  };
  unique(
    "faction",
    s.factions.map((f) => f.id),
  );
  unique(
    "role",
    s.roles.map((r) => r.id),
  );
  unique(
    "prompt",
    s.prompts.map((p) => p.id),
  );
  const chairs = s.roles.filter((r) => r.chair);
  if (chairs.length !== 1) problems.push(`exactly one chair role expected, found ${chairs.length}`);
  for (const r of s.roles) {
    if (!factionIds.has(r.factionId)) problems.push(`role '${r.id}' names unknown faction '${r.factionId}'`);
    const refs = [...r.sources, ...r.brief.talkingPoints.flatMap((t) => t.sources)];
    for (const ref of refs) if (!resolves(ref)) problems.push(`role '${r.id}' cites unresolved source '${ref}'`);
  }
  for (const p of s.prompts) {
    for (const f of p.divides) if (!factionIds.has(f)) problems.push(`prompt '${p.id}' names unknown faction '${f}'`);
    for (const ref of p.sources) if (!resolves(ref)) problems.push(`prompt '${p.id}' cites unresolved source '${ref}'`);
  }
  return problems;
}

/** Parses and cross-checks scenario data; throws with every problem listed, so bad content never loads. */
export function loadScenario(data: unknown): Scenario {
  const parsed = ScenarioSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`scenario does not validate:\n${z.prettifyError(parsed.error)}`);
  }
  const problems = checkScenario(parsed.data);
  if (problems.length > 0) throw new Error(`scenario '${parsed.data.id}' is inconsistent:\n- ${problems.join("\n- ")}`);
  return parsed.data;
}

/** The scenario with every private brief removed: the only form that is served over HTTP. */
export function publicScenario(s: Scenario): PublicScenario {
  return { ...s, roles: s.roles.map(({ brief: _brief, ...pub }) => pub) };
}

/** The brief message for one role. */
export function roleBrief(s: Scenario, roleId: string): RoleBrief | null {
  const role = s.roles.find((r) => r.id === roleId);
  return role ? { roleId: role.id, name: role.name, ...role.brief } : null;
}
