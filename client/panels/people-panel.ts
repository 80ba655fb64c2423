/** The queue of raised hands, in order, and everyone in the room: both as keyed DOM lists. */
import { html, nothing, render } from "lit-html";
import { repeat } from "lit-html/directives/repeat.js";
import { h } from "../dom.js";
import { person, presentPeople, type Person } from "../roster.js";
import { SCENARIO_LANG, t } from "../strings.js";
import type { Panel, PanelContext } from "./panel-context.js";
import { own } from "../../shared/null-record.js";
import type { HandIntent } from "../../shared/vocabulary.js";

function describe(p: Person, me: string, speaking: boolean, hand: HandIntent | null = null) {
  const tags: string[] = [];
  if (hand) tags.push(t(`hand.${hand}`));
  if (p.id === me) tags.push(t("people.you"));
  if (p.chair) tags.push(t("people.chair"));
  if (p.facilitator) tags.push(t("people.facilitator"));
  if (speaking) tags.push(t("people.speaking"));
  if (!p.connected) tags.push(t("people.disconnected"));
  const role = p.role ? `${p.role.name}${p.faction ? ` · ${p.faction.name}` : ""}` : t("header.observer");
  const chip = `--chip:${p.color}`;
  const tagLine = tags.length ? html`<span class="tags">${tags.join(" · ")}</span>` : null;
  return html`<li data-participant=${p.id} data-hand=${hand ?? ""} class=${p.connected ? "" : "away"}>
    <span class="chip" style=${chip}></span><span class="who" lang="">${p.name}</span
    ><span class="role" lang=${p.role ? SCENARIO_LANG : nothing}>${role}</span>${tagLine}
  </li>`;
}

export function peoplePanel(ctx: PanelContext): Panel {
  const queue = h("ol", { class: "queue", id: "queue", "aria-labelledby": "queue-heading" });
  const queueEmpty = h("p", { class: "empty", text: t("people.queueEmpty") });
  const peopleHeading = h("h3", { id: "people-heading" });
  const people = h("ul", { class: "people", id: "participants", "aria-labelledby": "people-heading" });
  const el = h(
    "section",
    { class: "panel-section" },
    h("h3", { id: "queue-heading", text: t("people.queue") }),
    queueEmpty,
    queue,
    peopleHeading,
    people,
  );
  return {
    el,
    update() {
      const { state, scenario, me } = ctx.source;
      const everyone = presentPeople(state, scenario);
      const speaking = state.floor?.holder ?? null;
      const queued = state.queue.map((id) => person(state, scenario, id)).filter((p): p is Person => p !== null);
      render(
        repeat(
          queued,
          (p) => p.id,
          (p) => describe(p, me, false, own(state.participants, p.id)?.hand ?? null),
        ),
        queue,
      );
      queueEmpty.hidden = queued.length > 0;
      peopleHeading.textContent = t("people.participants", { n: everyone.length });
      render(
        repeat(
          everyone,
          (p) => p.id,
          (p) => describe(p, me, p.id === speaking),
        ),
        people,
      );
    },
    destroy() {
      render(null, queue);
      render(null, people);
    },
  };
}
