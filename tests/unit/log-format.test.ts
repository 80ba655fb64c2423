/** The log file reader: the v1 fixture, round trips, and every kind of bad input with its line. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fold } from "../../shared/engine/apply.js";
import { LOG_FORMAT, LOG_VERSION, parseLog, serializeLog, type ParsedLog } from "../../shared/log-format.js";

const fixture = readFileSync(new URL("../fixtures/logs/v1-sample.ndjson", import.meta.url), "utf8");
const lines = fixture.trimEnd().split("\n");
const header = JSON.parse(lines[0]);
const events = lines.slice(1).map((l) => JSON.parse(l));
const file = (h: unknown, evs: unknown[]) =>
  [JSON.stringify(h), ...evs.map((e) => JSON.stringify(e))].join("\n") + "\n";
/** The fixture with event line `seq` (1-based event index) replaced. */
const withEvent = (seq: number, change: (e: Record<string, unknown>) => unknown) =>
  file(
    header,
    events.map((e, i) => (i === seq - 1 ? change(structuredClone(e)) : e)),
  );

function refused(result: ParsedLog) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("unreachable");
  expect(result.reason.length).toBeGreaterThan(5);
  return result;
}

describe("parseLog on good input", () => {
  it("reads the committed v1 fixture: header, every event, and it folds", () => {
    const parsed = parseLog(fixture);
    if (!parsed.ok) throw new Error(`line ${parsed.line}: ${parsed.reason}`);
    // Read into the current version: its events are current events (v2 only added to v1).
    expect(parsed.header).toEqual({
      format: LOG_FORMAT,
      version: LOG_VERSION,
      sessionId: header.sessionId,
      scenarioId: "sputnik-1990",
      createdAt: header.createdAt,
    });
    expect(parsed.events).toEqual(events);
    const state = fold(parsed.events);
    expect(state.seq).toBe(events.length);
    expect(new Set(state.speeches.map((s) => s.promptId)).size).toBeGreaterThanOrEqual(3); // null + two prompts
    expect(state.posts.some((p) => p.replyTo !== null)).toBe(true);
  });

  it("round-trips through serializeLog byte for byte, in the current version", () => {
    const parsed = parseLog(fixture);
    if (!parsed.ok) throw new Error(parsed.reason);
    const current = fixture.replace('"version":1,', `"version":${LOG_VERSION},`);
    expect(serializeLog(parsed.header, parsed.events)).toBe(current);
    expect(LOG_VERSION).toBe(2);
    const again = parseLog(current);
    if (!again.ok) throw new Error(again.reason);
    expect(serializeLog(again.header, again.events)).toBe(current);
  });

  it("accepts CRLF line ends, a byte-order mark and a missing final newline", () => {
    for (const variant of [fixture.replace(/\n/g, "\r\n"), "\ufeff" + fixture, fixture.trimEnd()]) {
      const parsed = parseLog(variant);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.events).toEqual(events);
    }
  });

  it("ignores header keys it does not know (a later minor addition)", () => {
    expect(parseLog(file({ ...header, note: "x" }, events)).ok).toBe(true);
  });
});

describe("parseLog on bad input names the line and the kind", () => {
  it.each([
    ["an empty file", "", 1],
    ["a header that is not JSON", "{format: nope}\n" + lines.slice(1).join("\n"), 1],
    ["a header of another format", file({ ...header, format: "rrweb" }, events), 1],
    ["a JSON array header", file([1, 2], events), 1],
    ["an event line first", lines.slice(1).join("\n"), 1],
  ])("format: %s", (_what, text, line) => {
    const r = refused(parseLog(text));
    expect(r).toMatchObject({ kind: "format", line });
  });

  it.each([
    ["a newer version", 3],
    ["version 0", 0],
    ["a string version", "1"],
    ["a fractional version", 1.5],
    ["no version", undefined],
  ])("version: %s", (_what, version) => {
    const r = refused(parseLog(file({ ...header, version }, events)));
    expect(r).toMatchObject({ kind: "version", line: 1 });
  });

  it.each<[string, string, number, RegExp]>([
    ["a header without sessionId", file({ ...header, sessionId: undefined }, events), 1, /sessionId/],
    ["a header with a bad createdAt", file({ ...header, createdAt: "yesterday" }, events), 1, /createdAt/],
    ["a log with no events", file(header, []), 2, /no events/],
    ["a line that is not JSON", withEvent(5, () => "oops").replace('"oops"', "{oops"), 6, /not JSON/],
    ["a truncated last line", fixture.trimEnd().slice(0, -20), events.length + 1, /not JSON/],
    [
      "an empty line in the middle",
      file(header, events.slice(0, 3)) + "\n" + file(header, events.slice(3)).split("\n").slice(1).join("\n"),
      5,
      /empty line/,
    ],
    ["an unknown event type", withEvent(7, (e) => ({ ...e, type: "vanished" })), 8, /unknown event type 'vanished'/],
    ["an event with a bad data field", withEvent(12, (e) => ({ ...e, data: { text: "" } })), 13, /data\.text/],
    ["an event with an extra key", withEvent(3, (e) => ({ ...e, extra: 1 })), 4, /extra/],
    ["an event that is a number", withEvent(3, () => 42), 4, /does not validate/],
    [
      "seq not starting at 1",
      file(
        header,
        events.map((e, i) => ({ ...e, seq: i + 2 })),
      ),
      2,
      /start at 1/,
    ],
    ["a gap in seq", file(header, [...events.slice(0, 9), ...events.slice(10)]), 11, /seq 11 where 10/],
    ["a repeated seq", file(header, [...events.slice(0, 10), events[9], ...events.slice(10)]), 12, /seq 10 where 11/],
    ["time going back", withEvent(20, (e) => ({ ...e, at: events[0].at - 1 })), 21, /time goes back/],
    [
      "a first event that is not sessionStarted",
      file(header, [{ ...events[1], seq: 1 }]),
      2,
      /first event must be sessionStarted/,
    ],
    [
      "a scenario that differs from the header",
      withEvent(1, (e) => ({ ...e, data: { ...(e.data as object), scenarioId: "other" } })),
      2,
      /header says/,
    ],
    ["a second sessionStarted", withEvent(6, (e) => ({ ...events[0], seq: e.seq, at: e.at })), 7, /only be the first/],
    ["an actor who never joined", withEvent(10, (e) => ({ ...e, actor: "ghost" })), 11, /ghost.*before joining/],
  ])("invalid: %s", (_what, text, line, reason) => {
    const r = refused(parseLog(text));
    expect(r).toMatchObject({ kind: "invalid", line });
    expect(r.reason).toMatch(reason);
  });
});
