/**
 * The people in the hall: a seat and a placard per role at the table, a seat per person in the
 * audience, the speaker's glow, raised hands with their queue numbers. One node per seat, kept
 * from frame to frame; each node redraws only the part whose look changed (a raised hand adds
 * one hand, a newcomer one seat, a move of the audience's rows only moves nodes), so no change
 * re-creates every seat's text. A held seat's placard is read from the back of a classroom (its
 * name and role at 12 CSS px or more, the placard grown over its quiet neighbours if need be);
 * an empty seat is only a faint plate in its faction's colour, with no words to squint at.
 */
import { CanvasTextMetrics, Container, Graphics, Text, TextStyle } from "pixi.js";
import type { SeminarState } from "../../shared/engine/state.js";
import type { ParticipantState } from "../../shared/engine/state.js";
import type { PublicRole, PublicScenario } from "../../shared/scenario.js";
import { shade, textColorOn } from "../../shared/colour.js";
import { NEUTRAL_COLOR, person, type Person } from "../roster.js";
import { MIN_LABEL_FONT, placardHeight, type AudienceSeat, type HallLayout, type TableSeat } from "./hall-layout.js";
import { GOLD, INK, PAPER, radialLight, SANS } from "./palette.js";
import { initials } from "../initials.js";
import { fit } from "./text-fit.js";
import { own } from "../../shared/null-record.js";
import type { HandIntent } from "../../shared/vocabulary.js";
import { t } from "../strings.js";

/** Where a person sits, for the ring, the bubble's tail and reactions. */
export interface SeatAnchor {
  x: number;
  y: number;
  r: number;
}

/** Roles at the table (chair first) and people in the audience, as the hall seats them. */
export interface HallRoster {
  roles: PublicRole[];
  hasChair: boolean;
  audience: ParticipantState[];
}

export interface SeatsView {
  state: Readonly<SeminarState>;
  scenario: PublicScenario | null;
  me: string | null;
}

/** How many seat parts have been drawn (or cleared) so far: what a change cost the hall. */
interface Tally {
  parts: number;
}

/** A part of a seat, redrawn only when its key (what it shows) changes. */
class Slot {
  readonly node = new Container();
  private key: string | null = null;

  constructor(private tally: Tally) {}

  set(key: string, draw: (into: Container) => void): void {
    if (key === this.key) return;
    this.key = key;
    this.tally.parts += 1;
    for (const c of this.node.removeChildren()) c.destroy({ children: true });
    if (key) draw(this.node);
  }
}

/** One seat: its parts under the people (`body`) and its marks over everyone (`marks`). */
class SeatNode {
  readonly body = new Container();
  readonly marks = new Container();
  readonly chair: Slot;
  readonly glow: Slot;
  readonly person: Slot;
  readonly label: Slot;
  readonly hand: Slot;
  readonly tag: Slot;

  constructor(body: Container, marks: Container, tally: Tally) {
    [this.chair, this.glow, this.person, this.label, this.hand, this.tag] = Array.from(
      { length: 6 },
      () => new Slot(tally),
    );
    this.body.addChild(this.chair.node, this.glow.node, this.person.node, this.label.node);
    this.marks.addChild(this.hand.node, this.tag.node);
    body.addChild(this.body);
    marks.addChild(this.marks);
  }

  destroy(): void {
    this.body.destroy({ children: true });
    this.marks.destroy({ children: true });
  }
}

function token(into: Container, x: number, y: number, r: number, who: Person, isMe: boolean): void {
  const g = new Graphics();
  g.circle(x, y + r * 0.12, r).fill({ color: 0x000000, alpha: 0.35 });
  g.circle(x, y, r)
    .fill(who.color)
    .stroke({ width: Math.max(1.5, r * 0.12), color: shade(who.color, 0.45) });
  if (isMe) g.circle(x, y, r + Math.max(2, r * 0.22)).stroke({ width: 1.5, color: 0xffffff, alpha: 0.9 });
  into.addChild(g);
  // Initials only where they can be drawn at the hall's smallest readable size.
  if (r >= 11) {
    const txt = new Text({
      text: initials(who.name),
      style: { fontFamily: SANS, fontSize: Math.max(MIN_LABEL_FONT, r * 0.72), fontWeight: "700", fill: who.textColor },
    });
    txt.label = "initials";
    txt.anchor.set(0.5);
    txt.position.set(x, y + 0.5);
    into.addChild(txt);
  }
}

