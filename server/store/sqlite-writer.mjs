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
// { type: "closed" } after close. Plain JavaScript on purpose (see sqlite-sql.mjs).
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { PRAGMAS, WRITE_SQL } from "./sqlite-sql.mjs";

const db = new Database(workerData.file);
for (const p of PRAGMAS) db.pragma(p);
const s = Object.fromEntries(Object.entries(WRITE_SQL).map(([k, sql]) => [k, db.prepare(sql)]));

function appendRows(sessionId, rows) {
  for (const [seq, type, actor, json] of rows) s.insert.run(sessionId, seq, type, actor, json);
  s.count.run(rows.length, sessionId);
}

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
  import: ([meta, rows]) => {
    s.importSession.run(meta.id, meta.scenarioId, meta.createdAt, meta.endedAt);
    s.importOrigin.run(meta.id, meta.originSessionId, meta.importedAt);
    appendRows(meta.id, rows);
  },
};

const describe = (err) =>
  err instanceof Error
    ? { name: err.name, message: err.message, ...(typeof err.code === "string" ? { code: err.code } : {}) }
    : { name: "Error", message: String(err) };

// Nested inside `batch`, better-sqlite3 runs this as a SAVEPOINT, rolled back if it throws.
const one = db.transaction((op) => {
  const f = run[op.op];
  if (!f) throw new Error(`unknown store operation '${op.op}'`);
  f(op.args);
});

const batch = db.transaction((ops, errors) => {
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

let queue = [];
let scheduled = false;
let closing = false;

function flush() {
  scheduled = false;
  if (queue.length > 0) {
    const ops = queue;
    queue = [];
    const errors = ops.map(() => null);
    try {
      batch.immediate(ops, errors);
    } catch (err) {
      errors.fill(describe(err));
    }
    parentPort.postMessage({ type: "done", ids: ops.map((op) => op.id), errors });
    // Writes that came in meanwhile are still in the port, not in `queue`: they are delivered
    // after this turn and flushed together on the next one.
  }
  if (closing) {
    db.close();
    parentPort.postMessage({ type: "closed" });
    parentPort.close();
  }
}

parentPort.on("message", (msg) => {
  if (msg.op === "close") closing = true;
  else queue.push(msg);
  if (!scheduled) {
    scheduled = true;
    // After every message already waiting in the port has been delivered: they form one batch.
    setImmediate(flush);
  }
});
