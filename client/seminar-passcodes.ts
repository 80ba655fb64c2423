/**
 * The passcodes of the seminars this browser opened or joined, kept in localStorage by seminar,
 * for the reads that need one (log, minutes, replay, debrief: the `X-Seminar-Passcode` header).
 * localStorage rather than sessionStorage: the room's Minutes and Replay links open new tabs,
 * which must read the seminar without asking again.
 */
import { LIMITS, PASSCODE_HEADER } from "../shared/vocabulary.js";

const KEY = "sputnik-seminar.passcodes";
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX = 50;

function stored(): Map<string, string> {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    if (!Array.isArray(raw)) return new Map();
    return new Map(
      raw.filter(
        (pair): pair is [string, string] =>
          Array.isArray(pair) && typeof pair[0] === "string" && ID.test(pair[0]) && typeof pair[1] === "string",
      ),
    );
  } catch {
    return new Map();
  }
}

function save(map: Map<string, string>): void {
  try {
    localStorage.setItem(KEY, JSON.stringify([...map].slice(-MAX)));
  } catch {
    /* storage refused (private mode): the pages will ask again */
  }
}

export function passcodeFor(id: string): string | null {
  return stored().get(id) ?? null;
}

export function rememberPasscode(id: string, passcode: string): void {
  if (!ID.test(id) || passcode.length < LIMITS.passcodeMin || passcode.length > LIMITS.passcodeMax) return;
  const map = stored();
  map.delete(id);
  map.set(id, passcode);
  save(map);
}

export function forgetPasscode(id: string): void {
  const map = stored();
  if (map.delete(id)) save(map);
}

/** The headers a read of seminar `id` sends: its passcode, when this browser knows it. */
export function passcodeHeaders(id: string): Record<string, string> {
  const passcode = passcodeFor(id);
  return passcode === null ? {} : { [PASSCODE_HEADER]: passcode };
}
