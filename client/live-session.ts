/**
 * One seat in a live seminar: the colyseus.js room, the seminar state folded from the server's
 * log (`history`, then each `event`) with the shared engine, my private brief, and the
 * server's refusals. Views subscribe to it; nothing here touches the DOM.
 */
import { Client, type Room } from "colyseus.js";
import { Projection } from "../shared/engine/apply.js";
import type { SeminarState } from "../shared/engine/state.js";
import type { SeminarEvent } from "../shared/events.js";
import type { CommandPayload, CommandType, CreateOptions, JoinOptions } from "../shared/protocol.js";
import type { PublicScenario, RoleBrief } from "../shared/scenario.js";
import { CloseCode, ROOM_NAME, joinRefusalOf, type RejectedMessage } from "../shared/wire.js";
import { getScenario } from "./api.js";
import { onServerMessage, sendCommand } from "./room-wire.js";

/** What the door asks for: create with the seminar's settings, or join (with its passcode, if it has one). */
export type JoinRequest =
  ({ kind: "create" } & CreateOptions) | { kind: "join"; name: string; roomId: string; passcode?: string };

type Listener<T> = (value: T) => void;

const seatStorageKey = (roomId: string) => `sputnik:seat:${roomId}`;
const seatNameStorageKey = (roomId: string) => `sputnik:seat-name:${roomId}`;

/** How long a dropped connection keeps trying to come back (the server holds a seat 60 s by default; the seat key works after that too). */
const RECONNECT_GIVE_UP_MS = 90_000;

/** The seat key this tab (or the tab that opened it, whose sessionStorage it copied) holds for `roomId`. */
export function storedSeatKey(roomId: string): string | null {
  try {
    return sessionStorage.getItem(seatStorageKey(roomId));
  } catch {
    return null;
  }
}

function forgetSeatKey(roomId: string): void {
  try {
    sessionStorage.removeItem(seatStorageKey(roomId));
    sessionStorage.removeItem(seatNameStorageKey(roomId));
  } catch {
    /* ignore */
  }
}

/** Waits `ms`, or less if the browser says it is back online. */
function pause(ms: number): Promise<void> {
  return new Promise((ok) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener("online", done);
      ok();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener("online", done);
  });
}

function endpoint(): string {
  return location.origin.replace(/^http/, "ws");
}

export class LiveSession {
  readonly roomId: string;
  /** My participant id: from the server's `seat` message (the first connection's session id). */
  me: string;
  scenario: PublicScenario | null = null;
  brief: RoleBrief | null = null;
  /** True until the server's `history` has been folded. */
  loading = true;
  connection: "open" | "reconnecting" | "closed" = "open";
  /**
   * Why the connection is closed: I left; this seat was opened in another tab or window (the
   * server closed this one with 4409; it must not come back by itself); or reconnecting gave up.
   */
  closedBecause: "left" | "seatTaken" | "lost" | null = null;
  /** Server clock minus ours (ms), estimated from live events, for countdowns to `endsAt`. */
  clockOffset = 0;

  private projection = new Projection();
  /** Every event folded so far, in order: what "Rewind" replays. */
  private received: SeminarEvent[] = [];
  /** Events that arrived ahead of a gap (or before `history`), by seq. */
  private pending = new Map<number, SeminarEvent>();
  private changeListeners = new Set<Listener<LiveSession>>();
  private eventListeners = new Set<Listener<SeminarEvent>>();
  private rejectionListeners = new Set<Listener<RejectedMessage>>();
  private leaving = false;
  /** Commands sent so far, for their `cid`s. */
  private sent = 0;
  /**
   * The browser says the network is gone: a socket can look open for many seconds after that
   * (until the server's pings time out), so count it as dropped at once and start reconnecting.
   */
  private onOffline = () => {
    if (this.connection !== "open" || this.leaving) return;
    const dead = this.room;
    dead.removeAllListeners();
    try {
      dead.connection.close(4001, "offline");
    } catch {
      /* already closing */
    }
    void this.reconnect();
  };

  private constructor(
    private client: Client,
    private room: Room,
    private name: string,
  ) {
    this.roomId = room.roomId;
    this.me = room.sessionId;
    this.attach(room);
    window.addEventListener("offline", this.onOffline);
  }

  /**
   * The seat this tab holds in `roomId` (after a reload: sessionStorage survives it, and a tab
   * opened from this one gets a copy), with the name it joined under; null if none.
   */
  static storedSeat(roomId: string): { name: string } | null {
    try {
      const name = sessionStorage.getItem(seatNameStorageKey(roomId));
      return storedSeatKey(roomId) && name ? { name } : null;
    } catch {
      return null;
    }
  }

  /**
   * Creates or joins a seminar. Joining a seminar this tab has a seat key for comes back as the
   * same participant (a reload). Rejects with an Error whose message the start screen maps.
   */
  static async open(req: JoinRequest): Promise<LiveSession> {
    const client = new Client(endpoint());
    let room: Room;
    if (req.kind === "create") {
      const { kind: _kind, ...options } = req;
      room = await client.create(ROOM_NAME, options satisfies CreateOptions);
    } else {
      const seatKey = storedSeatKey(req.roomId);
      const fresh: JoinOptions = req.passcode ? { name: req.name, passcode: req.passcode } : { name: req.name };
      try {
        room = await client.joinById(req.roomId, seatKey ? { ...fresh, seatKey } : fresh);
      } catch (err) {
        if (!seatKey || joinRefusalOf(err) !== "seatKeyRefused") throw err;
        forgetSeatKey(req.roomId);
        room = await client.joinById(req.roomId, fresh);
      }
    }
    return new LiveSession(client, room, req.name);
  }

