/**
 * The minutes as data: what happened in a session, folded from its log alone, with names and
 * roles looked up, board threads nested, and cards played and votes put in the order they
 * happened among the speeches. The Markdown minutes (minutes.ts) and the client's
 * printable minutes page render this one record; neither decides anything of its own. Texts are
 * kept exactly as typed: each renderer makes them inert for its own format.
 */
import { fold } from "../engine/apply.js";
import type { CardPlay, Post, SeminarState, Tally, Vote } from "../engine/state.js";
import type { SeminarEvent } from "../events.js";
import type { ReactionKind, VoteChoice } from "../vocabulary.js";
import { own } from "../null-record.js";

/** What the minutes need of a scenario; a Scenario or PublicScenario fits. */
export interface MinutesScenario {
  id: string;
  title: string;
  factions: ReadonlyArray<{ id: string; name: string }>;
  roles: ReadonlyArray<{ id: string; name: string; factionId: string }>;
  prompts: ReadonlyArray<{ id: string; question: string }>;
  cards?: ReadonlyArray<{ id: string; title: string; text: string; sources: readonly string[] }>;
  /** What a card's source references (URLs) name. */
  sources?: ReadonlyArray<{ url: string; title: string }>;
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

/** A role as the minutes name it; `faction` is null when the scenario does not know the role. */
export interface MinutesRole {
  name: string;
  faction: string | null;
}

export interface MinutesSpeech {
  speaker: string;
  /** Null: spoken without a role. */
  role: MinutesRole | null;
  at: number;
  text: string;
}

/** An event card as played: its words from the scenario (the log holds only its id). */
export interface MinutesCard {
  cardId: string;
  /** The card's id when the scenario does not know it. */
  title: string;
  /** "" when the scenario does not know the card. */
  text: string;
  /** Each source with its title when the scenario has one (else the reference alone). */
  sources: { ref: string; title: string | null }[];
  at: number;
  playedBy: string | null;
}

export interface MinutesVote {
  voteId: string;
  text: string;
  /** Put by a moderator; null when the system opened it. */
  openedBy: string | null;
  openedAt: number;
  /** Each role's last choice, in the order the roles first voted. */
  ballots: { role: MinutesRole; by: string; choice: VoteChoice }[];
  /** Null while the vote was still open when the record ends. */
  result: Tally | null;
  closedAt: number | null;
}

/** One thing in the proceedings, in log order. */
export type MinutesEntry =
  ({ kind: "speech" } & MinutesSpeech) | ({ kind: "card" } & MinutesCard) | ({ kind: "vote" } & MinutesVote);

export interface MinutesPost {
  author: string;
  role: MinutesRole | null;
  at: number;
  /** "" for a hidden post. */
  text: string;
  /** Hidden by a moderator: its text is withheld. */
  hidden: boolean;
  replies: MinutesPost[];
}

export type MinutesSection =
  | { kind: "before"; entries: MinutesEntry[] }
  | {
      kind: "prompt";
      /** 1-based, in the order prompts were opened. */
      number: number;
      promptId: string;
      question: string;
      /** This prompt had been opened before. */
      resumed: boolean;
      openedAt: number;
      /** Null: opened by the system (a scripted session), not a participant. */
      openedBy: string | null;
      /** Speeches, cards played and votes opened under this opening, in log order. */
      entries: MinutesEntry[];
      /** The prompt's board threads, under its first opening only (null under a later one). */
      board: MinutesPost[] | null;
    };

export interface MinutesRecord {
  /** The scenario's title (or id). */
  title: string;
  /** The seminar's own title, when it was given one. */
  seminarTitle: string | null;
  /** When the facilitator ended it; null if it was never ended that way. */
  endedAt: number | null;
  scenarioId: string;
  sessionId: string;
  origin: { sessionId: string; importedAt?: number } | null;
  startedAt: number;
  lastAt: number;
  counts: { events: number; speeches: number; posts: number; cards: number; votes: number };
  participants: { name: string; roles: MinutesRole[]; facilitator: boolean }[];
  sections: MinutesSection[];
  /** Board threads on prompts that were never opened. */
  otherBoards: { promptId: string; question: string; posts: MinutesPost[] }[];
  reactions: Record<ReactionKind, number>;
}

/** A role as the record names it, looked up in the scenario (its id when the scenario does not know it). */
export function minutesRole(scenario: MinutesScenario | null | undefined, id: string): MinutesRole {
  const r = scenario?.roles.find((x) => x.id === id);
  if (!r) return { name: id, faction: null };
  return { name: r.name, faction: scenario?.factions.find((f) => f.id === r.factionId)?.name ?? r.factionId };
}

/** A played card with its words and sources from the scenario. */
export function minutesCard(
  c: CardPlay,
  scenario: MinutesScenario | null | undefined,
  playedBy: string | null,
): MinutesCard {
  const card = scenario?.cards?.find((x) => x.id === c.cardId);
  const sourceTitle = (ref: string) => scenario?.sources?.find((src) => src.url === ref)?.title ?? null;
  return {
    cardId: c.cardId,
    title: card?.title ?? c.cardId,
    text: card?.text ?? "",
    sources: (card?.sources ?? []).map((ref) => ({ ref, title: sourceTitle(ref) })),
    at: c.at,
    playedBy,
  };
}

/** A vote with each role's choice named; `name` gives a participant's name. */
export function minutesVote(
  v: Vote,
  scenario: MinutesScenario | null | undefined,
  name: (participantId: string) => string,
  openedBy: string | null,
): MinutesVote {
  return {
    voteId: v.voteId,
    text: v.text,
    openedBy,
    openedAt: v.openedAt,
    ballots: v.ballots.map((b) => ({ role: minutesRole(scenario, b.roleId), by: name(b.by), choice: b.choice })),
    result: v.result ? { ...v.result } : null,
    closedAt: v.closedAt,
  };
}

/** The record of a session. */
export function minutesRecord(input: MinutesInput): MinutesRecord {
  const { scenario, events } = input;
  const state: SeminarState = fold(events);
  const startedAt = state.startedAt ?? input.createdAt;
  const role = (id: string | null): MinutesRole | null => (id ? minutesRole(scenario, id) : null);
  const question = (id: string) => scenario?.prompts.find((p) => p.id === id)?.question ?? id;
  const name = (id: string) => (id === "system" ? "the system" : (own(state.participants, id)?.name ?? id));

  // Every role each participant held, in the order they took them.
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
  const participants = Object.values(state.participants)
    .sort((a, b) => a.joinedAt - b.joinedAt)
    .map((p) => ({
      name: p.name,
      roles: (held.get(p.id) ?? []).map((id) => role(id)!),
      facilitator: p.facilitator,
    }));

  const actorOf = (seq: number) => {
    const actor = events[seq - 1]?.actor ?? "system";
    return actor === "system" ? null : name(actor);
  };
  const placed: { seq: number; entry: MinutesEntry }[] = [
    ...state.speeches.map((sp) => ({
      seq: sp.seq,
      entry: { kind: "speech" as const, speaker: name(sp.speaker), role: role(sp.roleId), at: sp.at, text: sp.text },
    })),
    ...state.cardsPlayed.map((c) => ({
      seq: c.seq,
      entry: { kind: "card" as const, ...minutesCard(c, scenario, actorOf(c.seq)) },
    })),
    ...state.votes.map((v) => ({
      seq: v.openedSeq,
      entry: { kind: "vote" as const, ...minutesVote(v, scenario, name, actorOf(v.openedSeq)) },
    })),
  ].sort((a, b) => a.seq - b.seq);
  const entriesBetween = (from: number, to: number): MinutesEntry[] =>
    placed.filter((x) => x.seq > from && x.seq < to).map((x) => x.entry);

  const board = (promptId: string): MinutesPost[] => {
    const posts = state.posts.filter((p) => p.promptId === promptId);
    const byId = new Map(posts.map((p) => [p.postId, p]));
    const children = new Map<string, Post[]>();
    const roots: Post[] = [];
    for (const p of posts) {
      const parent = p.replyTo ? byId.get(p.replyTo) : undefined;
      // A parent must come earlier: an imported log cannot make a cycle this way.
      if (parent && parent.seq < p.seq) children.set(parent.postId, [...(children.get(parent.postId) ?? []), p]);
      else roots.push(p);
    }
    const node = (p: Post): MinutesPost => ({
      author: name(p.author),
      role: role(p.roleId),
      at: p.at,
      text: p.text,
      hidden: p.hidden,
      replies: (children.get(p.postId) ?? []).map(node),
    });
    return roots.map(node);
  };

  const sections: MinutesSection[] = [];
  const openings = state.promptsOpened;
  const before = entriesBetween(0, openings.length ? openings[0].seq : Infinity);
  if (before.length) sections.push({ kind: "before", entries: before });
  const boarded = new Set<string>();
  openings.forEach((o, i) => {
    const first = !boarded.has(o.promptId);
    boarded.add(o.promptId);
    sections.push({
      kind: "prompt",
      number: i + 1,
      promptId: o.promptId,
      question: question(o.promptId),
      resumed: !first,
      openedAt: o.at,
      openedBy: actorOf(o.seq),
      entries: entriesBetween(o.seq, openings[i + 1]?.seq ?? Infinity),
      board: first ? board(o.promptId) : null,
    });
  });
  const otherBoards = [...new Set(state.posts.map((p) => p.promptId))]
    .filter((id) => !boarded.has(id))
    .map((id) => ({ promptId: id, question: question(id), posts: board(id) }));

  return {
    title: scenario?.title ?? input.scenarioId,
    seminarTitle: state.title,
    endedAt: state.endedAt,
    scenarioId: input.scenarioId,
    sessionId: input.sessionId,
    origin: input.origin ?? null,
    startedAt,
    lastAt: events.length ? state.lastAt : startedAt,
    counts: {
      events: events.length,
      speeches: state.speeches.length,
      posts: state.posts.length,
      cards: state.cardsPlayed.length,
      votes: state.votes.length,
    },
    participants,
    sections,
    otherBoards,
    reactions: { ...state.reactions },
  };
}
