/**
 * The chair's desk, shown to moderators only (the facilitator and the chair role's holder):
 * the queue (so the chair never leaves the Discussion to see it), give the floor to the next in
 * it (named on the button) or to a chosen person, end a turn, open a question (shown whole
 * before it is opened), set the speech limit. The server decides; this only asks.
 */
import { LIMITS } from "../../shared/vocabulary.js";
import { html, render } from "lit-html";
import { repeat } from "lit-html/directives/repeat.js";
import { h, uid } from "../dom.js";
import { canModerate, presentPeople } from "../roster.js";
import { isolate, SCENARIO_LANG, t, type StringKey } from "../strings.js";
import { own } from "../../shared/null-record.js";
import type { Panel, LivePanelContext } from "./panel-context.js";

export function chairControls(ctx: LivePanelContext): Panel {
  const error = h("p", { hidden: true });
  ctx.actions.slots.register(["giveFloor", "openPrompt", "setSpeechLimit"], error);

  const giveNext = h("button", { type: "button", id: "give-next", class: "primary", text: t("chair.giveNext") });
  giveNext.addEventListener("click", () => ctx.actions.send("giveFloor", {}));
  const endTurn = h("button", { type: "button", id: "end-turn", text: t("chair.endTurn") });
  endTurn.addEventListener("click", () => ctx.actions.send("yieldFloor", {}, error));

  const toId = uid("give-to");
  const toSelect = h("select", { id: toId, name: "give-to" });
  const giveTo = h("button", { type: "button", id: "give-to-button", text: t("chair.give") });
  giveTo.addEventListener("click", () => {
    if (toSelect.value) ctx.actions.send("giveFloor", { to: toSelect.value });
  });

  const promptId = uid("prompt");
  const promptSelect = h("select", { id: promptId, name: "prompt", lang: SCENARIO_LANG });
  const promptPreview = h("p", { class: "prompt-preview", id: "prompt-preview", lang: SCENARIO_LANG });
  const queueList = h("ol", { class: "chair-queue", id: "chair-queue", "aria-label": t("people.queue") });
  const openBtn = h("button", { type: "button", id: "open-prompt", text: t("chair.openPrompt") });
  promptSelect.addEventListener("change", () => {
    const picked = ctx.source.scenario?.prompts.find((p) => p.id === promptSelect.value);
    promptPreview.textContent = picked?.question ?? "";
  });
  openBtn.addEventListener("click", () => {
    if (promptSelect.value) ctx.actions.send("openPrompt", { promptId: promptSelect.value });
  });

  const limitId = uid("limit");
  const limitInput = h("input", {
    id: limitId,
    type: "number",
    min: LIMITS.speechLimitMin,
    max: LIMITS.speechLimitMax,
    step: 15,
    inputmode: "numeric",
  });
  const limitForm = h(
    "form",
    { class: "chair-row" },
    h("label", { for: limitId, text: t("chair.limit") }),
    limitInput,
    h("button", { type: "submit", text: t("chair.setLimit") }),
  );
  limitForm.addEventListener("submit", (e) => {
    e.preventDefault();
    ctx.actions.send("setSpeechLimit", { seconds: Number(limitInput.value) });
  });

  const el = h(
    "section",
    { class: "chair-controls", id: "chair-controls", "aria-labelledby": "chair-heading", hidden: true },
    h("h3", { id: "chair-heading", text: t("chair.heading") }),
    h("h4", { class: "chair-queue-heading", text: t("people.queue") }),
    queueList,
    h("div", { class: "chair-row" }, giveNext, endTurn),
    h(
      "div",
      { class: "chair-row" },
      h("label", { for: toId, class: "sr-only", text: t("chair.giveTo") }),
      toSelect,
      giveTo,
    ),
    h(
      "div",
      { class: "chair-row" },
      h("label", { for: promptId, class: "sr-only", text: t("chair.prompt") }),
      promptSelect,
      openBtn,
    ),
    promptPreview,
    limitForm,
    error,
  );

  let promptsFor = "";
  let suggestedAfter: string | null | undefined = undefined;
  let limitShown = -1;
  return {
    el,
    update() {
      const { state, scenario, me } = ctx.source;
      const mod = canModerate(state, scenario, me);
      el.hidden = !mod;
      if (!mod) return;
      giveNext.disabled = state.queue.length === 0 || state.floor !== null;
      const next = state.queue.length ? own(state.participants, state.queue[0]) : undefined;
      giveNext.textContent = next ? t("chair.giveNextTo", { name: next.name }) : t("chair.giveNext");
      const roleName = (roleId: string | null) => scenario?.roles.find((r) => r.id === roleId)?.name;
      render(
        state.queue.length
          ? repeat(
              state.queue,
              (id) => id,
              (id) => {
                const p = own(state.participants, id);
                const role = roleName(p?.roleId ?? null);
                const kind = p?.hand ?? null;
                return html`<li>
                  <span class="queue-name" lang="">${p?.name ?? "?"}</span>${
                    role ? html` <span class="queue-role" lang=${SCENARIO_LANG}>(${role})</span>` : ""
                  }${kind ? html` <span class="hand-kind hand-${kind}">${t(`hand.${kind}` as StringKey)}</span>` : ""}
                </li>`;
              },
            )
          : html`<li class="empty">${t("people.queueEmpty")}</li>`,
        queueList,
      );
      endTurn.disabled = state.floor === null;

      const people = presentPeople(state, scenario).filter((p) => p.connected);
      const chosen = toSelect.value;
      // Those waiting come first, in queue order.
      const ordered = [...people].sort((a, b) => {
        const qa = state.queue.indexOf(a.id);
        const qb = state.queue.indexOf(b.id);
        return (qa < 0 ? 1e9 : qa) - (qb < 0 ? 1e9 : qb);
      });
      render(
        html`<option value="">${`${t("chair.giveTo")}…`}</option>
          ${repeat(
            ordered,
            (p) => p.id,
            (p) => {
              const hand = own(state.participants, p.id)?.hand;
              const who = p.role ? `${isolate(p.name)} (${p.role.name})` : p.name;
              return html`<option value=${p.id}>${hand ? `${who} · ${t(`hand.${hand}`)}` : who}</option>`;
            },
          )}`,
        toSelect,
      );
      toSelect.value = people.some((p) => p.id === chosen) ? chosen : "";

      if (scenario && promptsFor !== scenario.id) {
        promptsFor = scenario.id;
        render(
          repeat(
            scenario.prompts,
            (p) => p.id,
            (p, i) =>
              html`<option value=${p.id}>
                ${`${i + 1}. ${p.question}${p.period === "epilogue" ? ` (${t("prompt.epilogue")})` : ""}`}
              </option>`,
          ),
          promptSelect,
        );
        suggestedAfter = undefined;
      }
      if (scenario && suggestedAfter !== state.openPromptId) {
        // A question opened: suggest the one after it (unless another is chosen already).
        suggestedAfter = state.openPromptId;
        const chosenPrompt = promptSelect.value;
        const openIdx = scenario.prompts.findIndex((p) => p.id === state.openPromptId);
        promptSelect.value =
          chosenPrompt && chosenPrompt !== state.openPromptId
            ? chosenPrompt
            : (scenario.prompts[Math.min(openIdx + 1, scenario.prompts.length - 1)]?.id ?? "");
      }
      const picked = scenario?.prompts.find((p) => p.id === promptSelect.value);
      promptPreview.textContent = picked?.question ?? "";
      promptPreview.hidden = !picked;
      if (state.speechLimitSeconds !== limitShown && document.activeElement !== limitInput) {
        limitShown = state.speechLimitSeconds;
        limitInput.value = String(state.speechLimitSeconds);
      }
    },
    destroy() {
      render(null, queueList);
      render(null, toSelect);
      render(null, promptSelect);
    },
  };
}
