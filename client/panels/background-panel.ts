/**
 * Background for everyone: the scenario's glossary and its timeline from 1917 to 1991, with what
 * lies after the seminar marked as such, and a printable handout of all the public roles.
 */
import { html, render } from "lit-html";
import type { PublicScenario } from "../../shared/scenario.js";
import { h } from "../dom.js";
import { printSheet } from "../print-sheet.js";
import { t } from "../strings.js";
import type { PanelContext, Panel } from "./panel-context.js";
import { sourceList } from "./source-list.js";

function renderBackground(s: PublicScenario) {
  const glossary = s.glossary ?? [];
  const timeline = s.timeline ?? [];
  return html`<h3>${t("background.timeline")}</h3>
    <p class="hint">${t("background.timelineHint")}</p>
    <ol class="timeline" id="timeline-list">
      ${timeline.map(
        (e) =>
          html`<li class=${e.afterSeminar ? "after-seminar" : "before-seminar"} data-date=${e.date}>
            <span class="date">${e.date}</span>
            ${e.afterSeminar ? html`<span class="badge after">${t("background.afterSeminar")}</span>` : null}
            <span class="text">${e.text}</span>
            ${sourceList(e.sources)}
          </li>`,
      )}
    </ol>
    <h3>${t("background.glossary")}</h3>
    <dl class="glossary" id="glossary-list">
      ${glossary.map(
        (g) =>
          html`<dt>${g.term}</dt>
            <dd>${g.definition} ${sourceList(g.sources)}</dd>`,
      )}
    </dl>`;
}

/** All public roles on paper, for a handout before the class: name, faction, pronouns, bio. */
export function rolesHandout(s: PublicScenario) {
  const faction = new Map(s.factions.map((f) => [f.id, f.name]));
  return html`<h1>${s.title}</h1>
    <h2>${t("print.rolesHeading")}</h2>
    ${s.roles.map(
      (r) =>
        html`<section class="handout-role" data-role=${r.id}>
          <h3>${r.name}</h3>
          <p class="meta">
            ${faction.get(r.factionId) ?? r.factionId} · ${r.pronouns ?? ""} ·
            ${r.kind === "historical" ? t("print.historical") : t("print.composite")}
          </p>
          <p>${r.bio}</p>
        </section>`,
    )}`;
}

export function backgroundPanel(ctx: PanelContext): Panel {
  const body = h("div", { class: "background", id: "background" });
  const printRoles = h("button", { type: "button", class: "quiet", id: "print-roles", text: t("print.roles") });
  printRoles.addEventListener("click", () => {
    const s = ctx.source.scenario;
    if (s) printSheet("roles", rolesHandout(s));
  });
  const el = h(
    "section",
    { class: "panel-section", "aria-labelledby": "background-heading" },
    h("h2", { id: "background-heading", class: "sr-only", text: t("tabs.background") }),
    printRoles,
    body,
  );
  let shown: PublicScenario | null = null;
  return {
    el,
    update() {
      // The scenario arrives once and never changes: draw it when it does.
      const s = ctx.source.scenario;
      if (!s || s === shown) return;
      shown = s;
      render(renderBackground(s), body);
    },
    destroy() {
      render(null, body);
    },
  };
}
