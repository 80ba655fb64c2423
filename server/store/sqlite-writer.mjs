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
// { type: "closed" } after close. Plain JavaScript on purpose (see sqlite-sql.mjs), type-checked
// through JSDoc against sqlite-ops.ts.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { PRAGMAS, WRITE_SQL } from "./sqlite-sql.mjs";

/** @typedef {import("./sqlite-ops.js").EventRow} EventRow */
/** @typedef {import("./sqlite-ops.js").WriteOp} WriteOp */
/** @typedef {import("./sqlite-ops.js").WriteDone} WriteDone */
/** @typedef {import("./sqlite-ops.js").WriteRunners} WriteRunners */

if (!parentPort) throw new Error("sqlite-writer.mjs runs only as a worker thread");
const port = parentPort;
const db = new Database(/** @type {{ file: string }} */ (workerData).file);
for (const p of PRAGMAS) db.pragma(p);
const s = Object.fromEntries(Object.entries(WRITE_SQL).map(([k, sql]) => [k, db.prepare(sql)]));

/**
 * @param {string} sessionId
 * @param {EventRow[]} rows
 */
function appendRows(sessionId, rows) {
  for (const [seq, type, actor, json] of rows) s.insert.run(sessionId, seq, type, actor, json);
  s.count.run(rows.length, sessionId);
}

/** @type {WriteRunners} */
const run = {
  create: ([id, scenarioId, createdAt]) => s.create.run(id, scenarioId, createdAt),
  append: ([sessionId, rows]) => appendRows(sessionId, rows),
  end: ([id, at]) => s.end.run(at, id),
  addSeat: ([sessionId, participantId, keyHash]) => s.addSeat.run(sessionId, keyHash, participantId),
  import: ([meta, rows]) => {
    s.importSession.run(meta.id, meta.scenarioId, meta.createdAt, meta.endedAt);
    s.importOrigin.run(meta.id, meta.originSessionId, meta.importedAt);
    appendRows(meta.id, rows);
  },
};

/** @param {unknown} err @returns {WriteDone["errors"][number]} */
const describe = (err) => {
  if (!(err instanceof Error)) return { name: "Error", message: String(err) };
  const code = /** @type {{ code?: unknown }} */ (err).code;
  return { name: err.name, message: err.message, ...(typeof code === "string" ? { code } : {}) };
};

// Nested inside `batch`, better-sqlite3 runs this as a SAVEPOINT, rolled back if it throws.
const one = db.transaction((/** @type {WriteOp} */ op) => {
  if (!Object.hasOwn(run, op.op)) throw new Error(`unknown store operation '${String(op.op)}'`);
  // Each runner takes its own operation's arguments; the union of them is what `op` carries.
  const f = /** @type {(args: WriteOp["args"]) => unknown} */ (run[op.op]);
  f(op.args);
});

const batch = db.transaction((/** @type {WriteOp[]} */ ops, /** @type {WriteDone["errors"]} */ errors) => {
  for (let i = 0; i < ops.length; i++) {
    try {
      one(ops[i]);
    } catch (err) {
      // An error SQLite answered by rolling back the whole transaction (disk full, I/O): nothing
      // in this batch is stored, so every write in it fails.
      if (!db.inTransaction) throw err;
      errors[i] = describe(err);
    }
  }
});

/** @type {WriteOp[]} */
let queue = [];
let scheduled = false;
let closing = false;

function flush() {
  scheduled = false;
  if (queue.length > 0) {
    const ops = queue;
    queue = [];
    /** @type {WriteDone["errors"]} */
    const errors = ops.map(() => null);
    try {
      batch.immediate(ops, errors);
    } catch (err) {
      errors.fill(describe(err));
    }
    port.postMessage(/** @type {WriteDone} */ ({ type: "done", ids: ops.map((op) => op.id), errors }));
    // Writes that came in meanwhile are still in the port, not in `queue`: they are delivered
    // after this turn and flushed together on the next one.
  }
  if (closing) {
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
