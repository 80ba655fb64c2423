/**
 * The transcript: every speech in order, with speaker, role, faction and time. The log only
 * grows, so each speech's item is drawn once (its content by lit-html) and kept by seq: a live
 * speech appends one item, and a replay seeking back and forth over thousands of speeches
 * only detaches and re-attaches items it already has.
 */
import { html, nothing, render } from "lit-html";
import type { PublicScenario } from "../../shared/scenario.js";
import type { Speech } from "../../shared/engine/state.js";
import { clockTime, h } from "../dom.js";
import { person } from "../roster.js";
import { SCENARIO_LANG, t } from "../strings.js";
import type { Panel, PanelContext } from "./panel-context.js";

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
  /** Every speech's item made so far, by seq. */
  const made = new Map<number, HTMLElement>();
  let shown = 0;
  let shownScenario: PublicScenario | null | undefined = undefined;

  const itemFor = (s: Speech): HTMLElement => {
    const kept = made.get(s.seq);
    if (kept) return kept;
    const { state, scenario } = ctx.source;
    const who = person(state, scenario, s.speaker, s.roleId);
    const chip = `--chip:${who?.color ?? "#5d5a55"}`;
    const role = who?.role
      ? `${who.role.name}${who.faction ? ` · ${who.faction.name}` : ""}`
      : t("transcript.observer");
    const li = h("li", { class: "speech", "data-seq": s.seq });
    render(
      html`<div class="speech-meta">
          <span class="chip" style=${chip}></span><strong class="speaker" lang="">${who?.name ?? "?"}</strong
          ><span class="role" lang=${who?.role ? SCENARIO_LANG : nothing}>${role}</span
          ><time datetime=${new Date(s.at).toISOString()}>${clockTime(s.at)}</time>
        </div>
        <p class="speech-text" lang="" dir="auto">${s.text}</p>`,
      li,
    );
    made.set(s.seq, li);
    return li;
  };

  return {
    el,
    update() {
      const { state, scenario } = ctx.source;
      const speeches = state.speeches;
      // Names of roles and factions arrive with the scenario; redraw once when it does.
      if (scenario !== shownScenario) {
        shownScenario = scenario;
        made.clear();
        list.replaceChildren();
        shown = 0;
      }
      // A replay seeking back: drop the items after the playhead (kept, for when it passes them again).
      for (; shown > speeches.length; shown--) list.lastElementChild!.remove();
      if (shown === speeches.length) {
        empty.hidden = shown > 0;
        return;
      }
      // Live, the panel sticks to the newest speech; a replay scrolls it to the playhead itself.
      const box = ctx.actions ? el.parentElement : null;
      const stick = box ? box.scrollHeight - box.scrollTop - box.clientHeight < 40 : false;
      const added = document.createDocumentFragment();
      for (let i = shown; i < speeches.length; i++) added.appendChild(itemFor(speeches[i]));
      list.appendChild(added);
      shown = speeches.length;
      if (stick && box) box.scrollTop = box.scrollHeight;
      empty.hidden = shown > 0;
    },
    destroy() {
      made.clear();
      list.replaceChildren();
    },
  };
}
