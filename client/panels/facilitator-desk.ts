/**
 * The facilitator's desk, beside the chair's: who is waiting and who is next, and per person
 * give or take back a role, hand the seminar over, remove (asked first); lock the seminar, how
 * roles are taken, close the question, end the seminar (asked first); and the private link that
 * opens this seat on another device. Shown to the facilitator only. The server decides; a
 * refusal is said here in plain words, by its code.
 */
import { html, nothing, render } from "lit-html";
import { repeat } from "lit-html/directives/repeat.js";
import { own } from "../../shared/null-record.js";
import type { CommandType } from "../../shared/protocol.js";
import { h } from "../dom.js";
import type { Refusal } from "../rejections.js";
import { presentPeople, type Person } from "../roster.js";
import { SCENARIO_LANG, t, tn, type StringKey } from "../strings.js";
import { confirmDialog } from "./confirm-dialog.js";
import type { LivePanelContext, Panel } from "./panel-context.js";
import "./facilitator-desk.css";

export interface FacilitatorDesk extends Panel {
  /** The desk's confirmation dialog, for the room to place at its end. */
  readonly dialog: HTMLDialogElement;
}

const DESK_COMMANDS = [
  "assignRole",
  "revokeRole",
  "setRoleClaiming",
  "removeParticipant",
  "lockSeminar",
  "handOver",
  "closePrompt",
  "endSession",
] as const satisfies readonly CommandType[];

/** Plain words for the refusals the desk can meet (by command and code, then by code alone). */
const REFUSALS = new Map<string, StringKey>([
  ["assignRole:ROLE_TAKEN", "desk.refused.roleTaken"],
  ["assignRole:CONFLICT", "desk.refused.hasRole"],
  ["assignRole:NOT_FOUND", "desk.refused.gone"],
  ["revokeRole:CONFLICT", "desk.refused.roleFree"],
  ["revokeRole:NOT_FOUND", "desk.refused.roleFree"],
  ["removeParticipant:NOT_FOUND", "desk.refused.gone"],
  ["handOver:NOT_FOUND", "desk.refused.gone"],
  ["handOver:CONFLICT", "desk.refused.handOverAway"],
  ["closePrompt:CONFLICT", "desk.refused.noQuestion"],
  ["*:FORBIDDEN", "desk.refused.forbidden"],
  ["*:RATE_LIMITED", "desk.refused.rateLimited"],
]);

function refusalWords(r: Refusal): string | null {
  if (!r.code) return null;
  const key = REFUSALS.get(`${r.command}:${r.code}`) ?? REFUSALS.get(`*:${r.code}`);
  return key ? t(key) : null;
}

/** "next", "2nd in the queue", "speaking", or nothing: where someone stands in the order of speakers. */
function standing(place: number, speaking: boolean): string | null {
  if (speaking) return t("people.speaking");
  if (place === 0) return t("desk.next");
  if (place > 0) return t("desk.inQueue", { n: place + 1 });
  return null;
}

