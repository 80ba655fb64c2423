/**
 * A played event card, shown large over the table for a while after it is played (live, and in
 * a replay at the playhead), so that nobody in the room misses it; the transcript, the vote
 * panel and the minutes keep it afterwards. The card's id also goes on the hall's element
 * (`data-card`) while it shows, for tests; where the card is shown beside the hall instead (the
 * projector), that is all this layer does.
 */
import { Container, Graphics, Text } from "pixi.js";
import type { SeminarState } from "../../shared/engine/state.js";
import type { PublicScenario } from "../../shared/scenario.js";
import { t } from "../strings.js";
import { GOLD, INK, PAPER, SANS, SERIF } from "./palette.js";
import { MIN_LABEL_FONT, type HallLayout } from "./hall-layout.js";

/** How long a played card (and a vote's result) stays up in the hall and on the projector. */
export const CARD_SHOWN_MS = 30_000;

export class CardLayer {
  readonly layer = new Container();
  private key = "";

  constructor(
    private host: HTMLElement,
    private drawn = true,
  ) {}

  /** Forgets the card drawn, so the next frame draws it afresh (after a resize). */
  reset(): void {
    this.key = "\u0000";
  }

  /** Shows the card played in the last `CARD_SHOWN_MS`, if any; true while one is shown. */
  frame(L: HallLayout, state: Readonly<SeminarState>, scenario: PublicScenario | null, now: number): boolean {
    const last = state.cardsPlayed.at(-1);
    const shown = last && now >= last.at && now - last.at < CARD_SHOWN_MS ? last : undefined;
    const key = shown ? `${shown.seq}:${scenario ? "s" : "-"}` : "";
    if (key === this.key) return !!shown;
    this.key = key;
    for (const c of this.layer.removeChildren()) c.destroy({ children: true });
    if (!shown) {
      delete this.host.dataset.card;
      return false;
    }
    this.host.dataset.card = shown.cardId;
    if (!this.drawn) return true;
    const card = scenario?.cards?.find((c) => c.id === shown.cardId);
    const w = Math.min(L.width - 24, Math.max(260, Math.min(L.width * 0.62, 620)));
    const pad = 14;
    const eyebrow = new Text({
      text: t("hall.cardPlayed").toUpperCase(),
      style: { fontFamily: SANS, fontSize: MIN_LABEL_FONT, fontWeight: "700", fill: 0x8e2a22, letterSpacing: 1.5 },
    });
    const titleSize = L.width < 600 ? 16 : 20;
    const title = new Text({
      text: card?.title ?? shown.cardId,
      style: {
        fontFamily: SERIF,
        fontSize: titleSize,
        fontWeight: "700",
        fill: INK,
        wordWrap: true,
        wordWrapWidth: w - 2 * pad,
      },
    });
    const bodySize = L.width < 600 ? 13 : 15;
    const body = new Text({
      text: card?.text ?? "",
      style: {
        fontFamily: SERIF,
        fontSize: bodySize,
        fill: INK,
        wordWrap: true,
        wordWrapWidth: w - 2 * pad,
        lineHeight: bodySize * 1.3,
      },
    });
    // Keep the card inside the hall: a long text is cut to the lines that fit.
    const room = L.height - L.wall.h - 24 - eyebrow.height - title.height - 3 * pad;
    while (body.height > room && body.text.length > 40)
      body.text = `${body.text.slice(0, Math.floor(body.text.length * 0.85)).trimEnd()}…`;
    const hgt = eyebrow.height + title.height + body.height + 2 * pad + 10;
    const x = (L.width - w) / 2;
    const y = Math.max(L.wall.h + 8, L.table.y + L.table.h / 2 - hgt / 2);
    const g = new Graphics();
    g.roundRect(x + 3, y + 5, w, hgt, 10).fill({ color: 0x000000, alpha: 0.45 });
    g.roundRect(x, y, w, hgt, 10).fill(PAPER).stroke({ width: 3, color: GOLD });
    eyebrow.position.set(x + pad, y + pad);
    title.position.set(x + pad, y + pad + eyebrow.height + 4);
    body.position.set(x + pad, y + pad + eyebrow.height + title.height + 10);
    eyebrow.label = title.label = body.label = "card";
    this.layer.addChild(g, eyebrow, title, body);
    return true;
  }
}
