/**
 * Hidden posts are withheld from the log itself, not only from what clients draw: once a
 * moderator hides a post, its `posted` event is kept and served in its withheld form (text gone,
 * `hidden: true`), so history, the exported log, state, minutes and replay can never show it.
 * The log stays a valid log: same seq, same ids, and it folds to the same state as before.
 */
import type { EventOf, SeminarEvent } from "./events.js";

/** The withheld form of a `posted` event: everything but the text. */
export function withheldPost(e: EventOf<"posted">): EventOf<"posted"> {
  const { postId, promptId, replyTo } = e.data;
  return {
    ...e,
    data: replyTo === undefined ? { postId, promptId, hidden: true } : { postId, promptId, hidden: true, replyTo },
  };
}

/** The log with every post that was hidden (anywhere in it) withheld; other events as they are. */
export function withholdHiddenPosts(events: readonly SeminarEvent[]): SeminarEvent[] {
  const hidden = new Set<string>();
  for (const e of events) if (e.type === "postHidden") hidden.add(e.data.postId);
  if (hidden.size === 0) return events.slice();
  return events.map((e) =>
    e.type === "posted" && hidden.has(e.data.postId) && "text" in e.data ? withheldPost(e) : e,
  );
}
