/**
 * The `seminar` room: the only authority over a session. Every change goes the same way:
 * validate → decide → append to the store → apply → broadcast. Commands run one at a time
 * through a serial chain, so the log order is the order everyone sees.
 *
 * Connections are not participants. A participant's id is the session id of their first
 * connection; later connections (a reload, a reconnect after a crash) prove who they are with
 * the seat key they got in their `seat` message, and everything the room does on a message or
 * a drop is done for the participant the connection belongs to (`participantOf`).
 */
import { ClientState, Room, ServerError, type Client, type Deferred, type Delayed } from "colyseus";
import { decide, type Command } from "../../shared/engine/decide.js";
import { Projection } from "../../shared/engine/apply.js";
import { SYSTEM, type SeminarEvent } from "../../shared/events.js";
import { CreateOptionsSchema, JoinOptionsSchema, cidOf, describeIssues, parseCommand } from "../../shared/protocol.js";
import { CloseCode, JoinRefusal, ServerMessage, type Rejection, type SeatMessage } from "../../shared/wire.js";
import { publicScenario, roleBrief, type Scenario } from "../../shared/scenario.js";
import { DEFAULT_SCENARIO_ID } from "../../shared/scenarios/index.js";
import { createSchema, projectOntoSchema } from "../schema/project-onto-schema.js";
import type { SeminarSchema } from "../schema/seminar-schema.js";
import type { SessionOwnership } from "../cluster/session-ownership.js";
import type { SessionStore } from "../store/session-store.js";
import { decodeFrame, isControlFrame } from "./inbound-frame.js";
import { RateLimiter, type RateLimit } from "./rate-limiter.js";
import { broadcastTo, sendPrivately, sendTo } from "./room-wire.js";
import { hashSeatKey, newSeatKey } from "./seat-keys.js";
import { own } from "../../shared/null-record.js";
import { withheldPost } from "../../shared/hidden-posts.js";
import { limitMessage, type AddressLedger } from "../address-limits.js";
import { addressOf } from "./client-address.js";
import { hashPasscode, passcodeMatches } from "./passcodes.js";

/** What a room needs from the server that hosts it; bound per server by `bindSeminarRoom`. */
export interface SeminarRoomDeps {
  store: SessionStore;
  scenario(id: string): Scenario | undefined;
  reconnectSeconds: number;
  rateLimit: RateLimit;
  maxClients: number;
  /** True while the whole server is stopping: sessions then stay live, to be restored. */
  shuttingDown(): boolean;
  now(): number;
  pendingRestores: Set<string>;
  /** Per-address limits, shared by every room of the server. */
  addresses: AddressLedger;
  /** Only a session's owner writes its log: a new room claims its session, a closed one releases it. */
  ownership: Pick<SessionOwnership, "claim" | "release">;
}

/**
 * The server brings a live session back after a restart by creating a room with
 * `{ restoreSessionId }` after putting the id in `pendingRestores`. A client sending the same
 * option finds no pending id and is refused like any other bad option.
 */
export interface RestoreOptions {
  restoreSessionId: string;
}

const RATE_LIMITED: Rejection = { code: "RATE_LIMITED", message: "too many messages; slow down" };

/** A pending `allowReconnection`; rejecting it gives the seat up early (a seat-key rejoin). */
type HeldSeat = Deferred<Client>;

export class SeminarRoom extends Room<SeminarSchema> {
  protected deps!: SeminarRoomDeps;
  private projection = new Projection();
  private log: SeminarEvent[] = [];
  private scenario!: Scenario;
  private chain: Promise<unknown> = Promise.resolve();
  private limiter!: RateLimiter;
  private expiry?: Delayed;
  /** A fresh room waits for its creator, whose seat is the first one reserved (see `_reserveSeat`). */
  private awaitingCreator = false;
  /** The session id of the creator's reserved seat: their connection, however late it comes. */
  private creatorSessionId: string | null = null;
  private passcodeHash: string | null = null;
  /** Participant id → the network address they joined from (per-address participant limit). */
  private addressOfParticipant = new Map<string, string>();
  /** Connection session id → participant id, for every connection that speaks for someone. */
  private participantOf = new Map<string, string>();
  /** Participant id → their one current connection (live, or held for reconnection). */
  private connections = new Map<string, Client>();
  /** Participant id → their dropped connection's pending reconnection. */
  private held = new Map<string, HeldSeat>();

