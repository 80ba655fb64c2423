// @colyseus/ws-transport 0.16 ships types, but its package.json "exports" hides them from
// TypeScript's resolver. This declares the part we use (types only, no effect at run time).
declare module "@colyseus/ws-transport" {
  import type { Client, Transport } from "@colyseus/core";
  import type { Server } from "node:http";

  export interface WebSocketTransportOptions {
    server?: Server;
    /** Largest frame accepted, in bytes; a larger one closes that socket (1009). */
    maxPayload?: number;
    pingInterval?: number;
    pingMaxRetries?: number;
  }
  export const WebSocketTransport: new (options?: WebSocketTransportOptions) => Transport;
  /** One connection over a `ws` socket (the tests pin what it sends: tests/unit/colyseus-internals.test.ts). */
  export const WebSocketClient: new (id: string, socket: unknown) => Client;
}
