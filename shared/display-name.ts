/**
 * The display-name schema, shared by join options and `joined` events: one definition, so a
 * name a join accepts is a name an imported log may carry.
 */
import { z } from "zod";
import { LIMITS } from "./vocabulary.js";

/** Names are trimmed; a name of only spaces is no name. */
export const DisplayName = z
  .string()
  .trim()
  .min(LIMITS.nameMin, "name must not be empty")
  .max(LIMITS.nameMax, `name must be at most ${LIMITS.nameMax} characters`);
