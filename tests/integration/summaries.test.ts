/**
 * GET /api/sessions/summaries?ids=…, through a real server: many seminars' summaries in one
 * request, each exactly what GET /api/sessions/:id answers for it (listed or not, passcoded or
 * not, live or ended), unknown ids absent, and a bad list refused with a code.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../shared/vocabulary.js";
import { bootServer, waitUntil, type TestServer } from "./harness.js";
import { prototypeIsClean } from "./hostile-log.js";
import { seat, type SeatedParticipant } from "./seated.js";

const PASSCODE = "kuzbass-89";

let server: TestServer;
let listed: SeatedParticipant;
let privateOne: SeatedParticipant;
let ended = "";
const summaries = (query: string) => fetch(`${server.url}/api/sessions/summaries${query}`);
const one = async (id: string) => (await (await fetch(`${server.url}/api/sessions/${id}`)).json()) as unknown;
beforeAll(async () => {
  server = await bootServer({ reconnectSeconds: 1 });
  listed = await seat(server.wsUrl, null, { name: "Teacher", title: "Listed", listed: true });
  privateOne = await seat(server.wsUrl, null, { name: "Teacher", title: "Class 10B", passcode: PASSCODE });
  const over = await seat(server.wsUrl, null, { name: "Teacher", title: "Yesterday" });
  ended = over.room.roomId;
  over.send("endSession", {});
  await over.waitForEvent((e) => e.type === "sessionEnded");
  await over.leave();
  // The room closes when its last reader leaves; from then on the seminar is ended and not live.
  let live = true;
  const poll = async () => {
    live = ((await one(ended)) as { live: boolean }).live;
    if (live) setTimeout(() => void poll(), 50);
  };
  await poll();
  await waitUntil(() => !live, "the ended seminar's room to close");
});
afterAll(async () => {
  await listed?.leave();
  await privateOne?.leave();
  await server?.dispose();
});

describe("GET /api/sessions/summaries", () => {
  it("answers each known seminar as GET /api/sessions/:id does, in the order asked, unknown ones absent", async () => {
    const ids = [privateOne.room.roomId, "nosuchone", ended, listed.room.roomId];
    const res = await summaries(`?ids=${ids.join(",")}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string }[];
    expect(body.map((s) => s.id)).toEqual([privateOne.room.roomId, ended, listed.room.roomId]);
    // Field for field what the single route says: listed or not, a passcode or not, live or ended.
    for (const s of body) expect(s).toEqual(await one(s.id));
    expect(body[0]).toMatchObject({ title: "Class 10B", listed: false, passcode: true, live: true, ended: false });
    expect(body[1]).toMatchObject({ title: "Yesterday", live: false, ended: true });
    expect(body[2]).toMatchObject({ title: "Listed", listed: true, passcode: false });
    // The passcode is needed to read the record, not the summary; it never appears in the answer.
    expect(JSON.stringify(body)).not.toContain(PASSCODE);
  });

  it("answers an id asked twice once, and only unknown ids with an empty list", async () => {
    const id = listed.room.roomId;
    const twice = (await (await summaries(`?ids=${id},${id}`)).json()) as { id: string }[];
    expect(twice.map((s) => s.id)).toEqual([id]);
    const none = await summaries("?ids=abc,def");
    expect(none.status).toBe(200);
    expect(await none.json()).toEqual([]);
  });

  it(`takes up to ${LIMITS.summariesMax} ids and refuses more with TOO_MANY_IDS`, async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `id${i}`);
    const full = await summaries(`?ids=${[listed.room.roomId, ...many(LIMITS.summariesMax - 1)].join(",")}`);
    expect(full.status).toBe(200);
    expect(((await full.json()) as { id: string }[]).map((s) => s.id)).toEqual([listed.room.roomId]);
    const over = await summaries(`?ids=${many(LIMITS.summariesMax + 1).join(",")}`);
    expect(over.status).toBe(400);
    expect(((await over.json()) as { error: { code: string } }).error.code).toBe("TOO_MANY_IDS");
    // Repeats count too: the limit bounds the work, not the answer.
    const repeated = await summaries(
      `?ids=${Array(LIMITS.summariesMax + 1)
        .fill("abc")
        .join(",")}`,
    );
    expect(repeated.status).toBe(400);
  });

  it("refuses a missing, empty or malformed list with INVALID, not as a seminar called 'summaries'", async () => {
    const id = listed.room.roomId;
    for (const query of [
      "",
      "?ids=",
      `?ids=${id}&ids=${id}`,
      `?ids[]=${id}`,
      `?ids=${id},`,
      `?ids=${id},,${id}`,
      "?ids=a%20b",
      "?ids=a.b",
      "?ids=%2E%2E%2Flog",
      `?ids=${"x".repeat(65)}`,
    ]) {
      const res = await summaries(query);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code, query).toBe("INVALID");
      expect(body.error.message, query).not.toContain("no session");
    }
  });

  it("refuses ids that name a prototype property, and the prototype stays clean", async () => {
    for (const evil of ["__proto__", "constructor", "toString", "hasOwnProperty", "prototype"]) {
      const res = await summaries(`?ids=${listed.room.roomId},${evil}`);
      expect(res.status, evil).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("INVALID");
    }
    expect(prototypeIsClean()).toBe(true);
    // The routes beside it are as they were: the single summary, and DELETE of no such seminar.
    expect(await one(listed.room.roomId)).toMatchObject({ id: listed.room.roomId });
    expect((await fetch(`${server.url}/api/sessions/summaries`, { method: "DELETE" })).status).toBe(404);
  });
});
