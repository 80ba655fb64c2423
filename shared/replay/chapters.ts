/**
 * Chapters: the places a viewer wants to jump to. One per prompt opened and one per speech, in log
 * order, with a plain-text title (the viewer puts it in the DOM as text, never as HTML).
 */
import type { SeminarEvent } from "../events.js";

export interface Chapter {
  kind: "prompt" | "speech";
  /** The seq of the promptOpened / spoke event: `stateAt(seq)` shows it. */
  seq: number;
  at: number;
  title: string;
  promptId: string | null;
  /** The speaker's participant id, for speech chapters. */
  speaker?: string;
}

/** What chapter titles need of a scenario; a PublicScenario fits. Without it, ids are shown. */
export interface ChapterScenario {
  prompts: ReadonlyArray<{ id: string; question: string }>;
  roles: ReadonlyArray<{ id: string; name: string }>;
}

const EXCERPT = 80;

/** Shortens to one line of at most `max` characters, ending in "…" when cut. */
export function excerpt(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : flat.slice(0, max - 1).trimEnd() + "…";
}

export function buildChapters(events: readonly SeminarEvent[], scenario?: ChapterScenario): Chapter[] {
  const names = new Map<string, string>();
  const roles = new Map<string, string>();
  const promptTitle = (id: string) => scenario?.prompts.find((p) => p.id === id)?.question ?? id;
  const roleName = (id: string) => scenario?.roles.find((r) => r.id === id)?.name ?? id;
  let openPrompt: string | null = null;
  const out: Chapter[] = [];
  for (const e of events) {
    switch (e.type) {
      case "joined":
        names.set(e.actor, e.data.name);
        break;
      case "roleClaimed":
        roles.set(e.actor, e.data.roleId);
        break;
      case "roleReleased":
        roles.delete(e.actor);
        break;
      case "promptOpened":
        openPrompt = e.data.promptId;
        out.push({
          kind: "prompt",
          seq: e.seq,
          at: e.at,
          title: promptTitle(e.data.promptId),
          promptId: e.data.promptId,
        });
        break;
      case "spoke": {
        const role = roles.get(e.actor);
        const who = `${names.get(e.actor) ?? e.actor}${role ? ` (${roleName(role)})` : ""}`;
        out.push({
          kind: "speech",
          seq: e.seq,
          at: e.at,
          title: `${who}: ${excerpt(e.data.text)}`,
          promptId: openPrompt,
          speaker: e.actor,
        });
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** The chapter that `seq` falls in (the last one at or before it), or null before the first. */
export function chapterAt(chapters: readonly Chapter[], seq: number): Chapter | null {
  let lo = 0;
  let hi = chapters.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (chapters[mid].seq <= seq) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : chapters[lo - 1];
}
