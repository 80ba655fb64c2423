/**
 * Hostile input: several clients send thousands of random and malformed messages (wrong types,
 * huge strings, deep nesting, unknown types, prototype keys, undecodable raw frames). Afterwards
 * the server is up, nobody was disconnected, every message got either its event or a `rejected`,
 * the log is gapless and folds to the live state (events, history, schema, HTTP), and a fresh
 * client holds a normal turn. Seeded: FUZZ_SEED=<n> reproduces a run.
 */
import { Client } from "colyseus.js";
import { afterAll, beforeAll, expect, it } from "vitest";
import { fold } from "../../shared/engine/apply.js";
import type { SeminarState } from "../../shared/engine/state.js";
import { COMMAND_TYPES } from "../../shared/protocol.js";
import { REJECTION_CODES } from "../../shared/wire.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { bootServer, getJson, parseNdjson, waitUntil, type TestServer } from "./harness.js";
import { roomDataFrame, seat, sleep, type SeatedParticipant } from "./seated.js";
import { prng } from "../fixtures/prng.js";
import { withholdHiddenPosts } from "../../shared/hidden-posts.js";

const SEED = Number(process.env.FUZZ_SEED ?? 19900823);
const MESSAGES_PER_CLIENT = 1500;

let server: TestServer;
beforeAll(async () => {
  // A generous rate limit, so the fuzz reaches validation instead of bouncing off the limiter.
  server = await bootServer({ rateLimit: { perSecond: 100_000, burst: 100_000 } });
});
afterAll(async () => {
  await server?.dispose();
});

/** What one client sends: a room message through colyseus.js, bytes, or a raw frame. */
type Shot =
  | { kind: "send"; type: string | number; payload: unknown }
  | { kind: "bytes"; type: string; bytes: Uint8Array }
  | { kind: "raw"; frame: Uint8Array };

