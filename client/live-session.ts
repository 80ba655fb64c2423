/**
 * One seat in a live seminar: the colyseus.js room, the seminar state folded from the server's
 * log (`history`, then each `event`) with the shared engine, my private brief, and the
 * server's refusals. Views subscribe to it; nothing here touches the DOM.
 */
import { Client, type Room } from "colyseus.js";
import type { SeminarState } from "../shared/engine/state.js";
import type { SeminarEvent } from "../shared/events.js";
import { withheldPost } from "../shared/hidden-posts.js";
import { own } from "../shared/null-record.js";
import type { CommandPayload, CommandType, CreateOptions, JoinOptions } from "../shared/protocol.js";
import type { PublicScenario, RoleBrief } from "../shared/scenario.js";
import { CloseCode, ROOM_NAME, joinRefusalOf, type AcceptedMessage, type RejectedMessage } from "../shared/wire.js";
import { getScenario } from "./api.js";
import { EventFeed } from "./event-feed.js";
import { adoptLinkedSeat, facilitatorLink, forgetSeat, keepSeat, keptSeat } from "./kept-seats.js";
import { onServerMessage, sendCommand } from "./room-wire.js";

/** What the door asks for: create with the seminar's settings, or join (with its passcode, if it has one). */
export type JoinRequest =
  ({ kind: "create" } & CreateOptions) | { kind: "join"; name: string; roomId: string; passcode?: string };

type Listener<T> = (value: T) => void;

/** How long a dropped connection keeps trying to come back (the server holds a seat 60 s by default; the seat key works after that too). */
const RECONNECT_GIVE_UP_MS = 90_000;

