/** Reactions rising over the seat of who reacted, fading as they go. */
import { Container, Graphics, Text } from "pixi.js";
import { t, type StringKey } from "../strings.js";
import { GOLD, INK, REACTION_COLORS, SANS } from "./palette.js";
import type { SeatAnchor } from "./seats-layer.js";

interface Floater {
  node: Container;
  born: number;
  x: number;
  y: number;
}

/** How long a reaction takes to rise and fade (ms). */
const LIFETIME = 2400;

export class ReactionLayer {
  readonly layer = new Container();
  private floaters: Floater[] = [];

  get moving(): boolean {
    return this.floaters.length > 0;
  }

  add(a: SeatAnchor, kind: string): void {
    const label = t(`reaction.${kind}` as StringKey);
    const c = new Container();
    const txt = new Text({ text: label, style: { fontFamily: SANS, fontSize: 12, fontWeight: "700", fill: INK } });
    txt.label = "reaction";
    txt.anchor.set(0.5);
    const g = new Graphics();
    g.roundRect(-txt.width / 2 - 7, -txt.height / 2 - 3, txt.width + 14, txt.height + 6, 9)
      .fill(REACTION_COLORS.get(kind) ?? GOLD)
      .stroke({ width: 1, color: 0x2e1a10, alpha: 0.6 });
    c.addChild(g, txt);
    const jitter = (this.floaters.length % 3) * 10 - 10;
    c.position.set(a.x + jitter, a.y - a.r - 14);
    this.layer.addChild(c);
    this.floaters.push({ node: c, born: performance.now(), x: a.x + jitter, y: a.y - a.r - 14 });
  }

  /** Moves every reaction on; true while any is still rising. */
  frame(): boolean {
    const now = performance.now();
    this.floaters = this.floaters.filter((f) => {
      const age = (now - f.born) / LIFETIME;
      if (age >= 1) {
        f.node.destroy({ children: true });
        return false;
      }
      f.node.position.set(f.x, f.y - age * 34);
      f.node.alpha = age < 0.7 ? 1 : 1 - (age - 0.7) / 0.3;
      return true;
    });
    return this.floaters.length > 0;
  }
}
