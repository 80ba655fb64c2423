/** The queue of raised hands, in order, and everyone in the room: both as plain DOM lists. */
import { h, replaceChildren } from "../dom.js";
import { person, presentPeople, type Person } from "../roster.js";
import { t } from "../strings.js";
import type { Panel, PanelContext } from "./panel-context.js";

function describe(p: Person, me: string, speaking: boolean): HTMLElement {
  const tags: string[] = [];
  if (p.id === me) tags.push(t("people.you"));
  if (p.chair) tags.push(t("people.chair"));
  if (p.facilitator) tags.push(t("people.facilitator"));
  if (speaking) tags.push(t("people.speaking"));
  if (!p.connected) tags.push(t("people.disconnected"));
  return h(
    "li",
    { "data-participant": p.id, class: p.connected ? "" : "away" },
    h("span", { class: "chip", style: `--chip:${p.color}` }),
    h("span", { class: "who", text: p.name }),
    h("span", {
      class: "role",
      text: p.role ? `${p.role.name}${p.faction ? ` · ${p.faction.name}` : ""}` : t("header.observer"),
    }),
    tags.length ? h("span", { class: "tags", text: tags.join(" · ") }) : null,
  );
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
  let key = "";
  return {
    el,
    update() {
      const { state, scenario, me } = ctx.session;
      const everyone = presentPeople(state, scenario);
      const speaking = state.floor?.holder ?? null;
      const k = JSON.stringify([
        state.queue,
        speaking,
        everyone.map((p) => [p.id, p.name, p.role?.id, p.connected]),
        Boolean(scenario),
      ]);
      if (k === key) return;
      key = k;
      const queued = state.queue.map((id) => person(state, scenario, id)).filter((p): p is Person => p !== null);
      replaceChildren(queue, ...queued.map((p) => describe(p, me, false)));
      queueEmpty.hidden = queued.length > 0;
      peopleHeading.textContent = t("people.participants", { n: everyone.length });
      replaceChildren(people, ...everyone.map((p) => describe(p, me, p.id === speaking)));
    },
  };
}
