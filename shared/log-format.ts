/**
 * The session log file: NDJSON, a header line naming the format and its version, then one public
 * event per line exactly as broadcast. docs/log-format.md documents it. Writers write the current
 * version; `parseLog` reads every version there has been, upgrading older lines one version step
 * at a time, and checks that the log folds. Pure: it runs in the browser too (opening a local file).
 */
import { z } from "zod";
import { applyInPlace } from "./engine/apply.js";
import { initialState } from "./engine/state.js";
import { SYSTEM, parseEvent, type SeminarEvent } from "./events.js";
import { withholdHiddenPosts } from "./hidden-posts.js";
import { Id } from "./ids.js";
import { own } from "./null-record.js";

export const LOG_FORMAT = "sputnik-seminar-log";
/**
 * 2: seminars run by a teacher (issue 12). New event types, `title`/`roleClaiming` on
 * sessionStarted, and a hidden post's `posted` event in its withheld form (no text). A v1 line is
 * a valid v2 line as it is; a v1 reader cannot read a v2 log, hence the bump.
 */
export const LOG_VERSION = 2;

export interface LogHeader {
  format: typeof LOG_FORMAT;
  version: number;
  sessionId: string;
  scenarioId: string;
  createdAt: number;
}

export function logHeader(meta: { sessionId: string; scenarioId: string; createdAt: number }): LogHeader {
  return {
    format: LOG_FORMAT,
    version: LOG_VERSION,
    sessionId: meta.sessionId,
    scenarioId: meta.scenarioId,
    createdAt: meta.createdAt,
  };
}

/** The whole file as one string; each line ends with a newline. */
export function serializeLog(header: LogHeader, events: readonly SeminarEvent[]): string {
  let out = JSON.stringify(header) + "\n";
  for (const e of events) out += JSON.stringify(e) + "\n";
  return out;
}

/**
 * Why a file was refused: "format" (not a seminar log at all: no or bad header), "version" (a
 * version this reader does not know, i.e. newer than LOG_VERSION), "invalid" (a bad line in a
 * log of a known version). `line` is 1-based; the header is line 1.
 */
export type LogProblemKind = "format" | "version" | "invalid";
export type ParsedLog =
  | { ok: true; header: LogHeader; events: SeminarEvent[] }
  | { ok: false; line: number; reason: string; kind: LogProblemKind };

/** Each version's header fields besides format and version; unknown extra keys are ignored. */

const HeaderV1 = z.object({ sessionId: Id, scenarioId: Id, createdAt: z.number().int().min(0) });
const HeaderSchemas: Record<number, z.ZodType<Omit<LogHeader, "format" | "version">>> = {
  1: HeaderV1,
  2: HeaderV1,
};

/**
 * One step per version: `MIGRATIONS[v]` turns a version-v event line (already JSON-parsed) into
 * a version v+1 one, so every older file keeps opening.
 */
const MIGRATIONS: Record<number, (raw: unknown) => unknown> = {
  // v2 only added to what a line may say.
  1: (raw) => raw,
};

const fail = (line: number, kind: LogProblemKind, reason: string): ParsedLog => ({ ok: false, line, kind, reason });

/** Splits on LF or CRLF; a final newline does not make an extra (empty) line. */
function splitLines(text: string): string[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split("\n");
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
}

/** Objects and arrays inside one another, at most: an event is 2 deep, a header 1. */
export const MAX_LINE_DEPTH = 8;

/**
 * How deep brackets nest in a line of JSON, counted without parsing and given up once past
 * `max`: 20 MB of "[[[[…" is refused after nine characters instead of keeping JSON.parse busy.
 */
