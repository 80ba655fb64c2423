/**
 * The field schemas that client messages and stored events share: ids and display names. One
 * definition, so a name a join accepts is a name an imported log may carry.
 */
import { z } from "zod";
import { LIMITS } from "./vocabulary.js";

/** Participant, role, prompt and post ids. */
export const Id = z.string().min(1).max(64);

/** Names are trimmed; a name of only spaces is no name. */
export const DisplayName = z
  .string()
  .trim()
  .min(LIMITS.nameMin, "name must not be empty")
  .max(LIMITS.nameMax, `name must be at most ${LIMITS.nameMax} characters`);
