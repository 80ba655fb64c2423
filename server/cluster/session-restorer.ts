/**
 * Brings back live sessions nobody runs: at boot (a restart after a stop or a crash) and, with a
 * shared store, on a sweep, so that a session whose process died comes back on another one. It
 * restores exactly the unended sessions it could claim, each in this process.
 */
import type { SessionStore } from "../store/session-store.js";
import type { SessionOwnership } from "./session-ownership.js";

export interface RestorerDeps {
  store: SessionStore;
  ownership: SessionOwnership;
  /** Starts a room for the session in this process (the session is already claimed). */
  restore(sessionId: string): Promise<void>;
}

export class SessionRestorer {
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly deps: RestorerDeps) {}

  /** One pass; a pass already running is joined, not doubled. */
  sweep(): Promise<void> {
    this.running ??= this.pass().finally(() => (this.running = null));
    return this.running;
  }

  private async pass(): Promise<void> {
    const { store, ownership } = this.deps;
    for (const session of await store.unended()) {
      if (this.stopped) return;
      if (ownership.ownsLocally(session.id) || !(await ownership.claim(session.id))) continue;
      try {
        await this.deps.restore(session.id);
        console.log(`[restore] session ${session.id} restored`);
      } catch (err) {
        await ownership.release(session.id);
        console.error(`[restore] session ${session.id} could not be restored:`, err);
      }
    }
  }

  /** Sweeps every `seconds` until stop(). */
  start(seconds: number): void {
    this.timer = setInterval(() => {
      this.sweep().catch((err: unknown) => console.error("[restore] sweep failed:", err));
    }, seconds * 1000);
    this.timer.unref();
  }

  /** No sweep starts after this; one under way is awaited. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }
}
