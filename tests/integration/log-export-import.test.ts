/**
 * Export, minutes and import over HTTP, with a scripted session of real colyseus.js clients:
 * the exported log folds to what the clients saw, an import folds to the same state again, the
 * minutes keep hostile text inert, and every bad import is refused with its line and stores nothing.
 */
import { matchMaker } from "colyseus";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fold } from "../../shared/engine/apply.js";
import type { SeminarState } from "../../shared/engine/state.js";
import { parseLog } from "../../shared/log-format.js";
import type { SeminarRoom } from "../../server/rooms/seminar-room.js";
import { escapeMarkdownName } from "../../shared/replay/minutes.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";
import { bootServer, getJson, waitUntil, type TestServer } from "./harness.js";
import { promptA, promptB, promptC, runScriptedSession, type ScriptedSession } from "./scripted-session.js";

const IMPORT_LIMIT = 200_000;
const HOSTILE = {
  names: ["Chair <b>", "<script>alert(1)</script>", "# heading", "[link](javascript:x)"] as [
    string,
    string,
    string,
    string,
  ],
  hostilePost:
    "# heading\n[link](javascript:x) ![img](x)\n<script>alert(1)</script> &amp;\n`code` *bold* _it_ | cell |\nTitle\n===\n---",
  hostileSpeech:
    "<img src=x onerror=alert(1)>\n## not a heading\n1. not a list\n> not a quote\n    not code\n\n- not an item",
};

const fixture = readFileSync(new URL("../fixtures/logs/v1-sample.ndjson", import.meta.url), "utf8");

let server: TestServer;
let session: ScriptedSession;
let exported: string;
beforeAll(async () => {
  server = await bootServer({ importLimitBytes: IMPORT_LIMIT });
  session = await runScriptedSession(server, HOSTILE);
  exported = await (await fetch(`${server.url}/api/sessions/${session.roomId}/log`)).text();
});
afterAll(async () => {
  // The fourth participant has already left as part of the script.
  for (const p of session ? [session.fac, ...session.others] : []) await p.leave();
  await server?.dispose();
});

const json = (s: SeminarState) => JSON.parse(JSON.stringify(s));

async function importLog(body: string | Uint8Array<ArrayBuffer>, type = "application/x-ndjson") {
  const res = await fetch(`${server.url}/api/sessions/import`, {
    method: "POST",
    // The log's own type needs no more; others need the header that forces a CORS preflight.
    headers: { "content-type": type, ...(type === "application/x-ndjson" ? {} : { "x-seminar-import": "1" }) },
    body,
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      id?: string;
      error?: { code: string; message: string; line: number | null; kind?: string };
    },
  };
}

describe("log export", () => {
  it("folds to exactly the state the live clients saw", async () => {
    const parsed = parseLog(exported);
    if (!parsed.ok) throw new Error(`line ${parsed.line}: ${parsed.reason}`);
    const { fac, others } = session;
    const replayed = fold(parsed.events);
    expect(parsed.events).toEqual(fac.events);
    // The live room's own engine state (the server runs in this process) is exactly the replay.
    const room = matchMaker.getLocalRoomById(session.roomId) as SeminarRoom | undefined;
    expect(room).toBeDefined();
    expect(json(room!.seminarState as SeminarState)).toEqual(json(replayed));
    for (const p of [fac, ...others]) expect(fold(p.events)).toEqual(replayed);
    const state = await getJson<SeminarState>(server, `/api/sessions/${session.roomId}/state`);
    expect(state.body).toEqual(json(replayed));
    // What each client renders is its fold of the events; it agrees with the replayed state.
    expect(fac.room.state ?? null).toBeNull();
    const caughtUp = (v = fold(fac.events)) =>
      v.openPromptId === replayed.openPromptId &&
      v.speechLimitSeconds === replayed.speechLimitSeconds &&
      v.floor === null &&
      sputnik1990.roles.every((role) => v.roleHolders[role.id] === replayed.roleHolders[role.id]);
    await waitUntil(() => caughtUp(), "client caught up");
    const view = fold(fac.events);
    expect(view.openPromptId).toBe(replayed.openPromptId);
    expect(view.speechLimitSeconds).toBe(replayed.speechLimitSeconds);
    expect(view.floor).toBeNull();
    for (const role of sputnik1990.roles)
      expect(view.roleHolders[role.id], role.id).toBe(replayed.roleHolders[role.id]);
    expect(replayed.speeches.map((s) => s.promptId)).toEqual([null, promptA.id, promptA.id, promptB.id, promptA.id]);
    expect(replayed.posts.filter((p) => p.replyTo).length).toBe(3);
  });
});

