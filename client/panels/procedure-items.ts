/**
 * A played event card and a vote as items of the record, the same in the transcript, under a
 * question in the Discussion panel and on the minutes page: the card with its title, text and
 * sources; the vote with its words, each role's choice, the tally and whether it carried (or
 * that it is still open, with the tally so far). Built from the shared minutes record's shapes,
 * so the three places cannot disagree. Typed words stay text nodes (lit-html escapes them).
 */
import { html, nothing, type TemplateResult } from "lit-html";
import { tally } from "../../shared/engine/procedure.js";
import type { SeminarState } from "../../shared/engine/state.js";
import { own } from "../../shared/null-record.js";
import type { MinutesCard, MinutesRole, MinutesVote } from "../../shared/replay/minutes-record.js";
import { clockTime } from "../dom.js";
import { SCENARIO_LANG, t } from "../strings.js";
import "./procedure-items.css";

/** A role with its faction, as the record writes it. */
export function roleLabel(role: MinutesRole | null): string {
  if (!role) return t("minutes.noRole");
  return role.faction === null ? role.name : t("minutes.roleOf", { role: role.name, faction: role.faction });
}

/** How an item says when: the transcript gives the clock time, the minutes page also the time since the start. */
export type When = (at: number) => TemplateResult;

/** "2 for · 1 against · 0 abstaining": a tally so far or a result, in words. */
export const tallyWords = (c: { for: number; against: number; abstain: number }): string =>
  t("vote.tally", { for: c.for, against: c.against, abstain: c.abstain });

/** The clock time, as live panels show it. */
export const clockWhen: When = (at) => html`<time datetime=${new Date(at).toISOString()}>${clockTime(at)}</time>`;

/** A participant's name in `state`, for the ballots of a vote drawn from live state. */
export const nameIn = (state: SeminarState) => (id: string) => own(state.participants, id)?.name ?? "?";

/** "· played by Name" when the record knows who; nothing when it does not (a live panel). */
const byWhom = (label: string, who: string | null | undefined) =>
  who ? html` · ${label} <strong lang="">${who}</strong>` : nothing;

function source(src: MinutesCard["sources"][number]): TemplateResult {
  const label = src.title ?? src.ref;
  return /^https?:\/\//.test(src.ref)
    ? html`<li><a href=${src.ref} target="_blank" rel="noopener noreferrer" lang=${SCENARIO_LANG}>${label}</a></li>`
    : html`<li lang=${SCENARIO_LANG}>${label}</li>`;
}

export function cardItem(card: MinutesCard, when: When, playedBy?: string | null): TemplateResult {
  return html`<article class="record-item record-card" data-card=${card.cardId}>
    <p class="record-kind">${t("record.card")} · ${when(card.at)}${byWhom(t("record.playedBy"), playedBy)}</p>
    <h4 class="record-title" lang=${SCENARIO_LANG}>${card.title}</h4>
    ${card.text ? html`<p class="record-text" lang=${SCENARIO_LANG}>${card.text}</p>` : nothing}
    ${
      card.sources.length
        ? html`<p class="record-sources-label">${t("record.sources")}</p>
            <ul class="record-sources">
              ${card.sources.map(source)}
            </ul>`
        : nothing
    }
  </article>`;
}

/**
 * `ballot`: the open vote's ballot, given only where one may vote from the item (the Discussion
 * panel, to a role holder); the record itself is the same everywhere.
 */
export function voteItem(
  vote: MinutesVote,
  when: When,
  openedBy?: string | null,
  ballot?: TemplateResult | null,
): TemplateResult {
  const r = vote.result;
  const outcome = r
    ? html`<strong>${r.carried ? t("record.carried") : t("record.defeated")}</strong> · ${tallyWords(r)} ·
        ${t("record.closedAt")} ${when(vote.closedAt!)}`
    : html`<strong>${t("record.stillOpen")}</strong> · ${tallyWords(tally(vote.ballots))}`;
  return html`<article
    class=${`record-item record-vote ${r ? (r.carried ? "carried" : "defeated") : "open"}`}
    data-vote=${vote.voteId}
  >
    <p class="record-kind">${t("record.vote")} · ${when(vote.openedAt)}${byWhom(t("record.putBy"), openedBy)}</p>
    <p class="record-text" lang="" dir="auto">${vote.text}</p>
    <p class="record-result">${outcome}</p>
    ${ballot ?? nothing}
    ${
      vote.ballots.length
        ? html`<ul class="record-ballots">
            ${vote.ballots.map(
              (b) =>
                html`<li data-choice=${b.choice}>
                  <span lang=${SCENARIO_LANG}>${roleLabel(b.role)}</span> (<span lang="">${b.by}</span>):
                  <strong>${t(`vote.${b.choice}`)}</strong>
                </li>`,
            )}
          </ul>`
        : html`<p class="hint">${t("record.noBallots")}</p>`
    }
  </article>`;
}