function generator(rand: () => number, ids: () => string[]) {
  const int = (n: number) => Math.floor(rand() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const roleIds = [...sputnik1990.roles.map((r) => r.id), "no-such-role", "", "__proto__"];
  const promptIds = [...sputnik1990.prompts.map((p) => p.id), "nope", "constructor"];
  const texts = [
    "Товарищи!",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{constructor.constructor('return process')()}}",
    "${process.exit()}",
    "\u0000\u202e\ud83d\ude00 zero, bidi and emoji",
    "   ",
    "",
  ];
  /** Huge strings only where one per message keeps it under the 64 KB frame limit. */
  const string = (huge = true): string => {
    const c = int(6);
    switch (c === 3 && !huge ? 0 : c) {
      case 0:
        return pick(texts);
      case 1:
        return "x".repeat(int(3000));
      case 2:
        return "ы".repeat(1990 + int(20)); // around the 2,000-character limit
      case 3:
        return "y".repeat(20_000 + int(10_000)); // huge but under the frame limit
      case 4:
        return String.fromCharCode(...Array.from({ length: int(50) }, () => int(0xd7ff)));
      default:
        return pick([...roleIds, ...promptIds, ...ids(), `post-${int(200)}`]);
    }
  };
  const deep = (depth: number): unknown => {
    let v: unknown = "bottom";
    for (let i = 0; i < depth; i++) v = int(2) ? [v] : { text: v };
    return v;
  };
  const value = (d = 0): unknown => {
    switch (int(d > 2 ? 7 : 10)) {
      case 0:
        return null;
      case 1:
        return pick([0, -1, 15, 600, 601, 1e308, -0, Number.NaN, Number.POSITIVE_INFINITY, 3.5, 2 ** 53]);
      case 2:
        return rand() < 0.5;
      case 3:
      case 4:
      case 5:
        return string(d === 0);
      case 6:
        return undefined;
      case 7:
        return Array.from({ length: int(5) }, () => value(d + 1));
      case 8:
        return Object.fromEntries(
          Array.from({ length: int(4) }, () => [pick(["text", "roleId", "to", "kind", "seconds", "x"]), value(d + 1)]),
        );
      default:
        return deep(10 + int(300)); // deeper nesting goes as raw frames (the client encoder recurses too)
    }
  };
  /** A plausible payload for `type`, sometimes right, often slightly or wildly wrong. */
  const payloadFor = (type: string): unknown => {
    const ok: Record<string, () => unknown> = {
      claimRole: () => ({ roleId: pick(roleIds) }),
      releaseRole: () => ({}),
      raiseHand: () => ({}),
      lowerHand: () => ({}),
      giveFloor: () => (int(2) ? {} : { to: pick([...ids(), "nobody"]) }),
      speak: () => ({ text: string() }),
      yieldFloor: () => ({}),
      openPrompt: () => ({ promptId: pick(promptIds) }),
      post: () => ({ promptId: pick(promptIds), text: string(), ...(int(3) ? {} : { replyTo: `post-${int(300)}` }) }),
      react: () => ({ kind: pick(["applause", "dissent", "laughter", "question", "boo", "__proto__"]) }),
      setSpeechLimit: () => ({ seconds: pick([15, 60, 600, 14, 601, 90.5, "90"]) }),
      closePrompt: () => ({}),
      hidePost: () => ({ postId: pick([`post-${int(300)}`, "__proto__", ""]) }),
      assignRole: () => ({ roleId: pick(roleIds), to: pick([...ids(), "nobody", "__proto__"]) }),
      revokeRole: () => ({ roleId: pick(roleIds) }),
      setRoleClaiming: () => ({ mode: pick(["open", "facilitator", "anyone", "__proto__"]) }),
      // The rest would end the run's subject (remove a fuzzer, lock out the fresh client, hand
      // the chair away): only payloads the room must refuse. Each has its own test.
      removeParticipant: () => ({ participantId: pick(["nobody", "__proto__", "constructor"]) }),
      lockSeminar: () => ({ locked: pick([false, "true", 1, null]) }),
      handOver: () => ({ to: pick(["nobody", "__proto__", ""]) }),
    };
    const base = ok[type]?.() ?? {};
    switch (int(8)) {
      case 0:
        return value();
      case 1:
        return { ...base, extra: value(1) };
      case 2:
        // An own "__proto__" key, as JSON.parse makes it: a classic pollution attempt.
        return JSON.parse(
          `{"__proto__": {"polluted": true, "facilitator": true}, ${JSON.stringify(base).slice(1)}`.replace(
            /, }$/,
            "}",
          ),
        );
      case 3:
        return JSON.parse(`{"constructor": {"prototype": {"polluted": true}}}`);
      default:
        return base;
    }
  };
  /** endSession would refuse everything after it: it is never sent (its own test covers it). */
  const types = COMMAND_TYPES.filter((t) => t !== "endSession");
  const rawFrame = (): Uint8Array => {
    switch (int(9)) {
      case 0:
        return Uint8Array.from(
          Array.from({ length: 1 + int(200) }, () => int(256)).map((b, i) => (i === 0 && b === 12 ? 13 : b)),
        );
      case 1:
        return roomDataFrame(pick(types), Uint8Array.from([0xc1])); // 0xc1: reserved byte, decodes to a junk object
      case 2:
        return roomDataFrame("speak", Uint8Array.from([0x81, 0xa4, 0x74, 0x65])); // map cut short
      case 3:
        return Uint8Array.from([13]); // a room message with no type at all
      case 4:
        return Uint8Array.from([13, 0xd9, 0xff, 0x61]); // type claims 255 bytes, has 1
      case 5:
        return roomDataFrame("post", new Uint8Array(60_000).fill(0x91)); // 60,000 nested arrays
      case 6:
        return Uint8Array.from([
          pick([0, 1, 9, 11, 14, 15, 16, 99, 255]),
          ...Array.from({ length: int(20) }, () => int(256)),
        ]);
      case 7:
        return roomDataFrame("__no_message_handler", Uint8Array.from([0x80]));
      default:
        return new Uint8Array(0);
    }
  };
  return (): Shot => {
    const r = rand();
    if (r < 0.55)
      return {
        kind: "send",
        type: pick(types),
        payload: payloadFor(pick(types.concat(types))),
      };
    if (r < 0.62) {
      const type = pick([
        "__proto__",
        "constructor",
        "toString",
        "hasOwnProperty",
        "*",
        "__no_message_handler",
        "fly",
        "",
        "x".repeat(300),
      ]);
      return { kind: "send", type, payload: value() };
    }
    if (r < 0.65) return { kind: "send", type: int(1000), payload: value() };
    if (r < 0.7)
      return {
        kind: "bytes",
        type: pick(types),
        bytes: Uint8Array.from(Array.from({ length: int(100) }, () => int(256))),
      };
    if (r < 0.9) return { kind: "raw", frame: rawFrame() };
    // A matching, well-formed command now and then keeps the session moving.
    const type = pick(types);
    return { kind: "send", type, payload: payloadFor(type) };
  };
}

