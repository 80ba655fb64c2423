/**
 * The facilitator's guide, for the facilitator: for each seminar prompt, the resolutions that
 * belong to it and the event cards that fit it (from the scenario), then the full guide
 * (docs/facilitator-guide.md, bundled as text so what the teacher reads is the same document).
 */
import { html, render } from "lit-html";
import guideText from "../../docs/facilitator-guide.md?raw";
import type { PublicScenario } from "../../shared/scenario.js";
import { h } from "../dom.js";
import { t } from "../strings.js";
import type { LivePanelContext, Panel } from "./panel-context.js";
import { own } from "../../shared/null-record.js";

function renderGuide(s: PublicScenario) {
  const seminar = s.prompts.filter((p) => p.period === "seminar");
  return html`<h3>${t("guide.byPrompt")}</h3>
    <ol class="guide-prompts" id="guide-prompts">
      ${seminar.map((p) => {
        const resolutions = (s.resolutions ?? []).filter((r) => r.promptId === p.id);
        const cards = (s.cards ?? []).filter((c) => c.promptId === p.id);
        return html`<li data-prompt=${p.id}>
          <p class="question">${p.question}</p>
          <p class="label">${t("guide.resolutions")}</p>
          ${
            resolutions.length
              ? html`<ul class="guide-resolutions">
                  ${resolutions.map((r) => html`<li data-resolution=${r.id}><code>${r.id}</code> ${r.text}</li>`)}
                </ul>`
              : html`<p class="empty">${t("guide.noResolution")}</p>`
          }
          <p class="label">${t("guide.cards")}</p>
          ${
            cards.length
              ? html`<ul class="guide-cards">
                  ${cards.map((c) => html`<li data-card=${c.id}><code>${c.id}</code> ${c.title} (${c.date})</li>`)}
                </ul>`
              : html`<p class="empty">${t("guide.noCard")}</p>`
          }
        </li>`;
      })}
    </ol>
    <h3>${t("guide.full")}</h3>
    <pre class="guide-text" id="guide-text">${guideText}</pre>`;
}

export function guidePanel(ctx: LivePanelContext): Panel {
  const body = h("div", { class: "guide", id: "guide" });
  const el = h(
    "section",
    { class: "panel-section", "aria-labelledby": "guide-heading" },
    h("h2", { id: "guide-heading", class: "sr-only", text: t("tabs.guide") }),
    body,
  );
  let shown = "";
  return {
    el,
    update() {
      const { source } = ctx;
      const facilitator = own(source.state.participants, source.me)?.facilitator === true;
      // Only the facilitator's seat ever has the guide drawn; a hand-over moves it.
      const next = facilitator && source.scenario ? `guide:${source.scenario.id}` : "none";
      if (next === shown) return;
      shown = next;
      render(facilitator && source.scenario ? renderGuide(source.scenario) : html``, body);
    },
    destroy() {
      render(null, body);
    },
  };
}

/** True when this seat is the facilitator's, so the room shows the guide's tab. */
export function seesGuide(ctx: LivePanelContext): boolean {
  return own(ctx.source.state.participants, ctx.source.me)?.facilitator === true;
}
