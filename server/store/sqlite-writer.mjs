// @ts-check
// The SQLite store's writer: a worker thread that owns the one write connection, so that waiting
// for a commit's fsync (synchronous = FULL) never blocks the main thread, which serves every
// room's sockets. Group commit: every write that arrives while a transaction is being written
// (from any room) goes into the next transaction, so one fsync serves them all. Each write runs
// inside its own savepoint, so a failing write (a duplicate seq, a missing session) rolls back
// only itself; the others in the transaction commit. The answer for a transaction is posted only
// after COMMIT has returned, i.e. after the WAL is fsynced: a write's promise on the main thread
// resolves only once it would survive a crash or a power cut.
//
// Messages in: WriteOp ({ id, op, args }) or { op: "close" }. Out: WriteDone per transaction,
// { type: "closed" } after close. Plain JavaScript on purpose (see sqlite-sql.mjs), checked
// with JSDoc types.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { PENDING_SQL, PRAGMAS, WRITE_SQL } from "./sqlite-sql.mjs";

/** @typedef {import("./sqlite-sql.mjs").EventRow} EventRow */
/** @typedef {import("./sqlite-sql.mjs").ImportMeta} ImportMeta */
/** @typedef {import("./sqlite-sql.mjs").WriteOp} WriteOp */
/** @typedef {import("./sqlite-sql.mjs").WriteError} WriteError */
/** @typedef {import("./sqlite-sql.mjs").WriteDone} WriteDone */
/** @typedef {Extract<WriteOp, { op: "importLines" }>} ImportLinesOp */
/** Every other write, run by `run` below. @typedef {Exclude<WriteOp, ImportLinesOp>} PlainOp */
/** An import being written in slices; `next`: index of the next line. @typedef {{ op: ImportLinesOp; lines: string[]; next: number }} ImportJob */
/** An answered write: the op and null or its failure. @typedef {[op: WriteOp, error: WriteError | null]} Answer */

if (!parentPort) throw new Error("sqlite-writer.mjs runs as a worker thread");
const port = parentPort;
/**
 * The database file the store started this worker for.
 * @param {unknown} data
 * @returns {string}
 */
function fileOf(data) {
  if (typeof data === "object" && data !== null && "file" in data && typeof data.file === "string") return data.file;
  throw new Error("sqlite-writer.mjs needs workerData { file }");
}
const file = fileOf(workerData);

const db = new Database(file);
for (const p of PRAGMAS) db.pragma(p);
/** Every write statement, prepared once. */
const s = /** @type {Record<keyof typeof WRITE_SQL, import("better-sqlite3").Statement>} */ (
  Object.fromEntries(Object.entries(WRITE_SQL).map(([k, sql]) => [k, db.prepare(sql)]))
);

/**
 * @param {string} sessionId
 * @param {EventRow[]} rows
 */
function appendRows(sessionId, rows) {
  for (const [seq, type, actor, json] of rows) s.insert.run(sessionId, seq, type, actor, json);
  s.count.run(rows.length, sessionId);
}

/**
 * @param {ImportMeta} meta
 * @param {EventRow[]} rows
 */
function importSession(meta, rows) {
  s.importSession.run(meta.id, meta.scenarioId, meta.createdAt, meta.endedAt);
  s.importOrigin.run(meta.id, meta.originSessionId, meta.importedAt);
  appendRows(meta.id, rows);
}

/** @param {string} id */
function dropSession(id) {
  s.pendingDone.run(id);
  s.dropEvents.run(id);
  s.dropOrigin.run(id);
  s.dropSession.run(id);
}

// An import cut off by a crash never became visible; remove what it had written.
db.transaction(() => {
  for (const id of /** @type {string[]} */ (db.prepare(PENDING_SQL).pluck().all())) dropSession(id);
})();

/**
 * Rows from NDJSON lines of validated events (see EventLines in session-store.ts).
 * @param {string[]} lines
 * @returns {EventRow[]}
 */
function rowsOfLines(lines) {
  /** @type {EventRow[]} */
  const rows = [];
  for (const json of lines) {
    if (json === "") continue;
    /** @type {unknown} */
    const parsed = JSON.parse(json);
    const e = /** @type {{ seq: number; type: string; actor: string }} */ (parsed);
    rows.push([e.seq, e.type, e.actor, json]);
  }
  return rows;
}

// A big import (importLines) is written in slices of this many events, one slice per
// transaction, between the other writes: a 200,000-event file in one transaction held every
// room's appends for seconds. Until its last slice commits, the session is in imports_pending,
// which every read leaves out, so it still appears all at once or not at all.
const IMPORT_SLICE = 1000;

/** Imports in progress, oldest first. @type {ImportJob[]} */
let slicing = [];

/** @param {ImportLinesOp} op */
function startImport(op) {
  const [meta, bytes] = op.args;
  const lines = new TextDecoder().decode(bytes).split("\n");
  s.importSession.run(meta.id, meta.scenarioId, meta.createdAt, meta.endedAt);
  s.importOrigin.run(meta.id, meta.originSessionId, meta.importedAt);
  s.pendingAdd.run(meta.id);
  slicing.push({ op, lines, next: 0 });
}

/**
 * Writes the next slice of the oldest import; true when that import is complete.
 * @param {ImportJob} job
 */
function nextSlice(job) {
  const id = job.op.args[0].id;
  const end = Math.min(job.lines.length, job.next + IMPORT_SLICE);
  appendRows(id, rowsOfLines(job.lines.slice(job.next, end)));
  job.next = end;
  if (job.next < job.lines.length) return false;
  s.pendingDone.run(id);
  return true;
}

