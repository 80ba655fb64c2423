/**
 * A live seminar staged with real colyseus.js clients against a running server, for browser
 * tests and screenshots: a facilitator in the chair, students in roles and in the audience, an
 * open question, hands of several kinds, a speech on the floor, a vote with ballots, a card.
 * Every step goes through the real protocol; nothing is written to the store directly.
 */
import { Client, type Room } from "colyseus.js";
import { fold } from "../../shared/engine/apply.js";
import type { SeminarState } from "../../shared/engine/state.js";
import type { SeminarEvent } from "../../shared/events.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import type { HandIntent } from "../../shared/vocabulary.js";
import type { SeatMessage } from "../../shared/wire.js";

/** First names and surnames the staged students are named from (no one real, no role's name). */
const FIRST = [
  "Anna",
  "Boris",
  "Chloe",
  "Dmitri",
  "Elena",
  "Farid",
  "Galina",
  "Hugh",
  "Irina",
  "Jamal",
  "Katya",
  "Liam",
];
const LAST = ["Morozova", "Khan", "Baker", "Sokolov", "Price", "Orlov", "Nguyen", "Petrova", "Walsh", "Ivanov"];

export function studentName(i: number): string {
  // 12 × 10 names pair up differently until the 60th; after that a number keeps them apart.
  return `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}${i >= 60 ? ` ${i}` : ""}`;
}

export class StagedClient {
  events: SeminarEvent[] = [];
  seat: SeatMessage | null = null;

  constructor(readonly room: Room) {
    room.onMessage("history", (m: { events: SeminarEvent[] }) => (this.events = [...m.events]));
    room.onMessage("event", (e: SeminarEvent) => this.events.push(e));
    room.onMessage("seat", (s: SeatMessage) => (this.seat = s));
    room.onMessage("rejected", () => undefined);
    room.onMessage("brief", () => undefined);
  }

  get id(): string {
    return this.seat?.participantId ?? this.room.sessionId;
  }

  get state(): SeminarState {
    return fold(this.events);
  }

  send(type: string, payload: unknown = {}): void {
    this.room.send(type, payload);
  }

  /** Waits until the folded state satisfies `check`. */
  async until(check: (s: SeminarState) => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this.state)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 40));
    }
  }
}

export interface StageOptions {
  /** Students with a role at the table (besides the chair), at most the scenario's roles less the chair. */
  atTable: number;
  /** Students without a role (the audience). */
  inAudience: number;
  /** Hands raised, by the students at the table first (index into the seated students), with their kinds. */
  hands?: { student: number; intent: HandIntent }[];
  /** The student given the floor, and what they say. */
  speech?: { student: number; text: string };
  /** A motion put to the vote, and ballots by seated students. */
  vote?: { text: string; ballots: { student: number; choice: "for" | "against" | "abstain" }[] };
  cardId?: string;
}

export interface StagedSeminar {
  roomId: string;
  facilitator: StagedClient;
  students: StagedClient[];
  leave(): Promise<void>;
}

export const QUESTION = sputnik1990.prompts[0];
const chairRole = sputnik1990.roles.find((r) => r.chair)!;
export const TABLE_ROLES = sputnik1990.roles.filter((r) => !r.chair);

/** Stages the seminar; resolves when the facilitator's fold shows all of it. */
export async function stageSeminar(serverUrl: string, o: StageOptions): Promise<StagedSeminar> {
  const ws = serverUrl.replace(/^http/, "ws");
  const facilitator = new StagedClient(
    await new Client(ws).create("seminar", { name: "Olga Teacher", scenarioId: sputnik1990.id }),
  );
  await facilitator.until((s) => Object.keys(s.participants).length === 1, "the facilitator's arrival");
  const roomId = facilitator.room.roomId;
  facilitator.send("claimRole", { roleId: chairRole.id });
  facilitator.send("openPrompt", { promptId: QUESTION.id });
  const students: StagedClient[] = [];
  const total = o.atTable + o.inAudience;
  // Joined a few at a time: a class arriving, not a flood the rate limits would meet.
  for (let i = 0; i < total; i += 10) {
    const batch = await Promise.all(
      Array.from(
        { length: Math.min(10, total - i) },
        async (_, k) => new StagedClient(await new Client(ws).joinById(roomId, { name: studentName(i + k) })),
      ),
    );
    students.push(...batch);
  }
  students.slice(0, o.atTable).forEach((s, i) => s.send("claimRole", { roleId: TABLE_ROLES[i].id }));
  await facilitator.until(
    (s) =>
      Object.values(s.participants).filter((p) => p.present).length === total + 1 &&
      Object.keys(s.roleHolders).length === o.atTable + 1 &&
      s.openPromptId === QUESTION.id,
    "everyone seated",
  );
  if (o.speech) {
    const speaker = students[o.speech.student];
    speaker.send("raiseHand", {});
    await facilitator.until((s) => s.queue.includes(speaker.id), "the speaker's hand");
    facilitator.send("giveFloor", { to: speaker.id });
    await facilitator.until((s) => s.floor?.holder === speaker.id, "the floor");
    speaker.send("speak", { text: o.speech.text });
    await facilitator.until((s) => s.speeches.length > 0, "the speech");
  }
  for (const hand of o.hands ?? []) {
    students[hand.student].send("raiseHand", { intent: hand.intent });
    await facilitator.until((s) => s.queue.includes(students[hand.student].id), "a hand");
  }
  if (o.vote) {
    facilitator.send("openVote", { text: o.vote.text });
    await facilitator.until((s) => s.openVoteId !== null, "the vote");
    const voteId = facilitator.state.openVoteId!;
    for (const b of o.vote.ballots) students[b.student].send("castVote", { voteId, choice: b.choice });
    await facilitator.until((s) => s.votes.at(-1)!.ballots.length === o.vote!.ballots.length, "the ballots");
  }
  if (o.cardId) {
    facilitator.send("playCard", { cardId: o.cardId });
    await facilitator.until((s) => s.cardsPlayed.length > 0, "the card");
  }
  return {
    roomId,
    facilitator,
    students,
    async leave() {
      // A connection already closed (its seat taken over by a browser tab) has nothing to leave.
      const open = [facilitator, ...students].filter(
        (c) => (c.room.connection as unknown as { isOpen: boolean }).isOpen,
      );
      await Promise.all(open.map((c) => c.room.leave(true).catch(() => undefined)));
    },
  };
}
