/**
 * Baseline: a minimal `ws` server that sends every message it receives to all its clients, as is.
 * The bench's raw-WebSocket fan-out row uses it (context for the bare Colyseus room).
 */
import { createServer } from "node:http";
import { createRequire } from "node:module";

/** The part of `ws` used here (ws ships no types of its own; its CJS entry is loaded directly). */
interface WsSocket {
  readyState: number;
  send(data: unknown, options: { binary: boolean }): void;
  terminate(): void;
  on(event: "message", fn: (data: Buffer, isBinary: boolean) => void): void;
}
interface WsServer {
  clients: Set<WsSocket>;
  on(event: "connection", fn: (socket: WsSocket) => void): void;
}
const require = createRequire(import.meta.url);
const { WebSocketServer } = require("ws") as { WebSocketServer: new (options: object) => WsServer };

const port = Number(process.env.PORT);
const host = process.env.HOST ?? "127.0.0.1";
const httpServer = createServer((req, res) => {
  res.writeHead(req.url === "/healthz" ? 200 : 404, { "content-type": "application/json" });
  res.end('{"ok":true}');
});
const wss = new WebSocketServer({ server: httpServer, maxPayload: 64 * 1024 });
wss.on("connection", (socket: WsSocket) => {
  socket.on("message", (data, isBinary) => {
    for (const c of wss.clients) if (c.readyState === 1) c.send(data, { binary: isBinary });
  });
});
httpServer.listen(port, host, () => console.log(`bare ws listening on ${host}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const c of wss.clients) c.terminate();
    httpServer.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