function glow(into: Container, x: number, y: number, R: number): void {
  const g = new Graphics();
  const light = radialLight([
    { offset: 0, color: "rgba(255,236,180,0.85)" },
    { offset: 0.45, color: "rgba(255,214,140,0.35)" },
    { offset: 1, color: "rgba(255,214,140,0)" },
  ]);
  g.circle(x, y, R).fill(light);
  into.addChild(g);
}

function star(g: Graphics, cx: number, cy: number, R: number): void {
  const pts: number[] = [];
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? R : R * 0.45;
    pts.push(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
  }
  g.poly(pts);
}

/** The colour of each kind of hand's label: a point of order stands out in red. */
const KIND_COLORS: Record<HandIntent, number> = {
  point: 0x4a5a6a,
  reply: 0x2d6aa3,
  question: 0x2f7a4a,
  order: 0xb5362b,
};

/** A raised hand with the person's place in the queue and what it is for (a short label). */
function hand(
  into: Container,
  x: number,
  y: number,
  r: number,
  place: number,
  kind: HandIntent,
  /**
   * Where the kind's label goes, when not beside the badge (under a seat at the table's far side,
   * or down a portrait table's side): `x` is where the `align` share of its width sits (0.5: centred).
   */
  labelAt?: { x: number; y: number; align?: number },
  /** The hall's right edge (in this drawing's coordinates): the label is kept short of it. */
  maxX = Infinity,
): void {
  const size = Math.max(9, Math.min(18, r * 0.9));
  const g = new Graphics();
  // Palm and four fingers.
  g.roundRect(x - size * 0.45, y - size * 0.2, size * 0.9, size * 0.75, size * 0.2);
  for (let i = 0; i < 4; i++)
    g.roundRect(x - size * 0.45 + i * size * 0.23, y - size * 0.75, size * 0.19, size * 0.65, size * 0.1);
  g.roundRect(x - size * 0.75, y, size * 0.4, size * 0.22, size * 0.1);
  g.fill(0xf6deb6).stroke({ width: 1, color: 0x5a3a20 });
  const badge = new Graphics();
  const br = Math.max(9, size * 0.5);
  badge
    .circle(x + size * 0.7, y - size * 0.6, br)
    .fill(GOLD)
    .stroke({ width: 1, color: 0x5a3a10 });
  const n = new Text({
    text: String(place),
    style: { fontFamily: SANS, fontSize: Math.max(MIN_LABEL_FONT, br * 1.25), fontWeight: "700", fill: INK },
  });
  n.label = "hand-place";
  n.anchor.set(0.5);
  n.position.set(x + size * 0.7, y - size * 0.6);
  into.addChild(g, badge, n);
  const label = new Text({
    text: t(`hall.kind.${kind}`),
    style: { fontFamily: SANS, fontSize: MIN_LABEL_FONT, fontWeight: "700", fill: 0xffffff },
  });
  label.label = "hand-kind";
  label.anchor.set(0, 0.5);
  const lx = Math.max(
    6,
    Math.min(
      maxX - label.width - 6,
      labelAt ? labelAt.x - label.width * (labelAt.align ?? 0.5) : x + size * 0.7 + br + 3,
    ),
  );
  const ly = labelAt ? labelAt.y : y - size * 0.6;
  const pill = new Graphics()
    .roundRect(lx - 4, ly - label.height / 2 - 1, label.width + 8, label.height + 2, 4)
    .fill({ color: KIND_COLORS[kind], alpha: 0.95 })
    .stroke({ width: 1, color: 0x000000, alpha: 0.5 });
  label.position.set(lx, ly);
  into.addChild(pill, label);
}