/**
 * How each plain write runs, by its op.
 * @type {{ [K in PlainOp["op"]]: (args: Extract<PlainOp, { op: K }>["args"]) => unknown }}
 */
const run = {
  create: ([id, scenarioId, createdAt, settings]) => {
    s.create.run(id, scenarioId, createdAt);
    if (settings) s.settings.run(id, settings.title, settings.listed ? 1 : 0, settings.passcodeHash);
  },
  replaceEvent: ([sessionId, seq, json]) => {
    if (s.replaceEvent.run(json, sessionId, seq).changes !== 1)
      throw new Error(`no event ${seq} in session ${sessionId}`);
  },
  delete: ([id]) => {
    for (const st of [s.deleteSeats, s.deleteEvents, s.deleteOrigin, s.deleteSettings, s.deleteSession]) st.run(id);
  },
  append: ([sessionId, rows]) => appendRows(sessionId, rows),
  end: ([id, at]) => s.end.run(at, id),
  addSeat: ([sessionId, participantId, keyHash]) => s.addSeat.run(sessionId, keyHash, participantId),
  import: ([meta, rows]) => importSession(meta, rows),
};

/**
 * @param {unknown} err
 * @returns {WriteError}
 */
const describe = (err) => {
  if (!(err instanceof Error)) return { name: "Error", message: String(err) };
  const code = /** @type {{ code?: unknown }} */ (err).code;
  return { name: err.name, message: err.message, ...(typeof code === "string" ? { code } : {}) };
};

// Nested inside `batch`, better-sqlite3 runs this as a SAVEPOINT, rolled back if it throws.
const one = db.transaction(
  /** @param {PlainOp} op */
  (op) => {
    const f = /** @type {((args: PlainOp["args"]) => unknown) | undefined} */ (run[op.op]);
    if (!f) throw new Error(`unknown store operation '${op.op}'`);
    f(op.args);
  },
);

const startOne = db.transaction(/** @param {ImportLinesOp} op */ (op) => startImport(op));
const sliceOne = db.transaction(/** @param {ImportJob} job */ (job) => nextSlice(job));

/**
 * One transaction: the queued writes, then one slice of the oldest import in progress. Returns
 * the imports finished (their ops) and those that failed ([op, error]).
 */
const batch = db.transaction(
  /**
   * @param {WriteOp[]} ops
   * @param {(WriteError | null)[]} errors
   * @returns {Answer[]}
   */
  (ops, errors) => {
    for (let i = 0; i < ops.length; i++) {
      try {
        const op = ops[i];
        if (op.op === "importLines") startOne(op);
        else one(op);
      } catch (err) {
        // An error SQLite answered by rolling back the whole transaction (disk full, I/O): nothing
        // in this batch is stored, so every write in it fails.
        if (!db.inTransaction) throw err;
        errors[i] = describe(err);
      }
    }
    /** @type {Answer[]} */
    const done = [];
    const job = slicing[0];
    if (job) {
      try {
        if (sliceOne(job)) done.push([job.op, null]);
      } catch (err) {
        if (!db.inTransaction) throw err;
        dropSession(job.op.args[0].id);
        done.push([job.op, describe(err)]);
      }
    }
    return done;
  },
);

/** @type {WriteOp[]} */
let queue = [];
let scheduled = false;
let closing = false;

function flush() {
  scheduled = false;
  if (queue.length > 0 || slicing.length > 0) {
    const ops = queue;
    queue = [];
    /** @type {(WriteError | null)[]} */
    const errors = ops.map(() => null);
    /** @type {Answer[]} */
    let done = [];
    try {
      done = batch.immediate(ops, errors);
    } catch (err) {
      errors.fill(describe(err));
      // The slice written in the failed transaction is gone too: that import fails as a whole.
      const job = slicing[0];
      if (job && !ops.includes(job.op)) {
        try {
          db.transaction(() => dropSession(job.op.args[0].id))();
        } catch {
          // still pending: the next start removes it
        }
        done = [[job.op, describe(err)]];
      }
    }
    // An import is answered when its last slice commits (or when it fails), not when it starts.
    const answered = ops
      .map((op, i) => /** @type {Answer} */ ([op, errors[i]]))
      .filter(([op, err]) => op.op !== "importLines" || err);
    for (const [op, err] of answered) if (err && op.op === "importLines") slicing = slicing.filter((j) => j.op !== op);
    for (const [op] of done) slicing = slicing.filter((j) => j.op !== op);
    answered.push(...done);
    if (answered.length > 0) {
      /** @type {WriteDone} */
      const answer = { type: "done", ids: answered.map(([op]) => op.id), errors: answered.map(([, e]) => e) };
      port.postMessage(answer);
    }
    // Writes that came in meanwhile are still in the port, not in `queue`: they are delivered
    // after this turn and flushed together on the next one, with the next slice of an import.
    if (slicing.length > 0 && !scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  }
  if (closing && slicing.length === 0) {
    db.close();
    port.postMessage({ type: "closed" });
    port.close();
  }
}

port.on("message", (/** @type {WriteOp | { op: "close" }} */ msg) => {
  if (msg.op === "close") closing = true;
  else queue.push(msg);
  if (!scheduled) {
    scheduled = true;
    // After every message already waiting in the port has been delivered: they form one batch.
    setImmediate(flush);
  }
});