describe("log import", () => {
  it("makes an ended, replayable session with a new id and its origin, folding to the same state", async () => {
    // Imported sessions are unlisted (as every seminar is by default): count them in the store.
    const before = (await server.store.list()).length;
    const res = await importLog(exported);
    expect(res.status).toBe(201);
    const id = res.body.id!;
    expect(id).toMatch(/^[A-Za-z0-9_-]{4,64}$/);
    expect(id).not.toBe(session.roomId);
    expect((await server.store.list()).length).toBe(before + 1);
    expect((await getJson<{ id: string }[]>(server, "/api/sessions")).body.map((s) => s.id)).not.toContain(id);

    const original = (await getJson<Record<string, unknown>>(server, `/api/sessions/${session.roomId}`)).body;
    const summary = (await getJson<Record<string, unknown>>(server, `/api/sessions/${id}`)).body;
    expect(summary).toMatchObject({
      id,
      scenarioId: "sputnik-1990",
      live: false,
      eventCount: original.eventCount,
      participantCount: original.participantCount,
      createdAt: original.createdAt,
      origin: { sessionId: session.roomId },
    });
    expect(summary.endedAt).toBe(session.fac.events.at(-1)!.at);

    const a = await getJson(server, `/api/sessions/${session.roomId}/state`);
    const b = await getJson(server, `/api/sessions/${id}/state`);
    expect(b.body).toEqual(a.body);
    const mid = Math.floor(session.fac.events.length / 2);
    expect((await getJson(server, `/api/sessions/${id}/state?seq=${mid}`)).body).toEqual(
      (await getJson(server, `/api/sessions/${session.roomId}/state?seq=${mid}`)).body,
    );

    // Export again: the same events under the new id; import that too; still the same state.
    const again = await (await fetch(`${server.url}/api/sessions/${id}/log`)).text();
    const reparsed = parseLog(again);
    if (!reparsed.ok) throw new Error(reparsed.reason);
    expect(reparsed.header.sessionId).toBe(id);
    expect(reparsed.events).toEqual(session.fac.events);
    const second = await importLog(again, "text/plain");
    expect(second.status).toBe(201);
    expect((await getJson(server, `/api/sessions/${second.body.id}/state`)).body).toEqual(a.body);
    expect((await getJson<{ origin: unknown }>(server, `/api/sessions/${second.body.id}`)).body.origin).toMatchObject({
      sessionId: id,
    });
  });

  it("imports the committed v1 fixture", async () => {
    const res = await importLog(fixture, "application/octet-stream");
    expect(res.status).toBe(201);
    const parsed = parseLog(fixture);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect((await getJson(server, `/api/sessions/${res.body.id}/state`)).body).toEqual(json(fold(parsed.events)));
    const minutes = await (await fetch(`${server.url}/api/sessions/${res.body.id}/minutes`)).text();
    expect(minutes).toContain(`Imported on`);
    expect(minutes).toContain(parsed.header.sessionId);
  });

  it("refuses every kind of bad file with the right status and line, and stores nothing", async () => {
    const count = async () => (await server.store.list()).length;
    const before = await count();
    const lines = exported.trimEnd().split("\n");
    const header = JSON.parse(lines[0]);
    const events = lines.slice(1).map((l) => JSON.parse(l));
    const file = (h: unknown, evs: unknown[]) =>
      [JSON.stringify(h), ...evs.map((e) => JSON.stringify(e))].join("\n") + "\n";
    const cases: {
      what: string;
      body: string | Uint8Array<ArrayBuffer>;
      type?: string;
      status: number;
      code: string;
      line?: number;
      message?: RegExp;
    }[] = [
      {
        what: "a line that is not JSON",
        body: [lines[0], lines[1], "{not json", ...lines.slice(2)].join("\n"),
        status: 400,
        code: "INVALID",
        line: 3,
        message: /not JSON/,
      },
      {
        what: "an event that does not validate",
        body: file(
          header,
          events.map((e, i) => (i === 4 ? { ...e, type: "teleported" } : e)),
        ),
        status: 400,
        code: "INVALID",
        line: 6,
        message: /unknown event type/,
      },
      {
        what: "seq not starting at 1",
        body: file(header, events.slice(1)),
        status: 400,
        code: "INVALID",
        line: 2,
        message: /start at 1/,
      },
      {
        what: "a gap in seq",
        body: file(header, [...events.slice(0, 7), ...events.slice(8)]),
        status: 400,
        code: "INVALID",
        line: 9,
        message: /gap/,
      },
      {
        what: "a log that does not fold",
        body: file(header, [...events.slice(0, 12), events[5], ...events.slice(12)]),
        status: 400,
        code: "INVALID",
        line: 14,
      },
      {
        what: "an unknown format",
        body: file({ ...header, format: "other-log" }, events),
        status: 400,
        code: "UNSUPPORTED_FORMAT",
        line: 1,
      },
      {
        what: "an unknown version",
        body: file({ ...header, version: 99 }, events),
        status: 400,
        code: "UNSUPPORTED_VERSION",
        line: 1,
        message: /99/,
      },
      {
        what: "an unknown scenario",
        body: file(
          { ...header, scenarioId: "atlantis" },
          events.map((e, i) => (i === 0 ? { ...e, data: { ...e.data, scenarioId: "atlantis" } } : e)),
        ),
        status: 400,
        code: "UNKNOWN_SCENARIO",
        line: 1,
        message: /atlantis/,
      },
      { what: "an empty body", body: "", status: 400, code: "UNSUPPORTED_FORMAT", line: 1 },
      {
        what: "bytes that are not UTF-8",
        body: new Uint8Array([...Buffer.from(lines.slice(0, 3).join("\n") + "\n"), 0xff, 0xfe, 0x0a]),
        status: 400,
        code: "INVALID",
        line: 4,
        message: /UTF-8/,
      },
      {
        what: "a file over the limit",
        body: exported + "x".repeat(IMPORT_LIMIT),
        status: 413,
        code: "TOO_LARGE",
        message: new RegExp(String(IMPORT_LIMIT)),
      },
      {
        what: "a JSON content type",
        body: exported,
        type: "application/json",
        status: 415,
        code: "UNSUPPORTED_MEDIA_TYPE",
      },
    ];
    for (const c of cases) {
      const res = await importLog(c.body, c.type);
      expect(res.status, c.what).toBe(c.status);
      expect(res.body.error?.code, c.what).toBe(c.code);
      if (c.line !== undefined) expect(res.body.error?.line, c.what).toBe(c.line);
      if (c.message) expect(res.body.error?.message, c.what).toMatch(c.message);
    }
    expect(await count()).toBe(before);
  });
});

