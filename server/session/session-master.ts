/**
 * The session master: the only authority over one live session. Every change goes the same way:
 * validate → decide → append to the store → apply → broadcast, one at a time through a serial
 * chain, so the log order is the order everyone sees. It knows no socket: the transport (send,
 * broadcast, close) and the timers are injected, as boardgame.io's Master receives its
 * transport, so it runs under a unit test as it runs under Colyseus.
 *
 * Everything the master does on a message or a drop is done for the participant the connection
 * belongs to (the seat book), never for the connection itself.
 */
import { Projection } from "../../shared/engine/apply.js";
import { decide, type Command, type Decision } from "../../shared/engine/decide.js";
import type { SeminarState } from "../../shared/engine/state.js";
import { SYSTEM, type SeminarEvent } from "../../shared/events.js";
import { own } from "../../shared/null-record.js";
import {
  JoinOptionsSchema,
  CreateOptionsSchema,
  WatchOptionsSchema,
  cidOf,
  describeIssues,
  parseCommand,
} from "../../shared/protocol.js";
import { roleBrief, type Scenario } from "../../shared/scenario.js";
import {
  CloseCode,
  JoinRefusal,
  ServerMessage,
  type Rejection,
  type SeatMessage,
  type ServerMessageName,
  type ServerMessages,
} from "../../shared/wire.js";
import { withheldPost } from "../../shared/hidden-posts.js";
import { limitMessage, type AddressLedger } from "../address-limits.js";
import type { SessionSettings, SessionStore } from "../store/session-store.js";
import { JoinRefused } from "./join-refused.js";
import { RateLimiter, type Admission, type RateLimit } from "./rate-limiter.js";
import { SeatBook, type Connection, type HeldSeat } from "./seat-book.js";
import { passcodeMatches } from "./passcodes.js";
import { hashSeatKey, newSeatKey } from "./seat-keys.js";

/** How the master reaches connections; the room adapter implements it over Colyseus. */
export interface SessionTransport<C extends Connection> {
  /** To every connection of the session. */
  broadcast<K extends ServerMessageName>(name: K, message: ServerMessages[K]): void;
  send<K extends ServerMessageName>(to: C, name: K, message: ServerMessages[K]): void;
  /** A secret (seat key, brief) to one connection: as `send`, but never written to any log. */
  sendPrivately<K extends ServerMessageName>(to: C, name: K, message: ServerMessages[K]): void;
  /** Closes a connection for good with one of the server's close codes (shared/wire.ts). */
  close(conn: C, code: (typeof CloseCode)[keyof typeof CloseCode], reason: string): void;
}

export interface SessionTimers {
  setTimeout(fn: () => void, ms: number): { clear(): void };
}

export interface SessionMasterDeps<C extends Connection> {
  sessionId: string;
  scenario: Scenario;
  store: SessionStore;
  transport: SessionTransport<C>;
  timers: SessionTimers;
  rateLimit: RateLimit;
  now(): number;
  /** Per-address limits shared by the server's sessions, and where a connection comes from. */
  addresses?: { ledger: AddressLedger; of(conn: C): string };
}

/** The rate limits' verdict on a frame: the participant's own, or their address's shared one. */
export type FrameAdmission = Admission | "refuseAddress";

const RATE_LIMITED: Rejection = { code: "RATE_LIMITED", message: "too many messages; slow down" };
const WATCHER_SENDS_NOTHING: Rejection = { code: "FORBIDDEN", message: "a watching connection sends nothing" };
const NOT_STORED: Rejection = { code: "CONFLICT", message: "the server could not record this; try again" };

export class SessionMaster<C extends Connection> {
  readonly seats = new SeatBook<C>();
  private projection = new Projection();
  private log: SeminarEvent[] = [];
  private chain: Promise<unknown> = Promise.resolve();
  private limiter: RateLimiter;
  private expiry?: { clear(): void };
  /** A fresh session waits for its creator, who becomes its facilitator. */
  private awaitingCreator = false;
  /** The creator's connection, once the adapter knows it (`expectCreator`); until then the first joiner. */
  private creatorSessionId: string | null = null;
  private passcodeHash: string | null = null;
  /** Connections (session ids) that only watch: no seat, no participant (`watch`). */
  private watchers = new Set<string>();
  /** Participant id → the address they joined from (the per-address participant limit). */
  private addressOfParticipant = new Map<string, string>();

  constructor(private deps: SessionMasterDeps<C>) {
    this.limiter = new RateLimiter(deps.rateLimit);
  }

