/**
 * The turn's time: the wall clock (a face that empties as the turn runs, the time left, the
 * speaker's name beside it) and the countdown ring around the speaker's seat. Redrawn each frame
 * while a turn runs: these are a few shapes and two short texts.
 */
import { Container, Graphics, Text } from "pixi.js";
import type { SeminarState } from "../../shared/engine/state.js";
import { minutesSeconds } from "../dom.js";
import { t } from "../strings.js";
import type { HallLayout } from "./hall-layout.js";
import { GOLD, INK, PAPER, SANS } from "./palette.js";
import type { SeatAnchor } from "./seats-layer.js";
import { fit } from "./text-fit.js";
import { own } from "../../shared/null-record.js";

/** How much of the turn is left, 0 to 1. */
function turnLeft(floor: NonNullable<SeminarState["floor"]>, now: number): number {
  const left = Math.max(0, floor.endsAt - now);
  return Math.max(0, Math.min(1, left / Math.max(1, floor.endsAt - floor.since)));
}

export class WallClockLayer {
  /** The clock, on the wall. */
  readonly layer = new Container();
  /** The ring, over the seats. */
  readonly ring = new Graphics();
  private face = new Graphics();
  private time = new Text({ text: "", style: { fontFamily: SANS, fontSize: 13, fontWeight: "700", fill: INK } });
  private label = new Text({ text: "", style: { fontFamily: SANS, fontSize: 12, fill: 0xf1dca8 } });

  constructor() {
    this.layer.addChild(this.face, this.time, this.label);
    this.time.anchor.set(0.5);
    this.label.anchor.set(1, 0.5);
    this.time.label = "clock";
    this.label.label = "clock-speaker";
  }

  /** `bannerRight`: where the banner ends, which the speaker's name must stop short of. */
  draw(
    L: HallLayout,
    state: Readonly<SeminarState>,
    now: number,
    anchors: ReadonlyMap<string, SeatAnchor>,
    bannerRight: number,
  ): void {
    const floor = state.floor;
    const { x, y, r } = L.clock;
    const f = this.face;
    f.clear();
    f.circle(x, y, r + 3).fill(0x2e1a10);
    f.circle(x, y, r).fill(PAPER).stroke({ width: 2, color: GOLD });
    let label: string;
    if (floor) {
      const frac = turnLeft(floor, now);
      const color = frac > 0.25 ? 0x2f6b45 : 0xb03a2e;
      if (frac > 0) {
        f.moveTo(x, y)
          .arc(x, y, r - 3, -Math.PI / 2, -Math.PI / 2 + frac * Math.PI * 2)
          .lineTo(x, y)
          .fill({ color, alpha: 0.22 });
        f.moveTo(x, y - (r - 2))
          .arc(x, y, r - 2, -Math.PI / 2, -Math.PI / 2 + frac * Math.PI * 2)
          .stroke({ width: 3, color });
      }
      this.time.text = minutesSeconds(Math.max(0, floor.endsAt - now) / 1000);
      label = own(state.participants, floor.holder)?.name ?? "";
    } else {
      this.time.text = minutesSeconds(state.speechLimitSeconds);
      label = t("floor.open");
    }
    // A long name stops short of the banner (shortened with an ellipsis).
    const labelRoom = x - r - 24 - bannerRight - 8;
    if (label && labelRoom > 40) label = fit(label, this.label.style, labelRoom);
    this.label.text = label;
    this.time.style.fontSize = Math.max(12, r * 0.55);
    this.time.position.set(x, y);
    this.label.position.set(x - r - 12, y);
    this.label.alpha = floor ? 1 : 0.8;
    // On a narrow wall the banner needs the room; the dock under the hall names the speaker.
    this.label.visible = L.width >= 600 && labelRoom > 40;
    if (this.label.text && this.label.visible) {
      const lw = this.label.width;
      const lh = this.label.height;
      f.roundRect(x - r - 18 - lw, y - lh / 2 - 3, lw + 12, lh + 6, 4).fill({ color: 0x1b120d, alpha: 0.8 });
    }

    // The speaker's countdown ring.
    this.ring.clear();
    const a = floor ? anchors.get(floor.holder) : undefined;
    if (floor && a) {
      const frac = turnLeft(floor, now);
      const rr = a.r + Math.max(4, a.r * 0.35);
      this.ring.circle(a.x, a.y, rr).stroke({ width: 3, color: 0x000000, alpha: 0.35 });
      if (frac > 0)
        this.ring
          .moveTo(a.x, a.y - rr)
          .arc(a.x, a.y, rr, -Math.PI / 2, -Math.PI / 2 + frac * Math.PI * 2)
          .stroke({ width: 3, color: frac > 0.25 ? GOLD : 0xe06a5a });
    }
  }
}
