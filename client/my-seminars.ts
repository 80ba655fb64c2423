/**
 * The seminars this browser opened, joined or imported, remembered in localStorage, so the door
 * can list them although the public list shows only listed seminars (issue 12: unlisted by default).
 */
import { isSessionId } from "../shared/ids.js";
import { LIMITS } from "../shared/vocabulary.js";

const KEY = "sputnik-seminar.my-seminars";
// As many as the door can ask the server about in one request.
const MAX = LIMITS.summariesMax;

export function mySeminarIds(): string[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(raw)
      ? raw.filter((x): x is string => typeof x === "string" && isSessionId(x)).slice(0, MAX)
      : [];
  } catch {
    return [];
  }
}

/** Puts a seminar first in the list (newest first, at most MAX). */
export function rememberSeminar(id: string): void {
  if (!isSessionId(id)) return;
  try {
    const ids = [id, ...mySeminarIds().filter((x) => x !== id)].slice(0, MAX);
    localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    /* storage refused (private mode): the door simply cannot remember */
  }
}

/** Takes a seminar off this browser's list (deleted, or forgotten by hand). */
export function forgetSeminar(id: string): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(mySeminarIds().filter((x) => x !== id)));
  } catch {
    /* storage refused: nothing was remembered either */
  }
}