  /** The engine state as it is now (read-only). */
  get state(): Readonly<SeminarState> {
    return this.projection.state;
  }

  /** The log so far, in order. */
  get events(): readonly SeminarEvent[] {
    return this.log;
  }

  /** A new session: stored with its settings, then started; its creator will be its facilitator. */
  async start(
    options: Omit<Extract<Command, { type: "start" }>, "type"> = {},
    settings?: SessionSettings,
  ): Promise<void> {
    const { store, sessionId, scenario } = this.deps;
    this.passcodeHash = settings?.passcodeHash ?? null;
    await store.createSession({ id: sessionId, scenarioId: scenario.id, createdAt: this.deps.now(), settings });
    await this.commit(SYSTEM, { type: "start", ...options });
    this.awaitingCreator = true;
  }

  /**
   * Brings a stored live session back after a restart. Nobody is connected to it yet: whoever
   * was is recorded as dropped, to come back with their seat key (`leaveAbsent` ends the wait).
   */
  async restore(): Promise<void> {
    this.passcodeHash = await this.deps.store.passcodeHash(this.deps.sessionId);
    for (const e of await this.deps.store.events(this.deps.sessionId)) this.record(e);
    for (const p of Object.values(this.projection.state.participants)) {
      if (p.present && p.connected) await this.commit(p.id, { type: "disconnect" });
    }
    await this.commit(SYSTEM, { type: "expireFloor" });
    // A turn still running needs its timer even if nothing above produced an event.
    this.scheduleExpiry();
  }

  /** After a restore's reconnection window: whoever has not come back has left. */
  leaveAbsent(): Promise<void> {
    return this.serially(async () => {
      for (const p of Object.values(this.projection.state.participants)) {
        if (p.present && !p.connected && !this.seats.isSeated(p.id)) await this.commit(p.id, { type: "leave" });
      }
    });
  }

  /**
   * Seats a connection: a first join gets a new participant (its session id) and seat key; a
   * seat key brings its participant back, taking the seat from any older connection. Refusals
   * throw `JoinRefused`, with a code from shared/wire.ts.
   */
  /** The connection with this session id is the creator's, however late it comes. */
  expectCreator(sessionId: string): void {
    if (this.awaitingCreator && this.creatorSessionId === null) this.creatorSessionId = sessionId;
  }

  async join(conn: C, options: unknown): Promise<void> {
    const creator =
      this.awaitingCreator && (this.creatorSessionId === null || this.creatorSessionId === conn.sessionId);
    if (!creator && typeof options === "object" && options !== null && Object.hasOwn(options, "watch"))
      return this.watch(conn, options);
    const parsed = (creator ? CreateOptionsSchema : JoinOptionsSchema).safeParse(options);
    if (!parsed.success) {
      // A stored key that no longer fits is as useless as a foreign one: the client forgets it.
      const onlySeatKey = parsed.error.issues.every((i) => i.path[0] === "seatKey");
      throw new JoinRefused(
        onlySeatKey ? JoinRefusal.seatKeyRefused : JoinRefusal.invalidOptions,
        describeIssues(parsed.error),
      );
    }
    if (creator) this.awaitingCreator = false;
    const seatKey = "seatKey" in parsed.data ? parsed.data.seatKey : undefined;
    // A seat key proves the seat; a newcomer proves they were given the passcode.
    if (!creator && seatKey === undefined)
      await this.checkPasscode("passcode" in parsed.data ? parsed.data.passcode : undefined);
    const address = this.deps.addresses?.of(conn);
    await this.serially(async () => {
      if (seatKey === undefined && address !== undefined) this.checkParticipantsOf(address);
      const seat = seatKey === undefined ? await this.newSeat(conn.sessionId) : await this.existingSeat(seatKey);
      const pid = seat.participantId;
      if (seatKey === undefined && address !== undefined) this.addressOfParticipant.set(pid, address);
      const returning = own(this.projection.state.participants, pid)?.present === true;
      const replaced = this.seats.take(conn, pid);
      if (replaced)
        this.deps.transport.close(replaced, CloseCode.seatTaken, "this seat was taken by a newer connection");
      // Seat, then history, then the join is broadcast to everyone including the newcomer: inside
      // the serial chain nothing can slip in between, so the newcomer sees every event exactly once.
      this.deps.transport.sendPrivately(conn, ServerMessage.seat, seat);
      this.deps.transport.send(conn, ServerMessage.history, { events: this.log });
      const decision = await this.commit(
        pid,
        returning ? { type: "reconnect" } : { type: "join", name: parsed.data.name, facilitator: creator },
      );
      if (!decision.ok) {
        this.seats.release(conn, pid);
        throw new JoinRefused(this.joinRefusalCode(pid), decision.rejection.message);
      }
      this.sendBriefIfHolder(conn, pid);
    });
  }

