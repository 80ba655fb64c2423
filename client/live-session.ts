/**
 * One seat in a live seminar: the colyseus.js room, the seminar state folded from the server's
 * log (`history`, then each `event`) with the shared engine, my private brief, and the
 * server's refusals. Views subscribe to it; nothing here touches the DOM.
 */
import { Client, type Room } from "colyseus.js";
import { Projection } from "../shared/engine/apply.js";
import type { SeminarState } from "../shared/engine/state.js";
import type { SeminarEvent } from "../shared/events.js";
import type { CommandPayload, CommandType, RejectedMessage } from "../shared/protocol.js";
import type { PublicScenario, RoleBrief } from "../shared/scenario.js";
import { getScenario } from "./api.js";

/** Room name and server message types, as in shared/protocol.ts (kept literal so zod stays out of the bundle). */
const ROOM_NAME = "seminar";

export type JoinRequest =
  | { kind: "create"; name: string; scenarioId?: string }
  | { kind: "join"; name: string; roomId: string };

type Listener<T> = (value: T) => void;

function endpoint(): string {
  return location.origin.replace(/^http/, "ws");
}

export class LiveSession {
  readonly roomId: string;
  readonly me: string;
  scenario: PublicScenario | null = null;
  brief: RoleBrief | null = null;
  /** True until the server's `history` has been folded. */
  loading = true;
  connection: "open" | "reconnecting" | "closed" = "open";
  /** Server clock minus ours (ms), estimated from live events, for countdowns to `endsAt`. */
  clockOffset = 0;

  private projection = new Projection();
  /** Events that arrived ahead of a gap (or before `history`), by seq. */
  private pending = new Map<number, SeminarEvent>();
  private changeListeners = new Set<Listener<LiveSession>>();
  private eventListeners = new Set<Listener<SeminarEvent>>();
  private rejectionListeners = new Set<Listener<RejectedMessage>>();
  private leaving = false;

  private constructor(
    private client: Client,
    private room: Room,
  ) {
    this.roomId = room.roomId;
    this.me = room.sessionId;
    this.attach(room);
  }

  /** Creates or joins a seminar. Rejects with an Error whose message the start screen maps. */
  static async open(req: JoinRequest): Promise<LiveSession> {
    const client = new Client(endpoint());
    const room =
      req.kind === "create"
        ? await client.create(ROOM_NAME, req.scenarioId ? { name: req.name, scenarioId: req.scenarioId } : { name: req.name })
        : await client.joinById(req.roomId, { name: req.name });
    const session = new LiveSession(client, room);
    try {
      sessionStorage.setItem(`sputnik:token:${room.roomId}`, room.reconnectionToken);
    } catch {
      /* storage may be unavailable; reconnection within the page still works */
    }
    return session;
  }

  get state(): Readonly<SeminarState> {
    return this.projection.state;
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

  send<T extends CommandType>(type: T, payload: CommandPayload<T>): void {
    this.room.send(type, payload);
  }

  async leave(): Promise<void> {
    this.leaving = true;
    try {
      sessionStorage.removeItem(`sputnik:token:${this.roomId}`);
    } catch {
      /* ignore */
    }
    await this.room.leave(true).catch(() => undefined);
    this.connection = "closed";
  }

  private attach(room: Room): void {
    room.onMessage("history", (msg: { events: SeminarEvent[] }) => this.onHistory(msg.events));
    room.onMessage("event", (e: SeminarEvent) => this.onLiveEvent(e));
    room.onMessage("rejected", (r: RejectedMessage) => {
      for (const fn of this.rejectionListeners) fn(r);
    });
    room.onMessage("brief", (b: RoleBrief) => {
      this.brief = b;
      this.emitChange();
    });
    room.onLeave((code) => {
      if (this.leaving || code === 1000) {
        this.connection = "closed";
        this.emitChange();
        return;
      }
      void this.reconnect();
    });
  }

  private async reconnect(): Promise<void> {
    this.connection = "reconnecting";
    this.emitChange();
    for (let attempt = 0; attempt < 8; attempt++) {
      await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** attempt, 5000)));
      try {
        const room = await this.client.reconnect(this.room.reconnectionToken);
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
    this.emitChange();
  }

  private onHistory(events: SeminarEvent[]): void {
    // The history is the whole log so far: fold it afresh (this also heals any gap after a
    // reconnection), then apply whatever live events arrived beyond it.
    const projection = new Projection();
    for (const e of events) projection.push(e);
    this.projection = projection;
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
