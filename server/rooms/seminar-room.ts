/**
 * The `seminar` room: the only authority over a session. Every change goes the same way:
 * validate → decide → append to the store → apply → broadcast. Commands run one at a time
 * through a serial chain, so the log order is the order everyone sees.
 */
import { Room, ServerError, type Client, type Delayed } from "colyseus";
import { decide, type Command } from "../../shared/engine/decide.js";
import { Projection } from "../../shared/engine/apply.js";
import { SYSTEM, type SeminarEvent } from "../../shared/events.js";
import {
  CreateOptionsSchema,
  JoinOptionsSchema,
  ServerMessage,
  describeIssues,
  parseCommand,
  type HistoryMessage,
  type Rejection,
  type RejectedMessage,
} from "../../shared/protocol.js";
import { publicScenario, roleBrief, type Scenario } from "../../shared/scenario.js";
import { DEFAULT_SCENARIO_ID } from "../../shared/scenarios/index.js";
import { createSchema, projectOntoSchema } from "../schema/project-onto-schema.js";
import type { SeminarSchema } from "../schema/seminar-schema.js";
import type { SessionStore } from "../store/session-store.js";
import { RateLimiter, type RateLimit } from "./rate-limiter.js";

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
}

/**
 * The server brings a live session back after a restart by creating a room with
 * `{ restoreSessionId }` after putting the id in `pendingRestores`. A client sending the same
 * option finds no pending id and is refused like any other bad option.
 */
export interface RestoreOptions {
  restoreSessionId: string;
}

const HTTP_BAD_REQUEST = 400;
const HTTP_NOT_FOUND = 404;

export class SeminarRoom extends Room<SeminarSchema> {
  protected deps!: SeminarRoomDeps;
  private projection = new Projection();
  private log: SeminarEvent[] = [];
  private scenario!: Scenario;
  private chain: Promise<unknown> = Promise.resolve();
  private limiter!: RateLimiter;
  private expiry?: Delayed;
  /** A fresh room's first joiner is its creator, and so its facilitator. */
  private awaitingCreator = false;

  override async onCreate(options: unknown): Promise<void> {
    this.maxClients = this.deps.maxClients;
    this.limiter = new RateLimiter(this.deps.rateLimit);
    const restoreId = (options as Partial<RestoreOptions> | undefined)?.restoreSessionId;
    if (typeof restoreId === "string" && this.deps.pendingRestores.delete(restoreId)) {
      await this.restore(restoreId);
    } else {
      const parsed = CreateOptionsSchema.safeParse(options);
      if (!parsed.success) throw new ServerError(HTTP_BAD_REQUEST, describeIssues(parsed.error));
      const scenarioId = parsed.data.scenarioId ?? DEFAULT_SCENARIO_ID;
      const scenario = this.deps.scenario(scenarioId);
      if (!scenario) throw new ServerError(HTTP_NOT_FOUND, `unknown scenario '${scenarioId}'`);
      this.scenario = scenario;
      this.setState(createSchema(this.roomId, publicScenario(scenario)));
      await this.deps.store.createSession({ id: this.roomId, scenarioId, createdAt: this.deps.now() });
      await this.commit(SYSTEM, { type: "start" });
      this.awaitingCreator = true;
    }
    this.setMetadata({ scenarioId: this.scenario.id });
    this.onMessage("*", (client, type, payload) => {
      void this.serially(() => this.handleMessage(client, type, payload));
    });
  }

  private async restore(sessionId: string): Promise<void> {
    const meta = await this.deps.store.session(sessionId);
    const scenario = meta && this.deps.scenario(meta.scenarioId);
    if (!meta || !scenario) throw new Error(`cannot restore session '${sessionId}'`);
    this.roomId = sessionId;
    this.scenario = scenario;
    this.setState(createSchema(sessionId, publicScenario(scenario)));
    for (const e of await this.deps.store.events(sessionId)) this.record(e);
    // Nobody is connected to a room that was just restored; the participants come back by rejoining.
    for (const p of Object.values(this.projection.state.participants)) {
      if (p.present && p.connected) await this.commit(p.id, { type: "disconnect" });
    }
    await this.commit(SYSTEM, { type: "expireFloor" });
    // An empty room would dispose at once; hold it open for the reconnection window first.
    this.autoDispose = false;
    this.clock.setTimeout(() => (this.autoDispose = true), this.deps.reconnectSeconds * 1000);
  }

