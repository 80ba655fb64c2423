/**
 * The `seminar` room: a thin Colyseus adapter over the session master (server/session/), which
 * is the authority over the session. The room turns Colyseus's lifecycle (create, join, leave,
 * dispose) and each connection's frames into calls on the master, and gives the master its
 * transport (send, broadcast, close) and its clock. Whatever Colyseus internals it needs are in
 * colyseus-internals.ts. The room keeps no schema state: clients fold the events.
 */
import { ServerError, type Client } from "colyseus";
import { CreateOptionsSchema, describeIssues } from "../../shared/protocol.js";
import type { Scenario } from "../../shared/scenario.js";
import { DEFAULT_SCENARIO_ID } from "../../shared/scenarios/index.js";
import { JoinRefusal } from "../../shared/wire.js";
import { JoinRefused } from "../session/join-refused.js";
import type { RateLimit } from "../session/rate-limiter.js";
import { SessionMaster, type SessionTransport } from "../session/session-master.js";
import type { SessionOwnership } from "../cluster/session-ownership.js";
import type { SessionStore } from "../store/session-store.js";
import { FrameReadingRoom, holdSeat, sendPrivately } from "./colyseus-internals.js";
import { decodeFrame } from "./inbound-frame.js";
import type { AddressLedger } from "../address-limits.js";
import { hashPasscode } from "../session/passcodes.js";
import { addressOf } from "./client-address.js";

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
  /** Only a session's owner writes its log: a new room claims its session, a closed one releases it. */
  ownership: Pick<SessionOwnership, "claim" | "release">;
  /** Per-address limits, shared by every room of the server. */
  addresses: AddressLedger;
}

/**
 * The server brings a live session back after a restart by creating a room with
 * `{ restoreSessionId }` after putting the id in `pendingRestores`. A client sending the same
 * option finds no pending id and is refused like any other bad option.
 */
export interface RestoreOptions {
  restoreSessionId: string;
}

export class SeminarRoom extends FrameReadingRoom {
  protected deps!: SeminarRoomDeps;
  private master!: SessionMaster<Client>;
  /** A fresh room is closed to joins by id until its creator's seat is reserved (`_reserveSeat`). */
  private awaitingCreatorSeat = false;

  override async onCreate(options: unknown): Promise<void> {
    this.maxClients = this.deps.maxClients;
    const restoreId = (options as Partial<RestoreOptions> | undefined)?.restoreSessionId;
    if (typeof restoreId === "string" && this.deps.pendingRestores.delete(restoreId)) {
      await this.restore(restoreId);
    } else {
      // Nobody can join before the creator's seat is reserved (joinById refuses locked rooms):
      // otherwise a stranger who saw the new id could take the facilitator's place.
      await this.lock();
      this.awaitingCreatorSeat = true;
      const parsed = CreateOptionsSchema.safeParse(options);
      if (!parsed.success) throw new ServerError(JoinRefusal.invalidOptions, describeIssues(parsed.error));
      const scenarioId = parsed.data.scenarioId ?? DEFAULT_SCENARIO_ID;
      const scenario = this.deps.scenario(scenarioId);
      if (!scenario) throw new ServerError(JoinRefusal.unknownScenario, `unknown scenario '${scenarioId}'`);
      this.master = this.masterFor(scenario);
      // Claimed before the session exists in the store, so no other process's sweep can take it.
      if (!(await this.deps.ownership.claim(this.roomId))) throw new Error(`session '${this.roomId}' is taken`);
      try {
        const { title, listed, passcode, roleClaiming } = parsed.data;
        await this.master.start(
          { title, roleClaiming },
          {
            title: title ?? null,
            listed: listed ?? false,
            passcodeHash: passcode === undefined ? null : await hashPasscode(passcode),
          },
        );
      } catch (err) {
        await this.deps.ownership.release(this.roomId);
        throw err;
      }
    }
    void this.setMetadata({ scenarioId: this.master.state.scenarioId });
  }