/** The speaker's name over a seat too small to carry it. */
function nameTag(into: Container, name: string, x: number, y: number): void {
  const txt = new Text({
    text: name,
    style: { fontFamily: SANS, fontSize: MIN_LABEL_FONT, fontWeight: "700", fill: INK },
  });
  txt.label = "name";
  txt.anchor.set(0.5);
  const g = new Graphics();
  g.roundRect(-txt.width / 2 - 5, -txt.height / 2 - 2, txt.width + 10, txt.height + 4, 4).fill(PAPER);
  const c = new Container();
  c.addChild(g, txt);
  c.position.set(x, y - txt.height / 2);
  into.addChild(c);
}

/** Where the hand goes up beside a table seat: on the side away from the placard. */
function handAt(L: HallLayout, seat: TableSeat): { x: number; y: number } {
  const r = L.seatRadius;
  switch (seat.side) {
    case "head":
      return L.portrait ? { x: seat.x + r * 1.3, y: seat.y - r * 0.3 } : { x: seat.x, y: seat.y - r * 1.6 };
    case "top":
      return { x: seat.x + r * 1.1, y: seat.y - r * 0.9 };
    case "bottom":
      return { x: seat.x + r * 1.1, y: seat.y + r * 0.2 };
    case "left":
      return { x: seat.x - r * 0.4, y: seat.y - r * 1.2 };
    case "right":
      return { x: seat.x + r * 0.4, y: seat.y - r * 1.2 };
  }
}

/** The leather back of a table seat, behind the sitter (half size at a packed empty row). */
function chairBack(L: HallLayout, seat: TableSeat) {
  const r = L.seatRadius * (seat.compact ? 0.5 : 1);
  switch (seat.side) {
    case "head":
      return L.portrait
        ? { x: seat.x - r * 1.05, y: seat.y - r * 1.15, w: r * 2.1, h: r * 0.8 }
        : { x: seat.x - r * 1.15, y: seat.y - r * 1.05, w: r * 0.8, h: r * 2.1 };
    case "top":
      return { x: seat.x - r * 1.05, y: seat.y - r * 1.15, w: r * 2.1, h: r * 0.8 };
    case "bottom":
      return { x: seat.x - r * 1.05, y: seat.y + r * 0.35, w: r * 2.1, h: r * 0.8 };
    case "left":
      return { x: seat.x - r * 1.15, y: seat.y - r * 1.05, w: r * 0.8, h: r * 2.1 };
    case "right":
      return { x: seat.x + r * 0.35, y: seat.y - r * 1.05, w: r * 0.8, h: r * 2.1 };
  }
}

/**
 * How far each held placard may grow on each side (px) without covering a neighbour's words: over
 * an empty neighbour (a quiet plate) by up to 30% of its own width, else only into the gap. Seats
 * along one side of the table are neighbours in the order the layout lists them.
 */
function placardRoom(L: HallLayout, state: Readonly<SeminarState>): Map<string, number> {
  const room = new Map<string, number>();
  for (const side of ["head", "top", "bottom", "left", "right"] as const) {
    const row = L.seats.filter((s) => s.side === side);
    row.forEach((seat, i) => {
      const ext = (other: TableSeat | undefined, gap: number) =>
        !other || !own(state.roleHolders, other.roleId) ? seat.plate.w * 0.3 : Math.max(0, gap / 2 - 1);
      const prev = row[i - 1];
      const next = row[i + 1];
      const vertical = side === "left" || side === "right";
      const before = prev ? (vertical ? 0 : seat.plate.x - (prev.plate.x + prev.plate.w)) : 0;
      const after = next ? (vertical ? 0 : next.plate.x - (seat.plate.x + seat.plate.w)) : 0;
      // Side by side (top, bottom): limited by both neighbours; stacked (portrait): free to widen.
      room.set(seat.roleId, vertical ? 0 : Math.min(ext(prev, before), ext(next, after)));
    });
  }
  return room;
}

/** A name shortened to fit: whole, else the first name and the next names' initials ("Anna M."), else the first name, else cut. */
function fitName(name: string, style: TextStyle, maxWidth: number): string {
  if (CanvasTextMetrics.measureText(name, style).width <= maxWidth) return name;
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length > 1) {
    const short = `${words[0]} ${words
      .slice(1)
      .map((w) => `${[...w][0]}.`)
      .join(" ")}`;
    if (CanvasTextMetrics.measureText(short, style).width <= maxWidth) return short;
    if (CanvasTextMetrics.measureText(words[0], style).width <= maxWidth) return words[0];
  }
  return fit(name, style, maxWidth);
}

