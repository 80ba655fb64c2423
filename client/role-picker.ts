/**
 * The role picker: the scenario's roles grouped by faction, with bios; free and taken update
 * live, the chair's role is marked, and one may stay an observer instead. Built once per
 * scenario, then only statuses change, so keyboard focus survives others' choices.
 */
import type { PublicScenario } from "../shared/scenario.js";
import { h, replaceChildren } from "./dom.js";
import type { LivePanelContext, Panel } from "./panels/panel-context.js";
import { language, SCENARIO_LANG, t } from "./strings.js";
import { own } from "../shared/null-record.js";

export interface RolePicker extends Panel {
  dialog: HTMLDialogElement;
  open(): void;
  close(): void;
}

export function rolePicker(ctx: LivePanelContext): RolePicker {
  const list = h("div", { class: "role-groups" });
  const setting = h("div", { class: "setting-slot" });
  const error = h("p", { hidden: true });
  // Shown when the facilitator gives the roles: Take would only be refused, so it is not offered.
  const assigned = h("p", {
    class: "hint roles-assigned",
    id: "roles-assigned",
    hidden: true,
    text: t("roles.assignedByFacilitator"),
  });
  ctx.actions.slots.register(["claimRole", "releaseRole"], error);
  const observe = h("button", { type: "button", id: "stay-observer", text: t("roles.observe") });
  const close = h("button", { type: "button", class: "quiet", id: "close-roles", text: t("roles.close") });
  const dialog = h(
    "dialog",
    { class: "role-picker", id: "role-picker", "aria-labelledby": "roles-heading" },
    h("div", { class: "picker-head" }, h("h2", { id: "roles-heading", text: t("roles.heading") }), close),
    h("p", { class: "lede", text: t("roles.lede") }),
    language() === SCENARIO_LANG ? null : h("p", { class: "hint scenario-language", text: t("lang.scenarioEnglish") }),
    setting,
    assigned,
    error,
    list,
    h("div", { class: "picker-foot" }, observe),
  );
  close.addEventListener("click", () => dialog.close());
  observe.addEventListener("click", () => {
    const mine = own(ctx.source.state.participants, ctx.source.me)?.roleId;
    if (mine) ctx.actions.send("releaseRole", {});
    dialog.close();
  });

  let builtFor = "";
  const rows = new Map<string, { status: HTMLElement; button: HTMLButtonElement; card: HTMLElement; chair: boolean }>();

  const build = () => {
    const scenario = ctx.source.scenario;
    if (!scenario || builtFor === scenario.id) return;
    builtFor = scenario.id;
    rows.clear();
    replaceChildren(setting, settingDetails(scenario));
    const groups = scenario.factions
      .map((f) => ({ faction: f, roles: scenario.roles.filter((r) => r.factionId === f.id) }))
      .filter((g) => g.roles.length > 0)
      // The chair's faction first: the chair opens the seminar.
      .sort((a, b) => Number(b.roles.some((r) => r.chair)) - Number(a.roles.some((r) => r.chair)));
    replaceChildren(
      list,
      ...groups.map(({ faction, roles }) =>
        h(
          "section",
          { class: "role-group", style: `--chip:${faction.color}`, "aria-labelledby": `faction-${faction.id}` },
          h(
            "h3",
            { id: `faction-${faction.id}` },
            h("span", { class: "chip" }),
            h("span", { lang: SCENARIO_LANG, text: faction.name }),
          ),
          h(
            "details",
            { class: "standpoint" },
            h("summary", { text: t("roles.standpoint") }),
            h("p", { lang: SCENARIO_LANG, text: faction.standpoint }),
          ),
          h(
            "ul",
            {},
            ...roles.map((role) => {
              const status = h("span", { class: "role-status" });
              const button = h("button", { type: "button", class: "take", "data-role": role.id });
              button.addEventListener("click", () => {
                const mine = own(ctx.source.state.participants, ctx.source.me)?.roleId;
                if (mine === role.id) {
                  ctx.actions.send("releaseRole", {});
                  return;
                }
                // Moving seats: the server wants the old role given up first, and keeps order.
                if (mine) ctx.actions.send("releaseRole", {});
                ctx.actions.send("claimRole", { roleId: role.id });
              });
              const card = h(
                "li",
                { class: "role-card", "data-role-card": role.id },
                h(
                  "div",
                  { class: "role-title" },
                  h("strong", { id: `role-name-${role.id}`, lang: SCENARIO_LANG, text: role.name }),
                  role.chair ? h("span", { class: "badge chair-badge", text: t("roles.chair") }) : null,
                  h("span", {
                    class: "badge",
                    text: role.kind === "historical" ? t("roles.historical") : t("roles.composite"),
                  }),
                ),
                h("p", { class: "bio", lang: SCENARIO_LANG, text: role.bio }),
                h("div", { class: "role-actions" }, status, button),
              );
              button.setAttribute("aria-describedby", `role-name-${role.id}`);
              rows.set(role.id, { status, button, card, chair: role.chair });
              return card;
            }),
          ),
        ),
      ),
    );
  };

  const update = () => {
    build();
    const { state, me } = ctx.source;
    const self = own(state.participants, me);
    const mine = self?.roleId ?? null;
    // The same rule as the server's (docs/protocol.md): only the facilitator takes the chair, and
    // in "I assign the roles" mode only the facilitator takes any role.
    const facilitator = self?.facilitator === true;
    const everyRoleGiven = state.roleClaiming === "facilitator" && !facilitator;
    assigned.hidden = !everyRoleGiven;
    for (const [roleId, row] of rows) {
      const holder = own(state.roleHolders, roleId);
      const yours = holder === me;
      const taken = holder !== undefined && !yours;
      const given = !yours && !taken && (everyRoleGiven || (row.chair && !facilitator));
      row.status.textContent = yours
        ? t("roles.yours")
        : taken
          ? t("roles.takenBy", { name: own(state.participants, holder)?.name ?? "?" })
          : given
            ? t("roles.givenByFacilitator")
            : t("roles.free");
      row.card.classList.toggle("taken", taken);
      row.card.classList.toggle("yours", yours);
      row.button.textContent = yours ? t("roles.release") : t("roles.take");
      row.button.disabled = taken || given;
    }
    // A new role taken: the picker has done its job.
    if (mine !== null && mine !== lastMine && dialog.open) dialog.close();
    lastMine = mine;
  };
  let lastMine: string | null = own(ctx.source.state.participants, ctx.source.me)?.roleId ?? null;

  return {
    el: dialog,
    dialog,
    open() {
      update();
      if (!dialog.open) dialog.showModal();
    },
    close() {
      if (dialog.open) dialog.close();
    },
    update,
    destroy() {
      if (dialog.open) dialog.close();
    },
  };
}