  override async onCreate(options: unknown): Promise<void> {
    this.maxClients = this.deps.maxClients;
    this.limiter = new RateLimiter(this.deps.rateLimit);
    const restoreId = (options as Partial<RestoreOptions> | undefined)?.restoreSessionId;
    if (typeof restoreId === "string" && this.deps.pendingRestores.delete(restoreId)) {
      await this.restore(restoreId);
    } else {
      // Nobody can join before the creator's seat is reserved (joinById refuses locked rooms):
      // otherwise a stranger who saw the new id could take the facilitator's place.
      await this.lock();
      const parsed = CreateOptionsSchema.safeParse(options);
      if (!parsed.success) throw new ServerError(JoinRefusal.invalidOptions, describeIssues(parsed.error));
      const scenarioId = parsed.data.scenarioId ?? DEFAULT_SCENARIO_ID;
      const scenario = this.deps.scenario(scenarioId);
      if (!scenario) throw new ServerError(JoinRefusal.unknownScenario, `unknown scenario '${scenarioId}'`);
      this.scenario = scenario;
      this.setState(createSchema(this.roomId, publicScenario(scenario)));
      const { title, listed, passcode } = parsed.data;
      this.passcodeHash = passcode === undefined ? null : await hashPasscode(passcode);
      // Claimed before the session exists in the store, so no other process's sweep can take it.
      if (!(await this.deps.ownership.claim(this.roomId))) throw new Error(`session '${this.roomId}' is taken`);
      try {
        await this.deps.store.createSession({
          id: this.roomId,
          scenarioId,
          createdAt: this.deps.now(),
          settings: { title: title ?? null, listed: listed ?? false, passcodeHash: this.passcodeHash },
        });
      } catch (err) {
        await this.deps.ownership.release(this.roomId);
        throw err;
      }
      await this.commit(SYSTEM, { type: "start", title: parsed.data.title, roleClaiming: parsed.data.roleClaiming });
      this.awaitingCreator = true;
    }
    void this.setMetadata({ scenarioId: this.scenario.id });
    // No onMessage handlers: `_onMessage` below takes every frame itself (see there why).
  }

  private async restore(sessionId: string): Promise<void> {
    const meta = await this.deps.store.session(sessionId);
    const scenario = meta && this.deps.scenario(meta.scenarioId);
    if (!meta || !scenario) throw new Error(`cannot restore session '${sessionId}'`);
    this.roomId = sessionId;
    this.scenario = scenario;
    this.passcodeHash = await this.deps.store.passcodeHash(sessionId);
    this.setState(createSchema(sessionId, publicScenario(scenario)));
    for (const e of await this.deps.store.events(sessionId)) this.record(e);
    // Nobody is connected to a room that was just restored; the participants come back by rejoining.
    for (const p of Object.values(this.projection.state.participants)) {
      if (p.present && p.connected) await this.commit(p.id, { type: "disconnect" });
    }
    await this.commit(SYSTEM, { type: "expireFloor" });
    // A turn still running needs its timer even if nothing above produced an event.
    this.scheduleExpiry();
    // An empty room would dispose at once; hold it open for the reconnection window first. Whoever
    // has not come back (with their seat key) by then has left, as after any dropped connection.
    this.autoDispose = false;
    this.clock.setTimeout(() => {
      void this.serially(async () => {
        for (const p of Object.values(this.projection.state.participants)) {
          if (p.present && !p.connected && !this.connections.has(p.id)) await this.commit(p.id, { type: "leave" });
        }
      }).finally(() => (this.autoDispose = true));
    }, this.deps.reconnectSeconds * 1000);
  }

  /** The first seat reserved in a fresh room is the creator's; then the room opens to others. */
  protected override async _reserveSeat(
    sessionId: string,
    joinOptions?: unknown,
    authData?: unknown,
    seconds?: number,
    allowReconnection?: boolean,
    devModeReconnection?: boolean,
  ): Promise<boolean> {
    const creator = this.awaitingCreator && this.creatorSessionId === null && !allowReconnection;
    if (creator) this.creatorSessionId = sessionId;
    const ok = await super._reserveSeat(
      sessionId,
      joinOptions,
      authData,
      seconds,
      allowReconnection,
      devModeReconnection,
    );
    if (creator) await this.unlock();
    return ok;
  }