  get state(): Readonly<SeminarState> {
    return this.projection.state;
  }

  /** The log as received so far (history, then live events), for the replay viewer. */
  get events(): readonly SeminarEvent[] {
    return this.received;
  }

  onChange(fn: Listener<LiveSession>): () => void {
    this.changeListeners.add(fn);
    return () => this.changeListeners.delete(fn);
  }
  /** Each live event after `history`, for transient effects (reactions, bubbles). */
  onEvent(fn: Listener<SeminarEvent>): () => void {
    this.eventListeners.add(fn);
    return () => this.eventListeners.delete(fn);
  }
  onRejected(fn: Listener<RejectedMessage>): () => void {
    this.rejectionListeners.add(fn);
    return () => this.rejectionListeners.delete(fn);
  }

  /**
   * Sends a command; the `cid` a refusal of this very sending will carry, or null (nothing sent)
   * while the connection is not open.
   */
  send<T extends CommandType>(type: T, payload: CommandPayload<T>): string | null {
    if (this.connection !== "open") return null;
    const cid = `c${++this.sent}`;
    sendCommand(this.room, type, payload, cid);
    return cid;
  }

  async leave(): Promise<void> {
    this.leaving = true;
    window.removeEventListener("offline", this.onOffline);
    forgetSeatKey(this.roomId);
    await this.room.leave(true).catch(() => undefined);
    this.connection = "closed";
    this.closedBecause = "left";
  }

  private attach(room: Room): void {
    onServerMessage(room, "history", (msg) => this.onHistory(msg.events));
    onServerMessage(room, "event", (e) => this.onLiveEvent(e));
    onServerMessage(room, "rejected", (r) => {
      for (const fn of this.rejectionListeners) fn(r);
    });
    onServerMessage(room, "seat", (seat) => {
      this.me = seat.participantId;
      try {
        sessionStorage.setItem(seatStorageKey(this.roomId), seat.seatKey);
        sessionStorage.setItem(seatNameStorageKey(this.roomId), this.name);
      } catch {
        /* storage may be unavailable; the seat then lasts as long as the connection */
      }
    });
    onServerMessage(room, "brief", (b) => {
      this.brief = b;
      this.emitChange();
    });
    room.onLeave((code) => {
      if (room !== this.room) return;
      // 1000: I left; seatTaken: this seat was taken over by another tab or window (or a reload).
      if (this.leaving || code === 1000 || code === CloseCode.seatTaken) {
        this.connection = "closed";
        this.closedBecause = code === CloseCode.seatTaken && !this.leaving ? "seatTaken" : "left";
        this.emitChange();
        return;
      }
      void this.reconnect();
    });
  }

  private async reconnect(): Promise<void> {
    if (this.connection === "reconnecting") return;
    this.connection = "reconnecting";
    this.emitChange();
    const started = Date.now();
    for (let attempt = 0; Date.now() - started < RECONNECT_GIVE_UP_MS; attempt++) {
      await pause(Math.min(500 * 2 ** attempt, 5000));
      if (this.leaving) return;
      try {
        // Within the reconnection window the token is enough; after it, the seat key still is.
        const seatKey = storedSeatKey(this.roomId);
        const room = await this.client
          .reconnect(this.room.reconnectionToken)
          .catch((err) =>
            seatKey
              ? this.client.joinById(this.roomId, { name: this.name, seatKey })
              : Promise.reject(err instanceof Error ? err : new Error(String(err))),
          );
        this.room = room;
        this.attach(room);
        this.connection = "open";
        this.emitChange();
        return;
      } catch {
        /* try again */
      }
    }
    this.connection = "closed";
    this.closedBecause = "lost";
    this.emitChange();
  }

  private onHistory(events: SeminarEvent[]): void {
    // The history is the whole log so far: fold it afresh (this also heals any gap after a
    // reconnection), then apply whatever live events arrived beyond it.
    const projection = new Projection();
    for (const e of events) projection.push(e);
    this.projection = projection;
    this.received = events.slice();
    this.loading = false;
    this.drain();
    void this.loadScenario();
    this.emitChange();
  }

  private onLiveEvent(e: SeminarEvent): void {
    this.clockOffset = e.at - Date.now();
    if (e.seq <= this.state.seq) return;
    this.pending.set(e.seq, e);
    if (this.loading) return;
    const applied = this.drain();
    for (const a of applied) for (const fn of this.eventListeners) fn(a);
    if (applied.length) this.emitChange();
  }

  /** Applies pending events that follow the current state without a gap. */
  private drain(): SeminarEvent[] {
    const applied: SeminarEvent[] = [];
    for (const seq of [...this.pending.keys()]) if (seq <= this.state.seq) this.pending.delete(seq);
    for (let next = this.pending.get(this.state.seq + 1); next; next = this.pending.get(this.state.seq + 1)) {
      this.pending.delete(next.seq);
      this.projection.push(next);
      this.received.push(next);
      applied.push(next);
      if (next.type === "roleReleased" && next.actor === this.me) this.brief = null;
    }
    return applied;
  }

  private async loadScenario(): Promise<void> {
    const id = this.state.scenarioId;
    if (!id || this.scenario?.id === id) return;
    try {
      this.scenario = await getScenario(id);
    } catch {
      this.scenario = null;
    }
    this.emitChange();
  }

  private emitChange(): void {
    for (const fn of this.changeListeners) fn(this);
  }
}