  private async restore(sessionId: string): Promise<void> {
    const meta = await this.deps.store.session(sessionId);
    const scenario = meta && this.deps.scenario(meta.scenarioId);
    if (!meta || !scenario) throw new Error(`cannot restore session '${sessionId}'`);
    this.roomId = sessionId;
    this.master = this.masterFor(scenario);
    await this.master.restore();
    // An empty room would dispose at once; hold it open for the reconnection window first. Whoever
    // has not come back (with their seat key) by then has left, as after any dropped connection.
    this.autoDispose = false;
    this.clock.setTimeout(() => {
      void this.master.leaveAbsent().finally(() => (this.autoDispose = true));
    }, this.deps.reconnectSeconds * 1000);
  }

  private masterFor(scenario: Scenario): SessionMaster<Client> {
    const transport: SessionTransport<Client> = {
      broadcast: (name, message) => this.broadcast(name, message),
      send: (to, name, message) => to.send(name, message),
      sendPrivately,
      close: (conn, code, reason) => conn.leave(code, reason),
    };
    return new SessionMaster<Client>({
      sessionId: this.roomId,
      scenario,
      store: this.deps.store,
      transport,
      // The room's clock, so timers stop with the room.
      timers: { setTimeout: (fn, ms) => this.clock.setTimeout(fn, ms) },
      rateLimit: this.deps.rateLimit,
      now: () => this.deps.now(),
      addresses: { ledger: this.deps.addresses, of: addressOf },
    });
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
    const creator = this.awaitingCreatorSeat && !allowReconnection;
    if (creator) {
      this.awaitingCreatorSeat = false;
      this.master.expectCreator(sessionId);
    }
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
    try {
      await this.master.join(client, options);
    } catch (err) {
      if (err instanceof JoinRefused) throw new ServerError(err.code, err.message);
      throw err;
    }
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    if (this.master.watches(client)) return this.master.unwatch(client);
    if (this.master.seats.participantOf(client) === undefined) return;
    // The server is stopping, not the participant leaving: keep their place for the restore.
    if (this.deps.shuttingDown()) return this.master.suspend(client);
    if (consented || this.deps.reconnectSeconds <= 0) return this.master.leave(client);
    // The seat is reserved here, inside onLeave, as Colyseus requires; the master does the rest.
    const held = holdSeat(this, client, this.deps.reconnectSeconds);
    await this.master.drop(client, held, () => this.deps.shuttingDown());
  }

  override async onDispose(): Promise<void> {
    try {
      await this.master?.dispose(!this.deps.shuttingDown());
    } finally {
      await this.deps.ownership.release(this.roomId);
    }
  }

  /** The engine state as it is now (read-only), for tests and diagnostics. */
  get seminarState() {
    return this.master.state;
  }

  /**
   * A frame from a connection: the rate limit first (before any decoding, so a flood costs
   * little), then a decode that never throws; anything unusable is answered with `rejected`.
   */
  protected override onFrame(client: Client, buffer: Buffer): void {
    const admission = this.master.admit(client);
    if (admission === "drop") return;
    const frame = decodeFrame(buffer);
    // An unreadable frame has no command to name: "?" (protocol: RejectedMessage.command).
    const name = frame.kind === "message" && typeof frame.type === "string" ? frame.type.slice(0, 40) : "?";
    const payload = frame.kind === "message" ? frame.payload : undefined;
    if (admission === "refuse") return this.master.refuseUnread(client, name, "rateLimited", payload);
    if (admission === "refuseAddress") return this.master.refuseUnread(client, name, "addressLimited", payload);
    if (frame.kind === "malformed") return this.master.refuseUnread(client, name, { malformed: frame.reason });
    if (frame.kind !== "message") return;
    void this.master.receive(client, frame.type, frame.payload);
  }
}

/** A room class bound to one server's dependencies (Colyseus instantiates rooms itself). */
export function bindSeminarRoom(deps: SeminarRoomDeps): typeof SeminarRoom {
  return class BoundSeminarRoom extends SeminarRoom {
    protected override deps = deps;
  };
}