  private async checkPasscode(passcode: string | undefined): Promise<void> {
    if (this.passcodeHash === null) return;
    if (!passcode) throw new JoinRefused(JoinRefusal.passcode, "this seminar needs a passcode");
    if (!(await passcodeMatches(passcode, this.passcodeHash)))
      throw new JoinRefused(JoinRefusal.passcode, "that passcode is not right");
  }

  /**
   * A read-only watcher (the projector view): it gets the history and every event like anyone,
   * but takes no seat, records nothing and may send nothing. It may read what the log's readers
   * may: with the passcode, or with a seat key of this session (a projector opened from a seat).
   */
  private async watch(conn: C, options: object): Promise<void> {
    const parsed = WatchOptionsSchema.safeParse(options);
    if (!parsed.success) throw new JoinRefused(JoinRefusal.invalidOptions, describeIssues(parsed.error));
    if (parsed.data.seatKey !== undefined) await this.existingSeat(parsed.data.seatKey);
    else await this.checkPasscode(parsed.data.passcode);
    await this.serially(async () => {
      this.watchers.add(conn.sessionId);
      this.deps.transport.send(conn, ServerMessage.history, { events: this.log });
    });
  }

  /** A watcher's connection closed. */
  unwatch(conn: C): void {
    this.watchers.delete(conn.sessionId);
    this.limiter.forget(conn.sessionId);
  }

  /** Whether this connection only watches. */
  watches(conn: C): boolean {
    return this.watchers.has(conn.sessionId);
  }

  /** A first join: the participant id is this connection's session id; the key is new. */
  private async newSeat(sessionId: string): Promise<SeatMessage> {
    const seatKey = newSeatKey();
    // Durable before the client learns the key, so a key anyone holds always works after a crash.
    await this.deps.store.addSeat(this.deps.sessionId, sessionId, hashSeatKey(seatKey));
    return { participantId: sessionId, seatKey };
  }

  private async existingSeat(seatKey: string): Promise<SeatMessage> {
    const participantId = await this.deps.store.seatHolder(this.deps.sessionId, hashSeatKey(seatKey));
    // The message never repeats the key: refusals can end up in logs.
    if (participantId === null)
      throw new JoinRefused(JoinRefusal.seatKeyRefused, "that seat key does not belong to this session");
    if (own(this.projection.state.participants, participantId)?.removed)
      throw new JoinRefused(JoinRefusal.removed, "the facilitator removed you from this seminar");
    return { participantId, seatKey };
  }

  /** Refuses a newcomer whose address already holds its share of this seminar's seats (held ones too). */
  private checkParticipantsOf(address: string): void {
    const ledger = this.deps.addresses?.ledger;
    if (!ledger || ledger.limits.participants === 0) return;
    let seats = 0;
    for (const p of Object.values(this.projection.state.participants))
      if (p.present && this.addressOfParticipant.get(p.id) === address) seats++;
    if (seats >= ledger.limits.participants)
      throw new JoinRefused(JoinRefusal.addressLimit, limitMessage("participants", ledger.limits));
  }

  /** Which refusal a join the rules refused is, so the client can recognise it. */
  private joinRefusalCode(pid: string): (typeof JoinRefusal)[keyof typeof JoinRefusal] {
    const s = this.projection.state;
    if (s.endedAt !== null) return JoinRefusal.ended;
    const me = own(s.participants, pid);
    if (me?.removed) return JoinRefusal.removed;
    if (s.locked && !me) return JoinRefusal.locked;
    return JoinRefusal.refused;
  }

  /**
   * The rate limit, checked for a frame's sender before the frame is decoded, so a flood costs
   * little. "drop" also for a connection that speaks for nobody (one replaced, being closed).
   */
  admit(conn: C): FrameAdmission {
    // A watcher's frames are refused (FORBIDDEN in `receive`), at the same bounded rate.
    if (this.watchers.has(conn.sessionId)) return this.limiter.admit(conn.sessionId, this.deps.now());
    const pid = this.seats.participantOf(conn);
    if (pid === undefined) return "drop";
    const now = this.deps.now();
    const personal = this.limiter.admit(pid, now);
    const addresses = this.deps.addresses;
    // The address's budget is spent only by messages their sender's own budget let through.
    if (personal !== "allow" || !addresses) return personal;
    const shared = addresses.ledger.admitMessage(addresses.of(conn), now);
    return shared === "refuse" ? "refuseAddress" : shared;
  }