const storedSeatKey = (roomId: string) => keptSeat(roomId)?.seatKey ?? null;

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
   * server closed this one with 4409; it must not come back by itself); the facilitator removed
   * me (4410: the seat key is dropped, nothing reconnects); the seminar ended while I was away
   * (my seat key was refused for it); or reconnecting gave up.
   */
  closedBecause: "left" | "seatTaken" | "removed" | "ended" | "lost" | null = null;
  /** Server clock minus ours (ms), estimated from live events, for countdowns to `endsAt`. */
  clockOffset = 0;
  /**
   * Whether this seat was already in the seminar when this page took it (a reload, a closed
   * browser, the facilitator's link), as the first `history` shows; null until it arrives.
   */
  returning: boolean | null = null;

  private feed = new EventFeed();
  /** Every event folded so far, in order: what "Rewind" replays. */
  private received: SeminarEvent[] = [];
  private changeListeners = new Set<Listener<LiveSession>>();
  private eventListeners = new Set<Listener<SeminarEvent>>();
  private rejectionListeners = new Set<Listener<RejectedMessage>>();
  private acceptanceListeners = new Set<Listener<AcceptedMessage>>();
  private leaving = false;
  /** Commands sent so far, for their `cid`s. */
  private sent = 0;
  /** My seat key, from the server's `seat` message: kept, and in the facilitator's private link. */
  private seatKey: string | null = null;
  /** Whether this session keeps its seat as the facilitator's (across a closed browser); null until known. */
  private keptDurably: boolean | null = null;
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
   * The seat this browser holds in `roomId`, with the name it joined under; null if none: this
   * tab's (after a reload), the facilitator's kept one (after the browser was closed), or one
   * brought by a facilitator link in the address (kept, and taken out of the address bar).
   */
  static storedSeat(roomId: string): { name: string } | null {
    adoptLinkedSeat(roomId);
    const seat = keptSeat(roomId);
    return seat ? { name: seat.name } : null;
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
        const refusal = joinRefusalOf(err);
        // Removed: the key opens nothing any more. (After the end it still reads the record.)
        if (seatKey && refusal === "removed") forgetSeat(req.roomId);
        if (!seatKey || refusal !== "seatKeyRefused") throw err;
        forgetSeat(req.roomId);
        room = await client.joinById(req.roomId, fresh);
      }
    }
    return new LiveSession(client, room, req.name);
  }

  get state(): Readonly<SeminarState> {
    return this.feed.state;
  }

  /** Whether the seminar has ended (the server refuses every command from then on). */
  get ended(): boolean {
    return this.state.endedAt !== null || this.closedBecause === "ended";
  }

  /** The private link that opens my seat on another device, while I am the facilitator; else null. */
  get facilitatorLink(): string | null {
    if (!this.seatKey || !own(this.state.participants, this.me)?.facilitator) return null;
    return facilitatorLink(location.origin, this.roomId, { seatKey: this.seatKey, name: this.name });
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
  /** Each of my commands the server accepted (by its `cid`), after its events arrived. */
  onAccepted(fn: Listener<AcceptedMessage>): () => void {
    this.acceptanceListeners.add(fn);
    return () => this.acceptanceListeners.delete(fn);
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

  /**
   * Leaves the room. The seat is given up and forgotten, unless the seminar has ended: then its
   * key is kept, for it still opens the record (a passcoded seminar's replay, minutes, log).
   */
  async leave(): Promise<void> {
    this.leaving = true;
    window.removeEventListener("offline", this.onOffline);
    if (!this.ended) forgetSeat(this.roomId);
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
    onServerMessage(room, "accepted", (a) => {
      for (const fn of this.acceptanceListeners) fn(a);
    });
    onServerMessage(room, "seat", (seat) => {
      this.me = seat.participantId;
      this.seatKey = seat.seatKey;
      keepSeat(this.roomId, { seatKey: seat.seatKey, name: this.name });
    });
    onServerMessage(room, "brief", (b) => {
      this.brief = b;
      this.emitChange();
    });
    room.onLeave((code) => {
      if (room !== this.room) return;
      if (code === CloseCode.removed) return this.closeForGood("removed");
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
      } catch (err) {
        // Removed, or the seminar ended, while I was away: the seat key is refused for good.
        const refusal = joinRefusalOf(err);
        if (refusal === "removed" || refusal === "ended") return this.closeForGood(refusal);
      }
    }
    this.connection = "closed";
    this.closedBecause = "lost";
    this.emitChange();
  }

  private onHistory(events: SeminarEvent[]): void {
    // The history is the whole log so far: fold it afresh (this also heals any gap after a
    // reconnection), then apply whatever live events arrived beyond it.
    this.feed.reset(events);
    this.returning ??= own(this.state.participants, this.me) !== undefined;
    this.received = events.slice();
    this.loading = false;
    this.drain();
    this.keepSeatDurablyIfFacilitator();
    void this.loadScenario();
    this.emitChange();
  }

  private onLiveEvent(e: SeminarEvent): void {
    this.clockOffset = e.at - Date.now();
    this.feed.hold(e);
    if (this.loading) return;
    const applied = this.drain();
    this.keepSeatDurablyIfFacilitator();
    for (const a of applied) for (const fn of this.eventListeners) fn(a);
    if (applied.length) this.emitChange();
  }

  /** Applies held events that follow the current state without a gap, and what they change for me. */
  private drain(): SeminarEvent[] {
    const applied = this.feed.drain();
    for (const next of applied) {
      this.received.push(next);
      if (next.type === "roleReleased" && next.actor === this.me) this.brief = null;
      if (next.type === "roleRevoked" && next.data.from === this.me) this.brief = null;
      if (next.type === "postHidden") this.withholdReceived(next.data.postId);
    }
    return applied;
  }

  /** A post hidden while I watched: Rewind must not show its text either. */
  private withholdReceived(postId: string): void {
    const i = this.received.findIndex((e) => e.type === "posted" && e.data.postId === postId);
    const e = this.received[i];
    if (e?.type === "posted") this.received[i] = withheldPost(e);
  }

  /** The facilitator's seat outlives a closed browser; anyone else's (a handed-over one too) only the tab. */
  private keepSeatDurablyIfFacilitator(): void {
    const durable = own(this.state.participants, this.me)?.facilitator === true;
    if (durable === this.keptDurably || !this.seatKey) return;
    this.keptDurably = durable;
    keepSeat(this.roomId, { seatKey: this.seatKey, name: this.name }, durable);
  }

  /**
   * The facilitator removed me (the key is dropped), or ended the seminar (the key is kept: it
   * still opens a passcoded seminar's record); nothing tries to come back.
   */
  private closeForGood(why: "removed" | "ended"): void {
    this.leaving = true;
    window.removeEventListener("offline", this.onOffline);
    if (why === "removed") forgetSeat(this.roomId);
    this.connection = "closed";
    this.closedBecause = why;
    this.emitChange();
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
