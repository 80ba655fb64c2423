/**
 * The teacher runs the class (issue 12), through a real server and real colyseus.js clients: the
 * facilitator's commands and their refusals, the facilitator race, removal, hidden posts,
 * passcodes, the public list, names, the end of a seminar, deleting, retention and headers.
 */
import { Client } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fold } from "../../shared/engine/apply.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { CloseCode, JoinRefusal } from "../../shared/wire.js";
import { bootServer, getJson, waitUntil, type TestServer } from "./harness.js";
import { refusalOf, seat, sleep, type SeatedParticipant } from "./seated.js";

const chair = sputnik1990.roles.find((r) => r.chair)!;
const [roleA, roleB] = sputnik1990.roles.filter((r) => !r.chair);
const prompt = sputnik1990.prompts[0].id;

let server: TestServer;
beforeAll(async () => {
  server = await bootServer({ reconnectSeconds: 5 });
});
afterAll(async () => {
  await server?.dispose();
});

/** Polls an async check every 50 ms for up to 5 s. */
async function untilTrue(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const stateOf = (p: SeatedParticipant) => fold(p.events);

/** Sends a command and waits for its refusal; returns the code. */
async function refusedCode(p: SeatedParticipant, type: string, payload: unknown): Promise<string> {
  const before = p.rejections.filter((r) => r.command === type).length;
  p.send(type, payload);
  return (await p.waitForRejection(type, before + 1)).code;
}

describe("the facilitator's commands", () => {
  it("assigns and takes back roles, sets claiming, hands over, locks, closes the question", async () => {
    const fac = await seat(server.wsUrl, null, { name: "Teacher", roleClaiming: "facilitator" });
    const ann = await seat(server.wsUrl, fac.room.roomId, { name: "Ann" });
    const bob = await seat(server.wsUrl, fac.room.roomId, { name: "Bob" });
    const everyone = [fac, ann, bob];
    const seen = (type: string) => Promise.all(everyone.map((p) => p.waitForEvent((e) => e.type === type, type)));

    // Roles are given: a student's claim is refused, the chair above all.
    expect(await refusedCode(ann, "claimRole", { roleId: roleA.id })).toBe("FORBIDDEN");
    expect(await refusedCode(ann, "claimRole", { roleId: chair.id })).toBe("FORBIDDEN");
    expect(await refusedCode(ann, "assignRole", { roleId: roleA.id, to: ann.id })).toBe("FORBIDDEN");
    fac.send("assignRole", { roleId: roleA.id, to: ann.id });
    await seen("roleAssigned");
    await waitUntil(() => ann.briefs.some((b) => b.roleId === roleA.id), "Ann's brief");
    expect(bob.briefs).toEqual([]);
    expect(await refusedCode(fac, "assignRole", { roleId: roleA.id, to: bob.id })).toBe("ROLE_TAKEN");
    expect(await refusedCode(fac, "assignRole", { roleId: roleB.id, to: ann.id })).toBe("CONFLICT");
    expect(await refusedCode(fac, "assignRole", { roleId: roleB.id, to: "nobody" })).toBe("NOT_FOUND");
    fac.send("assignRole", { roleId: chair.id, to: bob.id });
    await bob.waitForEvent((e) => e.type === "roleAssigned" && e.data.roleId === chair.id);
    expect(stateOf(bob).roleHolders[chair.id]).toBe(bob.id);

    expect(await refusedCode(bob, "revokeRole", { roleId: roleA.id })).toBe("FORBIDDEN");
    expect(await refusedCode(fac, "revokeRole", { roleId: roleB.id })).toBe("CONFLICT");
    fac.send("revokeRole", { roleId: roleA.id });
    expect((await ann.waitForEvent((e) => e.type === "roleRevoked")).data).toEqual({ roleId: roleA.id, from: ann.id });

    expect(await refusedCode(fac, "setRoleClaiming", { mode: "facilitator" })).toBe("CONFLICT");
    expect(await refusedCode(ann, "setRoleClaiming", { mode: "open" })).toBe("FORBIDDEN");
    expect(await refusedCode(fac, "setRoleClaiming", { mode: "anyone" })).toBe("INVALID");
    fac.send("setRoleClaiming", { mode: "open" });
    await seen("roleClaimingSet");
    ann.send("claimRole", { roleId: roleA.id });
    await fac.waitForEvent((e) => e.type === "roleClaimed" && e.actor === ann.id);

    // The chair's holder moderates: closes the question, but cannot lock or end.
    bob.send("openPrompt", { promptId: prompt });
    await seen("promptOpened");
    expect(await refusedCode(ann, "closePrompt", {})).toBe("FORBIDDEN");
    bob.send("closePrompt", {});
    expect((await fac.waitForEvent((e) => e.type === "promptClosed")).data).toEqual({ promptId: prompt });
    expect(await refusedCode(bob, "closePrompt", {})).toBe("CONFLICT");
    expect(await refusedCode(bob, "lockSeminar", { locked: true })).toBe("FORBIDDEN");

    // Locked: nobody new comes in; a participant with a seat key still does.
    fac.send("lockSeminar", { locked: true });
    await seen("seminarLocked");
    expect(await refusedCode(fac, "lockSeminar", { locked: true })).toBe("CONFLICT");
    const locked = await refusalOf(seat(server.wsUrl, fac.room.roomId, { name: "Late" }));
    expect(locked.code).toBe(JoinRefusal.locked);
    expect(locked.message).toMatch(/locked/);
    await ann.leave();
    const annBack = await seat(server.wsUrl, fac.room.roomId, { name: "Ann", seatKey: ann.seatKey });
    expect(annBack.id).toBe(ann.id);
    fac.send("lockSeminar", { locked: false });
    await annBack.waitForEvent((e) => e.type === "seminarLocked" && e.data.locked === false);

    // Hand over: Bob is the facilitator now, the teacher is not.
    expect(await refusedCode(fac, "handOver", { to: fac.id })).toBe("CONFLICT");
    expect(await refusedCode(annBack, "handOver", { to: annBack.id })).toBe("FORBIDDEN");
    fac.send("handOver", { to: bob.id });
    expect((await bob.waitForEvent((e) => e.type === "facilitatorChanged")).data).toEqual({ from: fac.id, to: bob.id });
    expect(stateOf(bob).participants[bob.id].facilitator).toBe(true);
    expect(await refusedCode(fac, "lockSeminar", { locked: true })).toBe("FORBIDDEN");
    for (const p of [fac, annBack, bob]) await p.leave();
  });

  it("makes the creator the facilitator even when a stranger connects first", async () => {
    // The teacher's reservation is made, but their browser is slow to open the socket.
    const res = await fetch(`${server.url}/matchmake/create/seminar`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: "Slow Teacher", listed: true }),
    });
    const reservation = (await res.json()) as { room: { roomId: string }; sessionId: string };
    const roomId = reservation.room.roomId;
    // A stranger who polls the list sees the new seminar and joins at once.
    const listed = (await getJson<{ id: string }[]>(server, "/api/sessions")).body.map((s) => s.id);
    expect(listed).toContain(roomId);
    const stranger = await seat(server.wsUrl, roomId, { name: "Stranger" });
    await sleep(50);
    const teacherClient = new Client(server.wsUrl);
    const room = await teacherClient.consumeSeatReservation(reservation as never);
    await stranger.waitForEvent((e) => e.type === "joined" && e.actor === room.sessionId, "the teacher's arrival");
    const s = stateOf(stranger);
    expect(s.participants[room.sessionId].facilitator).toBe(true);
    expect(s.participants[stranger.id].facilitator).toBe(false);
    expect(await refusedCode(stranger, "lockSeminar", { locked: true })).toBe("FORBIDDEN");
    await stranger.leave();
    await room.leave(true);
  });

  it("removes a participant: their connection closes with its own code and their seat key is refused", async () => {
    const fac = await seat(server.wsUrl, null, { name: "Teacher" });
    const ann = await seat(server.wsUrl, fac.room.roomId, { name: "Ann" });
    ann.send("claimRole", { roleId: roleA.id });
    ann.send("raiseHand");
    await fac.waitForEvent((e) => e.type === "handRaised");
    expect(await refusedCode(ann, "removeParticipant", { participantId: fac.id })).toBe("FORBIDDEN");
    expect(await refusedCode(fac, "removeParticipant", { participantId: fac.id })).toBe("CONFLICT");
    expect(await refusedCode(fac, "removeParticipant", { participantId: "nobody" })).toBe("NOT_FOUND");
    fac.send("removeParticipant", { participantId: ann.id });
    await fac.waitForEvent((e) => e.type === "participantRemoved");
    const tail = fac.events.slice(-3).map((e) => e.type);
    expect(tail).toEqual(["handLowered", "roleReleased", "participantRemoved"]);
    await waitUntil(() => ann.closeCode !== null, "Ann's connection closed");
    expect(ann.closeCode).toBe(CloseCode.removed);
    const back = await refusalOf(seat(server.wsUrl, fac.room.roomId, { name: "Ann", seatKey: ann.seatKey }));
    expect(back.code).toBe(JoinRefusal.removed);
    expect(back.message).toMatch(/removed/);
    expect(stateOf(fac).participants[ann.id]).toMatchObject({ present: false, removed: true });
    await fac.leave();
  });

  it("hides a post from state, history, the log and the minutes", async () => {
    const fac = await seat(server.wsUrl, null, { name: "Teacher" });
    const ann = await seat(server.wsUrl, fac.room.roomId, { name: "Ann" });
    ann.send("post", { promptId: prompt, text: "Something cruel about a classmate" });
    const posted = await fac.waitForEvent((e) => e.type === "posted");
    const postId = (posted.data as { postId: string }).postId;
    ann.send("post", { promptId: prompt, text: "A fair reply", replyTo: postId });
    await fac.waitForEvent((e) => e.type === "posted" && e.seq > posted.seq);
    expect(await refusedCode(ann, "hidePost", { postId })).toBe("FORBIDDEN");
    expect(await refusedCode(fac, "hidePost", { postId: "post-9999" })).toBe("NOT_FOUND");
    fac.send("hidePost", { postId });
    await ann.waitForEvent((e) => e.type === "postHidden");
    expect(await refusedCode(fac, "hidePost", { postId })).toBe("CONFLICT");
    expect(stateOf(ann).posts.find((p) => p.postId === postId)).toMatchObject({ hidden: true, text: "" });

    const id = fac.room.roomId;
    const newcomer = await seat(server.wsUrl, id, { name: "Newcomer" });
    const reads = [
      JSON.stringify(newcomer.histories[0]),
      await (await fetch(`${server.url}/api/sessions/${id}/log`)).text(),
      await (await fetch(`${server.url}/api/sessions/${id}/minutes`)).text(),
      JSON.stringify((await getJson(server, `/api/sessions/${id}/state`)).body),
    ];
    for (const text of reads) {
      expect(text).not.toContain("cruel");
      expect(text).toContain("A fair reply");
    }
    expect(reads[2]).toContain("hidden by the moderator");
    expect(fold(newcomer.histories[0]).posts[0]).toMatchObject({ postId, hidden: true });
    for (const p of [fac, ann, newcomer]) await p.leave();
  });

  it("ends the session: floor and question closed, every command refused, listed as ended", async () => {
    const fac = await seat(server.wsUrl, null, { name: "Teacher", listed: true });
    const ann = await seat(server.wsUrl, fac.room.roomId, { name: "Ann" });
    fac.send("openPrompt", { promptId: prompt });
    fac.send("giveFloor", { to: ann.id });
    await ann.waitForEvent((e) => e.type === "floorGiven");
    expect(await refusedCode(ann, "endSession", {})).toBe("FORBIDDEN");
    fac.send("endSession", {});
    await ann.waitForEvent((e) => e.type === "sessionEnded");
    expect(ann.events.slice(-3).map((e) => e.type)).toEqual(["floorYielded", "promptClosed", "sessionEnded"]);
    for (const [p, type, payload] of [
      [ann, "post", { promptId: prompt, text: "late" }],
      [fac, "openPrompt", { promptId: prompt }],
      [fac, "endSession", {}],
    ] as const) {
      const before = p.rejections.length;
      p.send(type, payload);
      await waitUntil(() => p.rejections.length > before, type);
      expect(p.rejections.at(-1)).toMatchObject({ code: "CONFLICT", message: "the session has ended" });
    }
    const late = await refusalOf(seat(server.wsUrl, fac.room.roomId, { name: "Late" }));
    expect(late.code).toBe(JoinRefusal.ended);
    const { body } = await getJson<{ id: string; ended: boolean; endedAt: number | null }[]>(server, "/api/sessions");
    expect(body.find((s) => s.id === fac.room.roomId)).toMatchObject({ ended: true });
    await ann.leave();
    await fac.leave();
  });
});

