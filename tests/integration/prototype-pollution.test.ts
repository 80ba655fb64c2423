/**
 * Issue 10: a log whose ids name Object.prototype's properties is refused with a reason and
 * leaves the server as it was: seminars are still created, joined and run, in this process and
 * after a restart with such a log already in the store.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeminarEvent } from "../../shared/events.js";
import { storeEndedSession } from "../fixtures/stored-session.js";
import { startChildServer } from "./child-server.js";
import { bootServer, type TestServer } from "./harness.js";
import { hostileEvents, hostileLog, prototypeIsClean, runsASeminar } from "./hostile-log.js";
import { seat } from "./seated.js";

const importLog = (server: { url: string }, body: string) =>
  fetch(`${server.url}/api/sessions/import`, {
    method: "POST",
    headers: { "content-type": "application/x-ndjson" },
    body,
  });

describe("a log with prototype ids, in a running server", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await bootServer();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  for (const evil of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
    for (const last of [false, true]) {
      it(`refuses '${evil}' as an actor (${last ? "last line" : "middle line"}) with 400 and the reason`, async () => {
        const before = (await (await fetch(`${server.url}/api/sessions`)).json()) as unknown[];
        const res = await importLog(server, hostileLog({ evil, last }));
        expect(res.status).toBe(400);
        const body = (await res.json()) as { error: { code: string; message: string; line: number } };
        expect(body.error.code).toBe("INVALID");
        expect(body.error.line).toBe(last ? 5 : 4);
        expect(body.error.message).toMatch(/actor/);
        expect(body.error.message).toMatch(/reserved|not allowed/);
        expect(prototypeIsClean()).toBe(true);
        expect(await (await fetch(`${server.url}/api/sessions`)).json()).toHaveLength(before.length);
      });
    }
  }

  it("refuses prototype ids in role and prompt ids too", async () => {
    const log = hostileLog()
      .replace('"roleId":"alexei-zverev"', '"roleId":"__proto__"')
      .replace('"actor":"__proto__"', '"actor":"ann"');
    const res = await importLog(server, log);
    expect(res.status).toBe(400);
    expect(prototypeIsClean()).toBe(true);
  });

  it("still creates, joins and runs seminars afterwards", async () => {
    await runsASeminar(server.wsUrl);
    expect(prototypeIsClean()).toBe(true);
  });

  it("refuses commands and join options naming a prototype property", async () => {
    const fac = await seat(server.wsUrl, null, { name: "Facilitator" });
    try {
      fac.send("claimRole", { roleId: "__proto__" });
      const r = await fac.waitForRejection("claimRole");
      expect(r.code).toBe("INVALID");
      fac.send("giveFloor", { to: "constructor" });
      expect((await fac.waitForRejection("giveFloor")).code).toBe("INVALID");
      fac.send("post", { promptId: "__proto__", text: "x" });
      expect((await fac.waitForRejection("post")).code).toBe("INVALID");
      await expect(seat(server.wsUrl, null, { name: "X", scenarioId: "__proto__" })).rejects.toThrow(
        /reserved|not allowed/,
      );
    } finally {
      await fac.leave();
    }
    expect(prototypeIsClean()).toBe(true);
    await runsASeminar(server.wsUrl);
  });
});

describe("a log with prototype ids already in the store", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "seminar-hostile-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("is served without breaking the server, which still runs seminars", async () => {
    // Written straight into the store, as an older server that accepted it would have.
    await storeEndedSession(dataDir, "hostile1", hostileEvents() as SeminarEvent[]);

    const server = await startChildServer(dataDir);
    try {
      for (const path of ["/state", "/minutes", "/log", "/state?seq=3"]) {
        const res = await fetch(`${server.url}/api/sessions/hostile1${path}`);
        expect(res.status, path).toBeLessThan(500);
        await res.arrayBuffer();
      }
      await runsASeminar(server.wsUrl);
      // Once more after the reads, in case a read is what broke it.
      for (const path of ["/state", "/minutes"])
        await (await fetch(`${server.url}/api/sessions/hostile1${path}`)).text();
      await runsASeminar(server.wsUrl);
    } catch (err) {
      throw new Error(`${String(err)}\n--- server output ---\n${server.output()}`, { cause: err });
    } finally {
      await server.stop();
    }
  }, 60_000);
});
