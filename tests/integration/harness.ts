/**
 * Test harness: a real server on a loopback port and real colyseus.js clients that record
 * everything the server sends them.
 */
import { Client, type Room } from "colyseus.js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSeminarServer, type RunningSeminarServer, type SeminarServerOptions } from "../../server/app.js";
import { fold } from "../../shared/engine/apply.js";
import type { SeminarState } from "../../shared/engine/state.js";
import type { SeminarEvent } from "../../shared/events.js";
import type { HistoryMessage, RejectedMessage } from "../../shared/wire.js";
import type { RoleBrief } from "../../shared/scenario.js";
import type { CreateOptions } from "../../shared/protocol.js";

export interface TestServer extends RunningSeminarServer {
  dataDir: string;
  wsUrl: string;
  /** Stops the server and removes its data. */
  dispose(): Promise<void>;
}

export async function bootServer(options: Partial<SeminarServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "seminar-test-"));
  const server = await startSeminarServer({ port: 0, host: "127.0.0.1", dataDir, ...options });
  return {
    ...server,
    dataDir,
    wsUrl: `ws://127.0.0.1:${server.port}`,
    async dispose() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One participant: a colyseus.js room plus everything it received, in order. */
export class Participant {
  /** history (first) then live events, as the client would fold them. */
  events: SeminarEvent[] = [];
  histories: SeminarEvent[][] = [];
  rejections: RejectedMessage[] = [];
  briefs: RoleBrief[] = [];
  /** Every message of every type, raw, for privacy checks. */
  raw: { type: string | number; message: unknown }[] = [];

  constructor(readonly room: Room) {
    room.onMessage("*", (type, message) => {
      this.raw.push({ type, message });
    });
    room.onMessage("history", (m: HistoryMessage) => {
      this.histories.push(m.events);
      this.events = [...m.events];
    });
    room.onMessage("event", (e: SeminarEvent) => {
      this.events.push(e);
    });
    room.onMessage("rejected", (r: RejectedMessage) => {
      this.rejections.push(r);
    });
    room.onMessage("brief", (b: RoleBrief) => {
      this.briefs.push(b);
    });
  }

  get id(): string {
    return this.room.sessionId;
  }

  /** What this client renders: the fold of what it received (the room sends no schema state). */
  get state(): SeminarState {
    return fold(this.events);
  }

  /** Any type, not only a CommandType: tests send unknown ones on purpose. */
  send(type: string, payload: unknown = {}): void {
    this.room.send(type, payload);
  }

  /** Waits until an event matching `match` has arrived; returns it. */
  async waitForEvent(match: (e: SeminarEvent) => boolean, what = "event"): Promise<SeminarEvent> {
    await waitUntil(() => this.events.some(match), what);
    return this.events.find(match)!;
  }

  async waitForSeq(seq: number): Promise<void> {
    await waitUntil(() => this.events.length >= seq, `seq ${seq} at ${this.id}`);
  }

  async waitForRejection(command: string, count = 1): Promise<RejectedMessage> {
    await waitUntil(
      () => this.rejections.filter((r) => r.command === command).length >= count,
      `rejection of ${command}`,
    );
    return this.rejections.filter((r) => r.command === command)[count - 1];
  }

  async leave(): Promise<void> {
    await this.room.leave(true);
  }
}

export async function createSeminar(
  server: TestServer,
  name: string,
  scenarioId?: string,
  settings: Omit<CreateOptions, "name" | "scenarioId"> = {},
): Promise<Participant> {
  const client = new Client(server.wsUrl);
  const room = await client.create("seminar", { name, ...(scenarioId ? { scenarioId } : {}), ...settings });
  const p = new Participant(room);
  await waitUntil(
    () => p.histories.length > 0 && p.events.some((e) => e.type === "joined" && e.actor === room.sessionId),
    "own join",
  );
  return p;
}

export async function joinSeminar(server: TestServer, roomId: string, name: string): Promise<Participant> {
  const client = new Client(server.wsUrl);
  const room = await client.joinById(roomId, { name });
  const p = new Participant(room);
  await waitUntil(() => p.events.some((e) => e.type === "joined" && e.actor === room.sessionId), "own join");
  return p;
}

/**
 * A new seminar: its creator (the facilitator) first, then everyone in `others` joined in order;
 * resolves once the facilitator has seen the last of them arrive.
 */
export async function seminarWith(server: TestServer, facilitator: string, others: string[]): Promise<Participant[]> {
  const fac = await createSeminar(server, facilitator);
  const joined: Participant[] = [];
  for (const name of others) joined.push(await joinSeminar(server, fac.room.roomId, name));
  const last = joined.at(-1);
  if (last) await fac.waitForEvent((e) => e.type === "joined" && e.actor === last.id);
  return [fac, ...joined];
}

export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export async function getJson<T = unknown>(
  server: { url: string },
  path: string,
): Promise<{ status: number; body: T; type: string }> {
  const res = await fetch(server.url + path);
  const type = res.headers.get("content-type") ?? "";
  const body = (type.includes("json") ? await res.json() : await res.text()) as T;
  return { status: res.status, body, type };
}

/** Parses an NDJSON log body into its header and events. */
export function parseNdjson(text: string): { header: Record<string, unknown>; events: SeminarEvent[] } {
  const lines = text
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l));
  return { header: lines[0], events: lines.slice(1) };
}
