/**
 * The open vote's ballot, For / Against / Abstain: the one markup and the one way of sending a
 * vote that the vote panel under the hall and the open vote's item in the Discussion panel both
 * use. The role's choice so far is the pressed button, and said in words; any other button
 * changes it. Each place has its own ballot, so a refusal shows, in words chosen by its code,
 * next to the buttons that sent it. Who gets a ballot at all is the engine's rule (myBallot).
 */
import { html, type TemplateResult } from "lit-html";
import type { Vote } from "../../shared/engine/state.js";
import { VOTE_CHOICES, type VoteChoice } from "../../shared/vocabulary.js";
import { h } from "../dom.js";
import type { Refusal } from "../rejections.js";
import { t } from "../strings.js";
import "./ballot.css";
import type { RoomActions, RoomSource } from "./panel-context.js";

/** A ballot in one place: `view` draws it for the open vote and the role's choice so far. */
export interface Ballot {
  view(vote: Vote, choice: VoteChoice | null): TemplateResult;
}

export function ballot(source: RoomSource, actions: RoomActions): Ballot {
  const error = h("p", { class: "ballot-error", hidden: true });
  /** The vote the last sending from here was for: a CONFLICT means it closed, or this choice is already the role's. */
  let sentFor: string | null = null;
  const words = (r: Refusal): string | null => {
    switch (r.code) {
      case "CONFLICT":
        return t(source.state.openVoteId === sentFor ? "ballot.refused.same" : "ballot.refused.closed");
      case "NOT_FOUND":
        return t("ballot.refused.gone");
      case "FORBIDDEN":
        return t("ballot.refused.forbidden");
      default:
        return null;
    }
  };
  const cast = (voteId: string, choice: VoteChoice) => {
    // A refusal still shown at the other ballot is about an earlier sending: it goes.
    actions.slots.clear("castVote");
    actions.slots.register(["castVote"], error, words);
    sentFor = voteId;
    actions.send("castVote", { voteId, choice });
  };
  return {
    view: (vote, choice) =>
      html`<div class="ballot" role="group" aria-label=${t("vote.cast")}>
        <div class="vote-choices">
          ${VOTE_CHOICES.map(
            (c) =>
              html`<button
                type="button"
                data-choice=${c}
                aria-pressed=${c === choice ? "true" : "false"}
                @click=${() => cast(vote.voteId, c)}
              >
                ${t(`vote.${c}`)}
              </button>`,
          )}
        </div>
        <p class="ballot-mine">${choice ? t("ballot.yours", { choice: t(`vote.${choice}`) }) : t("ballot.notYet")}</p>
        ${error}
      </div>`,
  };
}
