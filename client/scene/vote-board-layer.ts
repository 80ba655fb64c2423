/**
 * The vote on the wall: while a vote is open, a board left of the banner (at the hall's foot when
 * the wall is too narrow) with the motion and
 * its live tally (for, against, abstaining); once closed, its result for a while. The tally also
 * goes on the hall's element (`data-vote`: "for:N against:N abstain:N", with "carried" or
 * "defeated" once closed), for tests; where the vote is shown beside the hall instead (the
 * projector), that is all this layer does.
 */
import { Container, Graphics, Text, TextStyle } from "pixi.js";
import type { SeminarState, Vote } from "../../shared/engine/state.js";
import { openVote } from "../../shared/engine/procedure.js";
import { t } from "../strings.js";
import { CARD_SHOWN_MS } from "./card-layer.js";
import { GOLD, INK, PAPER, SANS } from "./palette.js";
import { MIN_LABEL_FONT, type HallLayout } from "./hall-layout.js";
import { fit } from "./text-fit.js";

/** The counts of a vote: its result once closed, else its ballots so far. */
function counts(v: Vote): { for: number; against: number; abstain: number } {
  if (v.result) return v.result;
  const c = { for: 0, against: 0, abstain: 0 };
  for (const b of v.ballots) c[b.choice] += 1;
  return c;
}

export class VoteBoardLayer {
  readonly layer = new Container();
  private key = "";

  constructor(
    private host: HTMLElement,
    private drawn = true,
  ) {}

  reset(): void {
    this.key = "\u0000";
  }

  /** Draws the open vote (or a result less than `CARD_SHOWN_MS` old); true while one shows. */
  frame(L: HallLayout, state: Readonly<SeminarState>, now: number, bannerLeft: number): boolean {
    const last = state.votes.at(-1);
    const open = openVote(state) ?? undefined;
    const recent =
      !open && last?.result && last.closedAt !== null && now - last.closedAt < CARD_SHOWN_MS ? last : undefined;
    const v = open ?? recent;
    const c = v ? counts(v) : null;
    const outcome = v?.result ? (v.result.carried ? "carried" : "defeated") : "open";
    const key = v && c ? `${v.voteId}:${c.for}:${c.against}:${c.abstain}:${outcome}:${L.width}x${L.height}` : "";
    if (key === this.key) return !!v;
    this.key = key;
    for (const x of this.layer.removeChildren()) x.destroy({ children: true });
    if (!v || !c) {
      delete this.host.dataset.vote;
      return false;
    }
    this.host.dataset.vote = `for:${c.for} against:${c.against} abstain:${c.abstain}${v.result ? ` ${outcome}` : ""}`;
    if (!this.drawn) return true;
    const pad = 8;
    // Left of the banner on a wide wall; under the wall, at the left, on a narrow one.
    const wallRoom = bannerLeft - 2 * pad - 12;
    const onWall = wallRoom >= 200;
    const x = 12;
    const parts = [
      { label: `${t("projector.for")} ${c.for}`, color: 0x2f6b45 },
      { label: `${t("projector.against")} ${c.against}`, color: 0xb03a2e },
      { label: `${t("projector.abstain")} ${c.abstain}`, color: 0x6a5a4a },
    ].map((p) => ({
      ...p,
      text: new Text({
        text: p.label,
        style: { fontFamily: SANS, fontSize: MIN_LABEL_FONT + 1, fontWeight: "700", fill: p.color },
      }),
    }));
    // Wide enough for the three counts in any language, as far as the wall allows.
    const gap = 12;
    const counted = parts.reduce((sum, p) => sum + p.text.width, 0) + 2 * gap + 2 * pad;
    const most = onWall ? wallRoom : L.width - 16;
    const w = Math.min(most, Math.max(counted, onWall ? Math.min(wallRoom, 380) : Math.min(L.width - 16, 320)));
    const headStyle = new TextStyle({
      fontFamily: SANS,
      fontSize: MIN_LABEL_FONT,
      fontWeight: "700",
      fill: v.result ? (v.result.carried ? 0x2f6b45 : 0x8e2a22) : 0x8e2a22,
    });
    const head = v.result ? (v.result.carried ? t("vote.carried") : t("vote.defeated")) : `${t("hall.vote")}:`;
    const headText = new Text({ text: head.toUpperCase(), style: headStyle });
    const textStyle = new TextStyle({ fontFamily: SANS, fontSize: MIN_LABEL_FONT + 1, fontWeight: "600", fill: INK });
    const motion = new Text({ text: fit(v.text, textStyle, w - 2 * pad - headText.width - 6), style: textStyle });
    const lineH = Math.max(headText.height, motion.height);
    const hgt = lineH + parts[0].text.height + 3 * pad - 2;
    // Off the wall it goes to the hall's foot, clear of the chair's head of the table.
    const y = onWall ? Math.max(4, (L.wall.h - hgt) / 2) : L.height - hgt - 6;
    const g = new Graphics();
    g.roundRect(x + 2, y + 3, w, hgt, 6).fill({ color: 0x000000, alpha: 0.35 });
    g.roundRect(x, y, w, hgt, 6).fill(PAPER).stroke({ width: 2, color: GOLD });
    headText.position.set(x + pad, y + pad + (lineH - headText.height) / 2);
    motion.position.set(x + pad + headText.width + 6, y + pad);
    headText.label = motion.label = "vote";
    this.layer.addChild(g, headText, motion);
    // The tally: three counts, each behind a bar of its share.
    const total = Math.max(1, c.for + c.against + c.abstain);
    let tx = x + pad;
    const ty = y + pad + lineH + pad / 2;
    // Each count gets its own width plus an equal share of what is left.
    const spare = Math.max(0, w - counted) / 3;
    for (const [i, p] of parts.entries()) {
      const share = [c.for, c.against, c.abstain][i] / total;
      const slot = p.text.width + spare;
      g.roundRect(tx, ty + p.text.height, Math.max(3, slot * share), 3, 1.5).fill(p.color);
      p.text.position.set(tx, ty - 1);
      p.text.label = "vote";
      this.layer.addChild(p.text);
      tx += slot + gap;
    }
    return true;
  }
}
