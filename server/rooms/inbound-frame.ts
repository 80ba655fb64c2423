/**
 * Decodes one raw frame a client sent to a room, without ever throwing.
 *
 * Why this exists: Colyseus 0.16's `Room._onMessage` disconnects the sender when a frame's
 * msgpack body does not decode (client.leave(4002)), and it lets a malformed type header throw
 * out of the socket's message listener. Our contract is that a malformed message is *rejected*
 * and the sender stays connected, so `SeminarRoom._onMessage` decodes frames here first.
 */
import { Protocol } from "colyseus";
import { decode } from "@colyseus/schema";
import { createRequire } from "node:module";

// The very msgpack decoder Colyseus core uses, resolved from core's own location so the two can
// never disagree about what a frame means (it is core's dependency, not one of ours).
const coreRequire = createRequire(createRequire(import.meta.url).resolve("@colyseus/core"));
const { unpack } = coreRequire("@colyseus/msgpackr") as { unpack(bytes: Uint8Array): unknown };

export type InboundFrame =
  /** A room message: a type and a decoded (still untrusted) payload. */
  | { kind: "message"; type: unknown; payload: unknown }
  /** A frame Colyseus itself handles (join acknowledgement, consented leave). */
  | { kind: "protocol" }
  /** Anything else: refused with `INVALID`. `type` is the message type when it could be read. */
  | { kind: "malformed"; type: unknown; reason: string };

export function decodeFrame(buffer: unknown): InboundFrame {
  if (!(buffer instanceof Uint8Array) || buffer.byteLength === 0) {
    return { kind: "malformed", type: undefined, reason: "empty or unreadable frame" };
  }
  const code = buffer[0];
  if (code === Protocol.JOIN_ROOM || code === Protocol.LEAVE_ROOM) return { kind: "protocol" };
  if (code !== Protocol.ROOM_DATA && code !== Protocol.ROOM_DATA_BYTES) {
    return { kind: "malformed", type: undefined, reason: "not a room message" };
  }
  const it = { offset: 1 };
  let type: unknown;
  try {
    type = decode.stringCheck(buffer as Buffer, it) ? decode.string(buffer as Buffer, it) : decode.number(buffer as Buffer, it);
  } catch {
    return { kind: "malformed", type: undefined, reason: "unreadable message type" };
  }
  if (it.offset > buffer.byteLength) return { kind: "malformed", type: undefined, reason: "truncated message type" };
  if (code === Protocol.ROOM_DATA_BYTES) {
    return { kind: "malformed", type, reason: "binary messages are not accepted; send msgpack data" };
  }
  if (buffer.byteLength <= it.offset) return { kind: "message", type, payload: undefined };
  try {
    return { kind: "message", type, payload: unpack(buffer.subarray(it.offset)) };
  } catch {
    // Includes RangeError from absurdly deep nesting: the decoder's recursion is the limit.
    return { kind: "malformed", type, reason: "the message body is not valid msgpack" };
  }
}

/** Frames core must still see: the join acknowledgement and the consented leave. */
export function isControlFrame(buffer: unknown): boolean {
  return buffer instanceof Uint8Array && (buffer[0] === Protocol.JOIN_ROOM || buffer[0] === Protocol.LEAVE_ROOM);
}