/** Frames core handles without answering (a repeated join acknowledgement): not counted. */
const unanswered = (s: Shot) => s.kind === "raw" && s.frame[0] === 10;

it(`survives thousands of hostile messages with the log intact (seed ${SEED})`, async () => {
  const started = Date.now();
  const fac = await seat(server.wsUrl, null, { name: "Facilitator" });
  const roomId = fac.room.roomId;
  const others = [];
  for (const name of ["<b>Ann</b>", "Bob'); DROP TABLE events;--", "__proto__"])
    others.push(await seat(server.wsUrl, roomId, { name }));
  const fuzzers: SeatedParticipant[] = [fac, ...others];
  const ids = () => fuzzers.map((p) => p.id);
  const sent = new Map<SeatedParticipant, number>();

  await Promise.all(
    fuzzers.map(async (p, i) => {
      const next = generator(prng(SEED + i), ids);
      let counted = 0;
      for (let n = 0; n < MESSAGES_PER_CLIENT; n++) {
        const shot = next();
        if (shot.kind === "send") p.room.send(shot.type, shot.payload);
        else if (shot.kind === "bytes") p.room.sendBytes(shot.type, shot.bytes);
        else p.sendRaw(shot.frame);
        if (!unanswered(shot)) counted++;
        if (n % 50 === 49) await sleep(1);
      }
      sent.set(p, counted);
    }),
  );

  // Every message is answered: by exactly one event (accepted) or one `rejected`.
  const accepted = (p: SeatedParticipant) => p.events.filter((e) => e.actor === p.id && e.type !== "joined").length;
  const tally = () => fuzzers.map((p) => `${accepted(p)}+${p.rejections.length}/${sent.get(p)}`).join(", ");
  await waitUntil(
    () => fuzzers.every((p) => accepted(p) + p.rejections.length === sent.get(p)),
    "every message answered",
    40_000,
  ).catch((err) => {
    throw new Error(`${err.message}: accepted+rejected/sent ${tally()}; closed ${fuzzers.map((p) => p.closeCode)}`);
  });
  const { body: summary } = await getJson<{ eventCount: number }>(server, `/api/sessions/${roomId}`);
  await waitUntil(() => fuzzers.every((p) => p.events.length === summary.eventCount), "everyone caught up");

  expect((await getJson(server, "/healthz")).status).toBe(200);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  for (const p of fuzzers) {
    expect(p.open, `${p.id} still connected`).toBe(true);
    expect(p.closeCode).toBeNull();
    for (const r of p.rejections) {
      expect(REJECTION_CODES).toContain(r.code);
      expect(typeof r.command === "string" && r.command.length <= 40).toBe(true);
    }
  }
  const rejectedCodes = new Set(fuzzers.flatMap((p) => p.rejections.map((r) => r.code)));
  expect(rejectedCodes).toContain("INVALID");
  expect(fuzzers.some((p) => p.rejections.some((r) => r.command === "?"))).toBe(true);

  // The log: gapless, the same as every client saw, and it folds to the live state.
  const { events: log } = parseNdjson(await (await fetch(`${server.url}/api/sessions/${roomId}/log`)).text());
  expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
  // Live clients saw hidden posts' text before the postHidden that withholds it.
  for (const p of fuzzers) expect(withholdHiddenPosts(p.events)).toEqual(log);
  const folded = fold(log);
  expect(folded.speeches.length + folded.posts.length).toBeGreaterThan(0);
  expect((await getJson(server, `/api/sessions/${roomId}/state`)).body).toEqual(JSON.parse(JSON.stringify(folded)));
  // Texts are stored exactly as sent (only trimmed): markup stays markup, as text.
  for (const t of [...folded.speeches, ...folded.posts]) expect(typeof t.text).toBe("string");
  expect(folded.participants[others[0].id].name).toBe("<b>Ann</b>");

  // A fresh client: its history folds to the same state, its fold after its own join is the
  // server's fold of the stored log (there is no schema state), and it speaks.
  const fresh = await seat(server.wsUrl, roomId, { name: "Fresh" });
  expect(fold(fresh.histories[0])).toEqual(folded);
  expect(fresh.room.state ?? null).toBeNull();
  await fresh.waitForEvent((e) => e.type === "joined" && e.actor === fresh.id);
  const served = (await getJson<SeminarState>(server, `/api/sessions/${roomId}/state`)).body;
  expect(JSON.parse(JSON.stringify(fold(fresh.events)))).toEqual(served);
  expect(fold(fresh.events).participants[fresh.id]).toMatchObject({ name: "Fresh", present: true, connected: true });
  if (fold(fac.events).floor) {
    fac.send("yieldFloor");
    await fresh.waitForEvent((e) => e.type === "floorYielded" && e.seq > folded.seq);
  }
  fresh.send("raiseHand");
  await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === fresh.id);
  fac.send("giveFloor", { to: fresh.id });
  await fresh.waitForEvent((e) => e.type === "floorGiven" && (e.data as { to: string }).to === fresh.id);
  fresh.send("speak", { text: "A normal turn after the storm." });
  const spoke = await fac.waitForEvent((e) => e.type === "spoke" && e.actor === fresh.id);
  expect(spoke.data).toEqual({ text: "A normal turn after the storm." });
  expect(fresh.rejections).toEqual([]);
  console.log(
    `fuzz seed ${SEED}: ${[...sent.values()].reduce((a, b) => a + b, 0)} messages, ${log.length} events, ` +
      `${fuzzers.reduce((n, p) => n + p.rejections.length, 0)} rejections, ${Date.now() - started} ms`,
  );
  for (const p of [...fuzzers, fresh]) await p.leave();
}, 60_000);