/**
 * A role's name on a placard: on one line, or (`lines` 2, a portrait hall's placards) wrapped at
 * a word onto two, the rest shortened with an ellipsis.
 */
function fitRole(text: string, style: TextStyle, maxWidth: number, lines: 1 | 2): string {
  if (lines === 1 || CanvasTextMetrics.measureText(text, style).width <= maxWidth) return fit(text, style, maxWidth);
  const wrapping = style.clone();
  wrapping.wordWrap = true;
  wrapping.wordWrapWidth = maxWidth;
  wrapping.breakWords = true;
  const wrapped = CanvasTextMetrics.measureText(text, wrapping).lines;
  const first = wrapped[0]?.trimEnd() ?? "";
  return `${first}\n${fit(text.slice(first.length).trim(), style, maxWidth)}`;
}

/** What a participant's raised hand is for (a hand from before kinds existed is a point). */
function handKind(state: Readonly<SeminarState>, id: string): HandIntent {
  return own(state.participants, id)?.hand ?? "point";
}

export class SeatsLayer {
  /** Seats, people and placards. */
  readonly layer = new Container();
  /** Hands and name tags, over every seat. */
  readonly marksLayer = new Container();
  readonly anchors = new Map<string, SeatAnchor>();
  /** The hands drawn, by participant: their place in the queue and their kind. */
  readonly hands = new Map<string, { place: number; kind: HandIntent }>();
  /** Seat parts drawn since the hall was made (the hall shows it as `data-seat-parts`, for tests). */
  readonly tally: Tally = { parts: 0 };
  private table = new Map<string, SeatNode>();
  private audience = new Map<string, SeatNode>();

  private node(book: Map<string, SeatNode>, id: string): SeatNode {
    let n = book.get(id);
    if (!n) {
      n = new SeatNode(this.layer, this.marksLayer, this.tally);
      book.set(id, n);
    }
    return n;
  }

  /** Brings every seat up to the view; only seats whose look changed redraw anything. */
  sync(L: HallLayout, v: SeatsView, roster: HallRoster): void {
    this.anchors.clear();
    this.hands.clear();
    const { state, scenario } = v;
    const floorHolder = state.floor?.holder ?? null;
    const queuePlace = new Map(state.queue.map((id, i) => [id, i + 1]));

    const roles = new Map(roster.roles.map((r) => [r.id, r]));
    const seated = new Set<string>();
    const room = placardRoom(L, state);
    for (const seat of L.seats) {
      const role = roles.get(seat.roleId);
      if (!role) continue;
      seated.add(role.id);
      const grow = room.get(seat.roleId) ?? 0;
      this.syncTableSeat(this.node(this.table, role.id), L, seat, role, v, floorHolder, queuePlace, grow);
    }
    for (const [id, n] of this.table)
      if (!seated.has(id)) {
        n.destroy();
        this.table.delete(id);
      }

    const present = new Set<string>();
    roster.audience.forEach((p, i) => {
      const pos = L.audienceSeats[i];
      const who = pos ? person(state, scenario, p.id) : null;
      if (!pos || !who) return;
      present.add(p.id);
      this.syncAudienceSeat(this.node(this.audience, p.id), L, pos, who, v, floorHolder, queuePlace);
    });
    for (const [id, n] of this.audience)
      if (!present.has(id)) {
        n.destroy();
        this.audience.delete(id);
      }
  }

