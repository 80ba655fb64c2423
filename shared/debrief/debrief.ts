/**
 * The debrief: what a teacher grades from, as one pure fold of a session's log and its scenario.
 * Who spoke, how long and how much; which factions held the floor; what each prompt got; how
 * every role voted; how concentrated the talk was; and, after the session has ended only, whether
 * each role got what it wanted from the votes. Every speech and vote keeps its `seq`, so a figure
 * can link to the replay at that moment. Runs alike on the server and in the browser.
 */
import { applyInPlace } from "../engine/apply.js";
import { initialState, type SeminarState } from "../engine/state.js";
import type { SeminarEvent } from "../events.js";
import { own } from "../null-record.js";
import type { HandIntent, VoteChoice } from "../vocabulary.js";

/** What the debrief needs of a scenario; a Scenario fits, and a PublicScenario (no objectives) too. */
export interface DebriefScenario {
  factions: ReadonlyArray<{ id: string; name: string }>;
  roles: ReadonlyArray<{
    id: string;
    name: string;
    factionId: string;
    brief?: { resolutionObjectives?: ReadonlyArray<{ resolutionId: string; wants: "carried" | "defeated" }> };
  }>;
  prompts: ReadonlyArray<{ id: string; question: string }>;
  resolutions?: ReadonlyArray<{ id: string; text: string }>;
}

export type HandCounts = Record<HandIntent, number>;

export interface ParticipantDebrief {
  id: string;
  name: string;
  /** Role ids in the order first held. */
  roles: string[];
  /** The faction of the last role held; null for someone who never held one. */
  factionId: string | null;
  speeches: number;
  /** Seconds holding the floor, from each `floorGiven` to the end of that turn. */
  floorSeconds: number;
  turns: number;
  words: number;
  hands: HandCounts;
  posts: number;
  replies: number;
  reactionsGiven: number;
  /** Reactions made while this participant held the floor. */
  reactionsReceived: number;
  /** Votes this participant cast a ballot in (a changed ballot counts once). */
  votesCast: number;
}

export interface FactionDebrief {
  /** null: turns and posts by people holding no role. */
  factionId: string | null;
  name: string;
  floorSeconds: number;
  /** Of all floor seconds, 0–1 (0 when nobody held the floor). */
  floorShare: number;
  speeches: number;
  posts: number;
}

export interface PromptDebrief {
  promptId: string;
  question: string;
  /** Seconds the prompt was the open one, summed over every time it was opened. */
  secondsOpen: number;
  speeches: number;
  posts: number;
  /** voteIds of the votes opened while it was open. */
  votes: string[];
}

export interface VoteDebrief {
  voteId: string;
  seq: number;
  closedSeq: number | null;
  text: string;
  resolutionId: string | null;
  promptId: string | null;
  /** Each role's last choice, and who cast it. */
  ballots: { roleId: string; participantId: string; choice: VoteChoice; seq: number }[];
  for: number;
  against: number;
  abstain: number;
  /** null while the vote is open. */
  carried: boolean | null;
}

export interface SpeechDebrief {
  seq: number;
  at: number;
  speaker: string;
  roleId: string | null;
  promptId: string | null;
  words: number;
}

/** One turn at the floor, for the "who held the floor when" strip. */
export interface TurnDebrief {
  seq: number;
  holder: string;
  roleId: string | null;
  factionId: string | null;
  from: number;
  to: number;
}

export interface ObjectiveDebrief {
  roleId: string;
  resolutionId: string;
  wants: "carried" | "defeated";
  /** The last closed vote on the resolution, or null if it never came to a vote. */
  voteId: string | null;
  /** "defeated" also when it never came to a vote: it was not carried. */
  outcome: "carried" | "defeated";
  met: boolean;
}

export interface Debrief {
  /** The seq the debrief was computed up to. */
  seq: number;
  startedAt: number | null;
  /** The time of the last event. */
  lastAt: number;
  /** The time of `sessionEnded`, or null while the session runs. */
  endedAt: number | null;
  participants: ParticipantDebrief[];
  factions: FactionDebrief[];
  prompts: PromptDebrief[];
  votes: VoteDebrief[];
  balance: {
    /** How many speakers (participants who held the floor) there were, and how many are the top fifth. */
    speakers: number;
    topFifth: string[];
    /** Share of all floor seconds held by the most talkative fifth of speakers (rounded up), 0–1. */
    topFifthShare: number;
    /** Participants who never made a speech. */
    neverSpoke: string[];
  };
  speeches: SpeechDebrief[];
  turns: TurnDebrief[];
  cards: { cardId: string; seq: number; at: number }[];
  /** After `sessionEnded` only: each role's objectives tied to resolutions and whether they were met. */
  objectives: ObjectiveDebrief[] | null;
}