  override async onJoin(client: Client, options: unknown): Promise<void> {
    const creator = this.awaitingCreator && client.sessionId === this.creatorSessionId;
    const parsed = (creator ? CreateOptionsSchema : JoinOptionsSchema).safeParse(options);
    if (!parsed.success) {
      // A stored key that no longer fits is as useless as a foreign one: the client forgets it.
      const onlySeatKey = parsed.error.issues.every((i) => i.path[0] === "seatKey");
      throw new ServerError(
        onlySeatKey ? JoinRefusal.seatKeyRefused : JoinRefusal.invalidOptions,
        describeIssues(parsed.error),
      );
    }
    if (creator) this.awaitingCreator = false;
    const seatKey = "seatKey" in parsed.data ? parsed.data.seatKey : undefined;
    const passcode = "passcode" in parsed.data && !creator ? parsed.data.passcode : undefined;
    // A seat key proves the seat; a newcomer proves they were given the passcode.
    if (!creator && seatKey === undefined && this.passcodeHash !== null) {
      if (passcode === undefined || passcode === "")
        throw new ServerError(JoinRefusal.passcode, "this seminar needs a passcode");
      if (!(await passcodeMatches(passcode, this.passcodeHash)))
        throw new ServerError(JoinRefusal.passcode, "that passcode is not right");
    }
    const address = addressOf(client);
    await this.serially(async () => {
      if (seatKey === undefined) this.checkParticipantsOf(address);
      const seat = seatKey === undefined ? await this.newSeat(client.sessionId) : await this.existingSeat(seatKey);
      const pid = seat.participantId;
      if (seatKey === undefined) this.addressOfParticipant.set(pid, address);
      const returning = own(this.projection.state.participants, pid)?.present === true;
      this.takeSeat(client, pid);
      // Seat, then history, then the join is broadcast to everyone including the newcomer: inside
      // the serial chain nothing can slip in between, so the newcomer sees every event exactly once.
      sendPrivately(client, ServerMessage.seat, seat);
      sendTo(client, ServerMessage.history, { events: this.log });
      const decision = await this.commit(
        pid,
        returning ? { type: "reconnect" } : { type: "join", name: parsed.data.name, facilitator: creator },
      );
      if (!decision.ok) {
        this.releaseSeat(client, pid);
        throw new ServerError(this.joinRefusalCode(pid), decision.rejection.message);
      }
      this.sendBriefIfHolder(client, pid);
    });
  }

  /** A first join: the participant id is this connection's session id; the key is new. */
  private async newSeat(sessionId: string): Promise<SeatMessage> {
    const seatKey = newSeatKey();
    // Durable before the client learns the key, so a key anyone holds always works after a crash.
    await this.deps.store.addSeat(this.roomId, sessionId, hashSeatKey(seatKey));
    return { participantId: sessionId, seatKey };
  }

  private async existingSeat(seatKey: string): Promise<SeatMessage> {
    const participantId = await this.deps.store.seatHolder(this.roomId, hashSeatKey(seatKey));
    // The message never repeats the key: refusals can end up in logs.
    if (participantId === null)
      throw new ServerError(JoinRefusal.seatKeyRefused, "that seat key does not belong to this session");
    if (own(this.projection.state.participants, participantId)?.removed)
      throw new ServerError(JoinRefusal.removed, "the facilitator removed you from this seminar");
    return { participantId, seatKey };
  }

  /** Refuses a newcomer whose address already has its share of this seminar's seats. */
  private checkParticipantsOf(address: string): void {
    const limit = this.deps.addresses.limits.participants;
    if (limit === 0) return;
    let seats = 0;
    for (const p of Object.values(this.projection.state.participants))
      if (p.present && this.addressOfParticipant.get(p.id) === address) seats++;
    if (seats >= limit)
      throw new ServerError(JoinRefusal.addressLimit, limitMessage("participants", this.deps.addresses.limits));
  }

  /** Which refusal a join the rules refused is, for the client to recognise. */
  private joinRefusalCode(pid: string): number {
    const s = this.projection.state;
    if (s.endedAt !== null) return JoinRefusal.ended;
    const me = own(s.participants, pid);
    if (me?.removed) return JoinRefusal.removed;
    if (s.locked && !me) return JoinRefusal.locked;
    return JoinRefusal.refused;
  }

  /** Makes `client` the participant's one connection, dropping any older one still open or held. */
  private takeSeat(client: Client, pid: string): void {
    const old = this.connections.get(pid);
    this.connections.set(pid, client);
    this.participantOf.set(client.sessionId, pid);
    const held = this.held.get(pid);
    this.held.delete(pid);
    held?.reject?.(new Error("seat taken by a newer connection"));
    if (old && old.sessionId !== client.sessionId) {
      this.participantOf.delete(old.sessionId);
      old.leave(CloseCode.seatTaken, "this seat was taken by a newer connection");
    }
  }