it("answers each kind of unusable frame with `rejected` and keeps the sender connected", async () => {
  const fac = await seat(server.wsUrl, null, { name: "Facilitator" });
  const ann = await seat(server.wsUrl, fac.room.roomId, { name: "Ann" });
  const cases: [string, () => void, string][] = [
    ["undecodable msgpack body", () => ann.sendRaw(roomDataFrame("speak", Uint8Array.from([0x81, 0xa4, 0x74]))), "?"],
    ["type that runs past the frame", () => ann.sendRaw(Uint8Array.from([13, 0xd9, 0xff, 0x61])), "?"],
    ["empty frame", () => ann.sendRaw(new Uint8Array(0)), "?"],
    ["unknown protocol code", () => ann.sendRaw(Uint8Array.from([99, 1, 2, 3])), "?"],
    ["binary message (sendBytes)", () => ann.room.sendBytes("speak", Uint8Array.from([1, 2, 3])), "?"],
    ["core's fallback handler's name as a type", () => ann.send("__no_message_handler", {}), "__no_message_handler"],
    ["__proto__ as a type", () => ann.send("__proto__", { polluted: true }), "__proto__"],
    ["a numeric type", () => ann.room.send(7, {}), "?"],
  ];
  for (const [what, send, command] of cases) {
    const n = ann.rejections.length;
    send();
    await waitUntil(() => ann.rejections.length > n, what);
    expect(ann.rejections.at(-1), what).toMatchObject({ command, code: "INVALID" });
    expect(ann.rejections.length, what).toBe(n + 1);
  }
  expect(ann.open).toBe(true);
  expect(ann.closeCode).toBeNull();
  ann.send("raiseHand");
  await fac.waitForEvent((e) => e.type === "handRaised" && e.actor === ann.id);
  expect(fac.rejections).toEqual([]);
  for (const p of [fac, ann]) await p.leave();
});

