/**
 * Heavy requests (issue 10): a live seminar's speech latency and /healthz while one process
 * (tests/integration/heavy-load-child.ts) first loops GET /debrief and /debrief.csv of a
 * 200,000-event session (the first of them a whole fold), then imports a 50 MB log and loops GET
 * /state (a different seq each time), /minutes, /log and the debriefs of that session, against
 * the same calm seminar without that load. The server's own event-loop delay comes from
 * bench/probe.mjs. BENCH_HEAVY_ROOT=<checkout> measures another commit's server (the figures
 * "before" in docs/performance.md), with this bench.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Client, type Room } from "colyseus.js";
import type { SeminarEvent } from "../shared/events.js";
import { longLog } from "../tests/fixtures/long-log.js";
import { storeEndedSession } from "../tests/fixtures/stored-session.js";
import { startHeavyLoad } from "../tests/integration/heavy-load.js";
import { ROOT, sleep, startChild, summarize, waitFor, type LoopReading, type Summary } from "./lib.js";

export interface HeavyOptions {
  tmpRoot: string;
  events: number;
  speeches: number;
  paceMs: number;
}

export interface HeavyWindow {
  speechMs: Summary;
  healthzMs: Summary;
  serverLoop: LoopReading | null;
}

export interface HeavyResult {
  server: string;
  sessionEvents: number;
  calm: HeavyWindow;
  /** During the loop of debriefs alone; `debriefs` is how many were answered. */
  debriefs: HeavyWindow & { debriefs: number; failures: string[] };
  loaded: HeavyWindow & {
    importBytes: number;
    importStatus: number;
    importSeconds: number | null;
    reads: { state: number; minutes: number; log: number; debrief: number };
    failures: string[];
  };
}

async function seat(url: string, roomId: string | null, name: string) {
  const client = new Client(url);
  const room: Room = roomId ? await client.joinById(roomId, { name }) : await client.create("seminar", { name });
  const events: SeminarEvent[] = [];
  let pid = room.sessionId;
  room.onMessage("seat", (m: { participantId: string }) => (pid = m.participantId));
  room.onMessage("history", (m: { events: SeminarEvent[] }) => events.push(...m.events));
  room.onMessage("event", (e: SeminarEvent) => events.push(e));
  room.onMessage("*", () => undefined);
  await waitFor(() => events.some((e) => e.type === "joined" && e.actor === pid), 10_000);
  return { room, events, id: () => pid };
}

export async function runHeavy(opts: HeavyOptions): Promise<HeavyResult> {
  const dataDir = mkdtempSync(join(opts.tmpRoot, "heavy-"));
  const long = longLog(opts.events);
  await storeEndedSession(dataDir, "long1", long);
  const cwd = process.env.BENCH_HEAVY_ROOT || ROOT;
  const server = await startChild("heavy", { entry: "server/main.ts", env: { DATA_DIR: dataDir }, cwd });
  try {
    const fac = await seat(server.wsUrl, null, "Facilitator");
    const speaker = await seat(server.wsUrl, fac.room.roomId, "Speaker");
    fac.room.send("setSpeechLimit", { seconds: 600 });
    fac.room.send("giveFloor", { to: speaker.id() });
    await waitFor(() => speaker.events.some((e) => e.type === "floorGiven"), 10_000);

    let n = 0;
    const window = async (label: string, during?: () => boolean): Promise<HeavyWindow> => {
      let running = true;
      const health: number[] = [];
      const healthLoop = (async () => {
        while (running) {
          const t0 = performance.now();
          await (await fetch(`${server.httpUrl}/healthz`)).text();
          health.push(performance.now() - t0);
          await sleep(50);
        }
      })();
      await server.loopStart();
      const speech: number[] = [];
      for (let i = 0; i < opts.speeches && (during?.() ?? true); i++) {
        const text = `${label} ${n++}`;
        const t0 = performance.now();
        speaker.room.send("speak", { text });
        await waitFor(() => speaker.events.some((e) => e.type === "spoke" && e.data.text === text), 30_000);
        speech.push(performance.now() - t0);
        await sleep(opts.paceMs);
      }
      const serverLoop = await server.loopRead();
      running = false;
      await healthLoop;
      return { speechMs: summarize(speech), healthzMs: summarize(health), serverLoop };
    };

    const calm = await window("calm");

    const debriefLoad = await startHeavyLoad(server.httpUrl, "long1", opts.events, "debriefs");
    const debriefWindow = await window("debriefs");
    const debriefsDone = await debriefLoad.stop();

    const load = await startHeavyLoad(server.httpUrl, "long1", opts.events);
    const loaded = await window("loaded");
    const done = await load.stop();
    // The import's answer time, from the load process (imports are not on the public list to watch).
    const importSeconds = done.importMs === null ? null : done.importMs / 1000;
    await speaker.room.leave();
    await fac.room.leave();
    return {
      server: cwd === ROOT ? "this checkout" : cwd,
      sessionEvents: opts.events,
      calm,
      debriefs: { ...debriefWindow, debriefs: debriefsDone.debrief, failures: debriefsDone.failures },
      loaded: {
        ...loaded,
        importBytes: done.importBytes,
        importStatus: done.importStatus,
        importSeconds,
        reads: { state: done.state, minutes: done.minutes, log: done.log, debrief: done.debrief },
        failures: done.failures,
      },
    };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
