/**
 * My private brief: only the brief the server sent to me, for the role I hold.
 */
import { html, render } from "lit-html";
import type { RoleBrief } from "../../shared/scenario.js";
import { h } from "../dom.js";
import { SCENARIO_LANG, t } from "../strings.js";
import type { LivePanelContext, Panel } from "./panel-context.js";
import { sourceList } from "./source-list.js";
import { printSheet } from "../print-sheet.js";
import { own } from "../../shared/null-record.js";

function renderBrief(b: RoleBrief) {
  return html`<p class="private-note">${t("brief.heading")}</p>
    <div class="brief-text" lang=${SCENARIO_LANG}>
      <h3>${b.name}</h3>
      <h4>${t("brief.standpoint")}</h4>
      <p>${b.standpoint}</p>
      <h4>${t("brief.objectives")}</h4>
      <ul>
        ${b.objectives.map((o) => html`<li>${o}</li>`)}
      </ul>
      <h4>${t("brief.talkingPoints")}</h4>
      <ol class="talking-points">
        ${b.talkingPoints.map(
          (tp) =>
            html`<li>
              <p class="point">${tp.point}</p>
              <p class="facts">${tp.facts}</p>
              ${sourceList(tp.sources)}
            </li>`,
        )}
      </ol>
      <h4>${t("brief.cannotKnowYet")}</h4>
      <p>${b.cannotKnowYet}</p>
      <h4>${t("brief.documentation")}</h4>
      <p>${b.documentation}</p>
    </div>`;
}

export function briefPanel(ctx: LivePanelContext): Panel {
  const body = h("div", { class: "brief", id: "brief" });
  // The whole brief on paper, not the part the scroll box shows.
  const printBtn = h("button", {
    type: "button",
    class: "quiet",
    id: "print-brief",
    text: t("print.brief"),
    hidden: true,
  });
  let current: RoleBrief | null = null;
  printBtn.addEventListener("click", () => {
    if (current) printSheet("brief", renderBrief(current));
  });
  const el = h(
    "section",
    { class: "panel-section", "aria-labelledby": "brief-heading" },
    h("h2", { id: "brief-heading", class: "sr-only", text: t("brief.heading") }),
    printBtn,
    body,
  );
  let shown: RoleBrief | null | string = "";
  return {
    el,
    update() {
      const { source } = ctx;
      const myRole = own(source.state.participants, source.me)?.roleId ?? null;
      const brief = source.brief && source.brief.roleId === myRole ? source.brief : null;
      // A brief is drawn once when it arrives; only its arrival or my role changes what shows.
      const next = brief ?? (myRole ? "waiting" : "none");
      if (next === shown) return;
      shown = next;
      current = brief;
      printBtn.hidden = !brief;
      render(
        brief ? renderBrief(brief) : html`<p class="empty">${myRole ? t("brief.waiting") : t("brief.none")}</p>`,
        body,
      );
    },
    destroy() {
      render(null, body);
    },
  };
}
