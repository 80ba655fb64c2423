/** The transcript: every speech in order, with speaker, role, faction and time. Appends only. */
import { clockTime, h, replaceChildren } from "../dom.js";
import { person } from "../roster.js";
import { t } from "../strings.js";
import type { Panel, PanelContext } from "./panel-context.js";

export function transcriptPanel(ctx: PanelContext): Panel {
  const list = h("ol", { class: "transcript", id: "transcript" });
  const empty = h("p", { class: "empty", text: t("transcript.empty") });
  const el = h("section", { class: "panel-section", "aria-labelledby": "transcript-heading" }, h("h2", { id: "transcript-heading", class: "sr-only", text: t("transcript.heading") }), empty, list);
  let shown = 0;
  let scenarioShown = false;

  return {
    el,
    update() {
      const { state, scenario } = ctx.session;
      // Names of roles and factions arrive with the scenario; redraw once when it does.
      if (scenario && !scenarioShown) {
        scenarioShown = true;
        shown = 0;
        replaceChildren(list);
      }
      if (state.speeches.length < shown) {
        shown = 0;
        replaceChildren(list);
      }
      const stick = el.parentElement ? el.parentElement.scrollHeight - el.parentElement.scrollTop - el.parentElement.clientHeight < 40 : true;
      for (const s of state.speeches.slice(shown)) {
        const who = person(state, scenario, s.speaker, s.roleId);
        const chip = h("span", { class: "chip", style: `--chip:${who?.color ?? "#5d5a55"}` });
        list.appendChild(
          h(
            "li",
            { class: "speech", "data-seq": s.seq },
            h(
              "div",
              { class: "speech-meta" },
              chip,
              h("strong", { class: "speaker", text: who?.name ?? "?" }),
              h("span", { class: "role", text: who?.role ? `${who.role.name}${who.faction ? ` · ${who.faction.name}` : ""}` : t("transcript.observer") }),
              h("time", { datetime: new Date(s.at).toISOString(), text: clockTime(s.at) }),
            ),
            h("p", { class: "speech-text", text: s.text }),
          ),
        );
      }
      if (state.speeches.length > shown && stick && el.parentElement) el.parentElement.scrollTop = el.parentElement.scrollHeight;
      shown = state.speeches.length;
      empty.hidden = shown > 0;
    },
  };
}