describe("names", () => {
  it("refuses a look-alike of a present name and a role's name, and stores the cleaned name", async () => {
    const fac = await seat(server.wsUrl, null, { name: "Olga Petrova" });
    for (const name of ["olga petrova", "Olga\u200b Petrova", "\u202eOlga Petrova", "Olga   Petrova", chair.name]) {
      const r = await refusalOf(seat(server.wsUrl, fac.room.roomId, { name }));
      expect(r.code, name).toBe(JoinRefusal.refused);
      expect(r.message).toMatch(/name/);
    }
    const ann = await seat(server.wsUrl, fac.room.roomId, { name: " Ann\u200b  Lee " });
    expect(stateOf(ann).participants[ann.id].name).toBe("Ann Lee");
    await ann.leave();
    await fac.leave();
  });
});

describe("passcodes", () => {
  it("is asked at join and on every HTTP read, never shown, and not asked of a seat key", async () => {
    const passcode = "kuzbass-1989";
    const fac = await seat(server.wsUrl, null, { name: "Teacher", passcode });
    const id = fac.room.roomId;
    const missing = await refusalOf(seat(server.wsUrl, id, { name: "Ann" }));
    expect(missing).toMatchObject({ code: JoinRefusal.passcode });
    expect(missing.message).toMatch(/passcode/);
    const wrong = await refusalOf(seat(server.wsUrl, id, { name: "Ann", passcode: "guess" }));
    expect(wrong.code).toBe(JoinRefusal.passcode);
    const ann = await seat(server.wsUrl, id, { name: "Ann", passcode });
    ann.drop();
    const back = await seat(server.wsUrl, id, { name: "Ann", seatKey: ann.seatKey });
    expect(back.id).toBe(ann.id);

    for (const path of ["log", "state", "minutes"]) {
      const url = `${server.url}/api/sessions/${id}/${path}`;
      expect((await fetch(url)).status, path).toBe(401);
      expect((await fetch(url, { headers: { "X-Seminar-Passcode": "guess" } })).status).toBe(403);
      const ok = await fetch(url, { headers: { "X-Seminar-Passcode": passcode } });
      expect(ok.status).toBe(200);
      expect(await ok.text()).not.toContain(passcode);
    }
    const summary = await getJson<{ passcode: boolean }>(server, `/api/sessions/${id}`);
    expect(summary.body.passcode).toBe(true);
    expect(JSON.stringify(summary.body)).not.toContain(passcode);
    expect(JSON.stringify(fac.raw)).not.toContain(passcode);
    expect(JSON.stringify(await server.store.events(id))).not.toContain(passcode);
    await back.leave();
    await fac.leave();
  });
});