  private releaseSeat(client: Client, pid: string): void {
    if (this.connections.get(pid)?.sessionId === client.sessionId) this.connections.delete(pid);
    this.participantOf.delete(client.sessionId);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    const pid = this.participantOf.get(client.sessionId);
    // Not (or no longer) anyone's connection, e.g. one replaced by a seat-key rejoin: nobody leaves.
    if (pid === undefined) return;
    const stillCurrent = () => this.connections.get(pid)?.sessionId === client.sessionId;
    const leave = () =>
      this.serially(async () => {
        if (!stillCurrent()) return;
        this.releaseSeat(client, pid);
        this.limiter.forget(pid);
        await this.commit(pid, { type: "leave" });
      });

    if (this.deps.shuttingDown()) {
      // The server is stopping, not the participant leaving: keep their place for the restore.
      await this.serially(async () => {
        if (stillCurrent()) await this.commit(pid, { type: "disconnect" });
      });
      return;
    }
    if (consented || this.deps.reconnectSeconds <= 0) {
      await leave();
      return;
    }
    // Reserve the seat first (allowReconnection must run inside onLeave), then record the drop.
    const reconnection = this.allowReconnection(client, this.deps.reconnectSeconds);
    this.held.set(pid, reconnection);
    await this.serially(async () => {
      if (stillCurrent()) await this.commit(pid, { type: "disconnect" });
    });
    let back: Client;
    try {
      back = await reconnection;
    } catch {
      // The window ran out, or a seat-key rejoin took the seat (then stillCurrent() is false), or
      // the server is stopping (then they stay disconnected, to come back after the restore).
      if (this.held.get(pid) === reconnection) this.held.delete(pid);
      if (!this.deps.shuttingDown()) await leave();
      return;
    }
    if (this.held.get(pid) === reconnection) this.held.delete(pid);
    if (!stillCurrent()) return;
    this.connections.set(pid, back);
    await this.serially(async () => {
      if (this.connections.get(pid) !== back) return;
      // Events broadcast while the connection was down never reached it: resend the whole log.
      sendTo(back, ServerMessage.history, { events: this.log });
      await this.commit(pid, { type: "reconnect" });
      this.sendBriefIfHolder(back, pid);
    });
  }

  override async onDispose(): Promise<void> {
    this.expiry?.clear();
    await this.chain;
    try {
      if (!this.deps.shuttingDown()) await this.deps.store.markEnded(this.roomId, this.deps.now());
    } finally {
      await this.deps.ownership.release(this.roomId);
    }
  }

  /** The engine state as it is now (read-only), for tests and diagnostics. */
  get seminarState() {
    return this.projection.state;
  }

  /**
   * Every frame a client sends lands here (Colyseus binds this per connection at join).
   *
   * Overridden because core's version breaks our contract in three ways: a body that is not
   * msgpack disconnects the sender (4002), a garbled type header throws out of the socket's
   * listener, and the registered type "__no_message_handler" disconnects the sender too. Here the
   * rate limit is checked first (before any decoding, so a flood costs little), then the frame
   * is decoded without throwing, and anything unusable is answered with `rejected`. Join
   * acknowledgements and consented leaves still go to core.
   */
  protected override _onMessage(client: Client, buffer: Buffer): void {
    if (client.state === ClientState.LEAVING) return;
    if (isControlFrame(buffer)) return super._onMessage(client as Parameters<Room["_onMessage"]>[0], buffer);
    const pid = this.participantOf.get(client.sessionId);
    if (pid === undefined) return; // a connection that was replaced; it is being closed
    const now = this.deps.now();
    const personal = this.limiter.admit(pid, now);
    // The address's budget is spent only by messages its participant's own budget let through.
    const shared = personal === "allow" ? this.deps.addresses.admitMessage(addressOf(client), now) : "allow";
    const admission = personal !== "allow" ? personal : shared;
    if (admission === "drop") return;
    const frame = decodeFrame(buffer);
    // An unreadable frame has no command to name: "?" (protocol: RejectedMessage.command).
    const name = frame.kind === "message" && typeof frame.type === "string" ? frame.type.slice(0, 40) : "?";
    const cid = frame.kind === "message" ? cidOf(frame.payload) : undefined;
    if (admission === "refuse")
      return this.refuse(
        client,
        name,
        personal === "refuse"
          ? RATE_LIMITED
          : { code: "RATE_LIMITED", message: limitMessage("messagesPerSecond", this.deps.addresses.limits) },
        cid,
      );
    if (frame.kind === "malformed") return this.refuse(client, name, { code: "INVALID", message: frame.reason });
    if (frame.kind !== "message") return;
    void this.serially(() => this.handleMessage(client, frame.type, frame.payload));
  }