export function facilitatorDesk(ctx: LivePanelContext, privateLink: () => string | null): FacilitatorDesk {
  const error = h("p", { hidden: true });
  ctx.actions.slots.register(DESK_COMMANDS, error, refusalWords);
  const confirm = confirmDialog("desk-confirm");

  const next = h("p", { class: "desk-next", id: "desk-next", role: "status" });
  const people = h("ul", { class: "desk-people", id: "desk-people", "aria-label": t("desk.people") });

  const lockBtn = h("button", {
    type: "button",
    id: "desk-lock",
    "aria-pressed": "false",
    "aria-describedby": "desk-lock-hint",
  });
  const lockHint = h("p", { class: "desk-hint", id: "desk-lock-hint" });
  lockBtn.addEventListener("click", () => ctx.actions.send("lockSeminar", { locked: !ctx.source.state.locked }));

  const claimingRadios = (["open", "facilitator"] as const).map((mode) => {
    const input = h("input", { type: "radio", name: "desk-role-claiming", value: mode, id: `desk-claiming-${mode}` });
    input.addEventListener("change", () => {
      if (input.checked && ctx.source.state.roleClaiming !== mode) ctx.actions.send("setRoleClaiming", { mode });
    });
    return { mode, input };
  });
  const claiming = h(
    "fieldset",
    { class: "desk-claiming", id: "desk-claiming" },
    h("legend", { text: t("desk.claiming") }),
    ...claimingRadios.map(({ mode, input }) =>
      h("label", { for: input.id }, input, " ", t(mode === "open" ? "desk.claimingOpen" : "desk.claimingFacilitator")),
    ),
  );

  const closeQuestion = h("button", { type: "button", id: "desk-close-prompt", text: t("desk.closeQuestion") });
  closeQuestion.addEventListener("click", () => ctx.actions.send("closePrompt", {}));

  const endBtn = h("button", { type: "button", class: "danger", id: "end-seminar", text: t("desk.end") });
  endBtn.addEventListener("click", () =>
    confirm.ask({ heading: t("desk.endHeading"), body: t("desk.endBody"), yes: t("desk.endConfirm") }, () =>
      ctx.actions.send("endSession", {}),
    ),
  );

  // The private link: the seat key is in its fragment, which no request carries.
  const linkInput = h("input", {
    type: "text",
    id: "facilitator-link",
    readonly: true,
    spellcheck: "false",
    autocomplete: "off",
    "aria-describedby": "facilitator-link-warning",
  });
  const copyLink = h("button", { type: "button", id: "copy-facilitator-link", text: t("desk.copyLink") });
  let copiedTimer = 0;
  copyLink.addEventListener("click", () => {
    linkInput.select();
    void navigator.clipboard
      ?.writeText(linkInput.value)
      .then(() => {
        copyLink.textContent = t("header.copied");
        clearTimeout(copiedTimer);
        copiedTimer = window.setTimeout(() => (copyLink.textContent = t("desk.copyLink")), 2000);
      })
      .catch(() => undefined);
  });
  const linkBox = h(
    "details",
    { class: "desk-link", id: "desk-link" },
    h("summary", { text: t("desk.linkSummary") }),
    h("p", { class: "desk-warning", id: "facilitator-link-warning", text: t("desk.linkWarning") }),
    h(
      "div",
      { class: "desk-row" },
      h("label", { for: "facilitator-link", class: "sr-only", text: t("desk.linkLabel") }),
      linkInput,
      copyLink,
    ),
  );

  const el = h(
    "section",
    { class: "facilitator-desk", id: "facilitator-desk", "aria-labelledby": "desk-heading", hidden: true },
    h("h3", { id: "desk-heading", text: t("desk.heading") }),
    // The seminar's few switches first, where a short strip under the hall shows them; then the people.
    h("div", { class: "desk-row" }, lockBtn, closeQuestion, endBtn),
    lockHint,
    claiming,
    error,
    next,
    people,
    linkBox,
  );

  /** One listener for every person's buttons: the act and the person are on the button. */
  const onPeopleClick = (e: Event) => {
    const button = (e.target as Element | null)?.closest?.<HTMLButtonElement>("button[data-act]");
    const id = button?.dataset.participant;
    if (!button || !id) return;
    const { state, scenario } = ctx.source;
    const p = own(state.participants, id);
    if (!p) return;
    const name = p.name;
    switch (button.dataset.act) {
      case "assign": {
        const select = button.parentElement?.querySelector<HTMLSelectElement>("select");
        if (select?.value) ctx.actions.send("assignRole", { roleId: select.value, to: id });
        else select?.focus();
        return;
      }
      case "revoke":
        if (p.roleId) ctx.actions.send("revokeRole", { roleId: p.roleId });
        return;
      case "handover":
        confirm.ask(
          {
            heading: t("desk.handOverHeading", { name }),
            body: t("desk.handOverBody", { name }),
            yes: t("desk.handOverConfirm"),
          },
          () => ctx.actions.send("handOver", { to: id }),
        );
        return;
      case "remove": {
        const role = scenario?.roles.find((r) => r.id === p.roleId)?.name;
        confirm.ask(
          {
            heading: t("desk.removeHeading", { name }),
            body: role ? t("desk.removeBodyRole", { name, role }) : t("desk.removeBody", { name }),
            yes: t("desk.removeConfirm"),
          },
          () => ctx.actions.send("removeParticipant", { participantId: id }),
        );
        return;
      }
    }
  };
  people.addEventListener("click", onPeopleClick);

  const personView = (p: Person, place: number, speaking: boolean, freeRoles: { id: string; name: string }[]) => {
    const { me } = ctx.source;
    const where = standing(place, speaking);
    const roleControl = p.role
      ? html`<button type="button" class="small" data-act="revoke" data-participant=${p.id}>
          ${t("desk.revoke")}
        </button>`
      : html`<select class="desk-role" aria-label=${t("desk.roleFor", { name: p.name })} lang=${SCENARIO_LANG}>
            <option value="">${t("desk.chooseRole")}</option>
            ${repeat(
              freeRoles,
              (r) => r.id,
              (r) => html`<option value=${r.id}>${r.name}</option>`,
            )}
          </select>
          <button type="button" class="small" data-act="assign" data-participant=${p.id}>${t("desk.assign")}</button>`;
    const others =
      p.id === me
        ? nothing
        : html`<button
              type="button"
              class="small"
              data-act="handover"
              data-participant=${p.id}
              ?disabled=${!p.connected}
            >
              ${t("desk.handOver")}
            </button>
            <button type="button" class="small danger" data-act="remove" data-participant=${p.id}>
              ${t("desk.remove")}
            </button>`;
    return html`<li data-participant=${p.id} class=${p.connected ? "" : "away"}>
      <div class="desk-who">
        <span class="chip" style=${`--chip:${p.color}`}></span><span class="who" lang="">${p.name}</span>
        <span class="role" lang=${p.role ? SCENARIO_LANG : nothing}>${p.role?.name ?? t("header.observer")}</span>
        ${p.id === me ? html`<span class="desk-tag">${t("people.you")}</span>` : nothing}
        ${where ? html`<span class="desk-tag desk-place">${where}</span>` : nothing}
        ${p.connected ? nothing : html`<span class="desk-tag">${t("people.disconnected")}</span>`}
      </div>
      <div class="desk-acts">${roleControl}${others}</div>
    </li>`;
  };

  let linkShown: string | null = null;
  return {
    el,
    dialog: confirm.dialog,
    update() {
      const { state, scenario, me } = ctx.source;
      const mine = own(state.participants, me);
      const show = mine?.facilitator === true && state.endedAt === null;
      el.hidden = !show;
      if (!show) {
        confirm.close();
        return;
      }
      const everyone = presentPeople(state, scenario);
      const speaking = state.floor?.holder ?? null;
      const head = state.queue.length ? own(state.participants, state.queue[0]) : undefined;
      next.textContent = head ? tn("desk.nextIs", state.queue.length, { name: head.name }) : t("people.queueEmpty");
      // Those waiting first, in the order they will speak; then everyone else as they came.
      const place = (id: string) => state.queue.indexOf(id);
      const ordered = [...everyone].sort((a, b) => {
        const pa = place(a.id);
        const pb = place(b.id);
        return (pa < 0 ? 1e9 : pa) - (pb < 0 ? 1e9 : pb);
      });
      const freeRoles = (scenario?.roles ?? []).filter((r) => own(state.roleHolders, r.id) === undefined);
      render(
        repeat(
          ordered,
          (p) => p.id,
          (p) => personView(p, place(p.id), p.id === speaking, freeRoles),
        ),
        people,
      );

      lockBtn.textContent = state.locked ? t("desk.unlock") : t("desk.lock");
      lockBtn.setAttribute("aria-pressed", String(state.locked));
      lockHint.textContent = state.locked ? t("desk.lockedHint") : t("desk.unlockedHint");
      el.dataset.locked = String(state.locked);
      for (const { mode, input } of claimingRadios) input.checked = mode === state.roleClaiming;
      closeQuestion.disabled = state.openPromptId === null;

      const link = privateLink();
      if (link !== linkShown) {
        linkShown = link;
        linkInput.value = link ?? "";
        linkBox.hidden = link === null;
      }
    },
    destroy() {
      people.removeEventListener("click", onPeopleClick);
      clearTimeout(copiedTimer);
      confirm.close();
      render(null, people);
    },
  };
}