/** What `\s` matches in a regular expression, by code unit. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Words in a text: runs of non-space characters (any script), as `text.match(/\S+/g).length`
 * would count them, without making a string per word (a long log has millions of words).
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

const seconds = (ms: number) => Math.max(0, ms) / 1000;
const noHands = (): HandCounts => ({ point: 0, reply: 0, question: 0, order: 0 });
/** Events after which a participant's role may have changed hands. */
const roleEvent = (e: SeminarEvent) => e.type.startsWith("role") || e.type === "left";

export function computeDebrief(events: Iterable<SeminarEvent>, scenario?: DebriefScenario): Debrief {
  const roleById = new Map((scenario?.roles ?? []).map((r) => [r.id, r]));
  const factionOf = (roleId: string | null) => (roleId === null ? null : (roleById.get(roleId)?.factionId ?? null));

  const s: SeminarState = initialState();
  const people = new Map<string, ParticipantDebrief>();
  /** Words of each speech by its seq, counted once. */
  const speechWords = new Map<number, number>();
  const votedIn = new Map<string, Set<string>>();
  const turns: TurnDebrief[] = [];
  let turn: (TurnDebrief & { endsAt: number }) | null = null;
  const promptSeconds = new Map<string, number>();
  let openPrompt: { promptId: string; since: number } | null = null;
  let endedAt: number | null = null;

  const person = (id: string): ParticipantDebrief | undefined => people.get(id);
  const endTurn = (at: number) => {
    if (!turn) return;
    const { endsAt, ...t } = turn;
    t.to = Math.min(at, endsAt);
    turns.push(t);
    const p = person(t.holder);
    if (p) p.floorSeconds += seconds(t.to - t.from);
    turn = null;
  };
  const endPrompt = (at: number) => {
    if (!openPrompt) return;
    const { promptId, since } = openPrompt;
    promptSeconds.set(promptId, (promptSeconds.get(promptId) ?? 0) + seconds(at - since));
    openPrompt = null;
  };

  for (const e of events) {
    applyInPlace(s, e);
    const actor = person(e.actor);
    switch (e.type) {
      case "joined":
        if (!actor)
          people.set(e.actor, {
            id: e.actor,
            name: e.data.name,
            roles: [],
            factionId: null,
            speeches: 0,
            floorSeconds: 0,
            turns: 0,
            words: 0,
            hands: noHands(),
            posts: 0,
            replies: 0,
            reactionsGiven: 0,
            reactionsReceived: 0,
            votesCast: 0,
          });
        else actor.name = e.data.name;
        break;
      case "handRaised":
        if (actor) actor.hands[e.data.intent ?? "point"] += 1;
        break;
      case "floorGiven": {
        endTurn(e.at);
        const holder = own(s.participants, e.data.to);
        const roleId = holder?.roleId ?? null;
        turn = {
          seq: e.seq,
          holder: e.data.to,
          roleId,
          factionId: factionOf(roleId),
          from: e.at,
          to: e.at,
          endsAt: e.data.endsAt,
        };
        const p = person(e.data.to);
        if (p) p.turns += 1;
        break;
      }
      case "floorYielded":
      case "floorExpired":
        endTurn(e.at);
        break;
      case "spoke":
        speechWords.set(e.seq, countWords(e.data.text));
        if (actor) {
          actor.speeches += 1;
          actor.words += speechWords.get(e.seq)!;
        }
        break;
      case "posted":
        if (actor) {
          if (e.data.replyTo === undefined) actor.posts += 1;
          else actor.replies += 1;
        }
        break;
      case "reacted": {
        if (actor) actor.reactionsGiven += 1;
        const holder = s.floor ? person(s.floor.holder) : undefined;
        if (holder) holder.reactionsReceived += 1;
        break;
      }
      case "promptOpened":
        endPrompt(e.at);
        openPrompt = { promptId: e.data.promptId, since: e.at };
        break;
      case "voteCast": {
        let seen = votedIn.get(e.actor);
        if (!seen) votedIn.set(e.actor, (seen = new Set()));
        if (actor && !seen.has(e.data.voteId)) {
          seen.add(e.data.voteId);
          actor.votesCast += 1;
        }
        break;
      }
      default:
        break;
    }
    // Whatever event moved the floor or closed the prompt (a removal, the end), the state says so.
    if (turn && s.floor?.holder !== turn.holder) endTurn(e.at);
    if (openPrompt && s.openPromptId !== openPrompt.promptId) endPrompt(e.at);
    if (roleEvent(e)) {
      for (const [roleId, holderId] of Object.entries(s.roleHolders)) {
        const p = person(holderId);
        if (p && !p.roles.includes(roleId)) p.roles.push(roleId);
        if (p) p.factionId = factionOf(roleId);
      }
    }
    if (e.type === "sessionEnded") endedAt = e.at;
  }
  endTurn(s.lastAt);
  endPrompt(s.lastAt);

  const participants = [...people.values()];
  for (const p of participants) p.floorSeconds = round3(p.floorSeconds);
  const totalFloor = turns.reduce((sum, t) => sum + seconds(t.to - t.from), 0);

  const factions = factionTable(scenario, turns, s, totalFloor, factionOf);
  const votes: VoteDebrief[] = s.votes.map((v) => {
    const count = { for: 0, against: 0, abstain: 0 };
    for (const b of v.ballots) count[b.choice] += 1;
    return {
      voteId: v.voteId,
      seq: v.openedSeq,
      closedSeq: v.closedSeq,
      text: v.text,
      resolutionId: v.resolutionId,
      promptId: v.promptId,
      ballots: v.ballots.map((b) => ({ roleId: b.roleId, participantId: b.by, choice: b.choice, seq: b.seq })),
      ...(v.result ? { for: v.result.for, against: v.result.against, abstain: v.result.abstain } : count),
      carried: v.result ? v.result.carried : null,
    };
  });

  const promptIds = [...new Set([...(scenario?.prompts ?? []).map((p) => p.id), ...promptSeconds.keys()])];
  const question = new Map((scenario?.prompts ?? []).map((p) => [p.id, p.question]));
  const prompts: PromptDebrief[] = promptIds.map((promptId) => ({
    promptId,
    question: question.get(promptId) ?? promptId,
    secondsOpen: round3(promptSeconds.get(promptId) ?? 0),
    speeches: s.speeches.filter((sp) => sp.promptId === promptId).length,
    posts: s.posts.filter((p) => p.promptId === promptId).length,
    votes: s.votes.filter((v) => v.promptId === promptId).map((v) => v.voteId),
  }));

  const speakers = participants.filter((p) => p.floorSeconds > 0).sort((a, b) => b.floorSeconds - a.floorSeconds);
  const top = speakers.slice(0, Math.ceil(speakers.length / 5));
  const topSeconds = top.reduce((sum, p) => sum + p.floorSeconds, 0);

  return {
    seq: s.seq,
    startedAt: s.startedAt,
    lastAt: s.lastAt,
    endedAt,
    participants,
    factions,
    prompts,
    votes,
    balance: {
      speakers: speakers.length,
      topFifth: top.map((p) => p.id),
      topFifthShare: totalFloor > 0 ? round3(topSeconds / totalFloor) : 0,
      neverSpoke: participants.filter((p) => p.speeches === 0).map((p) => p.id),
    },
    speeches: s.speeches.map((sp) => ({
      seq: sp.seq,
      at: sp.at,
      speaker: sp.speaker,
      roleId: sp.roleId,
      promptId: sp.promptId,
      words: speechWords.get(sp.seq) ?? countWords(sp.text),
    })),
    turns,
    cards: s.cardsPlayed.map(({ cardId, seq, at }) => ({ cardId, seq, at })),
    objectives: endedAt === null ? null : objectivesMet(scenario, votes),
  };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function factionTable(
  scenario: DebriefScenario | undefined,
  turns: readonly TurnDebrief[],
  s: Readonly<SeminarState>,
  totalFloor: number,
  factionOf: (roleId: string | null) => string | null,
): FactionDebrief[] {
  const rows = new Map<string | null, FactionDebrief>();
  const row = (factionId: string | null): FactionDebrief => {
    let r = rows.get(factionId);
    if (!r) {
      const name = factionId === null ? "" : (scenario?.factions.find((f) => f.id === factionId)?.name ?? factionId);
      rows.set(factionId, (r = { factionId, name, floorSeconds: 0, floorShare: 0, speeches: 0, posts: 0 }));
    }
    return r;
  };
  for (const f of scenario?.factions ?? []) row(f.id);
  for (const t of turns) row(t.factionId).floorSeconds += seconds(t.to - t.from);
  for (const sp of s.speeches) row(factionOf(sp.roleId)).speeches += 1;
  for (const p of s.posts) row(factionOf(p.roleId)).posts += 1;
  return [...rows.values()].map((r) => ({
    ...r,
    floorSeconds: round3(r.floorSeconds),
    floorShare: totalFloor > 0 ? round3(r.floorSeconds / totalFloor) : 0,
  }));
}

function objectivesMet(scenario: DebriefScenario | undefined, votes: readonly VoteDebrief[]): ObjectiveDebrief[] {
  const out: ObjectiveDebrief[] = [];
  for (const role of scenario?.roles ?? []) {
    for (const o of role.brief?.resolutionObjectives ?? []) {
      const last = votes.filter((v) => v.resolutionId === o.resolutionId && v.carried !== null).at(-1);
      const outcome = last?.carried ? "carried" : "defeated";
      out.push({
        roleId: role.id,
        resolutionId: o.resolutionId,
        wants: o.wants,
        voteId: last?.voteId ?? null,
        outcome,
        met: outcome === o.wants,
      });
    }
  }
  return out;
}
