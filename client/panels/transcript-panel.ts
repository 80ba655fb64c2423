/**
 * The transcript: every speech in order, with speaker, role, faction and time, and among them,
 * where they happened, the event cards played and the votes put (a vote's item shows its
 * ballots and tally as they come, then its result). The log only grows, so each item is drawn
 * once (its content by lit-html) and kept by seq: a live speech appends one item, and a replay
 * seeking back and forth over thousands of speeches only detaches and re-attaches items it
 * already has. Only vote items are drawn again, while their vote changes.
 */
import { html, nothing, render } from "lit-html";
import type { PublicScenario } from "../../shared/scenario.js";
import type { CardPlay, SeminarState, Speech, Vote } from "../../shared/engine/state.js";
import { minutesCard, minutesVote } from "../../shared/replay/minutes-record.js";
import { clockTime, h } from "../dom.js";
import { person } from "../roster.js";
import { SCENARIO_LANG, t } from "../strings.js";
import type { Panel, PanelContext } from "./panel-context.js";
import { cardItem, clockWhen, nameIn, voteItem } from "./procedure-items.js";

type Entry = { seq: number; speech: Speech } | { seq: number; card: CardPlay } | { seq: number; vote: Vote };

/** The entries after `seq`, in log order: each list is in seq order, so only their tails are read. */
function entriesAfter(state: SeminarState, seq: number): Entry[] {
  const tail = <T>(list: readonly T[], seqOf: (x: T) => number, entry: (x: T) => Entry): Entry[] => {
    let i = list.length;
    while (i > 0 && seqOf(list[i - 1]) > seq) i--;
    return list.slice(i).map(entry);
  };
  return [
    ...tail(
      state.speeches,
      (s) => s.seq,
      (speech) => ({ seq: speech.seq, speech }),
    ),
    ...tail(
      state.cardsPlayed,
      (c) => c.seq,
      (card) => ({ seq: card.seq, card }),
    ),
    ...tail(
      state.votes,
      (v) => v.openedSeq,
      (vote) => ({ seq: vote.openedSeq, vote }),
    ),
  ].sort((a, b) => a.seq - b.seq);
}

export function transcriptPanel(ctx: PanelContext): Panel {
  const list = h("ol", { class: "transcript", id: "transcript" });
  const empty = h("p", { class: "empty", text: t("transcript.empty") });
  const el = h(
    "section",
    { class: "panel-section", "aria-labelledby": "transcript-heading" },
    h("h2", { id: "transcript-heading", class: "sr-only", text: t("transcript.heading") }),
    empty,
    list,
  );
  /** Every item made so far, by seq. */
  const made = new Map<number, HTMLElement>();
  /** The seq of the last item in the list (0: none). */
  let shownSeq = 0;
  let shownScenario: PublicScenario | null | undefined = undefined;

  const drawVote = (li: HTMLElement, v: Vote) => {
    const { state, scenario } = ctx.source;
    render(voteItem(minutesVote(v, scenario, nameIn(state), null), clockWhen), li);
  };
  const itemFor = (e: Entry): HTMLElement => {
    const kept = made.get(e.seq);
    if (kept) {
      // A vote's item kept from an earlier pass may show it later than the playhead is now.
      if ("vote" in e) drawVote(kept, e.vote);
      return kept;
    }
    const li = h("li", { class: "speech" in e ? "speech" : "record-entry", "data-seq": e.seq });
    made.set(e.seq, li);
    if ("card" in e) render(cardItem(minutesCard(e.card, ctx.source.scenario, null), clockWhen), li);
    else if ("vote" in e) drawVote(li, e.vote);
    else drawSpeech(li, e.speech);
    return li;
  };
  const drawSpeech = (li: HTMLElement, s: Speech) => {
    const { state, scenario } = ctx.source;
    const who = person(state, scenario, s.speaker, s.roleId);
    const chip = `--chip:${who?.color ?? "#5d5a55"}`;
    const role = who?.role
      ? `${who.role.name}${who.faction ? ` · ${who.faction.name}` : ""}`
      : t("transcript.observer");
    render(
      html`<div class="speech-meta">
          <span class="chip" style=${chip}></span><strong class="speaker" lang="">${who?.name ?? "?"}</strong
          ><span class="role" lang=${who?.role ? SCENARIO_LANG : nothing}>${role}</span
          ><time datetime=${new Date(s.at).toISOString()}>${clockTime(s.at)}</time>
        </div>
        <p class="speech-text" lang="" dir="auto">${s.text}</p>`,
      li,
    );
  };

  return {
    el,
    update() {
      const { state, scenario } = ctx.source;
      // Names of roles and factions arrive with the scenario; redraw once when it does.
      if (scenario !== shownScenario) {
        shownScenario = scenario;
        made.clear();
        list.replaceChildren();
        shownSeq = 0;
      }
      // A replay seeking back: drop the items after the playhead (kept, for when it passes them again).
      while (shownSeq > state.seq) {
        list.lastElementChild!.remove();
        shownSeq = Number((list.lastElementChild as HTMLElement | null)?.dataset.seq ?? 0);
      }
      // Votes change after their item is drawn (ballots, the result): those items follow them.
      for (const v of state.votes) {
        const li = v.openedSeq <= shownSeq ? made.get(v.openedSeq) : undefined;
        if (li) drawVote(li, v);
      }
      const added = entriesAfter(state, shownSeq);
      if (added.length) {
        // Live, the panel sticks to the newest item; a replay scrolls it to the playhead itself.
        const box = ctx.actions ? el.parentElement : null;
        const stick = box ? box.scrollHeight - box.scrollTop - box.clientHeight < 40 : false;
        const fragment = document.createDocumentFragment();
        for (const e of added) fragment.appendChild(itemFor(e));
        list.appendChild(fragment);
        shownSeq = added[added.length - 1].seq;
        if (stick && box) box.scrollTop = box.scrollHeight;
      }
      empty.hidden = list.childElementCount > 0;
    },
    destroy() {
      made.clear();
      list.replaceChildren();
    },
  };
}
