/** The transcript: every speech in order, with speaker, role, faction and time. Appends only. */
import { clockTime, h, replaceChildren } from "../dom.js";
import { person } from "../roster.js";
import { t } from "../strings.js";
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
  let shown = 0;
  let scenarioShown = false;
  /** Every speech's item made so far, by index. */
  let built: HTMLElement[] = [];

  return {
    el,
    update() {
      const { state, scenario } = ctx.session;
      // Names of roles and factions arrive with the scenario; redraw once when it does.
      if (scenario && !scenarioShown) {
        scenarioShown = true;
        shown = 0;
        built = [];
        replaceChildren(list);
      }
      if (state.speeches.length < shown) {
        // A replay seeking back: the log only grows, so drop the speeches after the playhead
        // (kept in `built`, to be put back when the playhead passes them again).
        for (let k = list.children.length - state.speeches.length; k > 0; k--) list.lastElementChild!.remove();
        shown = state.speeches.length;
      }
      // Live, the panel sticks to the newest speech; a replay scrolls it to the playhead itself.
      const box = ctx.readOnly ? null : el.parentElement;
      const stick = box ? box.scrollHeight - box.scrollTop - box.clientHeight < 40 : true;
      const added = document.createDocumentFragment();
      for (let i = shown; i < state.speeches.length; i++) {
        const s = state.speeches[i];
        const kept = built[i];
        if (kept && kept.dataset.seq === String(s.seq)) {
          added.appendChild(kept);
          continue;
        }
        const who = person(state, scenario, s.speaker, s.roleId);
        const chip = h("span", { class: "chip", style: `--chip:${who?.color ?? "#5d5a55"}` });
        added.appendChild(
          (built[i] = h(
            "li",
            { class: "speech", "data-seq": s.seq },
            h(
              "div",
              { class: "speech-meta" },
              chip,
              h("strong", { class: "speaker", text: who?.name ?? "?" }),
              h("span", {
                class: "role",
                text: who?.role
                  ? `${who.role.name}${who.faction ? ` · ${who.faction.name}` : ""}`
                  : t("transcript.observer"),
              }),
              h("time", { datetime: new Date(s.at).toISOString(), text: clockTime(s.at) }),
            ),
            h("p", { class: "speech-text", text: s.text }),
          )),
        );
      }
      list.appendChild(added);
      if (state.speeches.length > shown && stick && box) box.scrollTop = box.scrollHeight;
      shown = state.speeches.length;
      empty.hidden = shown > 0;
    },
  };
}
