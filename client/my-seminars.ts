/**
 * The seminars this browser opened, joined or imported, remembered in localStorage, so the door
 * can list them although the public list shows only listed seminars (issue 12: unlisted by default).
 */
const KEY = "sputnik-seminar.my-seminars";
const MAX = 50;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function mySeminarIds(): string[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string" && ID.test(x)) : [];
  } catch {
    return [];
  }
}

/** Puts a seminar first in the list (newest first, at most MAX). */
export function rememberSeminar(id: string): void {
  if (!ID.test(id)) return;
  try {
    const ids = [id, ...mySeminarIds().filter((x) => x !== id)].slice(0, MAX);
    localStorage.setItem(KEY, JSON.stringify(ids));
  } catch {
    /* storage refused (private mode): the door simply cannot remember */
  }
}
