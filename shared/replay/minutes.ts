/**
 * Minutes: a readable Markdown record of a session, made from its log alone. Everything a
 * participant typed (names, speeches, posts) goes through `escapeMarkdownLine`, so it is shown as
 * text and can never become a heading, a link, HTML or break the document's structure.
 */
import { fold } from "../engine/apply.js";
import type { Post, SeminarState } from "../engine/state.js";
import type { SeminarEvent } from "../events.js";
import { own } from "../null-record.js";

/** What the minutes need of a scenario; a Scenario or PublicScenario fits. */
export interface MinutesScenario {
  id: string;
  title: string;
  factions: ReadonlyArray<{ id: string; name: string }>;
  roles: ReadonlyArray<{ id: string; name: string; factionId: string }>;
  prompts: ReadonlyArray<{ id: string; question: string }>;
}

export interface MinutesInput {
  sessionId: string;
  scenarioId: string;
  createdAt: number;
  endedAt?: number | null;
  /** For an imported session: the id it had where it was recorded. */
  origin?: { sessionId: string; importedAt?: number } | null;
  /** Undefined when the scenario is not known here: ids are shown instead of names. */
  scenario?: MinutesScenario;
  events: readonly SeminarEvent[];
}

/** Replies nested deeper than this are shown at this depth, so the indentation stays readable. */
const MAX_DEPTH = 6;
/** What the minutes show in place of a post a moderator hid (its text is not in the log). */
const HIDDEN_POST = "This post was hidden by the moderator.";

/** "14:03:22" of an epoch-ms time, in UTC. */
export function utcTime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}

/** "1:02:03" for a duration in ms (hours not padded). */
export function elapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/**
 * One line of untrusted text made inert for Markdown (CommonMark + GFM) and HTML: `& < >` become
 * entities; backslash, backtick, `* _ [ ] | ~` are backslash-escaped everywhere; and what only
 * means something at the start of a line (`#`, `=`, `-`, `+`, `1.`, `1)`, indentation) is
 * neutralised there. Control characters are dropped. Pass one line: split on newlines first.
 */