describe("a seat key reads a passcoded seminar's record", () => {
  it("opens every read to a present participant's key, and refuses others as a wrong passcode", async () => {
    const passcode = "vorkuta-1953";
    const fac = await seat(server.wsUrl, null, { name: "Teacher", passcode });
    const id = fac.room.roomId;
    const ann = await seat(server.wsUrl, id, { name: "Ann", passcode });
    const stranger = await seat(server.wsUrl, null, { name: "Elsewhere" });
    const paths = ["log", "state", "minutes", "debrief", "debrief.csv"];
    const read = (path: string, headers: Record<string, string>) =>
      fetch(`${server.url}/api/sessions/${id}/${path}`, { headers });
    const wrongPasscode = await (await read("log", { "X-Seminar-Passcode": "not-it" })).text();
    expect(JSON.parse(wrongPasscode)).toMatchObject({ error: { code: "PASSCODE_WRONG" } });
    /** A refusal exactly like a wrong passcode's, so a probe cannot tell a removed key from none. */
    const refusedLikeWrongPasscode = async (headers: Record<string, string>, what: string) => {
      for (const path of paths) {
        const res = await read(path, headers);
        expect(res.status, `${what} ${path}`).toBe(403);
        expect(await res.text(), `${what} ${path}`).toBe(wrongPasscode);
      }
    };

    for (const [who, p] of [["the facilitator", fac] as const, ["a student", ann] as const])
      for (const path of paths) {
        const res = await read(path, { "X-Seat-Key": p.seatKey });
        expect(res.status, `${who} ${path}`).toBe(200);
        const body = await res.text();
        expect(body).not.toContain(p.seatKey);
        expect(body).not.toContain(passcode);
      }
    const withKey = await (await read("log", { "X-Seat-Key": fac.seatKey })).text();
    const withPasscode = await (await read("log", { "X-Seminar-Passcode": passcode })).text();
    expect(withKey).toBe(withPasscode);

    await refusedLikeWrongPasscode({ "X-Seat-Key": stranger.seatKey }, "another seminar's key");
    await refusedLikeWrongPasscode({ "X-Seat-Key": "A".repeat(43) }, "an unknown key");
    await refusedLikeWrongPasscode({ "X-Seat-Key": "not a key!" }, "a malformed key");
    for (const path of paths) expect((await read(path, {})).status, path).toBe(401);

    fac.send("removeParticipant", { participantId: ann.id });
    await fac.waitForEvent((e) => e.type === "participantRemoved");
    await refusedLikeWrongPasscode({ "X-Seat-Key": ann.seatKey }, "a removed participant's key");
    // The passcode still opens it, whatever key comes with it; the facilitator's key still does.
    expect((await read("log", { "X-Seat-Key": ann.seatKey, "X-Seminar-Passcode": passcode })).status).toBe(200);
    expect((await read("state", { "X-Seat-Key": fac.seatKey })).status).toBe(200);

    // Reading records nothing, and no key is in the record.
    const stored = JSON.stringify(await server.store.events(id));
    for (const key of [fac.seatKey, ann.seatKey]) expect(stored).not.toContain(key);
    await stranger.leave();
    await fac.leave();
  });
});

