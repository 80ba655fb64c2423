/**
 * The real server (server/app.ts's startSeminarServer, as server/main.ts starts it) serving a
 * client build from CLIENT_DIR, so the bench can measure a fresh build without touching dist/.
 */
import { startSeminarServer } from "../server/app.js";

const server = await startSeminarServer({
  port: Number(process.env.PORT),
  host: process.env.HOST ?? "127.0.0.1",
  dataDir: process.env.DATA_DIR!,
  clientDir: process.env.CLIENT_DIR!,
  reconnectSeconds: 0,
});
console.log(`bench client server listening on ${server.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void server.stop().finally(() => process.exit(0));
  });
}