it("refuses hostile join options (unknown and __proto__ keys, deep nesting, huge bodies) and stays up", async () => {
  const fac = await seat(server.wsUrl, null, { name: "Facilitator" });
  const roomId = fac.room.roomId;
  const client = new Client(server.wsUrl);
  const refusals = [
    `{"name":"Ann","__proto__":{"facilitator":true}}`,
    `{"name":"Ann","constructor":{"prototype":{"polluted":true}}}`,
    `{"name":"Ann","facilitator":true}`,
    `{"name":${"[".repeat(2000)}${"]".repeat(2000)}}`,
    `{"name":"Ann","seatKey":{"$ne":null}}`,
    `{"name":"Ann","restoreSessionId":"${roomId}"}`,
  ];
  for (const json of refusals)
    await expect(client.joinById(roomId, JSON.parse(json)), json.slice(0, 60)).rejects.toThrow();
  await expect(client.create("seminar", { name: "Ann", restoreSessionId: roomId })).rejects.toThrow(/restoreSessionId/);
  // A matchmaking body far over the limit is cut off before it is read whole.
  const huge = await fetch(`${server.url}/matchmake/joinById/${roomId}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ name: "Ann", pad: "x".repeat(5_000_000) }),
  }).then(
    (r) => r.status,
    () => 0, // the server may close the connection while the body is still being sent
  );
  expect([0, 413]).toContain(huge);
  const over = await fetch(`${server.url}/matchmake/joinById/${roomId}`, {
    method: "POST",
    body: JSON.stringify({ name: "A", pad: "x".repeat(20_000) }),
  });
  expect(over.status).toBe(413);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((await getJson(server, "/healthz")).status).toBe(200);
  await sleep(100);
  expect(fac.events.filter((e) => e.type === "joined")).toHaveLength(1);
  expect(fac.open).toBe(true);
  await fac.leave();
});

it("stores names, speeches and posts exactly as sent (only trimmed) and hands them back as plain strings", async () => {
  const tricky = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)> &amp; &lt;b&gt;",
    "Line one\nLine two\r\n\ttabbed",
    "\u0000NUL \u202eRTL override\u202c \u200bzero-width 🙂 👨‍👩‍👧",
    '{"type":"joined","actor":"system"}',
    "${process.exit()} {{7*7}} %s %n",
    "Троцкий ".repeat(250).slice(0, 1999), // 1,999 characters, about 3.6 KB of UTF-8
  ];
  const name = "<b onmouseover=alert(1)>Ann</b>";
  const fac = await seat(server.wsUrl, null, { name: "Facilitator" });
  const ann = await seat(server.wsUrl, fac.room.roomId, { name });
  fac.send("giveFloor", { to: ann.id });
  await ann.waitForEvent((e) => e.type === "floorGiven");
  for (const text of tricky) {
    ann.send("speak", { text });
    ann.send("post", { promptId: sputnik1990.prompts[0].id, text });
  }
  await waitUntil(() => fold(fac.events).posts.length === tricky.length, "all posts");
  const { events: log } = parseNdjson(await (await fetch(`${server.url}/api/sessions/${fac.room.roomId}/log`)).text());
  for (const events of [fac.events, log]) {
    const s = fold(events);
    expect(s.speeches.map((x) => x.text)).toEqual(tricky);
    expect(s.posts.map((x) => x.text)).toEqual(tricky);
    expect(s.participants[ann.id].name).toBe(name);
  }
  await waitUntil(() => fold(ann.events).participants[ann.id]?.name === name, "name as given, in every fold");
  expect(ann.rejections).toEqual([]);
  for (const p of [fac, ann]) await p.leave();
});
