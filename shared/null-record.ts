/**
 * Null-prototype records: the one way this project keeps objects keyed by ids from clients or
 * files. A plain `{}` indexed by "__proto__" reads and writes Object.prototype (a 4-line log did
 * exactly that and broke every zod schema in the server); an object made by `Object.create(null)`
 * has no prototype to reach, and `own` reads only its own keys. The records stay plain JSON, so
 * the state is still served and read as it is.
 */

/** A record keyed by untrusted ids. Make it with `nullRecord`; read it with `own`. */
export type NullRecord<V> = Record<string, V>;

/** An empty null-prototype record, or one holding `entries`. */
export function nullRecord<V>(entries: Iterable<readonly [string, V]> = []): NullRecord<V> {
  const out = Object.create(null) as NullRecord<V>;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** The value under `key` if it is the record's own property, else undefined. */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A deep copy of JSON-like data (objects, arrays, primitives) that keeps null prototypes, unlike
 * `structuredClone`, which turns every null-prototype record back into a plain object.
 */
export function copyData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((x: unknown) => copyData(x)) as T;
  if (value === null || typeof value !== "object") return value;
  const out = (Object.getPrototypeOf(value) === null ? Object.create(null) : {}) as Record<string, unknown>;
  for (const k of Object.keys(value)) {
    // defineProperty: a key "__proto__" in a plain object is copied as data, never as the prototype.
    Object.defineProperty(out, k, {
      value: copyData((value as Record<string, unknown>)[k]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out as T;
}
