export declare const PRAGMAS: readonly string[];
export declare const SCHEMA: string;
export declare const WRITE_SQL: {
  readonly create: string;
  readonly insert: string;
  readonly count: string;
  readonly end: string;
  readonly addSeat: string;
  readonly importSession: string;
  readonly importOrigin: string;
  readonly settings: string;
  readonly replaceEvent: string;
  readonly deleteSeats: string;
  readonly deleteEvents: string;
  readonly deleteOrigin: string;
  readonly deleteSettings: string;
  readonly deleteSession: string;
  readonly pendingAdd: string;
  readonly pendingDone: string;
  readonly dropEvents: string;
  readonly dropOrigin: string;
  readonly dropSession: string;
};
export declare const PENDING_SQL: string;

/** An event as the writer stores it: [seq, type, actor, json], the json exactly as broadcast. */
export type EventRow = [seq: number, type: string, actor: string, json: string];

/** An imported session's row and origin, as the writer stores them. */
export interface ImportMeta {
  id: string;
  scenarioId: string;
  createdAt: number;
  endedAt: number;
  originSessionId: string;
  importedAt: number;
}

/** One write, as posted to the writer worker. */
export type WriteOp =
  | {
      id: number;
      op: "create";
      args: [
        id: string,
        scenarioId: string,
        createdAt: number,
        settings: { title: string | null; listed: boolean; passcodeHash: string | null } | null,
      ];
    }
  | { id: number; op: "replaceEvent"; args: [sessionId: string, seq: number, json: string] }
  | { id: number; op: "delete"; args: [sessionId: string] }
  | { id: number; op: "append"; args: [sessionId: string, rows: EventRow[]] }
  | { id: number; op: "end"; args: [id: string, at: number] }
  | { id: number; op: "addSeat"; args: [sessionId: string, participantId: string, keyHash: string] }
  | { id: number; op: "import"; args: [meta: ImportMeta, rows: EventRow[]] }
  /** An import as NDJSON bytes of validated events: the writer splits them into rows. */
  | { id: number; op: "importLines"; args: [meta: ImportMeta, ndjson: Uint8Array] };

/** The writer's answer to one transaction: the ops it carried and, aligned, null or the failure. */
export interface WriteDone {
  type: "done";
  ids: number[];
  errors: ({ name: string; message: string; code?: string } | null)[];
}
