/** My private brief: only the brief the server sent to me, for the role I hold. */
import type { RoleBrief } from "../../shared/scenario.js";
import { h, replaceChildren } from "../dom.js";
import { t } from "../strings.js";
import type { Panel, PanelContext } from "./panel-context.js";
import { own } from "../../shared/null-record.js";

/** A source reference: an essay paragraph ("P3") stays text; a URL becomes a link. */
function sourceRef(ref: string): Node {
  if (/^https?:\/\//.test(ref)) {
    let label = ref;
    try {
      label = new URL(ref).hostname.replace(/^www\./, "");
    } catch {
      /* keep the raw text */
    }
    return h("a", { href: ref, target: "_blank", rel: "noopener noreferrer", text: label });
  }
  return h("span", { text: ref });
}

export function sourceList(refs: readonly string[]): HTMLElement {
  return h("ul", { class: "sources" }, ...refs.map((r) => h("li", {}, sourceRef(r))));
}

function renderBrief(b: RoleBrief): HTMLElement[] {
  return [
    h("h3", { text: b.name }),
    h("h4", { text: t("brief.standpoint") }),
    h("p", { text: b.standpoint }),
    h("h4", { text: t("brief.objectives") }),
    h("ul", {}, ...b.objectives.map((o) => h("li", { text: o }))),
    h("h4", { text: t("brief.talkingPoints") }),
    h(
      "ol",
      { class: "talking-points" },
      ...b.talkingPoints.map((tp) =>
        h(
          "li",
          {},
          h("p", { class: "point", text: tp.point }),
          h("p", { class: "facts", text: tp.facts }),
          sourceList(tp.sources),
        ),
      ),
    ),
    h("h4", { text: t("brief.cannotKnowYet") }),
    h("p", { text: b.cannotKnowYet }),
    h("h4", { text: t("brief.documentation") }),
    h("p", { text: b.documentation }),
  ];
}

export function briefPanel(ctx: PanelContext): Panel {
  const body = h("div", { class: "brief", id: "brief" });
  const el = h(
    "section",
    { class: "panel-section", "aria-labelledby": "brief-heading" },
    h("h2", { id: "brief-heading", class: "sr-only", text: t("brief.heading") }),
    body,
  );
  let key = "";
  return {
    el,
    update() {
      const { session } = ctx;
      const myRole = own(session.state.participants, session.me)?.roleId ?? null;
      const brief = session.brief && session.brief.roleId === myRole ? session.brief : null;
      const next = brief ? `brief:${brief.roleId}` : myRole ? "waiting" : "none";
      if (next === key) return;
      key = next;
      if (brief)
        replaceChildren(body, h("p", { class: "private-note", text: t("brief.heading") }), ...renderBrief(brief));
      else replaceChildren(body, h("p", { class: "empty", text: myRole ? t("brief.waiting") : t("brief.none") }));
    },
  };
}
