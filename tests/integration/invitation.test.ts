/**
 * GET /api/invitation through the real server: the address invitation links use, so a teacher's
 * page on localhost can invite devices that cannot open localhost. (Tests listen on loopback
 * only; the every-interface case is publicUrl's, in tests/unit/served-hosts.test.ts.)
 */
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { bootServer, type TestServer } from "./harness.js";

describe("GET /api/invitation", () => {
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.dispose();
    server = null;
  });

  const invitation = async (s: TestServer) => {
    const res = await fetch(`${s.url}/api/invitation`);
    return { status: res.status, cache: res.headers.get("cache-control"), body: (await res.json()) as unknown };
  };

  it("answers the address the server listens on, with its real port, when PUBLIC_URL is not set", async () => {
    server = await bootServer();
    const answer = await invitation(server);
    expect(answer).toEqual({ status: 200, cache: "no-store", body: { url: `http://127.0.0.1:${server.port}` } });
    expect(server.publicUrl).toBe(`http://127.0.0.1:${server.port}`);
  });

  it("answers PUBLIC_URL when it is set (a proxy or a DNS name in front)", async () => {
    server = await bootServer({ publicUrl: "https://seminar.school.example" });
    expect((await invitation(server)).body).toEqual({ url: "https://seminar.school.example" });
  });

  it("is refused, like every request, when the Host header names another server", async () => {
    server = await bootServer();
    const status = await new Promise<number>((ok, fail) => {
      request(
        { host: "127.0.0.1", port: server!.port, path: "/api/invitation", headers: { host: "attacker.example" } },
        (res) => {
          res.resume();
          ok(res.statusCode ?? 0);
        },
      )
        .on("error", fail)
        .end();
    });
    expect(status).toBe(421);
  });
});