  private async handleMessage(client: Client, type: unknown, payload: unknown): Promise<void> {
    const commandName = typeof type === "string" ? type.slice(0, 40) : "?";
    const pid = this.participantOf.get(client.sessionId);
    if (pid === undefined) return;
    const parsed = parseCommand(type, payload);
    if (!parsed.ok) return this.refuse(client, commandName, parsed.rejection, parsed.cid);
    const decision = await this.commit(pid, parsed.command);
    if (!decision.ok) return this.refuse(client, commandName, decision.rejection, parsed.cid);
    if (parsed.command.type === "claimRole") this.sendBriefIfHolder(client, pid);
    for (const e of decision.events) {
      const to = e.type === "roleAssigned" ? this.connections.get(e.data.to) : undefined;
      if (to && e.type === "roleAssigned") this.sendBriefIfHolder(to, e.data.to);
    }
  }

  private refuse(client: Client, command: string, rejection: Rejection, cid?: string): void {
    sendTo(
      client,
      ServerMessage.rejected,
      cid === undefined ? { command, ...rejection } : { command, ...rejection, cid },
    );
  }

  /** The brief goes by direct message to its holder's connection, never into state or events. */
  private sendBriefIfHolder(client: Client, pid: string): void {
    const roleId = own(this.projection.state.participants, pid)?.roleId;
    const brief = roleId ? roleBrief(this.scenario, roleId) : null;
    if (brief) sendPrivately(client, ServerMessage.brief, brief);
  }

  /** Decides, stores, then applies and broadcasts. Nothing is shown before it is durable. */
  private async commit(actor: string, command: Command) {
    const decision = decide(this.projection.state, command, { actor, now: this.deps.now(), scenario: this.scenario });
    if (!decision.ok || decision.events.length === 0) return decision;
    try {
      await this.deps.store.append(this.roomId, decision.events);
    } catch (err) {
      console.error(`[seminar ${this.roomId}] could not store events:`, err);
      return {
        ok: false as const,
        rejection: { code: "CONFLICT" as const, message: "the server could not record this; try again" },
      };
    }
    for (const e of decision.events) await this.storeConsequences(e);
    for (const e of decision.events) {
      this.record(e);
      broadcastTo(this, ServerMessage.event, e);
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
    try {
      if (e.type === "postHidden") {
        const i = this.log.findIndex((x) => x.type === "posted" && x.data.postId === e.data.postId);
        const posted = this.log[i];
        if (posted?.type === "posted") {
          const withheld = withheldPost(posted);
          this.log[i] = withheld;
          await this.deps.store.replaceEvent(this.roomId, withheld);
        }
      }
      if (e.type === "sessionEnded") await this.deps.store.markEnded(this.roomId, e.at);
    } catch (err) {
      console.error(`[seminar ${this.roomId}] could not store what ${e.type} changes:`, err);
    }
  }

  /** A removed participant's connection is closed with its own code; their seat is gone. */
  private afterBroadcast(e: SeminarEvent): void {
    if (e.type !== "participantRemoved") return;
    const pid = e.data.participantId;
    const conn = this.connections.get(pid);
    this.connections.delete(pid);
    if (conn) this.participantOf.delete(conn.sessionId);
    const held = this.held.get(pid);
    this.held.delete(pid);
    held?.reject?.(new Error("removed by the facilitator"));
    this.limiter.forget(pid);
    conn?.leave(CloseCode.removed, "the facilitator removed you from this seminar");
  }

  private record(e: SeminarEvent): void {
    this.projection.push(e);
    this.log.push(e);
    projectOntoSchema(this.state, this.projection.state);
  }

  /** One timer for the current turn; the engine decides whether it has really run out. */
  private scheduleExpiry(): void {
    this.expiry?.clear();
    this.expiry = undefined;
    const floor = this.projection.state.floor;
    if (!floor) return;
    const delay = Math.max(0, floor.endsAt - this.deps.now());
    this.expiry = this.clock.setTimeout(() => {
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
    // A ServerError is a refused join, answered to that client: not a fault worth a log line.
    this.chain = run.catch((err) => err instanceof ServerError || console.error(`[seminar ${this.roomId}]`, err));
    return run;
  }
}

/** A room class bound to one server's dependencies (Colyseus instantiates rooms itself). */
export function bindSeminarRoom(deps: SeminarRoomDeps): typeof SeminarRoom {
  return class BoundSeminarRoom extends SeminarRoom {
    protected override deps = deps;
  };
}
