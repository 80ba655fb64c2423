/**
 * The schemas of a seminar's own settings (title, passcode, how roles are taken), shared by the
 * create options and the events that record them: one definition each.
 */
import { z } from "zod";
import { LIMITS, ROLE_CLAIMING_MODES } from "./vocabulary.js";

export const RoleClaiming = z.enum(ROLE_CLAIMING_MODES);

/** A seminar's title, shown on the door and in the minutes. */
export const SeminarTitle = z
  .string()
  .trim()
  .min(LIMITS.titleMin, "title must not be empty")
  .max(LIMITS.titleMax, `title must be at most ${LIMITS.titleMax} characters`);

/** A seminar's passcode, asked of everyone who joins; the server keeps only a salted hash. */
export const Passcode = z
  .string()
  .min(LIMITS.passcodeMin, `passcode must be at least ${LIMITS.passcodeMin} characters`)
  .max(LIMITS.passcodeMax, `passcode must be at most ${LIMITS.passcodeMax} characters`);
