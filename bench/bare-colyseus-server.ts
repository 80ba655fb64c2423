/**
 * Baseline: a bare Colyseus 0.16 room (same transport, same port setup as the real server) that
 * broadcasts every `speak` payload to all its clients as an `event` message, with nothing in
 * between: no validation, engine, store or schema. The ratio of the seminar's fan-out latency to
 * this one is what the application adds on top of Colyseus.
 */
import { Room, Server, type Client } from "colyseus";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { createServer } from "node:http";
import { createRequire } from "node:module";

// Same workaround as server/app.ts: ws-transport's ESM build needs ws's CJS entry loaded.
createRequire(import.meta.url)("ws");

class BareRoom extends Room {
  override maxClients = 1000;
  override onCreate(): void {
    this.onMessage("speak", (client: Client, payload: { text: string }) => {
      this.broadcast("event", {
        seq: 0,
        at: Date.now(),
        type: "spoke",
        actor: client.sessionId,
        data: { text: payload.text },
      });
    });
  }
}

const port = Number(process.env.PORT);
const host = process.env.HOST ?? "127.0.0.1";
const httpServer = createServer((req, res) => {
  res.writeHead(req.url === "/healthz" ? 200 : 404, { "content-type": "application/json" });
  res.end('{"ok":true}');
});
const gameServer = new Server({
  transport: new WebSocketTransport({ server: httpServer, maxPayload: 64 * 1024 }),
  gracefullyShutdown: false,
  greet: false,
});
gameServer.define("bare", BareRoom);
await gameServer.listen(port, host);
console.log(`bare colyseus listening on ${host}:${port}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void gameServer.gracefullyShutdown(false).finally(() => process.exit(0));
  });
}
