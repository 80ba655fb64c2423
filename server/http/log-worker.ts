/**
 * A worker thread for the heavy work on whole logs: checking an uploaded file and folding a
 * long stored log into its state, minutes or debrief. On the main thread that work stalled every live
 * seminar (a 50 MB import held the event loop for seconds, each `/state` of a 900k-event session
 * for 0.9 s). The main thread only moves byte arrays and pages of JSON lines to it.
 *
 * Started on first use and unref'd while idle, so it costs nothing to a server that never needs it.
 */
import { Worker } from "node:worker_threads";
import type { ImportCheck, ImportCheckOptions } from "./import-check.js";
import type { LogJob, LogJobAnswer, ViewRequest } from "./log-jobs.js";

interface Waiting {
  resolve(answer: LogJobAnswer): void;
  reject(err: Error): void;
}

/** Distributes Omit over the union, so each job keeps its own fields. */
type JobOf<T = LogJob> = T extends LogJob ? Omit<T, "id"> : never;

export class LogWorker {
  private worker: Worker | null = null;
  private waiting = new Map<number, Waiting>();
  private nextId = 1;

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./log-worker-thread.mjs", import.meta.url), { execArgv: [] });
    worker.unref();
    worker.on("message", (a: LogJobAnswer) => {
      const w = this.waiting.get(a.id);
      this.waiting.delete(a.id);
      if (this.waiting.size === 0) worker.unref();
      w?.resolve(a);
    });
    const down = (err: Error) => {
      // The next job starts a fresh thread; the jobs in flight fail with this one.
      if (this.worker === worker) this.worker = null;
      for (const w of this.waiting.values()) w.reject(err);
      this.waiting.clear();
    };
    worker.on("error", down);
    worker.on("exit", (code) => down(new Error(`the log worker exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private start(job: JobOf, transfer: ArrayBuffer[] = []): { id: number; answer: Promise<LogJobAnswer> } {
    const worker = this.thread();
    const id = this.nextId++;
    const answer = new Promise<LogJobAnswer>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    worker.ref();
    worker.postMessage({ ...job, id }, transfer);
    return { id, answer };
  }

  /** Checks an uploaded file off the main thread (`checkImport`). `bytes` is handed over, not copied. */
  async checkImport(bytes: Uint8Array, options: ImportCheckOptions): Promise<ImportCheck> {
    // A body that owns its whole buffer moves to the thread; a slice of a shared pool is copied.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
    const { answer } = this.start({ kind: "import", bytes: own, options: { ...options } }, [own.buffer as ArrayBuffer]);
    const a = await answer;
    if (!a.ok) throw new Error(a.error);
    if (a.kind !== "import") throw new Error("the log worker answered another job");
    return a.result;
  }

  /**
   * The state (JSON), the minutes (Markdown) or the debrief (JSON or CSV) of the log read from
   * `pages`, folded off the main thread, as UTF-8 bytes ready to send.
   */
  async view(view: ViewRequest, pages: AsyncIterable<string[]>): Promise<Uint8Array> {
    const { id, answer } = this.start({ kind: "view", ...view });
    // Settle `answer` even if reading fails halfway, so nothing is left waiting.
    answer.catch(() => undefined);
    try {
      for await (const lines of pages) this.worker?.postMessage({ id, kind: "lines", lines } satisfies LogJob);
    } finally {
      this.worker?.postMessage({ id, kind: "end" } satisfies LogJob);
    }
    const a = await answer;
    if (!a.ok) throw new Error(a.error);
    if (a.kind !== "view") throw new Error("the log worker answered another job");
    return a.bytes;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}

/**
 * One thread for imports and one for views, shared by every server in the process (they hold no
 * state between jobs), so an import never delays a `/state` and a test run does not start a
 * thread per server.
 */
export const importWorker = new LogWorker();
export const viewWorker = new LogWorker();
