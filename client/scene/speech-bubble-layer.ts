/**
 * The speaker's words in a bubble on the baize (a band of its own in a portrait hall), under the
 * placards, its tail pointing to the speaker, delivered at
 * a brisk reading pace. Built when the floor or the speech changes; each frame only reveals more
 * of the text. The words also go on the hall's element (`data-bubble`) for tests.
 */
import { Container, Graphics, Text } from "pixi.js";
import type { SeminarState } from "../../shared/engine/state.js";
import type { PublicScenario } from "../../shared/scenario.js";
import { shade } from "../../shared/colour.js";
import { person } from "../roster.js";
import { isolate } from "../strings.js";
import type { HallLayout } from "./hall-layout.js";
import { INK, PAPER, SANS, SERIF } from "./palette.js";
import type { SeatAnchor } from "./seats-layer.js";
import { fit } from "./text-fit.js";

export class SpeechBubbleLayer {
  readonly layer = new Container();
  private key = "";
  private born = 0;
  private body: Text | null = null;
  private full = "";

  constructor(private host: HTMLElement) {}

  /** Forgets the bubble drawn, so the next frame builds it afresh (after a resize). */
  reset(): void {
    // Not "" (the key of an open floor): after a resize with nobody speaking the next frame must
    // still rebuild, or a bubble drawn before the resize would stay.
    this.key = "\u0000";
  }

  /** Shows the current speech; true while its words are still appearing. */
  frame(
    L: HallLayout,
    state: Readonly<SeminarState>,
    scenario: PublicScenario | null,
    anchors: ReadonlyMap<string, SeatAnchor>,
  ): boolean {
    const floor = state.floor;
    const speeches = state.speeches;
    const last = speeches[speeches.length - 1];
    const current = floor && last && last.speaker === floor.holder && last.at >= floor.since ? last : null;
    const key = floor ? `${floor.holder}:${floor.since}:${current?.seq ?? "-"}` : "";
    if (key !== this.key) {
      this.key = key;
      this.born = performance.now();
      this.build(L, state, scenario, anchors, floor?.holder ?? null, current?.text ?? null);
    }
    if (this.body && this.full) {
      // Delivered as spoken: the words appear at a brisk reading pace.
      // At most ~2 s per speech, redrawn in steps of ~1/15 s: text textures are costly to redraw.
      const pace = Math.max(90, this.full.length / 2);
      const elapsed = Math.floor((performance.now() - this.born) / 66) * 0.066;
      const shown = Math.min(this.full.length, Math.floor(elapsed * pace) + 1);
      const next = this.full.slice(0, shown);
      if (this.body.text !== next) this.body.text = next;
      return shown < this.full.length;
    }
    return false;
  }

  private build(
    L: HallLayout,
    state: Readonly<SeminarState>,
    scenario: PublicScenario | null,
    anchors: ReadonlyMap<string, SeatAnchor>,
    holder: string | null,
    text: string | null,
  ): void {
    for (const c of this.layer.removeChildren()) c.destroy({ children: true });
    this.body = null;
    this.full = "";
    delete this.host.dataset.bubble;
    if (!holder) return;
    const a = anchors.get(holder);
    const who = person(state, scenario, holder);
    if (!a || !who) return;
    // A portrait hall's bubble has a band of its own, as wide as the hall.
    const maxW = Math.max(160, Math.min(L.baize.w * (L.portrait ? 1 : 0.8), 460));
    const full = text ? (text.length > 420 ? `${text.slice(0, 420).trimEnd()}…` : text) : "…";
    const fontSize = L.width < 600 ? 12 : 14;
    const body = new Text({
      text: full,
      style: {
        fontFamily: SERIF,
        fontSize,
        fill: INK,
        wordWrap: true,
        wordWrapWidth: maxW - 24,
        lineHeight: fontSize * 1.35,
        breakWords: true,
      },
    });
    const head = new Text({
      text: who.role && who.role.name !== who.name ? `${isolate(who.name)} · ${who.role.name}` : who.name,
      style: {
        fontFamily: SANS,
        fontSize: Math.max(12, fontSize - 2),
        fontWeight: "700",
        fill: shade(who.color, -0.35),
      },
    });
    body.label = "speech";
    head.label = "speaker";
    // A long name and role are shortened to the bubble's width.
    head.text = fit(head.text, head.style, maxW - 24);
    const maxLines = Math.max(2, Math.floor((Math.max(L.baize.h, 80) - head.height - 20) / (fontSize * 1.35)));
    // Keep the bubble inside the baize: clip long speeches to the lines that fit.
    let clipped = full;
    while (body.height > maxLines * fontSize * 1.35 + 4 && clipped.length > 20) {
      clipped = `${clipped.slice(0, Math.floor(clipped.length * 0.85)).trimEnd()}…`;
      body.text = clipped;
    }
    const w = Math.min(maxW, Math.max(body.width, head.width) + 24);
    const hgt = head.height + body.height + 20;
    const bx = Math.max(8, Math.min(L.width - w - 8, L.baize.x + (L.baize.w - w) / 2));
    const by = Math.max(L.wall.h + 4, L.baize.y + (L.baize.h - hgt) / 2);
    const g = new Graphics();
    // The tail points from the bubble's nearest edge to the speaker.
    const tx = Math.max(bx + 14, Math.min(bx + w - 14, a.x));
    const below = a.y > by + hgt;
    const above = a.y < by;
    const ty = below ? by + hgt : above ? by : by + hgt / 2;
    g.roundRect(bx + 2, by + 3, w, hgt, 10).fill({ color: 0x000000, alpha: 0.3 });
    if (below || above) g.poly([tx - 9, ty, tx + 9, ty, a.x, a.y + (below ? -a.r : a.r)]).fill(PAPER);
    else g.poly([bx, by + hgt / 2 - 9, bx, by + hgt / 2 + 9, a.x + a.r, a.y]).fill(PAPER);
    g.roundRect(bx, by, w, hgt, 10).fill(PAPER).stroke({ width: 1.5, color: 0xc9b68f });
    head.position.set(bx + 12, by + 8);
    body.position.set(bx + 12, by + 10 + head.height);
    this.layer.addChild(g, head, body);
    this.full = body.text;
    body.text = "";
    // The words in the bubble, readable outside the canvas (tests; the transcript serves readers).
    this.host.dataset.bubble = text ?? "";
    this.body = body;
  }
}
