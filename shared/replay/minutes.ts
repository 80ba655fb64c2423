/**
 * Minutes: a readable Markdown record of a session, rendered from its minutes record (the fold in
 * minutes-record.ts, which the client's printable minutes page renders too). Everything a
 * participant typed (names, speeches, posts) goes through `escapeMarkdownLine`, so it is shown as
 * text and can never become a heading, a link, HTML or break the document's structure.
 */
import {
  minutesRecord,
  type MinutesEntry,
  type MinutesInput,
  type MinutesPost,
  type MinutesRole,
} from "./minutes-record.js";

import type { VoteChoice } from "../vocabulary.js";

export type { MinutesInput, MinutesScenario } from "./minutes-record.js";

/** Replies nested deeper than this are shown at this depth, so the indentation stays readable. */
const MAX_DEPTH = 6;
/** How the minutes write each role's choice in a vote. */
const VOTE_WORDS: Record<VoteChoice, string> = { for: "for", against: "against", abstain: "abstains" };
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
  const m = minutesRecord(input);
  const roleLabel = (r: MinutesRole | null): string => {
    if (!r) return "no role";
    if (r.faction === null) return escapeMarkdownName(r.name);
    return `${escapeMarkdownName(r.name)}, ${escapeMarkdownName(r.faction)}`;
  };
  const when = (at: number) => `${utcTime(at)} UTC (+${elapsed(at - m.startedAt)})`;

  const out: string[] = [];
  const title = escapeMarkdownName(m.title);
  out.push(`# Minutes: ${m.seminarTitle !== null ? escapeMarkdownName(m.seminarTitle) : title}`, "");
  out.push(`- **Date:** ${new Date(m.startedAt).toISOString().slice(0, 10)} (UTC)`);
  out.push(`- **Time:** ${utcTime(m.startedAt)} to ${utcTime(m.lastAt)} UTC (${elapsed(m.lastAt - m.startedAt)})`);
  out.push(`- **Scenario:** ${title} (${escapeMarkdownName(m.scenarioId)})`);
  out.push(`- **Session:** ${escapeMarkdownName(m.sessionId)}`);
  if (m.origin) {
    const on = m.origin.importedAt ? ` on ${new Date(m.origin.importedAt).toISOString().slice(0, 10)}` : "";
    out.push(`- **Imported${on} from session:** ${escapeMarkdownName(m.origin.sessionId)}`);
  }
  out.push(
    `- **Record:** ${m.counts.events} events, ${m.counts.speeches} speeches, ${m.counts.posts} board posts, ` +
      `${m.counts.cards} cards played, ${m.counts.votes} votes`,
    "",
  );

  out.push("## Participants", "");
  if (m.participants.length === 0) out.push("Nobody joined.");
  for (const p of m.participants) {
    const label = p.roles.length ? p.roles.map(roleLabel).join("; then ") : "no role";
    out.push(`- **${escapeMarkdownName(p.name)}**: ${label}${p.facilitator ? " (facilitator)" : ""}`);
  }
  out.push("");

  const by = (who: string | null) => (who === null ? "the system" : escapeMarkdownName(who));
  const entryLines = (entries: readonly MinutesEntry[]) =>
    entries.flatMap((e): string[] => {
      if (e.kind === "speech")
        return [
          `**${escapeMarkdownName(e.speaker)}** (${roleLabel(e.role)}), ${when(e.at)}:`,
          "",
          quote(e.text, ""),
          "",
        ];
      if (e.kind === "card")
        return [
          `**Card played:** ${escapeMarkdownName(e.title)}, ${when(e.at)} by ${by(e.playedBy)}`,
          "",
          ...(e.text ? [quote(e.text, ""), ""] : []),
          ...(e.sources.length
            ? [
                "Sources:",
                "",
                ...e.sources.map((src) =>
                  src.title
                    ? `- ${escapeMarkdownName(src.title)} (${escapeMarkdownName(src.ref)})`
                    : `- ${escapeMarkdownName(src.ref)}`,
                ),
                "",
              ]
            : []),
        ];
      const r = e.result;
      const outcome = r
        ? `**${r.carried ? "Carried" : "Not carried"}**: ${r.for} for, ${r.against} against, ${r.abstain} abstaining; closed ${when(e.closedAt!)}.`
        : "**Not closed** when the record ends.";
      return [
        `**Vote** put ${when(e.openedAt)} by ${by(e.openedBy)}:`,
        "",
        quote(e.text, ""),
        "",
        ...(e.ballots.length
          ? e.ballots.map((b) => `- ${roleLabel(b.role)} (${escapeMarkdownName(b.by)}): ${VOTE_WORDS[b.choice]}`)
          : ["- No votes were cast."]),
        "",
        outcome,
        "",
      ];
    });
  const boardLines = (posts: readonly MinutesPost[], heading: string) => {
    if (posts.length === 0) return [];
    const lines: string[] = [heading, ""];
    const walk = (p: MinutesPost, depth: number, parent: MinutesPost | null) => {
      const indent = "  ".repeat(Math.min(depth, MAX_DEPTH));
      const reply = parent && depth > MAX_DEPTH ? ` replying to ${escapeMarkdownName(parent.author)}` : "";
      lines.push(
        `${indent}- **${escapeMarkdownName(p.author)}** (${roleLabel(p.role)}), ${when(p.at)}${reply}:`,
        "",
        p.hidden ? `${indent}  > _${HIDDEN_POST}_` : quote(p.text, indent + "  "),
        "",
      );
      for (const c of p.replies) walk(c, depth + 1, p);
    };
    for (const r of posts) walk(r, 0, null);
    return lines;
  };

  // Proceedings: a heading per prompt opening, in the order opened; speeches fall under the
  // opening they were made in; each prompt's board under its first opening.
  out.push("## Proceedings", "");
  for (const section of m.sections) {
    if (section.kind === "before") {
      out.push("### Before the first prompt", "", ...entryLines(section.entries));
      continue;
    }
    const question = escapeMarkdownName(section.question);
    out.push(`### ${section.number}. ${question}${section.resumed ? " (resumed)" : ""}`, "");
    out.push(
      `Opened ${when(section.openedAt)} by ${section.openedBy === null ? "the system" : escapeMarkdownName(section.openedBy)}.`,
      "",
    );
    out.push(...(section.entries.length ? entryLines(section.entries) : ["No speeches.", ""]));
    if (section.board) out.push(...boardLines(section.board, "#### Board"));
  }
  if (m.sections.length === 0) out.push("No prompt was opened and nobody spoke.", "");
  if (m.otherBoards.length) {
    out.push("### Board threads on prompts that were not opened", "");
    for (const b of m.otherBoards) out.push(...boardLines(b.posts, `#### ${escapeMarkdownName(b.question)}`));
  }

  if (m.endedAt !== null) out.push(`The facilitator ended the seminar at ${when(m.endedAt)}.`, "");

  const r = m.reactions;
  out.push(
    "## Reactions",
    "",
    `Applause ${r.applause}, dissent ${r.dissent}, laughter ${r.laughter}, questions ${r.question}.`,
    "",
  );
  return out.join("\n");
}