/**
 * The setting of the scenario, so that someone new can learn where and when they are before they
 * choose whom to be. Open until a role is held; a click away afterwards.
 */
function settingDetails(scenario: PublicScenario): HTMLElement {
  const { setting } = scenario;
  const row = (label: string, text: string) =>
    h("div", {}, h("dt", { text: label }), h("dd", { lang: SCENARIO_LANG, text }));
  return h(
    "details",
    { class: "setting", id: "setting", open: true },
    h(
      "summary",
      {},
      h("strong", { text: t("setting.heading") }),
      " ",
      h("span", { lang: SCENARIO_LANG, text: scenario.title }),
    ),
    h(
      "dl",
      {},
      row(t("setting.place"), setting.place),
      row(t("setting.date"), setting.date),
      row(t("setting.occasion"), setting.occasion),
      row(t("setting.whoCame"), setting.whoCame),
      row(t("setting.moment"), setting.moment),
    ),
    h("h4", { text: t("setting.unknowns") }),
    h("ul", { lang: SCENARIO_LANG }, ...setting.unknowns.map((u) => h("li", { text: u }))),
    h("p", {
      class: "essay-credit",
      text: t("setting.essay", {
        title: scenario.essay.title,
        author: scenario.essay.author,
        year: String(scenario.essay.year),
      }),
    }),
  );
}
