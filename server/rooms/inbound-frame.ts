/**
 * Decodes one raw frame a client sent to a room, without ever throwing.
 *
 * Why this exists: Colyseus 0.16's `Room._onMessage` disconnects the sender when a frame's
 * msgpack body does not decode (client.leave(4002)), and it lets a malformed type header throw
 * out of the socket's message listener. Our contract is that a malformed message is *rejected*
 * and the sender stays connected, so `SeminarRoom._onMessage` decodes frames here first.
 */
/* eslint-disable @typescript-eslint/no-unsafe-enum-comparison -- frame bytes are numbers; Protocol is a numeric enum */
import { Protocol } from "colyseus";
import { decode } from "@colyseus/schema";
import { createRequire } from "node:module";

// The very msgpack decoder Colyseus core uses, resolved from core's own location so the two can
// never disagree about what a frame means (it is core's dependency, not one of ours).
const coreRequire = createRequire(createRequire(import.meta.url).resolve("@colyseus/core"));
const { unpack } = coreRequire("@colyseus/msgpackr") as { unpack(this: void, bytes: Uint8Array): unknown };

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
    type = readType(buffer, it);
  } catch {
    return { kind: "malformed", type: undefined, reason: "unreadable message type" };
  }
  if (it.offset > buffer.byteLength || type === undefined)
    return { kind: "malformed", type: undefined, reason: "unreadable message type" };
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

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The message type as core reads it (a msgpack string, else a number), but strict: a string
 * that runs past the frame or is not UTF-8 throws instead of being patched up with a console
 * warning per frame (core's decoder prints one, which a flood would turn into a log flood).
 */
function readType(buf: Uint8Array, it: { offset: number }): string | number | undefined {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const prefix = buf[it.offset];
  let length: number;
  let start: number;
  if (prefix >= 0xa0 && prefix <= 0xbf) [length, start] = [prefix & 0x1f, it.offset + 1];
  else if (prefix === 0xd9) [length, start] = [view.getUint8(it.offset + 1), it.offset + 2];
  else if (prefix === 0xda) [length, start] = [view.getUint16(it.offset + 1), it.offset + 3];
  else if (prefix === 0xdb) [length, start] = [view.getUint32(it.offset + 1), it.offset + 5];
  else {
    const n: unknown = decode.number(buf as Buffer, it);
    return typeof n === "number" && Number.isFinite(n) ? n : undefined;
  }
  if (start + length > buf.byteLength) throw new RangeError("message type runs past the frame");
  it.offset = start + length;
  return strictUtf8.decode(buf.subarray(start, start + length));
}

/** Frames core must still see: the join acknowledgement and the consented leave. */
export function isControlFrame(buffer: unknown): boolean {
  return buffer instanceof Uint8Array && (buffer[0] === Protocol.JOIN_ROOM || buffer[0] === Protocol.LEAVE_ROOM);
}
