/**
 * Starts heavy-load-child.ts (a 50 MB import and loops of /state, /minutes, /log and /debrief
 * reads, or only the /debrief loops) in its own process against a server, for
 * heavy-requests.test.ts and the bench's heavy section.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

export interface HeavyLoadSummary {
  importBytes: number;
  importStatus: number;
  /** From sending the import to its answer (null: no answer). */
  importMs: number | null;
  state: number;
  minutes: number;
  log: number;
  /** Answers of /debrief and /debrief.csv. */
  debrief: number;
  failures: string[];
}

export interface HeavyLoad {
  /** Reads of this kind answered so far. */
  answered(kind: "state" | "minutes" | "log" | "debrief"): number;
  /** Stops the read loops, waits for the import's answer, and says what was done. */
  stop(): Promise<HeavyLoadSummary>;
}

/** Resolves once the load process has made its file and starts sending. */
export async function startHeavyLoad(
  url: string,
  sessionId: string,
  events: number,
  only?: "import" | "reads" | "debriefs",
): Promise<HeavyLoad> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      join(import.meta.dirname, "heavy-load-child.ts"),
      url,
      sessionId,
      String(events),
      ...(only ? [only] : []),
    ],
    { cwd: join(import.meta.dirname, "..", ".."), stdio: ["pipe", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 60_000;
  while (!out.includes("ready")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the load process did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    answered: (kind) => out.split("\n").filter((line) => line === `answered ${kind}`).length,
    async stop() {
      child.stdin.end();
      await exited;
      return JSON.parse(out.trim().split("\n").pop()!) as HeavyLoadSummary;
    },
  };
}