describe("the list of seminars", () => {
  it("shows only listed seminars, newest first, a page at a time", async () => {
    const hidden = await seat(server.wsUrl, null, { name: "Private" });
    const listed: SeatedParticipant[] = [];
    for (const name of ["L1", "L2", "L3"]) {
      listed.push(await seat(server.wsUrl, null, { name, listed: true, title: `Class ${name}` }));
      await sleep(3);
    }
    const all = (await getJson<{ id: string; title: string; listed: boolean }[]>(server, "/api/sessions")).body;
    expect(all.map((s) => s.id)).not.toContain(hidden.room.roomId);
    expect(all.every((s) => s.listed)).toBe(true);
    const mine = listed.map((p) => p.room.roomId).reverse();
    expect(all.map((s) => s.id).filter((id) => mine.includes(id))).toEqual(mine);
    expect(all.find((s) => s.id === mine[0])?.title).toBe("Class L3");

    const first = await fetch(`${server.url}/api/sessions?limit=2`);
    const page1 = (await first.json()) as { id: string }[];
    expect(page1).toHaveLength(2);
    const cursor = first.headers.get("x-next-cursor")!;
    expect(cursor).toBeTruthy();
    const page2 = (await (await fetch(`${server.url}/api/sessions?limit=2&cursor=${cursor}`)).json()) as {
      id: string;
    }[];
    expect(page2.map((s) => s.id)).not.toContain(page1[1].id);
    expect([...page1, ...page2].map((s) => s.id)).toEqual(all.slice(0, page1.length + page2.length).map((s) => s.id));
    for (const bad of ["limit=0", "limit=201", "limit=x", "cursor=nonsense"])
      expect((await fetch(`${server.url}/api/sessions?${bad}`)).status, bad).toBe(400);
    for (const p of [hidden, ...listed]) await p.leave();
  });
});