  private syncTableSeat(
    n: SeatNode,
    L: HallLayout,
    seat: TableSeat,
    role: PublicRole,
    v: SeatsView,
    floorHolder: string | null,
    queuePlace: ReadonlyMap<string, number>,
    grow: number,
  ): void {
    const { state, scenario } = v;
    const holderId = own(state.roleHolders, role.id);
    const who = holderId ? person(state, scenario, holderId) : null;
    const faction = scenario?.factions.find((f) => f.id === role.factionId);
    const color = faction?.color ?? NEUTRAL_COLOR;
    const r = L.seatRadius;
    const where = `${seat.x},${seat.y},${r}`;

    n.chair.set(`${where},${seat.side},${L.portrait},${seat.compact ?? false}`, (into) => {
      const back = chairBack(L, seat);
      into.addChild(
        new Graphics()
          .roundRect(back.x, back.y, back.w, back.h, r * 0.3)
          .fill(0x2b1a12)
          .stroke({ width: 1, color: 0x7a5236, alpha: 0.6 }),
      );
    });
    n.glow.set(who && who.id === floorHolder ? where : "", (into) => glow(into, seat.x, seat.y, r * 3.2));
    const isMe = who !== null && who.id === v.me;
    const emptyR = r * (seat.compact ? 0.45 : 0.85);
    n.person.set(
      who ? `${where}|${who.name}|${who.color}|${isMe}|${role.chair}` : `${where}|empty|${emptyR}`,
      (into) => {
        if (!who) {
          into.addChild(
            new Graphics().circle(seat.x, seat.y, emptyR).stroke({ width: 1.5, color: 0xf1dca8, alpha: 0.25 }),
          );
          return;
        }
        token(into, seat.x, seat.y, r, who, isMe);
        if (role.chair) {
          const g = new Graphics();
          star(g, seat.x + r * 0.8, seat.y - r * 0.8, r * 0.38);
          g.fill(GOLD).stroke({ width: 1, color: 0x5a3a10 });
          into.addChild(g);
        }
      },
    );
    // The placard on the table, in the faction's colour.
    const P = seat.plate;
    n.label.set(
      `${P.x},${P.y},${P.w},${P.h},${L.plateFont},${grow}|${who?.name ?? ""}|${role.name}|${color}|${role.chair}`,
      (into) => this.placard(into, L, seat, role, who, color, grow),
    );
    n.body.alpha = who && !who.connected ? 0.45 : 1;
    const place = who ? queuePlace.get(who.id) : undefined;
    const at = handAt(L, seat);
    const kind = who ? handKind(state, who.id) : "point";
    // On the far side the label goes under the seat: beside the hand it would cover the next seat.
    // Down a portrait table's sides it goes on the table, in the gap under the seat's placard, from
    // the seat's edge inwards: clear of placards, and of the next seat's hand beside the table.
    const under = seat.plate.y + seat.plate.h + 10;
    const labelAt =
      seat.side === "bottom"
        ? { x: seat.x, y: seat.y + r * 1.35 + 9 }
        : seat.side === "left"
          ? { x: L.table.x + 8, y: under, align: 0 }
          : seat.side === "right"
            ? { x: L.table.x + L.table.w - 8, y: under, align: 1 }
            : undefined;
    n.hand.set(place ? `${at.x},${at.y},${r}|${place}|${kind}` : "", (into) =>
      hand(into, at.x, at.y, r, place!, kind, labelAt, L.width),
    );
    if (who && place) this.hands.set(who.id, { place, kind });
    n.tag.set("", () => undefined);
    if (who) this.anchors.set(who.id, { x: seat.x, y: seat.y, r });
  }

  private measure(text: string, style: TextStyle): number {
    return CanvasTextMetrics.measureText(text, style).width;
  }

