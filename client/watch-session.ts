/**
 * A read-only watch of a live seminar (the projector view): the colyseus.js room joined with
 * `{ watch: true }` (docs/protocol.md, "Watching"), the state folded from `history` and each
 * `event` with the shared engine. It takes no seat and sends nothing; after a dropped
 * connection it simply watches again (a fresh `history` replaces what it had).
 */
import { Client, type Room } from "colyseus.js";
import type { SeminarState } from "../shared/engine/state.js";
import type { SeminarEvent } from "../shared/events.js";
import type { PublicScenario } from "../shared/scenario.js";
import { getScenario } from "./api.js";
import { EventFeed } from "./event-feed.js";
import { onServerMessage } from "./room-wire.js";

/** What proves the watcher may read: a seat key of this seminar, or its passcode. */
export interface WatchAccess {
  seatKey?: string;
  passcode?: string;
}

export class WatchSession {
  readonly roomId: string;
  scenario: PublicScenario | null = null;
  /** Server clock minus ours (ms), from live events, for countdowns to `endsAt`. */
  clockOffset = 0;
  connection: "open" | "reconnecting" = "open";
  private feed = new EventFeed();
  private loaded = false;
  private closed = false;
  private changeListeners = new Set<() => void>();
  private eventListeners = new Set<(e: SeminarEvent) => void>();

  private constructor(
    private client: Client,
    private room: Room,
    private access: WatchAccess,
  ) {
    this.roomId = room.roomId;
    this.attach(room);
  }

  /** Watches `roomId`; rejects with the join's refusal (its `code` says why, shared/wire.ts). */
  static async open(roomId: string, access: WatchAccess): Promise<WatchSession> {
    const client = new Client(location.origin.replace(/^http/, "ws"));
    const room = await client.joinById(roomId, { watch: true, ...access });
    return new WatchSession(client, room, access);
  }

  get state(): Readonly<SeminarState> {
    return this.feed.state;
  }

  onChange(fn: () => void): () => void {
    this.changeListeners.add(fn);
    return () => this.changeListeners.delete(fn);
  }

  /** Each live event after `history` (reactions rise, a card is shown). */
  onEvent(fn: (e: SeminarEvent) => void): () => void {
    this.eventListeners.add(fn);
    return () => this.eventListeners.delete(fn);
  }

  close(): void {
    this.closed = true;
    void this.room.leave(true).catch(() => undefined);
  }

  private attach(room: Room): void {
    onServerMessage(room, "history", (msg) => {
      this.feed.reset(msg.events);
      this.loaded = true;
      this.feed.drain();
      void this.loadScenario();
      this.emit();
    });
    onServerMessage(room, "event", (e) => {
      this.clockOffset = e.at - Date.now();
      this.feed.hold(e);
      if (!this.loaded) return;
      const applied = this.feed.drain();
      for (const a of applied) for (const fn of this.eventListeners) fn(a);
      if (applied.length) this.emit();
    });
    room.onLeave(() => {
      if (room === this.room && !this.closed) void this.rewatch();
    });
  }

  private async rewatch(): Promise<void> {
    this.connection = "reconnecting";
    this.loaded = false;
    this.emit();
    for (let attempt = 0; !this.closed; attempt++) {
      await new Promise((ok) => setTimeout(ok, Math.min(500 * 2 ** attempt, 5000)));
      try {
        const room = await this.client.joinById(this.roomId, { watch: true, ...this.access });
        this.room = room;
        this.attach(room);
        this.connection = "open";
        this.emit();
        return;
      } catch {
        /* the server is away: try again */
      }
    }
  }

  private async loadScenario(): Promise<void> {
    const id = this.state.scenarioId;
    if (!id || this.scenario?.id === id) return;
    this.scenario = await getScenario(id).catch(() => null);
    this.emit();
  }

  private emit(): void {
    for (const fn of this.changeListeners) fn();
  }
}