export function jsonDepthExceeds(line: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

function parseJson(line: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (jsonDepthExceeds(line, MAX_LINE_DEPTH))
    return { ok: false, reason: `not a log line (nested deeper than ${MAX_LINE_DEPTH} levels)` };
  try {
    return { ok: true, value: JSON.parse(line) };
  } catch (err) {
    return { ok: false, reason: `not JSON (${err instanceof Error ? err.message.slice(0, 120) : "parse error"})` };
  }
}

/**
 * Reads a log file and checks it is a log a live session could have written: header first, then
 * events that validate, with seq 1, 2, 3, … and times that never go back, starting with
 * `sessionStarted` for the header's scenario, every actor "system" or someone who has joined,
 * and the whole folding with `apply`. Stops at the first problem and names its line.
 */
export function parseLog(text: string): ParsedLog {
  const lines = splitLines(text);
  if (lines.length === 0 || lines[0].trim() === "")
    return fail(1, "format", "the file is empty; expected a sputnik-seminar-log header line");

  const headerJson = parseJson(lines[0]);
  if (!headerJson.ok) return fail(1, "format", `the header line is ${headerJson.reason}`);
  const head = headerJson.value;
  if (
    typeof head !== "object" ||
    head === null ||
    Array.isArray(head) ||
    (head as { format?: unknown }).format !== LOG_FORMAT
  ) {
    return fail(
      1,
      "format",
      `the first line is not a ${LOG_FORMAT} header (expected {"format":"${LOG_FORMAT}","version":${LOG_VERSION},…})`,
    );
  }
  const version = (head as { version?: unknown }).version;
  const headerSchema =
    typeof version === "number" && Number.isInteger(version) && version >= 1 ? HeaderSchemas[version] : undefined;
  if (!headerSchema) {
    return fail(
      1,
      "version",
      `log version ${JSON.stringify(version ?? null).slice(0, 20)} is not supported; this reader knows versions 1 to ${LOG_VERSION}`,
    );
  }
  const rest = headerSchema.safeParse(headerJson.value);
  if (!rest.success)
    return fail(
      1,
      "invalid",
      `header: ${rest.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  const header: LogHeader = { format: LOG_FORMAT, version: LOG_VERSION, ...rest.data };

  if (lines.length < 2) return fail(2, "invalid", "the log has no events; a session log starts with sessionStarted");

  const state = initialState();
  const events: SeminarEvent[] = [];
  for (let i = 1; i < lines.length; i++) {
    const lineNo = i + 1;
    if (lines[i].trim() === "") return fail(lineNo, "invalid", "empty line; every line after the header is one event");
    const json = parseJson(lines[i]);
    if (!json.ok) return fail(lineNo, "invalid", `line is ${json.reason}`);
    let raw = json.value;
    for (let v = version as number; v < LOG_VERSION; v++) raw = MIGRATIONS[v](raw);
    const parsed = parseEvent(raw);
    if (!parsed.ok) return fail(lineNo, "invalid", `event does not validate: ${parsed.reason}`);
    const e = parsed.event;
    const expected = state.seq + 1;
    if (e.seq !== expected) {
      return fail(
        lineNo,
        "invalid",
        expected === 1
          ? `seq must start at 1, got ${e.seq}`
          : `seq ${e.seq} where ${expected} was expected (gap or repeat)`,
      );
    }
    if (e.at < state.lastAt)
      return fail(lineNo, "invalid", `time goes back: at ${e.at} is before the previous event's ${state.lastAt}`);
    if (e.seq === 1) {
      if (e.type !== "sessionStarted")
        return fail(lineNo, "invalid", `the first event must be sessionStarted, got ${e.type}`);
      if (e.data.scenarioId !== header.scenarioId) {
        return fail(
          lineNo,
          "invalid",
          `sessionStarted names scenario '${e.data.scenarioId}' but the header says '${header.scenarioId}'`,
        );
      }
    } else if (e.type === "sessionStarted") {
      return fail(lineNo, "invalid", "sessionStarted may only be the first event");
    }
    if (e.actor !== SYSTEM && e.type !== "joined" && !own(state.participants, e.actor)) {
      return fail(lineNo, "invalid", `actor '${e.actor}' acts before joining`);
    }
    try {
      applyInPlace(state, e);
    } catch (err) {
      return fail(lineNo, "invalid", `the log does not fold here: ${err instanceof Error ? err.message : String(err)}`);
    }
    events.push(e);
  }
  // A file may carry a hidden post's text (hand-made, or from elsewhere): it is never read in.
  return { ok: true, header, events: withholdHiddenPosts(events) };
}
