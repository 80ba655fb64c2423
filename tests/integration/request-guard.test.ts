/**
 * Issue 10: imports are same-origin only (a cross-site page cannot post a file to a teacher's
 * server) and the server answers only to its own host names (no DNS rebinding), for HTTP
 * requests, matchmaking and WebSocket upgrades alike.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bootServer, type TestServer } from "./harness.js";
import { hostileLog } from "./hostile-log.js";
import { readFileSync } from "node:fs";

const fixture = readFileSync(new URL("../fixtures/logs/v1-sample.ndjson", import.meta.url), "utf8");

/** A raw HTTP request, so the Host header can be anything (fetch sets its own). */
function raw(
  server: { port: number },
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; upgraded: boolean }> {
  return new Promise((resolve, reject) => {
    const headers = options.headers ?? {};
    const req = request({
      host: "127.0.0.1",
      port: server.port,
      method: options.method ?? "GET",
      path: options.path,
      headers,
      // A fresh connection each time, and no Host unless the test gives one.
      agent: false,
      setHost: Object.keys(headers).some((h) => h.toLowerCase() === "host"),
    });
    req.on("response", (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, upgraded: false }));
    });
    req.on("upgrade", (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, body: "", upgraded: true });
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

const wsUpgrade = (host: string) => ({
  path: "/",
  headers: {
    Host: host,
    Connection: "Upgrade",
    Upgrade: "websocket",
    "Sec-WebSocket-Version": "13",
    "Sec-WebSocket-Key": Buffer.from("0123456789abcdef").toString("base64"),
  },
});

let server: TestServer;
let count: () => Promise<number>;
beforeAll(async () => {
  server = await bootServer();
  count = async () => ((await (await fetch(`${server.url}/api/sessions`)).json()) as unknown[]).length;
});
afterAll(async () => {
  await server?.dispose();
});

const post = (headers: Record<string, string>, body: string = fixture) =>
  fetch(`${server.url}/api/sessions/import`, { method: "POST", headers, body });

describe("the log import", () => {
  it("refuses a cross-site text/plain import with 403 and stores nothing", async () => {
    const before = await count();
    const cases: Record<string, string>[] = [
      { "content-type": "text/plain", origin: "http://attacker.example", "sec-fetch-site": "cross-site" },
      { "content-type": "text/plain", origin: "http://attacker.example" },
      { "content-type": "text/plain", "sec-fetch-site": "cross-site" },
      { "content-type": "text/plain", "sec-fetch-site": "same-site", "x-seminar-import": "1" },
      { "content-type": "application/x-ndjson", origin: "null" },
      { "content-type": "application/x-ndjson", origin: `http://127.0.0.1:${server.port + 1}` },
    ];
    for (const headers of cases) {
      const res = await post(headers, hostileLog());
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("CROSS_ORIGIN");
    }
    expect(await count()).toBe(before);
  });

  it("refuses before reading the body", async () => {
    // Far over the import limit: a 413 would mean the body was being read.
    const res = await raw(server, {
      method: "POST",
      path: "/api/sessions/import",
      headers: {
        Host: `127.0.0.1:${server.port}`,
        "Content-Type": "text/plain",
        Origin: "http://attacker.example",
        "Content-Length": String(10 * 1024 * 1024 * 1024),
      },
    });
    expect(res.status).toBe(403);
  });

  it("needs the log's own type or the X-Seminar-Import header (either forces a CORS preflight)", async () => {
    const before = await count();
    const plain = await post({ "content-type": "text/plain" });
    expect(plain.status).toBe(415);
    expect(((await plain.json()) as { error: { message: string } }).error.message).toMatch(/x-seminar-import/i);
    expect(await count()).toBe(before);
    expect((await post({ "content-type": "text/plain", "x-seminar-import": "1" })).status).toBe(201);
    expect((await post({ "content-type": "application/octet-stream", "x-seminar-import": "1" })).status).toBe(201);
  });

  it("accepts the project's own page: same origin, the log's type", async () => {
    const res = await post({
      "content-type": "application/x-ndjson",
      origin: server.url,
      "sec-fetch-site": "same-origin",
    });
    expect(res.status).toBe(201);
    const alsoLocalhost = await raw(server, {
      method: "POST",
      path: "/api/sessions/import",
      headers: {
        Host: `localhost:${server.port}`,
        Origin: `http://localhost:${server.port}`,
        "Content-Type": "application/x-ndjson",
      },
      body: fixture,
    });
    expect(alsoLocalhost.status).toBe(201);
  });
});

describe("the Host check", () => {
  it("answers 421 to a foreign Host on every route, matchmaking and WebSocket upgrades", async () => {
    for (const path of ["/healthz", "/api/sessions", "/", "/replay/x"]) {
      const res = await raw(server, { path, headers: { Host: "attacker.example" } });
      expect(res.status, path).toBe(421);
      expect(res.body).toMatch(/PUBLIC_URL/);
    }
    const before = await count();
    const create = await raw(server, {
      method: "POST",
      path: "/matchmake/create/seminar",
      headers: { Host: `attacker.example:${server.port}`, "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Rebound" }),
    });
    expect(create.status).toBe(421);
    expect(await count()).toBe(before);
    const ws = await raw(server, wsUpgrade("attacker.example"));
    expect(ws.upgraded).toBe(false);
    expect(ws.status).toBe(421);
    // No Host at all: Node itself refuses an HTTP/1.1 request without one (400).
    expect([400, 421]).toContain((await raw(server, { path: "/healthz", headers: {} })).status);
  });

  it("answers loopback names and addresses", async () => {
    for (const host of [
      `127.0.0.1:${server.port}`,
      `localhost:${server.port}`,
      "LOCALHOST",
      `[::1]:${server.port}`,
      "app.localhost",
    ]) {
      expect((await raw(server, { path: "/healthz", headers: { Host: host } })).status, host).toBe(200);
    }
    // A WebSocket upgrade with a good Host reaches Colyseus (which refuses this bare path itself).
    expect((await raw(server, wsUpgrade(`localhost:${server.port}`))).status).not.toBe(421);
  });

  it("answers PUBLIC_URL's host when set, and reports it as the public URL", async () => {
    const other = await bootServer({ publicUrl: "https://seminar.example.org" });
    try {
      expect(other.publicUrl).toBe("https://seminar.example.org");
      expect((await raw(other, { path: "/healthz", headers: { Host: "seminar.example.org" } })).status).toBe(200);
      expect((await raw(other, { path: "/healthz", headers: { Host: "attacker.example" } })).status).toBe(421);
      const imported = await raw(other, {
        method: "POST",
        path: "/api/sessions/import",
        headers: {
          Host: "seminar.example.org",
          Origin: "https://seminar.example.org",
          "Content-Type": "application/x-ndjson",
        },
        body: fixture,
      });
      expect(imported.status).toBe(201);
    } finally {
      await other.dispose();
    }
  });
});
