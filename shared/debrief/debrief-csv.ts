/**
 * The debrief as CSV for a gradebook: one row per participant. Names are untrusted, so every
 * cell is quoted, and one that a spreadsheet would run as a formula (= + - @, tab, CR) is
 * prefixed with an apostrophe (the OWASP advice on CSV injection).
 */
import { HAND_INTENTS } from "../vocabulary.js";
import type { Debrief, DebriefScenario } from "./debrief.js";

const COLUMNS = [
  "participant_id",
  "name",
  "roles",
  "faction",
  "speeches",
  "turns",
  "floor_seconds",
  "floor_share",
  "words",
  ...HAND_INTENTS.map((i) => `hands_${i}`),
  "posts",
  "replies",
  "reactions_given",
  "reactions_received",
  "votes_cast",
] as const;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** CRLF line ends, as RFC 4180 has them; a header row first. */
export function debriefCsv(debrief: Debrief, scenario?: DebriefScenario): string {
  const roleName = new Map((scenario?.roles ?? []).map((r) => [r.id, r.name]));
  const factionName = new Map((scenario?.factions ?? []).map((f) => [f.id, f.name]));
  const totalFloor = debrief.participants.reduce((sum, p) => sum + p.floorSeconds, 0);
  const rows = debrief.participants.map((p) => [
    p.id,
    p.name,
    p.roles.map((r) => roleName.get(r) ?? r).join("; "),
    p.factionId === null ? "" : (factionName.get(p.factionId) ?? p.factionId),
    p.speeches,
    p.turns,
    p.floorSeconds,
    totalFloor > 0 ? Math.round((p.floorSeconds / totalFloor) * 1000) / 1000 : 0,
    p.words,
    ...HAND_INTENTS.map((i) => p.hands[i]),
    p.posts,
    p.replies,
    p.reactionsGiven,
    p.reactionsReceived,
    p.votesCast,
  ]);
  return [COLUMNS.map(csvCell), ...rows.map((r) => r.map(csvCell))].map((r) => r.join(",")).join("\r\n") + "\r\n";
}