describe("deleting", () => {
  it("needs the facilitator's seat key and an ended seminar, then removes everything", async () => {
    const fac = await seat(server.wsUrl, null, { name: "Teacher" });
    const ann = await seat(server.wsUrl, fac.room.roomId, { name: "Ann" });
    const id = fac.room.roomId;
    const del = (key?: string) =>
      fetch(`${server.url}/api/sessions/${id}`, { method: "DELETE", headers: key ? { "X-Seat-Key": key } : {} });
    expect((await del()).status).toBe(403);
    expect((await del(ann.seatKey)).status).toBe(403);
    expect((await del(fac.seatKey)).status).toBe(409);
    fac.send("endSession", {});
    await ann.waitForEvent((e) => e.type === "sessionEnded");
    expect((await del(fac.seatKey)).status).toBe(409); // still open for reading
    await ann.leave();
    await fac.leave();
    await untilTrue(async () => (await del(fac.seatKey)).status === 204, "deleted once closed");
    expect((await fetch(`${server.url}/api/sessions/${id}`)).status).toBe(404);
    expect(await server.store.events(id)).toEqual([]);
  });

  it("deletes ended seminars older than RETENTION_DAYS at start", async () => {
    const old = await bootServer({ retentionDays: null });
    const day = 86_400_000;
    await old.store.createSession({ id: "ancient", scenarioId: sputnik1990.id, createdAt: Date.now() - 10 * day });
    await old.store.markEnded("ancient", Date.now() - 9 * day);
    await old.store.createSession({ id: "recent", scenarioId: sputnik1990.id, createdAt: Date.now() - day });
    await old.store.markEnded("recent", Date.now() - day);
    await old.stop();
    const again = await bootServer({ dataDir: old.dataDir, retentionDays: 7, restoreLiveSessions: false });
    await untilTrue(async () => (await again.store.session("ancient")) === null, "the old seminar swept");
    expect(await again.store.session("recent")).not.toBeNull();
    await again.dispose();
  });
});

describe("headers", () => {
  it("sends the hardening headers on the page, the replay page and the API", async () => {
    for (const path of ["/", "/replay/abc", "/api/scenarios", "/api/sessions/nope"]) {
      const res = await fetch(server.url + path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(csp).toContain("frame-ancestors 'self'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
      expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    }
  });
});