  /**
   * One decoded message from a connection: queued on the serial chain, validated, decided,
   * committed; a refusal goes back to the sender alone, echoing the message's `cid`.
   */
  receive(conn: C, type: unknown, payload: unknown): Promise<void> {
    return this.serially(async () => {
      const commandName = typeof type === "string" ? type.slice(0, 40) : "?";
      const pid = this.seats.participantOf(conn);
      if (pid === undefined && this.watchers.has(conn.sessionId))
        return this.refuse(conn, commandName, WATCHER_SENDS_NOTHING, cidOf(payload));
      if (pid === undefined) return;
      const parsed = parseCommand(type, payload);
      if (!parsed.ok) return this.refuse(conn, commandName, parsed.rejection, parsed.cid);
      const decision = await this.commit(pid, parsed.command);
      if (!decision.ok) return this.refuse(conn, commandName, decision.rejection, parsed.cid);
      if (parsed.cid !== undefined)
        this.deps.transport.send(conn, ServerMessage.accepted, {
          command: parsed.command.type,
          cid: parsed.cid,
          seq: decision.events.at(-1)?.seq ?? null,
        });
      if (parsed.command.type === "claimRole") this.sendBriefIfHolder(conn, pid);
      // A role given by the facilitator: its brief goes to the new holder, wherever they are connected.
      for (const e of decision.events) {
        const holder = e.type === "roleAssigned" ? this.seats.current(e.data.to) : undefined;
        if (holder && e.type === "roleAssigned") this.sendBriefIfHolder(holder, e.data.to);
      }
    });
  }

  /** Refusals the adapter makes before a message reaches the chain: over the rate limit, unreadable. */
  refuseUnread(
    conn: C,
    command: string,
    reason: "rateLimited" | "addressLimited" | { malformed: string },
    payload?: unknown,
  ): void {
    if (reason === "rateLimited") return this.refuse(conn, command, RATE_LIMITED, cidOf(payload));
    const ledger = this.deps.addresses?.ledger;
    if (reason === "addressLimited" && ledger)
      return this.refuse(
        conn,
        command,
        { code: "RATE_LIMITED", message: limitMessage("messagesPerSecond", ledger.limits) },
        cidOf(payload),
      );
    if (reason === "addressLimited") return;
    this.refuse(conn, command, { code: "INVALID", message: reason.malformed });
  }

  private refuse(conn: C, command: string, rejection: Rejection, cid?: string): void {
    this.deps.transport.send(
      conn,
      ServerMessage.rejected,
      cid === undefined ? { command, ...rejection } : { command, ...rejection, cid },
    );
  }

  /** The brief goes by direct message to its holder's connection, never into state or events. */
  private sendBriefIfHolder(conn: C, pid: string): void {
    const roleId = own(this.projection.state.participants, pid)?.roleId;
    const brief = roleId ? roleBrief(this.deps.scenario, roleId) : null;
    if (brief) this.deps.transport.sendPrivately(conn, ServerMessage.brief, brief);
  }

  /** The server is stopping, not the participant leaving: their place is kept for the restore. */
  suspend(conn: C): Promise<void> {
    const pid = this.seats.participantOf(conn);
    if (pid === undefined) return Promise.resolve();
    return this.serially(async () => {
      if (this.seats.isCurrent(pid, conn)) await this.commit(pid, { type: "disconnect" });
    });
  }

  /** The connection left for good (consented, or no reconnection is allowed). */
  leave(conn: C): Promise<void> {
    const pid = this.seats.participantOf(conn);
    // Not (or no longer) anyone's connection, e.g. one replaced by a seat-key rejoin: nobody leaves.
    if (pid === undefined) return Promise.resolve();
    return this.leaveFor(conn, pid);
  }

  private leaveFor(conn: C, pid: string): Promise<void> {
    return this.serially(async () => {
      if (!this.seats.isCurrent(pid, conn)) return;
      this.seats.release(conn, pid);
      this.limiter.forget(pid);
      await this.commit(pid, { type: "leave" });
    });
  }

