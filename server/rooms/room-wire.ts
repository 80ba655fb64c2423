/**
 * The server's end of the wire contract: every server message goes out through these, so its
 * name fixes its payload's type (shared/wire.ts `ServerMessages`).
 */
import { Protocol, getMessageBytes, type Client, type Room } from "colyseus";
import type { ServerMessageName, ServerMessages } from "../../shared/wire.js";

export function sendTo<K extends ServerMessageName>(client: Client, name: K, message: ServerMessages[K]): void {
  client.send(name, message);
}

/**
 * Sends a secret (seat key, brief) to one client exactly as `client.send` would, minus its debug
 * line: with DEBUG=colyseus:message, `client.send` prints every message's content to the log.
 */
export function sendPrivately<K extends ServerMessageName>(client: Client, name: K, message: ServerMessages[K]): void {
  client.enqueueRaw(getMessageBytes.raw(Protocol.ROOM_DATA, name, message));
}

export function broadcastTo<K extends ServerMessageName>(room: Room, name: K, message: ServerMessages[K]): void {
  room.broadcast(name, message);
}
