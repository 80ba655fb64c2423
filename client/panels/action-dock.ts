/**
 * What I can do from my seat, under the hall: the floor status and countdown, raise or lower my
 * hand, react, and the speech box. Each control has its error slot.
 *
 * Nothing typed is lost: the box opens as soon as my hand is up, so I can draft while I wait;
 * Speak works only while I hold the floor. If my turn ends (time, the chair, a yield) before I
 * spoke, the draft stays in the box with a plain word about it, and is there when the floor comes
 * back to me. Only delivery (the server's acceptance of that very sending, by its `cid`) or my
 * own "Discard draft" empties it; a refusal leaves the words where they are.
 */
import { HAND_INTENTS, LIMITS, REACTION_KINDS, type HandIntent } from "../../shared/vocabulary.js";
import { h, minutesSeconds, uid } from "../dom.js";
import { t, type StringKey } from "../strings.js";
import type { Panel, LivePanelContext } from "./panel-context.js";
import { own } from "../../shared/null-record.js";

export function actionDock(ctx: LivePanelContext, clockOffset: () => number): Panel {
  const status = h("p", { class: "floor-status", id: "floor-status" });
  const countdown = h("span", { class: "countdown", id: "countdown" });

  const handBtn = h("button", { type: "button", id: "hand-button", class: "primary" });
  const queueNote = h("span", { class: "queue-note", id: "queue-note" });
  // One click raises the default kind (a point); the select offers the other three.
  const intentId = uid("hand-intent");
  const intentSelect = h(
    "select",
    { id: intentId, class: "hand-intent" },
    ...HAND_INTENTS.map((i) => h("option", { value: i, text: t(`hand.${i}`) })),
  );
  const handError = h("p", { hidden: true });
  ctx.actions.slots.register(["raiseHand", "lowerHand"], handError);
  handBtn.addEventListener("click", () => {
    const queued = ctx.source.state.queue.includes(ctx.source.me);
    if (queued) ctx.actions.send("lowerHand", {});
    else ctx.actions.send("raiseHand", { intent: intentSelect.value as HandIntent });
  });

  const reactError = h("p", { hidden: true });
  ctx.actions.slots.register(["react"], reactError);
  const reactions = h(
    "div",
    { class: "reactions", role: "group", "aria-label": t("dock.reactions") },
    ...REACTION_KINDS.map((kind) => {
      const b = h("button", {
        type: "button",
        class: `reaction reaction-${kind}`,
        "data-kind": kind,
        text: t(`reaction.${kind}` as StringKey),
      });
      b.addEventListener("click", () => ctx.actions.send("react", { kind }));
      return b;
    }),
  );

  const speechId = uid("speech");
  const speech = h("textarea", { id: speechId, rows: 3, maxlength: LIMITS.textMax, class: "speech-text-input" });
  const counter = h("span", { class: "counter", "aria-live": "off" });
  const speakBtn = h("button", { type: "submit", class: "primary", id: "speak-button", text: t("dock.speak") });
  const yieldBtn = h("button", { type: "button", id: "yield-button", text: t("dock.yield") });
  const discardBtn = h("button", { type: "button", class: "quiet", id: "discard-draft", text: t("dock.discard") });
  const draftNote = h("p", { class: "draft-note", id: "draft-note", role: "status" });
  const speechError = h("p", { hidden: true });
  ctx.actions.slots.register(["speak", "yieldFloor"], speechError);
  const speechForm = h(
    "form",
    { class: "speech-box", id: "speech-box", "aria-label": t("dock.speech") },
    h("label", { for: speechId, text: t("dock.speech") }),
    draftNote,
    speech,
    h("div", { class: "composer-row" }, counter, speechError, discardBtn, yieldBtn, speakBtn),
  );
  /** The cid of the speech sent and not yet accepted; `edited`: typed on since it was sent. */
  let sentSpeech: { cid: string; edited: boolean } | null = null;
  /** My turn ended before I spoke the words in the box. */
  let turnEndedWithDraft = false;
  speechForm.addEventListener("submit", (e) => {
    e.preventDefault();
    if (ctx.source.state.floor?.holder !== ctx.source.me) return;
    const text = speech.value.trim();
    const cid = ctx.actions.send("speak", { text });
    sentSpeech = cid ? { cid, edited: false } : null;
  });
  // My speech is in the log: clear the box for the next one, unless I have typed on since sending.
  const stopAccepted = ctx.actions.onAccepted((cid) => {
    if (cid !== sentSpeech?.cid) return;
    if (!sentSpeech.edited) speech.value = "";
    sentSpeech = null;
    updateCounter();
    update();
  });
  speech.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      speechForm.requestSubmit();
    }
  });
  const updateCounter = () => {
    counter.textContent = t("dock.chars", { n: speech.value.length, max: LIMITS.textMax });
    discardBtn.hidden = speech.value.length === 0;
  };
  speech.addEventListener("input", () => {
    if (sentSpeech) sentSpeech.edited = true;
    updateCounter();
  });
  discardBtn.addEventListener("click", () => {
    speech.value = "";
    sentSpeech = null;
    updateCounter();
    update();
    speech.focus();
  });
  updateCounter();
  yieldBtn.addEventListener("click", () => ctx.actions.send("yieldFloor", {}, speechError));

  const el = h(
    "section",
    { class: "dock", "aria-label": t("dock.label") },
    h("div", { class: "dock-row" }, status, countdown),
    speechForm,
    h(
      "div",
      { class: "dock-row" },
      h("label", { for: intentId, class: "sr-only", text: t("dock.handIntent") }),
      intentSelect,
      handBtn,
      queueNote,
      reactions,
    ),
    handError,
    reactError,
  );

  let wasHolding = false;
  const tick = () => {
    const floor = ctx.source.state.floor;
    if (floor) {
      const left = (floor.endsAt - (Date.now() + clockOffset())) / 1000;
      countdown.textContent = left > 0 ? t("floor.remaining", { time: minutesSeconds(left) }) : t("floor.overtime");
      countdown.classList.toggle("low", left < 20);
    } else {
      countdown.textContent = t("floor.limit", { time: minutesSeconds(ctx.source.state.speechLimitSeconds) });
      countdown.classList.remove("low");
    }
  };
  const ticker = window.setInterval(tick, 250);

  function update(): void {
    const { state, scenario, me } = ctx.source;
    const floor = state.floor;
    const holding = floor?.holder === me;
    if (!floor) status.textContent = t("floor.open");
    else if (holding) status.textContent = t("floor.you");
    else {
      const p = own(state.participants, floor.holder);
      const role = scenario?.roles.find((r) => r.id === p?.roleId);
      status.textContent = role
        ? t("floor.holderRole", { name: p?.name ?? "?", role: role.name })
        : t("floor.holder", { name: p?.name ?? "?" });
    }
    status.classList.toggle("mine", holding);

    const qpos = state.queue.indexOf(me);
    const queued = qpos >= 0;
    const hasDraft = speech.value.trim().length > 0;
    // The turn ended with words still in the box: they stay, and the box says so until they
    // are spoken or discarded.
    if (holding || !hasDraft) turnEndedWithDraft = false;
    else if (wasHolding) turnEndedWithDraft = true;
    speechForm.hidden = !holding && !queued && !hasDraft;
    speechForm.classList.toggle("drafting", !holding);
    speakBtn.disabled = !holding;
    yieldBtn.hidden = !holding;
    draftNote.hidden = holding || speechForm.hidden;
    draftNote.textContent = turnEndedWithDraft
      ? t("dock.draftKept")
      : queued
        ? t("dock.draftWhileWaiting")
        : t("dock.draftKeptIdle");
    draftNote.classList.toggle("warn", turnEndedWithDraft);
    if (holding && !wasHolding) speech.focus();
    wasHolding = holding;

    handBtn.textContent = qpos >= 0 ? t("dock.lowerHand") : t("dock.raiseHand");
    handBtn.setAttribute("aria-pressed", String(qpos >= 0));
    handBtn.hidden = holding;
    queueNote.textContent = qpos >= 0 ? t("dock.queuePosition", { n: qpos + 1 }) : "";
    tick();
  }

  return {
    el,
    update,
    destroy() {
      window.clearInterval(ticker);
      stopAccepted();
    },
  };
}
