/**
 * Seminar passcodes: chosen by a teacher and typed by students, so short and guessable, unlike a
 * seat key. The store keeps only a salted scrypt hash (`scrypt$<salt>$<hash>`, base64url); the
 * passcode itself is never stored, logged or sent anywhere.
 */
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

const derive = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;
const KEY_BYTES = 32;

export async function hashPasscode(passcode: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(passcode.normalize("NFC"), salt, KEY_BYTES);
  return `scrypt$${salt.toString("base64url")}$${hash.toString("base64url")}`;
}

/** Whether `passcode` is the one `stored` was made from; false for anything malformed. */
export async function passcodeMatches(passcode: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await derive(passcode.normalize("NFC"), Buffer.from(salt, "base64url"), expected.length);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