  override async onJoin(client: Client, options: unknown): Promise<void> {
    const creator = this.awaitingCreator;
    const parsed = (creator ? CreateOptionsSchema : JoinOptionsSchema).safeParse(options);
    if (!parsed.success) throw new ServerError(HTTP_BAD_REQUEST, describeIssues(parsed.error));
    this.awaitingCreator = false;
    await this.serially(async () => {
      // History first, then the join is broadcast to everyone including the newcomer: inside the
      // serial chain nothing can slip in between, so the newcomer sees every event exactly once.
      client.send(ServerMessage.history, { events: this.log } satisfies HistoryMessage);
      const decision = await this.commit(client.sessionId, { type: "join", name: parsed.data.name, facilitator: creator });
      if (!decision.ok) throw new ServerError(HTTP_BAD_REQUEST, decision.rejection.message);
    });
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    this.limiter.forget(client.sessionId);
    if (this.deps.shuttingDown()) {
      // The server is stopping, not the participant leaving: keep their place for the restore.
      await this.serially(() => this.commit(client.sessionId, { type: "disconnect" }));
      return;
    }
    if (consented || this.deps.reconnectSeconds <= 0) {
      await this.serially(() => this.commit(client.sessionId, { type: "leave" }));
      return;
    }
    await this.serially(() => this.commit(client.sessionId, { type: "disconnect" }));
    try {
      const back = await this.allowReconnection(client, this.deps.reconnectSeconds);
      await this.serially(async () => {
        // Events broadcast while the connection was down never reached it: resend the whole log.
        back.send(ServerMessage.history, { events: this.log } satisfies HistoryMessage);
        await this.commit(back.sessionId, { type: "reconnect" });
        this.sendBriefIfHolder(back);
      });
    } catch {
      await this.serially(() => this.commit(client.sessionId, { type: "leave" }));
    }
  }

  override async onDispose(): Promise<void> {
    this.expiry?.clear();
    await this.chain;
    if (!this.deps.shuttingDown()) await this.deps.store.markEnded(this.roomId, this.deps.now());
  }

  /** The engine state as it is now (read-only), for tests and diagnostics. */
  get seminarState() {
    return this.projection.state;
  }

  private async handleMessage(client: Client, type: unknown, payload: unknown): Promise<void> {
    const commandName = typeof type === "string" ? type.slice(0, 40) : "?";
    if (!this.limiter.take(client.sessionId, this.deps.now())) {
      return this.refuse(client, commandName, { code: "RATE_LIMITED", message: "too many messages; slow down" });
    }
    const parsed = parseCommand(type, payload);
    if (!parsed.ok) return this.refuse(client, commandName, parsed.rejection);
    const decision = await this.commit(client.sessionId, parsed.command);
    if (!decision.ok) return this.refuse(client, commandName, decision.rejection);
    if (parsed.command.type === "claimRole") this.sendBriefIfHolder(client);
  }

  private refuse(client: Client, command: string, rejection: Rejection): void {
    client.send(ServerMessage.rejected, { command, ...rejection } satisfies RejectedMessage);
  }

  private sendBriefIfHolder(client: Client): void {
    const roleId = this.projection.state.participants[client.sessionId]?.roleId;
    const brief = roleId ? roleBrief(this.scenario, roleId) : null;
    if (brief) client.send(ServerMessage.brief, brief);
  }

  /** Decides, stores, then applies and broadcasts. Nothing is shown before it is durable. */
  private async commit(actor: string, command: Command) {
    const decision = decide(this.projection.state, command, { actor, now: this.deps.now(), scenario: this.scenario });
    if (!decision.ok || decision.events.length === 0) return decision;
    try {
      await this.deps.store.append(this.roomId, decision.events);
    } catch (err) {
      console.error(`[seminar ${this.roomId}] could not store events:`, err);
      return { ok: false as const, rejection: { code: "CONFLICT" as const, message: "the server could not record this; try again" } };
    }
    for (const e of decision.events) {
      this.record(e);
      this.broadcast(ServerMessage.event, e);
    }
    this.scheduleExpiry();
    return decision;
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
    this.chain = run.catch((err) => console.error(`[seminar ${this.roomId}]`, err));
    return run;
  }
}

/** A room class bound to one server's dependencies (Colyseus instantiates rooms itself). */
export function bindSeminarRoom(deps: SeminarRoomDeps): typeof SeminarRoom {
  return class BoundSeminarRoom extends SeminarRoom {
    protected override deps = deps;
  };
}