  /**
   * The connection dropped and its seat is held while `held` is pending: the drop is recorded at
   * once; if the connection comes back it gets the whole log again (events broadcast meanwhile
   * never reached it); if not, the participant leaves, unless `stayOnGiveUp()` says the server
   * is stopping (then they stay disconnected, to come back after the restore).
   */
  async drop(conn: C, held: HeldSeat<C>, stayOnGiveUp: () => boolean): Promise<void> {
    const pid = this.seats.participantOf(conn);
    if (pid === undefined) return;
    this.seats.hold(pid, held);
    // The window may close before the drop is recorded; that answer is read below, not lost.
    held.back.catch(() => undefined);
    await this.serially(async () => {
      if (this.seats.isCurrent(pid, conn)) await this.commit(pid, { type: "disconnect" });
    });
    let back: C;
    try {
      back = await held.back;
    } catch {
      // The window ran out, or a seat-key rejoin took the seat (then the connection is no longer
      // current and leaving does nothing), or the server is stopping.
      this.seats.settle(pid, held);
      if (!stayOnGiveUp()) await this.leaveFor(conn, pid);
      return;
    }
    this.seats.settle(pid, held);
    if (!this.seats.isCurrent(pid, conn)) return;
    this.seats.reattach(pid, back);
    await this.serially(async () => {
      if (this.seats.current(pid) !== back) return;
      this.deps.transport.send(back, ServerMessage.history, { events: this.log });
      await this.commit(pid, { type: "reconnect" });
      this.sendBriefIfHolder(back, pid);
    });
  }

  /** Stops the timer and lets every queued task finish; marks the session ended if `ended`. */
  async dispose(ended: boolean): Promise<void> {
    this.expiry?.clear();
    await this.chain;
    if (ended) await this.deps.store.markEnded(this.deps.sessionId, this.deps.now());
  }

  /** Decides, stores, then applies and broadcasts. Nothing is shown before it is durable. */
  private async commit(actor: string, command: Command): Promise<Decision> {
    const { store, sessionId, scenario } = this.deps;
    const decision = decide(this.projection.state, command, { actor, now: this.deps.now(), scenario });
    if (!decision.ok || decision.events.length === 0) return decision;
    try {
      await store.append(sessionId, decision.events);
    } catch (err) {
      console.error(`[seminar ${sessionId}] could not store events:`, err);
      return { ok: false, rejection: NOT_STORED };
    }
    for (const e of decision.events) await this.storeConsequences(e);
    for (const e of decision.events) {
      this.record(e);
      this.deps.transport.broadcast(ServerMessage.event, e);
      this.afterBroadcast(e);
    }
    this.scheduleExpiry();
    return decision;
  }

  /**
   * What an event changes in the store besides the log, done before anyone is told: a hidden
   * post's text leaves the stored log (and the history new joiners get); an ended session is
   * marked ended, so it is listed as such and never restored.
   */
  private async storeConsequences(e: SeminarEvent): Promise<void> {
    const { store, sessionId } = this.deps;
    try {
      if (e.type === "postHidden") {
        const i = this.log.findIndex((x) => x.type === "posted" && x.data.postId === e.data.postId);
        const posted = this.log[i];
        if (posted?.type === "posted") {
          const withheld = withheldPost(posted);
          this.log[i] = withheld;
          await store.replaceEvent(sessionId, withheld);
        }
      }
      if (e.type === "sessionEnded") await store.markEnded(sessionId, e.at);
    } catch (err) {
      console.error(`[seminar ${sessionId}] could not store what ${e.type} changes:`, err);
    }
  }

  /** A removed participant loses their seat; their connection is closed with its own code. */
  private afterBroadcast(e: SeminarEvent): void {
    if (e.type !== "participantRemoved") return;
    const pid = e.data.participantId;
    this.limiter.forget(pid);
    const conn = this.seats.evict(pid);
    if (conn) this.deps.transport.close(conn, CloseCode.removed, "the facilitator removed you from this seminar");
  }

  private record(e: SeminarEvent): void {
    this.projection.push(e);
    this.log.push(e);
  }

  /** One timer for the current turn; the engine decides whether it has really run out. */
  private scheduleExpiry(): void {
    this.expiry?.clear();
    this.expiry = undefined;
    const floor = this.projection.state.floor;
    if (!floor) return;
    const delay = Math.max(0, floor.endsAt - this.deps.now());
    this.expiry = this.deps.timers.setTimeout(() => {
      void this.serially(async () => {
        await this.commit(SYSTEM, { type: "expireFloor" });
        // The clock may fire a hair early; then the turn is still on and needs a new timer.
        this.scheduleExpiry();
      });
    }, delay);
  }

  /** Runs `task` after every task queued before it; a failing task never blocks the ones after. */
  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task);
    // A refused join is answered to that client: not a fault worth a log line.
    this.chain = run.catch(
      (err) => err instanceof JoinRefused || console.error(`[seminar ${this.deps.sessionId}]`, err),
    );
    return run;
  }
}
