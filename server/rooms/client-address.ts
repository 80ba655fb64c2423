/**
 * The network address a connection comes from, as the socket saw it. Headers such as
 * X-Forwarded-For are not read: any client can write them, and per-address limits must not be
 * dodged by a header.
 */
import type { Client } from "colyseus";

export function addressOf(client: Client): string {
  const socket = (client as { ref?: { _socket?: { remoteAddress?: string } } }).ref?._socket;
  return normalizeAddress(socket?.remoteAddress);
}

/** IPv4 addresses seen through an IPv6 socket ("::ffff:10.0.0.5") count as themselves. */
export function normalizeAddress(address: string | undefined): string {
  if (!address) return "unknown";
  return address.startsWith("::ffff:") ? address.slice(7) : address;
}
