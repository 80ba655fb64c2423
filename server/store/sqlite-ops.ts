/**
 * The messages between the SQLite store and its writer worker (sqlite-writer.mjs): types only,
 * so the worker's plain JavaScript can name them in JSDoc and stay loadable by plain node.
 */

/** An event as the writer stores it: [seq, type, actor, json], the json exactly as broadcast. */
export type EventRow = [seq: number, type: string, actor: string, json: string];

/** One write, as posted to the writer worker. */
export type WriteOp =
  | { id: number; op: "create"; args: [id: string, scenarioId: string, createdAt: number] }
  | { id: number; op: "append"; args: [sessionId: string, rows: EventRow[]] }
  | { id: number; op: "end"; args: [id: string, at: number] }
  | { id: number; op: "addSeat"; args: [sessionId: string, participantId: string, keyHash: string] }
  | {
      id: number;
      op: "import";
      args: [
        meta: {
          id: string;
          scenarioId: string;
          createdAt: number;
          endedAt: number;
          originSessionId: string;
          importedAt: number;
        },
        rows: EventRow[],
      ];
    };

/** The writer's answer to one transaction: the ops it carried and, aligned, null or the failure. */
export interface WriteDone {
  type: "done";
  ids: number[];
  errors: ({ name: string; message: string; code?: string } | null)[];
}

/** One function per write operation, taking that operation's arguments. */
export type WriteRunners = { [K in WriteOp["op"]]: (args: Extract<WriteOp, { op: K }>["args"]) => unknown };
