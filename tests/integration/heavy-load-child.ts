/**
 * The heavy side of heavy-requests.test.ts, in its own process so that reading 35 MB answers
 * does not slow the test process that measures the seminar: `node --import tsx
 * heavy-load-child.ts URL SESSION EVENTS` imports one 50 MB log, then loops /state (a different
 * seq each time), /minutes, /log, /debrief and /debrief.csv of SESSION until stdin closes, and
 * prints what it did as JSON (after a line `answered KIND` for each read answered, as it goes).
 * A fourth argument "import" or "reads" runs only that half, and "debriefs" only loops /debrief
 * and /debrief.csv.
 */
import { logHeader, serializeLog } from "../../shared/log-format.js";
import { longLog } from "../fixtures/long-log.js";

const [url, session, eventsArg, only] = process.argv.slice(2);
const events = Number(eventsArg);
const big = longLog(events, { speechChars: 850, seed: 2 });
const file = new TextEncoder().encode(
  serializeLog(logHeader({ sessionId: "big", scenarioId: "sputnik-1990", createdAt: big[0].at }), big),
);

let running = true;
process.stdin.on("close", () => (running = false));
process.stdin.resume();
const done = {
  importBytes: file.length,
  importStatus: 0,
  importMs: null as number | null,
  state: 0,
  minutes: 0,
  log: 0,
  debrief: 0,
  failures: [] as string[],
};

type Read = readonly [kind: "state" | "minutes" | "log" | "debrief", path: string];
const debriefs: Read[] = [
  ["debrief", "/debrief"],
  ["debrief", "/debrief.csv"],
];

const readLoop = async (seed: number) => {
  for (let i = seed; running; i++) {
    const seq = 1 + ((i * 7919) % events);
    const reads: Read[] =
      only === "debriefs"
        ? debriefs
        : [["state", `/state?seq=${seq}`], ["minutes", "/minutes"], ["log", "/log"], ...debriefs];
    for (const [kind, path] of reads) {
      try {
        const res = await fetch(`${url}/api/sessions/${session}${path}`);
        await res.arrayBuffer();
        if (res.status === 200) {
          done[kind]++;
          console.log(`answered ${kind}`);
        } else done.failures.push(`${path}: ${res.status}`);
      } catch (err) {
        // A server that breaks under the load is a result too, not a crash of the load.
        done.failures.push(`${path}: ${err instanceof Error ? err.message : String(err)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }
};

console.log("ready");
const importStart = performance.now();
const importing =
  only === "reads" || only === "debriefs"
    ? Promise.resolve()
    : fetch(`${url}/api/sessions/import`, {
        method: "POST",
        headers: { "content-type": "application/x-ndjson" },
        body: file,
      }).then(
        async (res) => {
          done.importStatus = res.status;
          await res.arrayBuffer();
          done.importMs = performance.now() - importStart;
        },
        (err: unknown) => void done.failures.push(`import: ${err instanceof Error ? err.message : String(err)}`),
      );
await Promise.all(
  only === "import"
    ? [importing]
    : only === "reads"
      ? [readLoop(0), readLoop(1)]
      : [readLoop(0), readLoop(1), importing],
);
console.log(JSON.stringify(done));