export function escapeMarkdownLine(line: string): string {
  let s = line
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\t/g, " ")
    .trimStart()
    .replace(/[\\`*_[\]|~]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
  s = s.replace(/^([#=+-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
  return s;
}

/** A name on one line: whitespace runs (newlines too) become one space. */
export function escapeMarkdownName(name: string): string {
  return escapeMarkdownLine(name.replace(/\s+/g, " ").trim()) || "(no name)";
}

/**
 * Untrusted multi-line text as a blockquote at `indent`. Blank lines stay inside the quote; a line
 * followed by another ends in a backslash (a CommonMark hard break) so line breaks survive.
 */
function quote(text: string, indent: string): string {
  const lines = text.replace(/\r\n?/g, "\n").replace(/\s+$/, "").split("\n").map(escapeMarkdownLine);
  return lines
    .map((esc, i) => {
      if (!esc) return `${indent}>`;
      return `${indent}> ${esc}${lines[i + 1] ? "\\" : ""}`;
    })
    .join("\n");
}

export function renderMinutes(input: MinutesInput): string {
  const { scenario, events } = input;
  const state: SeminarState = fold(events);
  const startedAt = state.startedAt ?? input.createdAt;
  const role = (id: string | null) => (id ? scenario?.roles.find((r) => r.id === id) : undefined);
  const roleLabel = (id: string | null): string => {
    if (!id) return "no role";
    const r = role(id);
    if (!r) return escapeMarkdownName(id);
    const faction = scenario?.factions.find((f) => f.id === r.factionId);
    return `${escapeMarkdownName(r.name)}, ${escapeMarkdownName(faction?.name ?? r.factionId)}`;
  };
  const promptTitle = (id: string) => escapeMarkdownName(scenario?.prompts.find((p) => p.id === id)?.question ?? id);
  const name = (id: string) =>
    id === "system" ? "the system" : escapeMarkdownName(own(state.participants, id)?.name ?? id);
  const when = (at: number) => `${utcTime(at)} UTC (+${elapsed(at - startedAt)})`;

  const out: string[] = [];
  const title = scenario ? escapeMarkdownName(scenario.title) : escapeMarkdownName(input.scenarioId);
  out.push(`# Minutes: ${state.title !== null ? escapeMarkdownName(state.title) : title}`, "");
  const lastAt = events.length ? state.lastAt : startedAt;
  out.push(`- **Date:** ${new Date(startedAt).toISOString().slice(0, 10)} (UTC)`);
  out.push(`- **Time:** ${utcTime(startedAt)} to ${utcTime(lastAt)} UTC (${elapsed(lastAt - startedAt)})`);
  out.push(`- **Scenario:** ${title} (${escapeMarkdownName(input.scenarioId)})`);
  out.push(`- **Session:** ${escapeMarkdownName(input.sessionId)}`);
  if (input.origin) {
    const on = input.origin.importedAt ? ` on ${new Date(input.origin.importedAt).toISOString().slice(0, 10)}` : "";
    out.push(`- **Imported${on} from session:** ${escapeMarkdownName(input.origin.sessionId)}`);
  }
  out.push(
    `- **Record:** ${events.length} events, ${state.speeches.length} speeches, ${state.posts.length} board posts`,
    "",
  );

  // Participants, with every role they held in the order they took them.
  const held = new Map<string, string[]>();
  for (const e of events) {
    const taken =
      e.type === "roleClaimed"
        ? { holder: e.actor, roleId: e.data.roleId }
        : e.type === "roleAssigned"
          ? { holder: e.data.to, roleId: e.data.roleId }
          : null;
    if (!taken) continue;
    const list = held.get(taken.holder) ?? [];
    if (!list.includes(taken.roleId)) list.push(taken.roleId);
    held.set(taken.holder, list);
  }
  out.push("## Participants", "");
  const people = Object.values(state.participants).sort((a, b) => a.joinedAt - b.joinedAt);
  if (people.length === 0) out.push("Nobody joined.");
  for (const p of people) {
    const roles = held.get(p.id) ?? [];
    const label = roles.length ? roles.map(roleLabel).join("; then ") : "no role";
    out.push(`- **${escapeMarkdownName(p.name)}**: ${label}${p.facilitator ? " (facilitator)" : ""}`);
  }
  out.push("");

  // Proceedings: a heading per prompt opening, in the order opened; speeches fall under the
  // opening they were made in; each prompt's board under its first opening.
  const speechLines = (from: number, to: number) => {
    const lines: string[] = [];
    for (const sp of state.speeches) {
      if (sp.seq <= from || sp.seq >= to) continue;
      lines.push(`**${name(sp.speaker)}** (${roleLabel(sp.roleId)}), ${when(sp.at)}:`, "", quote(sp.text, ""), "");
    }
    return lines;
  };
  const boardLines = (promptId: string, heading: string) => {
    const posts = state.posts.filter((p) => p.promptId === promptId);
    if (posts.length === 0) return [];
    const bySeq = new Map(posts.map((p) => [p.postId, p]));
    const children = new Map<string, Post[]>();
    const roots: Post[] = [];
    for (const p of posts) {
      const parent = p.replyTo ? bySeq.get(p.replyTo) : undefined;
      // A parent must come earlier: an imported log cannot make a cycle this way.
      if (parent && parent.seq < p.seq) children.set(parent.postId, [...(children.get(parent.postId) ?? []), p]);
      else roots.push(p);
    }
    const lines: string[] = [heading, ""];
    const walk = (p: Post, depth: number) => {
      const indent = "  ".repeat(Math.min(depth, MAX_DEPTH));
      const reply = p.replyTo && depth > MAX_DEPTH ? ` replying to ${name(bySeq.get(p.replyTo)!.author)}` : "";
      lines.push(
        `${indent}- **${name(p.author)}** (${roleLabel(p.roleId)}), ${when(p.at)}${reply}:`,
        "",
        p.hidden ? `${indent}  > _${HIDDEN_POST}_` : quote(p.text, indent + "  "),
        "",
      );
      for (const c of children.get(p.postId) ?? []) walk(c, depth + 1);
    };
    for (const r of roots) walk(r, 0);
    return lines;
  };

  out.push("## Proceedings", "");
  const openings = state.promptsOpened;
  const firstSeq = openings.length ? openings[0].seq : Infinity;
  const before = speechLines(0, firstSeq);
  if (before.length) out.push("### Before the first prompt", "", ...before);
  const boarded = new Set<string>();
  openings.forEach((o, i) => {
    const again = openings.slice(0, i).some((x) => x.promptId === o.promptId);
    out.push(`### ${i + 1}. ${promptTitle(o.promptId)}${again ? " (resumed)" : ""}`, "");
    const opener = events[o.seq - 1];
    out.push(`Opened ${when(o.at)} by ${name(opener?.actor ?? "system")}.`, "");
    const speeches = speechLines(o.seq, openings[i + 1]?.seq ?? Infinity);
    out.push(...(speeches.length ? speeches : ["No speeches.", ""]));
    if (!boarded.has(o.promptId)) {
      boarded.add(o.promptId);
      out.push(...boardLines(o.promptId, "#### Board"));
    }
  });
  if (openings.length === 0 && before.length === 0) out.push("No prompt was opened and nobody spoke.", "");
  const unopened = [...new Set(state.posts.map((p) => p.promptId))].filter((id) => !boarded.has(id));
  if (unopened.length) {
    out.push("### Board threads on prompts that were not opened", "");
    for (const id of unopened) out.push(...boardLines(id, `#### ${promptTitle(id)}`));
  }

  if (state.endedAt !== null) out.push(`The facilitator ended the seminar at ${when(state.endedAt)}.`, "");

  const r = state.reactions;
  out.push(
    "## Reactions",
    "",
    `Applause ${r.applause}, dissent ${r.dissent}, laughter ${r.laughter}, questions ${r.question}.`,
    "",
  );
  return out.join("\n");
}
