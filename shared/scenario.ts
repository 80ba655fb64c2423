/**
 * The shape of a scenario (setting, factions, roles with private briefs, agenda prompts, and the
 * game-book parts: resolutions, event cards, readings, glossary, timeline), as a runtime schema
 * so that scenario data is validated when it loads, plus the public projection that strips every
 * private brief before anything leaves the server.
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

/** Everything that states a fact cites at least one source. */
const Sources = z.array(SourceRef).min(1);

/**
 * A calendar date at the precision the sources give: "1990", "1990-08" or "1990-08-20".
 * Partial dates sort and compare as their first day, which is what "up to" checks need.
 */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD");

/** The first day a partial date covers, as YYYY-MM-DD, so dates of any precision compare as strings. */
export function firstDayOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day a partial date covers, as YYYY-MM-DD ("1990-08" ends on 1990-08-31). */
export function lastDayOf(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split("-").map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, "0")}`;
}

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
  sources: Sources,
  /** The prompts this point answers ("if asked about…"), so a brief is never silent on an item. */
  promptIds: z.array(Slug).min(1).optional(),
});

/** What a role wants from a vote on one of the scenario's resolutions; revealed only in the post-mortem. */
export const ResolutionObjectiveSchema = z.strictObject({
  resolutionId: Slug,
  wants: z.enum(["carried", "defeated"]),
});

export const BriefSchema = z.strictObject({
  standpoint: Text,
  objectives: z.array(Text).min(2).max(3),
  /** Objectives tied to resolutions, beside the objectives in words. */
  resolutionObjectives: z.array(ResolutionObjectiveSchema).optional(),
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
  /** How players should refer to the role ("she/her"); public, so everyone in the room can see it. */
  pronouns: Text.optional(),
  bio: Text,
  brief: BriefSchema,
  sources: Sources,
});

export const PromptSchema = z.strictObject({
  id: Slug,
  question: Text,
  context: Text,
  sources: Sources,
  divides: z.array(Slug).min(2),
  /** "seminar": on the 1990 agenda; "epilogue": later items, after the seminar, marked as such. */
  period: z.enum(["seminar", "epilogue"]),
});

/** A motion the seminar can vote on (a statement, an appeal, an invitation, a publication). */
export const ResolutionSchema = z.strictObject({
  id: Slug,
  /** What is put to the vote; the same 300-character ceiling as a motion from the floor. */
  text: Text.max(300),
  context: Text,
  promptId: Slug,
  sources: Sources,
});

/** A game master's inject: news that reaches the room during the seminar. */
export const CardSchema = z.strictObject({
  id: Slug,
  title: Text,
  text: Text,
  /** When the news is from; a scenario's knowledgeCutoff bounds it. */
  date: PartialDate,
  sources: Sources,
  promptId: Slug.optional(),
});

/** One item of the reading packet. */
export const ReadingSchema = z.strictObject({
  promptIds: z.array(Slug).min(1),
  author: Text,
  title: Text,
  year: z.number().int().min(1800).max(2100),
  /** Chapter or pages, so a student reads the right part, not the whole book. */
  part: Text,
  url: z.url().optional(),
  /** In our own words; any quotation exact, in quotation marks, with its source. */
  summary: Text,
});

export const GlossaryEntrySchema = z.strictObject({
  term: Text,
  definition: Text,
  sources: Sources,
});

export const TimelineEntrySchema = z.strictObject({
  date: PartialDate,
  text: Text,
  sources: Sources,
  /** True for what happened after the seminar, which its roles cannot know. */
  afterSeminar: z.boolean(),
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
  /** The last day the roles know about (YYYY-MM-DD); cards may not be later, the timeline marks what is. */
  knowledgeCutoff: PartialDate.optional(),
  resolutions: z.array(ResolutionSchema).optional(),
  cards: z.array(CardSchema).optional(),
  readings: z.array(ReadingSchema).optional(),
  glossary: z.array(GlossaryEntrySchema).optional(),
  timeline: z.array(TimelineEntrySchema).optional(),
});

export type Source = z.infer<typeof SourceSchema>;
export type Setting = z.infer<typeof SettingSchema>;
export type Faction = z.infer<typeof FactionSchema>;
export type TalkingPoint = z.infer<typeof TalkingPointSchema>;
export type ResolutionObjective = z.infer<typeof ResolutionObjectiveSchema>;
export type Brief = z.infer<typeof BriefSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Prompt = z.infer<typeof PromptSchema>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type Card = z.infer<typeof CardSchema>;
export type Reading = z.infer<typeof ReadingSchema>;
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;

/** A role as everyone may see it: the brief is gone, not hidden. */
export type PublicRole = Omit<Role, "brief">;
export type PublicScenario = Omit<Scenario, "roles"> & { roles: PublicRole[] };

/** The brief a role's holder receives, and nobody else. */
export type RoleBrief = Brief & { roleId: string; name: string };

/**
 * Checks cross-references that a per-field schema cannot: ids unique, factions, prompts and
 * resolutions exist, one chair, sources resolve, and nothing a role can be handed is dated after
 * the knowledge cutoff.
 */
export function checkScenario(s: Scenario): string[] {
  const problems: string[] = [];
  const urls = new Set(s.sources.map((src) => src.url));
  const factionIds = new Set(s.factions.map((f) => f.id));
  const promptIds = new Set(s.prompts.map((p) => p.id));
  const resolutions = s.resolutions ?? [];
  const cards = s.cards ?? [];
  const resolutionIds = new Set(resolutions.map((r) => r.id));
  const resolves = (ref: string) => {
    const m = /^P(\d+)$/.exec(ref);
    if (m) return Number(m[1]) >= 1 && Number(m[1]) <= s.essay.paragraphs;
    return urls.has(ref);
  };
  const citesResolvable = (owner: string, refs: readonly string[]) => {
    for (const ref of refs) if (!resolves(ref)) problems.push(`${owner} cites unresolved source '${ref}'`);
  };
  const namesPrompt = (owner: string, id: string) => {
    if (!promptIds.has(id)) problems.push(`${owner} names unknown prompt '${id}'`);
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
  unique(
    "resolution",
    resolutions.map((r) => r.id),
  );
  unique(
    "card",
    cards.map((c) => c.id),
  );
  unique(
    "glossary term",
    (s.glossary ?? []).map((g) => g.term.toLowerCase()),
  );
  const chairs = s.roles.filter((r) => r.chair);
  if (chairs.length !== 1) problems.push(`exactly one chair role expected, found ${chairs.length}`);
  for (const r of s.roles) {
    const owner = `role '${r.id}'`;
    if (!factionIds.has(r.factionId)) problems.push(`${owner} names unknown faction '${r.factionId}'`);
    citesResolvable(owner, [...r.sources, ...r.brief.talkingPoints.flatMap((t) => t.sources)]);
    for (const t of r.brief.talkingPoints) for (const id of t.promptIds ?? []) namesPrompt(owner, id);
    const wanted = new Set<string>();
    for (const o of r.brief.resolutionObjectives ?? []) {
      if (!resolutionIds.has(o.resolutionId)) problems.push(`${owner} names unknown resolution '${o.resolutionId}'`);
      if (wanted.has(o.resolutionId)) problems.push(`${owner} states two objectives on '${o.resolutionId}'`);
      wanted.add(o.resolutionId);
    }
  }
  for (const p of s.prompts) {
    for (const f of p.divides) if (!factionIds.has(f)) problems.push(`prompt '${p.id}' names unknown faction '${f}'`);
    citesResolvable(`prompt '${p.id}'`, p.sources);
  }
  for (const r of resolutions) {
    namesPrompt(`resolution '${r.id}'`, r.promptId);
    citesResolvable(`resolution '${r.id}'`, r.sources);
  }
  for (const c of cards) {
    if (c.promptId !== undefined) namesPrompt(`card '${c.id}'`, c.promptId);
    citesResolvable(`card '${c.id}'`, c.sources);
    if (s.knowledgeCutoff && lastDayOf(c.date) > lastDayOf(s.knowledgeCutoff))
      problems.push(`card '${c.id}' is dated ${c.date}, after the knowledge cutoff ${s.knowledgeCutoff}`);
  }
  for (const r of s.readings ?? []) for (const id of r.promptIds) namesPrompt(`reading '${r.title}'`, id);
  for (const g of s.glossary ?? []) citesResolvable(`glossary term '${g.term}'`, g.sources);
  for (const t of s.timeline ?? []) {
    const owner = `timeline entry ${t.date}`;
    citesResolvable(owner, t.sources);
    if (s.knowledgeCutoff) {
      const after = firstDayOf(t.date) > lastDayOf(s.knowledgeCutoff);
      if (after !== t.afterSeminar)
        problems.push(`${owner} is marked afterSeminar=${t.afterSeminar} against the cutoff ${s.knowledgeCutoff}`);
    }
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
