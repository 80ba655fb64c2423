/**
 * Seat keys: the secret that lets a participant come back as themselves (reload, dropped
 * network, server restart). 256 random bits, base64url; the store only ever sees a SHA-256.
 */
import { createHash, randomBytes } from "node:crypto";

/** A fresh seat key: 32 random bytes as base64url (43 characters). */
export function newSeatKey(): string {
  return randomBytes(32).toString("base64url");
}

/** What the store keeps instead of the key. A plain hash suffices: the key is 256 random bits. */
export function hashSeatKey(seatKey: string): string {
  return createHash("sha256").update(seatKey, "utf8").digest("hex");
}