  private placard(
    into: Container,
    L: HallLayout,
    seat: TableSeat,
    role: PublicRole,
    who: Person | null,
    color: string,
    grow: number,
  ): void {
    const P = seat.plate;
    const plate = new Graphics();
    if (!who) {
      // An empty seat is quiet: a faint plate, no words.
      plate
        .roundRect(P.x + P.w * 0.15, P.y + P.h * 0.3, P.w * 0.7, P.h * 0.4, 3)
        .fill({ color, alpha: 0.28 })
        .stroke({ width: 1, color: shade(color, -0.4), alpha: 0.4 });
      into.addChild(plate);
      return;
    }
    const ink = textColorOn(color);
    const nameFont = Math.max(MIN_LABEL_FONT, L.plateFont);
    const nameStyle = new TextStyle({ fontFamily: SANS, fontSize: nameFont, fontWeight: "700", fill: ink });
    const roleStyle = new TextStyle({ fontFamily: SANS, fontSize: MIN_LABEL_FONT, fill: ink, align: "center" });
    // Grown around its centre to carry the words, as far as its quiet neighbours leave room.
    const w = Math.max(
      P.w,
      Math.min(P.w + 2 * grow, Math.max(this.measure(who.name, nameStyle), this.measure(role.name, roleStyle)) + 10),
    );
    const hgt = placardHeight(L, P);
    const x = P.x + (P.w - w) / 2;
    const y = P.y + (P.h - hgt) / 2;
    plate.roundRect(x + 1.5, y + 2, w, hgt, 3).fill({ color: 0x000000, alpha: 0.3 });
    plate
      .roundRect(x, y, w, hgt, 3)
      .fill({ color, alpha: 1 })
      .stroke({ width: 1, color: shade(color, -0.4) });
    if (role.chair) plate.roundRect(x + 2, y + 2, w - 4, hgt - 4, 2).stroke({ width: 1, color: GOLD, alpha: 0.9 });
    into.addChild(plate);
    const line1 = new Text({ text: fitName(who.name, nameStyle, w - 8), style: nameStyle });
    const line2 = new Text({
      text: fitRole(role.name, roleStyle, w - 8, P.h >= nameFont * 1.2 + MIN_LABEL_FONT * 2.4 + 6 ? 2 : 1),
      style: roleStyle,
    });
    line1.label = "name";
    line2.label = "role";
    line1.anchor.set(0.5, 0);
    line2.anchor.set(0.5, 0);
    line1.position.set(x + w / 2, y + 3);
    line2.position.set(x + w / 2, y + 3 + nameFont * 1.2);
    into.addChild(line1, line2);
  }

  /** An audience seat is drawn around its own origin, so a move of the rows only moves it. */
  private syncAudienceSeat(
    n: SeatNode,
    L: HallLayout,
    pos: AudienceSeat,
    who: Person,
    v: SeatsView,
    floorHolder: string | null,
    queuePlace: ReadonlyMap<string, number>,
  ): void {
    const { state, me } = v;
    const s = L.audienceSeatSize;
    const showNames = s >= 56;
    const r = s * (showNames ? 0.24 : 0.3);
    const cy = showNames ? pos.y - s * 0.12 : pos.y;
    n.body.position.set(pos.x, cy);
    n.marks.position.set(pos.x, cy);
    n.chair.set(`${r}`, (into) => {
      into.addChild(
        new Graphics().roundRect(-r * 1.2, -r * 1.25, r * 2.4, r * 2.5, r * 0.5).fill({ color: 0x2b1a12, alpha: 0.85 }),
      );
    });
    const speaking = who.id === floorHolder;
    n.glow.set(speaking ? `${r}` : "", (into) => glow(into, 0, 0, r * 4));
    const isMe = who.id === me;
    n.person.set(`${r}|${who.name}|${who.color}|${isMe}`, (into) => token(into, 0, 0, r, who, isMe));
    n.label.set(showNames ? `${s}|${who.name}` : "", (into) => {
      const nameStyle = new TextStyle({ fontFamily: SANS, fontSize: MIN_LABEL_FONT, fill: 0xf1dca8 });
      const label = new Text({ text: fit(who.name, nameStyle, s - 4), style: nameStyle });
      label.label = "name";
      label.anchor.set(0.5, 0);
      label.position.set(0, r * 1.3);
      into.addChild(label);
    });
    n.body.alpha = who.connected ? 1 : 0.45;
    const place = queuePlace.get(who.id);
    const hr = Math.max(r, 8);
    const kind = handKind(state, who.id);
    n.hand.set(place ? `${r}|${place}|${kind}|${pos.x}` : "", (into) =>
      hand(into, r * 0.9, -r * 0.9, hr, place!, kind, undefined, L.width - pos.x),
    );
    if (place) this.hands.set(who.id, { place, kind });
    // Small seats carry no name, so the speaker's is shown beside them.
    n.tag.set(!showNames && speaking ? `${r}|${who.name}` : "", (into) => nameTag(into, who.name, 0, -r * 1.6));
    this.anchors.set(who.id, { x: pos.x, y: cy, r });
  }

  destroy(): void {
    for (const n of [...this.table.values(), ...this.audience.values()]) n.destroy();
    this.table.clear();
    this.audience.clear();
  }
}
