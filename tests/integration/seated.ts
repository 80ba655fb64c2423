/**
 * Test helpers for participants with seats: a harness `Participant` that also keeps its `seat`
 * message and knows its participant id (which differs from the connection's session id after a
 * rejoin), plus ways to drop a connection without consent and to send raw frames.
 */
import { Client, type Room } from "colyseus.js";
import { fold } from "../../shared/engine/apply.js";
import type { SeatMessage } from "../../shared/wire.js";
import { Participant, waitUntil } from "./harness.js";

export class SeatedParticipant extends Participant {
  seats: SeatMessage[] = [];
  closeCode: number | null = null;

  constructor(
    room: Room,
    readonly client: Client,
  ) {
    super(room);
    room.onMessage("seat", (m: SeatMessage) => this.seats.push(m));
    room.onLeave((code) => (this.closeCode = code));
  }

  /** The participant id from the seat message (events and state use it). */
  override get id(): string {
    return this.seats[0]?.participantId ?? this.room.sessionId;
  }

  get seatKey(): string {
    return this.seats[0].seatKey;
  }

  /** Drops the socket the way a lost network does: no consented leave. */
  drop(): void {
    (this.room.connection as unknown as { transport: { ws: { terminate(): void } } }).transport.ws.terminate();
  }

  /** Sends bytes as one WebSocket frame, bypassing colyseus.js' encoder. */
  sendRaw(bytes: Uint8Array): void {
    (this.room.connection as unknown as { send(d: Uint8Array): void }).send(bytes);
  }

  get open(): boolean {
    return (this.room.connection as unknown as { isOpen: boolean }).isOpen;
  }
}

export interface SeatOptions {
  name: string;
  seatKey?: string;
  scenarioId?: string;
  title?: string;
  listed?: boolean;
  passcode?: string;
  roleClaiming?: "open" | "facilitator";
}

/** Creates (roomId null) or joins a session and waits for the seat, history and own join/return. */
export async function seat(wsUrl: string, roomId: string | null, options: SeatOptions): Promise<SeatedParticipant> {
  const client = new Client(wsUrl);
  const room = roomId ? await client.joinById(roomId, options) : await client.create("seminar", options);
  const p = new SeatedParticipant(room, client);
  await waitUntil(() => p.seats.length > 0 && p.histories.length > 0, "seat and history");
  const pid = p.id;
  await waitUntil(() => {
    const me = fold(p.events).participants[pid];
    return me?.present === true && me.connected;
  }, `arrival of ${options.name}`);
  return p;
}

/** Reconnects a dropped participant with its reconnection token (colyseus.js does not do it itself). */
export async function reconnect(p: SeatedParticipant): Promise<SeatedParticipant> {
  const room = await p.client.reconnect(p.room.reconnectionToken);
  const back = new SeatedParticipant(room, p.client);
  back.seats = p.seats;
  await waitUntil(() => back.histories.length > 0, "history after reconnect");
  return back;
}

/** A room-data frame: protocol code 13, the type as a msgpack string, then `body` as it is. */
export function roomDataFrame(type: string, body: Uint8Array = new Uint8Array()): Uint8Array {
  const t = new TextEncoder().encode(type);
  if (t.length > 31) throw new Error("type too long for a fixstr");
  return Uint8Array.from([13, 0xa0 | t.length, ...t, ...body]);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The refusal a create or join rejects with: its code and message (fails if it was not refused). */
export async function refusalOf(attempt: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await attempt;
  } catch (err) {
    const e = err as { code?: number; message?: string };
    return { code: e.code ?? -1, message: e.message ?? "" };
  }
  throw new Error("expected a refusal");
}