describe("minutes", () => {
  let md: string;
  beforeAll(async () => {
    const res = await fetch(`${server.url}/api/sessions/${session.roomId}/minutes`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    md = await res.text();
    if (process.env.PRINT_MINUTES) console.log(md);
  });

  it("has the title, date, scenario and participants with roles and factions", () => {
    const state = fold(session.fac.events);
    expect(md.startsWith(`# Minutes: ${sputnik1990.title}\n`)).toBe(true);
    expect(md).toContain(`- **Date:** ${new Date(state.startedAt!).toISOString().slice(0, 10)} (UTC)`);
    expect(md).toContain(`(sputnik-1990)`);
    const participants = md.slice(md.indexOf("## Participants"), md.indexOf("## Proceedings"));
    const [, annRole] = sputnik1990.roles.filter((r) => !r.chair);
    const faction = sputnik1990.factions.find((f) => f.id === annRole.factionId)!;
    expect(participants).toContain(`- **${escapeMarkdownName(HOSTILE.names[2])}**: ${annRole.name}, ${faction.name}`);
    expect(participants).toContain("(facilitator)");
    expect(participants.split("\n").filter((l) => l.startsWith("- **"))).toHaveLength(4);
  });

  it("puts prompts as headings in the order opened, speeches under them, and threads the board", () => {
    const headings = md.split("\n").filter((l) => l.startsWith("#"));
    const q = (p: { question: string }) => escapeMarkdownName(p.question);
    expect(headings).toEqual([
      `# Minutes: ${sputnik1990.title}`,
      "## Participants",
      "## Proceedings",
      "### Before the first prompt",
      `### 1. ${q(promptA)}`,
      "#### Board",
      `### 2. ${q(promptB)}`,
      "#### Board",
      `### 3. ${q(promptA)} (resumed)`,
      "### Board threads on prompts that were not opened",
      `#### ${q(promptC)}`,
      "## Reactions",
    ]);
    const section = (from: string, to: string) => md.slice(md.indexOf(from), md.indexOf(to, md.indexOf(from) + 1));
    expect(section("### Before the first prompt", "### 1.")).toContain("> Before we begin");
    const first = section("### 1.", "### 2.");
    expect(first).toContain("> In Durham we saw the same thing in 1984");
    expect(first).toMatch(/\*\*# heading\*\*|\*\*\\# heading\*\*/);
    expect(first).toMatch(/UTC \(\+0:00:\d\d\)/);
    expect(first).toMatch(/\d\d:\d\d:\d\d UTC/);
    // The thread: root, a reply indented one level, a reply to the reply two levels.
    expect(first).toMatch(
      /\n- \*\*.+\n\n {2}> The Kuzbass demands[^\n]*\n\n {2}- \*\*.+\n\n {4}> Soap first[^\n]*\n\n {4}- \*\*.+\n\n {6}> \\# heading/,
    );
    expect(section("### 3.", "### Board threads")).toContain("> One more word on the strikes");
    expect(md).toContain("Applause 1, dissent 1, laughter 1, questions 0.");
  });

  it("escapes hostile names and text so they cannot inject markup or break structure", () => {
    expect(md).not.toMatch(/<script|<img|<b>/i);
    expect(md).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(md).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(md).toContain("&amp;amp;");
    expect(md).not.toMatch(/[^\\]\[link\]/);
    expect(md).toContain("\\[link\\](javascript:x)");
    expect(md).toContain("\\`code\\` \\*bold\\* \\_it\\_ \\| cell \\|");
    for (const line of md.split("\n")) {
      // Outside our own headings, no line starts a heading, a setext underline, a rule or a list.
      const body = line.replace(/^\s*(> ?)?/, "");
      if (/^#{1,4} /.test(line)) continue;
      if (/^\s*- \*\*/.test(line)) continue; // our own list items: "- **Name** ..."
      if (/^- \*\*(Date|Time|Scenario|Session|Record|Imported)/.test(line)) continue;
      expect(body, line).not.toMatch(/^(#|=+\s*$|-|\+ |\d+[.)] |> )/);
    }
    expect(md).toContain("> \\## not a heading");
    expect(md).toContain("> 1\\. not a list");
    expect(md).toContain("> &gt; not a quote");
    expect(md).toContain("> \\===");
    expect(md).toContain("> \\---");
  });

  it("answers 404 JSON for an unknown session", async () => {
    const res = await getJson<{ error: { code: string } }>(server, "/api/sessions/nope/minutes");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("NOT_FOUND");
  });
});
