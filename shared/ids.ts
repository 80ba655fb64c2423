/**
 * Ids as they enter from outside (commands, join options, log events): short strings that can
 * never name a property every object inherits. Even with null-prototype records, refusing
 * "__proto__", "constructor", "toString", … at the door keeps them out of every map, message and
 * file downstream, including code that has not been written yet.
 */
import { z } from "zod";

/** Names that reach a prototype when used as a key: Object.prototype's, plus "prototype". */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set([...Object.getOwnPropertyNames(Object.prototype), "prototype"]);

export function isPrototypeKey(id: string): boolean {
  return PROTOTYPE_KEYS.has(id);
}

export const ID_MAX = 64;

/** An id: 1 to 64 characters, and not a reserved property name. */
export const Id = z
  .string()
  .min(1)
  .max(ID_MAX)
  .refine((s) => !isPrototypeKey(s), { message: "this id is reserved (it names a built-in property) and not allowed" });

/**
 * A seminar's id as the HTTP API and the client take it from outside (a URL, a list in
 * localStorage): Colyseus's room ids are of these letters, and never a prototype name.
 */
export const SESSION_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isSessionId(id: string): boolean {
  return SESSION_ID_PATTERN.test(id) && !isPrototypeKey(id);
}
