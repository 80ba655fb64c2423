/**
 * Votes and event cards in the room, under the hall: the open vote with its live tally (role
 * holders vote there), the results of closed votes, the last card played shown prominently, and
 * for moderators the desk to put a resolution or a motion to the vote and close it, and for the
 * facilitator to play a card. The server decides; this only asks.
 */
import { render } from "lit-html";
import { MOTION_TEXT_MAX } from "../../shared/vocabulary.js";
import { openVote, tally as countOf } from "../../shared/engine/procedure.js";
import { own } from "../../shared/null-record.js";
import { h, replaceChildren, uid } from "../dom.js";
import { canModerate, myBallot } from "../roster.js";
import { t } from "../strings.js";
import { ballot as ballotIn } from "./ballot.js";
import type { LivePanelContext, Panel } from "./panel-context.js";
import { tallyWords } from "./procedure-items.js";
import "./vote-panel.css";

export function votePanel(ctx: LivePanelContext): Panel {
  const error = h("p", { hidden: true });
  ctx.actions.slots.register(["openVote", "closeVote", "playCard"], error);

  const card = h("aside", { class: "played-card", id: "played-card", role: "status", hidden: true });
  const voteText = h("p", { class: "vote-text", id: "open-vote-text" });
  const tally = h("p", { class: "vote-tally", id: "open-vote-tally" });
  const ballot = ballotIn(ctx.source, ctx.actions);
  const ballotBox = h("div", { id: "open-vote-ballot" });
  const closeBtn = h("button", { type: "button", id: "close-vote", text: t("vote.close") });
  closeBtn.addEventListener("click", () => {
    const id = ctx.source.state.openVoteId;
    if (id) ctx.actions.send("closeVote", { voteId: id });
  });
  const open = h(
    "section",
    { class: "open-vote", id: "open-vote", "aria-live": "polite", hidden: true },
    h("h3", { text: t("vote.open") }),
    voteText,
    tally,
    ballotBox,
    closeBtn,
  );
  const results = h("ol", { class: "vote-results", id: "vote-results" });

  const resolutionId = uid("resolution");
  const resolutionSelect = h("select", { id: resolutionId });
  const putResolution = h("button", { type: "button", id: "put-resolution", text: t("vote.putResolution") });
  putResolution.addEventListener("click", () => {
    if (resolutionSelect.value) ctx.actions.send("openVote", { resolutionId: resolutionSelect.value });
  });
  const motionId = uid("motion");
  const motion = h("input", { id: motionId, type: "text", maxlength: MOTION_TEXT_MAX, placeholder: t("vote.motion") });
  const motionForm = h(
    "form",
    { class: "chair-row", id: "motion-form" },
    h("label", { for: motionId, class: "sr-only", text: t("vote.motion") }),
    motion,
    h("button", { type: "submit", text: t("vote.putMotion") }),
  );
  motionForm.addEventListener("submit", (e) => {
    e.preventDefault();
    if (motion.value.trim()) ctx.actions.send("openVote", { text: motion.value.trim() });
    motion.value = "";
  });
  const cardId = uid("card");
  const cardSelect = h("select", { id: cardId });
  const playBtn = h("button", { type: "button", id: "play-card", text: t("vote.playCard") });
  playBtn.addEventListener("click", () => {
    if (cardSelect.value) ctx.actions.send("playCard", { cardId: cardSelect.value });
  });
  const resolutionRow = h(
    "div",
    { class: "chair-row" },
    h("label", { for: resolutionId, class: "sr-only", text: t("vote.resolution") }),
    resolutionSelect,
    putResolution,
  );
  const cardRow = h(
    "div",
    { class: "chair-row", id: "card-row" },
    h("label", { for: cardId, class: "sr-only", text: t("vote.card") }),
    cardSelect,
    playBtn,
  );
  const desk = h("div", { class: "vote-desk", id: "vote-desk", hidden: true }, resolutionRow, motionForm, cardRow);

  const el = h(
    "section",
    { class: "votes", id: "votes", "aria-label": t("vote.heading") },
    card,
    open,
    results,
    desk,
    error,
  );

  let optionsFor = "";
  return {
    el,
    update() {
      const { state, scenario, me } = ctx.source;
      const mine = own(state.participants, me);
      const moderator = canModerate(state, scenario, me);
      const v = openVote(state);
      open.hidden = v === null;
      if (v) {
        voteText.textContent = v.text;
        tally.textContent = tallyWords(countOf(v.ballots));
        closeBtn.hidden = !moderator;
      }
      const mayVote = myBallot(state, scenario, me);
      render(mayVote ? ballot.view(mayVote.vote, mayVote.choice) : null, ballotBox);
      replaceChildren(
        results,
        ...state.votes
          .filter((x) => x.result)
          .map((x) =>
            h(
              "li",
              { "data-vote": x.voteId, class: x.result!.carried ? "carried" : "defeated" },
              h("strong", { text: x.result!.carried ? t("vote.carried") : t("vote.defeated") }),
              ` ${x.text} · `,
              tallyWords(x.result!),
            ),
          ),
      );
      const last = state.cardsPlayed.at(-1);
      const played = last && scenario?.cards?.find((c) => c.id === last.cardId);
      card.hidden = !last;
      if (last)
        replaceChildren(
          card,
          h("strong", { text: played?.title ?? last.cardId }),
          h("p", { text: played?.text ?? "" }),
        );

      desk.hidden = !moderator;
      cardRow.hidden = !mine?.facilitator;
      putResolution.disabled = v !== null;
      if (scenario && optionsFor !== scenario.id) {
        optionsFor = scenario.id;
        replaceChildren(
          resolutionSelect,
          ...(scenario.resolutions ?? []).map((r) =>
            h("option", { value: r.id, text: r.text.length > 80 ? `${r.text.slice(0, 78)}…` : r.text }),
          ),
        );
        replaceChildren(cardSelect, ...(scenario.cards ?? []).map((c) => h("option", { value: c.id, text: c.title })));
      }
    },
    destroy() {
      render(null, ballotBox);
    },
  };
}
