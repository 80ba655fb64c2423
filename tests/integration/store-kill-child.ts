/**
 * Child process for store-kill.test.ts: appends to 8 sessions at once through the SQLite store,
 * printing `ok <session> <seq>` only after each append has resolved, until it is killed.
 */
import { SqliteSessionStore } from "../../server/store/sqlite-session-store.js";
import type { SeminarEvent } from "../../shared/events.js";

const store = new SqliteSessionStore(process.env.DATA_DIR!);
const sessions = Array.from({ length: 8 }, (_, i) => `k${i}`);
await Promise.all(sessions.map((id) => store.createSession({ id, scenarioId: "sputnik-1990", createdAt: Date.now() })));
process.stdout.write("ready\n");
await Promise.all(
  sessions.map(async (id) => {
    for (let seq = 1; ; seq++) {
      const e = {
        seq,
        at: Date.now(),
        type: "spoke",
        actor: "p1",
        data: { text: `${id} speech ${seq}` },
      } as SeminarEvent;
      await store.append(id, [e]);
      // Pipes are written synchronously on Linux: once printed, the parent will read it.
      process.stdout.write(`ok ${id} ${seq}\n`);
    }
  }),
);
