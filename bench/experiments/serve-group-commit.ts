/**
 * The real server (startSeminarServer, as server/main.ts starts it) with the PROTOTYPE group-commit
 * store from ./group-commit-store.ts, for the bench's comparison run.
 */
import { startSeminarServer } from "../../server/app.js";
import { GroupCommitStore } from "./group-commit-store.js";

const store = new GroupCommitStore(process.env.DATA_DIR!);
const server = await startSeminarServer({
  port: Number(process.env.PORT),
  host: process.env.HOST ?? "127.0.0.1",
  store,
  reconnectSeconds: Number(process.env.RECONNECT_SECONDS ?? 0),
});
console.log(`group-commit server listening on ${server.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.log(`group commit: ${store.stats.appends} appends in ${store.stats.commits} transactions`);
    server.stop().finally(() => process.exit(0));
  });
}
