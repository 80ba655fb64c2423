/**
 * The hall, drawn with Pixi.js v8: panelled wall with lamps and a banner, carpet, the wooden
 * table with green baize, a seat and a placard per role (the chair at the head), audience rows
 * behind, the speaker lit with their words in a bubble, raised hands with queue numbers, a wall
 * clock counting down the turn, and reactions rising over the seat of who reacted.
 *
 * The scene only reads a `HallView` (folded state + scenario + me); it is reused by the replay
 * player. All participant text goes through Pixi `Text`, never markup.
 */
// Pixi compiles shaders with `new Function` unless this polyfill is loaded: the CSP forbids eval.
import "pixi.js/unsafe-eval";
import { Application, CanvasTextMetrics, Container, FillGradient, Graphics, Text, TextStyle } from "pixi.js";
import type { SeminarState } from "../../shared/engine/state.js";
import type { SeminarEvent } from "../../shared/events.js";
import type { PublicScenario } from "../../shared/scenario.js";
import { textColorOn } from "../../shared/colour.js";
import { minutesSeconds } from "../dom.js";
import { NEUTRAL_COLOR, person, type Person } from "../roster.js";
import { isolate, t, type StringKey } from "../strings.js";
import { layoutHall, type HallLayout } from "./hall-layout.js";
import { own } from "../../shared/null-record.js";

export interface HallView {
  state: Readonly<SeminarState>;
  scenario: PublicScenario | null;
  me: string | null;
  /** Server clock minus local clock, in ms, so countdowns agree with the server's `endsAt`. */
  clockOffset: number;
  /** A fixed "now" (epoch ms) instead of the running clock: the replay's playhead. */
  now?: number;
}

const SERIF = "Georgia, 'DejaVu Serif', 'Liberation Serif', serif";
const SANS = "system-ui, 'DejaVu Sans', 'Liberation Sans', sans-serif";
const PAPER = 0xfbf4e4;
const INK = 0x231a12;
const GOLD = 0xe3b45a;

const REACTION_COLORS: Record<string, number> = {
  applause: 0xe3b45a,
  dissent: 0xd9534f,
  laughter: 0x6fbf73,
  question: 0x6fa8dc,
};

interface SeatAnchor {
  x: number;
  y: number;
  r: number;
}

interface Floater {
  node: Container;
  born: number;
  x: number;
  y: number;
}

/** A deterministic pseudo-random sequence, so the procedural wood looks the same every time. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const hex = (c: string) => parseInt(c.slice(1), 16);

function shade(color: number, f: number): number {
  const r = (color >> 16) & 255;
  const g = (color >> 8) & 255;
  const b = color & 255;
  const m = (v: number) => Math.max(0, Math.min(255, Math.round(f < 0 ? v * (1 + f) : v + (255 - v) * f)));
  return (m(r) << 16) | (m(g) << 8) | m(b);
}

/** Shortens `text` with an ellipsis until it fits `maxWidth` in `style`. */
function fit(text: string, style: TextStyle, maxWidth: number): string {
  if (CanvasTextMetrics.measureText(text, style).width <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (CanvasTextMetrics.measureText(`${text.slice(0, mid)}…`, style).width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, Math.max(lo, 1)).trimEnd()}…`;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? parts[parts.length - 1][0] : "";
  return (first + (last ?? "")).toUpperCase();
}

export class HallScene {
  private app = new Application();
  private background = new Container();
  private seatsLayer = new Container();
  private overlay = new Container();
  private bubble = new Container();
  private clockLayer = new Container();
  private floatLayer = new Container();
  private view: HallView | null = null;
  private layout: HallLayout | null = null;
  private anchors = new Map<string, SeatAnchor>();
  private seatSignature = "";
  private floaters: Floater[] = [];
  private bubbleKey = "";
  private bubbleBorn = 0;
  private bubbleText: Text | null = null;
  private bubbleFull = "";
  private ring = new Graphics();
  private clockFace = new Graphics();
  private clockText = new Text({ text: "", style: { fontFamily: SANS, fontSize: 13, fontWeight: "700", fill: INK } });
  private clockLabel = new Text({ text: "", style: { fontFamily: SANS, fontSize: 11, fill: 0xf1dca8 } });
  private width = 0;
  private height = 0;
  /** Where the banner ends on the right: the speaker's name by the clock must stop short of it. */
  private bannerRight = 0;

  private constructor(private host: HTMLElement) {}

  static async create(host: HTMLElement): Promise<HallScene> {
    const scene = new HallScene(host);
    await scene.app.init({
      resizeTo: host,
      background: 0x2a1a14,
      antialias: true,
      autoDensity: true,
      resolution: Math.min(window.devicePixelRatio || 1, 2),
      preference: "webgl",
      // Rendered on demand (see `invalidate`): a still hall costs no CPU, which matters with
      // software GL and many open tabs.
      autoStart: false,
    });
    scene.app.canvas.setAttribute("aria-hidden", "true");
    scene.app.canvas.classList.add("hall-canvas");
    host.appendChild(scene.app.canvas);
    const stage = scene.app.stage;
    stage.addChild(scene.background, scene.seatsLayer, scene.overlay, scene.bubble, scene.clockLayer, scene.floatLayer);
    scene.overlay.addChild(scene.ring);
    scene.clockLayer.addChild(scene.clockFace, scene.clockText, scene.clockLabel);
    scene.clockText.anchor.set(0.5);
    scene.clockLabel.anchor.set(1, 0.5);
    scene.app.ticker.stop();
    scene.app.renderer.on("resize", () => scene.relayout());
    // The hall also changes size when the dock beside it grows (a speech box, an error), which
    // is not a window resize: watch the element itself.
    scene.observer = new ResizeObserver(() => scene.app.resize());
    scene.observer.observe(host);
    scene.relayout();
    return scene;
  }

  update(view: HallView): void {
    this.view = view;
    this.viewDirty = true;
    this.invalidate();
  }

  /**
   * Brings seats and the description up to the latest view. Done in the frame, not in `update`:
   * a replay scrubbed by mouse sends many views per frame, and Pixi's text measuring is costly.
   */
  private viewDirty = false;
  private syncView(): void {
    if (!this.viewDirty) return;
    this.viewDirty = false;
    this.rebuildSeatsIfChanged();
    this.describe();
  }

  private rafPending = false;
  private timerPending: number | null = null;
  private destroyed = false;
  private observer: ResizeObserver | null = null;

  /** Asks for one frame soon; `frame` asks for more while something moves. */
  private invalidate(delayMs = 0): void {
    if (this.destroyed) return;
    if (delayMs > 0) {
      if (this.timerPending !== null) return;
      this.timerPending = window.setTimeout(() => {
        this.timerPending = null;
        this.invalidate();
      }, delayMs);
      return;
    }
    if (this.rafPending) return;
    this.rafPending = true;
    requestAnimationFrame(() => {
      this.rafPending = false;
      if (this.destroyed) return;
      this.syncView();
      const moving = this.frame();
      this.app.render();
      if (moving) this.invalidate(this.floaters.length ? 0 : 66);
      // A running turn: the clock changes once a second.
      else if (this.view?.state.floor)
        this.invalidate(1000 - ((Date.now() + (this.view?.clockOffset ?? 0)) % 1000) + 5);
    });
  }

  /** Transient effects for live events (never for the history folded at join). */
  onEvent(e: SeminarEvent): void {
    if (e.type === "reacted") this.floatReaction(e.actor, e.data.kind);
  }

  destroy(): void {
    this.destroyed = true;
    this.observer?.disconnect();
    this.app.destroy(true, { children: true });
  }

  private now(): number {
    if (this.view?.now !== undefined) return this.view.now;
    return Date.now() + (this.view?.clockOffset ?? 0);
  }

  private relayout(): void {
    this.width = this.app.screen.width;
    this.height = this.app.screen.height;
    this.seatSignature = "";
    this.bubbleKey = "";
    this.rebuildSeatsIfChanged();
    this.invalidate();
  }

  /** Roles at the table (chair first) and people in the audience. */
  private roster() {
    const v = this.view;
    const scenario = v?.scenario ?? null;
    const roles = scenario ? [...scenario.roles].sort((a, b) => Number(b.chair) - Number(a.chair)) : [];
    const hasChair = roles[0]?.chair ?? false;
    const audience = v
      ? Object.values(v.state.participants)
          .filter((p) => p.present && (!p.roleId || !roles.some((r) => r.id === p.roleId)))
          .sort(
            (a, b) =>
              Number(b.facilitator) - Number(a.facilitator) || a.joinedAt - b.joinedAt || a.id.localeCompare(b.id),
          )
      : [];
    return { roles, hasChair, audience };
  }

  private rebuildSeatsIfChanged(): void {
    if (!this.width || !this.height) return;
    const v = this.view;
    const { roles, hasChair, audience } = this.roster();
    const s = v?.state;
    const sig = JSON.stringify([
      this.width,
      this.height,
      roles.map((r) => r.id),
      s ? Object.values(s.participants).map((p) => [p.id, p.name, p.roleId, p.connected, p.present]) : [],
      s?.queue,
      s?.floor?.holder,
      v?.me,
      audience.length,
    ]);
    if (sig === this.seatSignature) return;
    const sizeChanged =
      !this.layout ||
      this.layout.width !== this.width ||
      this.layout.height !== this.height ||
      this.layout.seats.length !== roles.length ||
      this.layout.audienceSeats.length !== audience.length;
    this.seatSignature = sig;
    this.layout = layoutHall(
      this.width,
      this.height,
      roles.map((r) => r.id),
      hasChair,
      audience.length,
    );
    if (sizeChanged) this.drawBackground(this.layout);
    this.drawSeats(this.layout);
  }

  // ── Background: wall, lamps, banner, carpet, table ─────────────────────────────────────────

  private drawBackground(L: HallLayout): void {
    this.background.cacheAsTexture(false);
    for (const c of this.background.removeChildren()) c.destroy({ children: true });
    const g = new Graphics();
    const rand = seeded(1990);

    // Carpet: deep green with a faint diamond weave.
    g.rect(0, 0, L.width, L.height).fill(0x213a2c);
    const weave = new Graphics();
    const step = 28;
    for (let x = -L.height; x < L.width + L.height; x += step) {
      weave.moveTo(x, L.wall.h).lineTo(x + (L.height - L.wall.h), L.height);
      weave.moveTo(x, L.height).lineTo(x + (L.height - L.wall.h), L.wall.h);
    }
    weave.stroke({ width: 1, color: 0x0f1f17, alpha: 0.35 });
    // A runner of burgundy carpet under the table.
    const runner = new Graphics();
    runner
      .rect(L.table.x - L.seatRadius * 4, L.wall.h, L.table.w + L.seatRadius * 8, L.height - L.wall.h)
      .fill({ color: 0x5a1f22, alpha: 0.55 });
    runner.rect(L.table.x - L.seatRadius * 4 + 6, L.wall.h, 2, L.height - L.wall.h).fill({ color: GOLD, alpha: 0.25 });
    runner
      .rect(L.table.x + L.table.w + L.seatRadius * 4 - 8, L.wall.h, 2, L.height - L.wall.h)
      .fill({ color: GOLD, alpha: 0.25 });

    // Wall: walnut panelling with grain, a cornice and a skirting rail.
    const wall = new Graphics();
    wall.rect(0, 0, L.width, L.wall.h).fill(0x4a2c1b);
    const panelW = Math.max(60, L.width / Math.round(L.width / 120));
    for (let x = 0; x < L.width; x += panelW) {
      wall
        .rect(x + 4, 8, panelW - 8, L.wall.h - 16)
        .fill({ color: 0x5b3722 })
        .stroke({ width: 1, color: 0x2e1a10, alpha: 0.8 });
      for (let i = 0; i < 7; i++) {
        const gx = x + 8 + rand() * (panelW - 16);
        wall
          .moveTo(gx, 10)
          .bezierCurveTo(
            gx + 4 * (rand() - 0.5),
            L.wall.h * 0.4,
            gx + 6 * (rand() - 0.5),
            L.wall.h * 0.7,
            gx + 3 * (rand() - 0.5),
            L.wall.h - 10,
          );
      }
    }
    wall.stroke({ width: 1, color: 0x2e1a10, alpha: 0.25 });
    wall.rect(0, 0, L.width, 5).fill(0x2e1a10);
    wall.rect(0, L.wall.h - 5, L.width, 5).fill(0x2e1a10);
    wall.rect(0, L.wall.h - 7, L.width, 2).fill({ color: GOLD, alpha: 0.35 });

    // Sconces: warm pools of light on the wall.
    const lamps = new Graphics();
    const lampCount = Math.max(2, Math.round(L.width / 360));
    for (let i = 0; i < lampCount; i++) {
      const lx = (L.width * (i + 0.5)) / lampCount;
      if (Math.abs(lx - L.width / 2) < L.width * 0.16) continue; // the banner's place
      const glow = radialLight([
        { offset: 0, color: "rgba(255,222,160,0.55)" },
        { offset: 1, color: "rgba(255,222,160,0)" },
      ]);
      const R = L.wall.h * 0.9;
      lamps.circle(lx, L.wall.h * 0.45, R).fill(glow);
      lamps
        .roundRect(lx - 6, L.wall.h * 0.45 - 4, 12, 10, 3)
        .fill(0xf6e2b3)
        .stroke({ width: 1.5, color: 0x8a6a2a });
    }

    // The banner behind the chair: red cloth, gold letters.
    const bannerText = new Text({
      text: t("scene.banner"),
      style: {
        fontFamily: SERIF,
        fontSize: Math.max(11, Math.min(20, L.wall.h * 0.24)),
        fill: 0xf1dca8,
        letterSpacing: 1.5,
      },
    });
    bannerText.anchor.set(0.5);
    const bw = Math.min(bannerText.width + 48, L.width * 0.5);
    this.bannerRight = L.width / 2 + bw / 2;
    const bh = Math.min(L.wall.h - 18, bannerText.height + 18);
    const banner = new Graphics();
    banner
      .rect(L.width / 2 - bw / 2, L.wall.h / 2 - bh / 2, bw, bh)
      .fill(0x7a1f1b)
      .stroke({ width: 2, color: GOLD, alpha: 0.7 });
    bannerText.position.set(L.width / 2, L.wall.h / 2);
    if (bannerText.width > bw - 16) bannerText.scale.set((bw - 16) / bannerText.width);

    // A pool of lamp light over the table.
    const pool = new Graphics();
    const light = radialLight([
      { offset: 0, color: "rgba(255,214,150,0.30)" },
      { offset: 0.6, color: "rgba(255,214,150,0.10)" },
      { offset: 1, color: "rgba(255,214,150,0)" },
    ]);
    pool.ellipse(L.table.x + L.table.w / 2, L.table.y + L.table.h / 2, L.table.w * 0.75, L.table.h * 1.6).fill(light);

    // The table: a polished rim and green baize.
    const table = new Graphics();
    const T = L.table;
    const rim = Math.max(6, Math.min(14, T.h * 0.08));
    table.roundRect(T.x + 4, T.y + 6, T.w, T.h, rim * 1.8).fill({ color: 0x000000, alpha: 0.35 });
    table
      .roundRect(T.x, T.y, T.w, T.h, rim * 1.8)
      .fill(0x6b3b1f)
      .stroke({ width: 1.5, color: 0x2e1a10 });
    for (let i = 0; i < 26; i++) {
      const y = T.y + 2 + rand() * (T.h - 4);
      table
        .moveTo(T.x + rim, y)
        .bezierCurveTo(
          T.x + T.w * 0.3,
          y + 3 * (rand() - 0.5),
          T.x + T.w * 0.7,
          y + 3 * (rand() - 0.5),
          T.x + T.w - rim,
          y,
        );
    }
    table.stroke({ width: 1, color: 0x3b2012, alpha: 0.25 });
    table
      .roundRect(T.x + rim, T.y + rim, T.w - 2 * rim, T.h - 2 * rim, rim)
      .fill(0x2f6b45)
      .stroke({ width: 2, color: 0x1f4a2f });
    table
      .roundRect(T.x + 1.5, T.y + 1.5, T.w - 3, T.h - 3, rim * 1.7)
      .stroke({ width: 1, color: 0xd9a066, alpha: 0.35 });
    // Baize texture: fine speckle.
    const speck = new Graphics();
    for (let i = 0; i < Math.min(900, (T.w * T.h) / 120); i++) {
      speck.rect(T.x + rim + rand() * (T.w - 2 * rim), T.y + rim + rand() * (T.h - 2 * rim), 1, 1);
    }
    speck.fill({ color: 0x3f8a5a, alpha: 0.5 });

    this.background.addChild(g, weave, runner, pool, wall, lamps, banner, bannerText, table, speck);
    if (L.audience) {
      const label = new Text({
        text: t("scene.audience").toUpperCase(),
        style: { fontFamily: SANS, fontSize: 10, fill: 0xf1dca8, letterSpacing: 2 },
      });
      label.alpha = 0.55;
      label.position.set(L.audience.x, L.audience.y - 4);
      this.background.addChild(label);
    }
    // The room does not move: draw it once into a texture.
    this.background.cacheAsTexture(true);
  }

  // ── Seats, placards, hands ─────────────────────────────────────────────────────────────────

  private drawSeats(L: HallLayout): void {
    for (const c of this.seatsLayer.removeChildren()) c.destroy({ children: true });
    this.anchors.clear();
    const v = this.view;
    if (!v) return;
    const { roles, audience } = this.roster();
    const { state, scenario } = v;
    const floorHolder = state.floor?.holder ?? null;

    for (const seat of L.seats) {
      const role = roles.find((r) => r.id === seat.roleId);
      if (!role) continue;
      const holderId = own(state.roleHolders, role.id);
      const who = holderId ? person(state, scenario, holderId) : null;
      const faction = scenario?.factions.find((f) => f.id === role.factionId);
      const color = faction?.color ?? NEUTRAL_COLOR;
      const node = new Container();
      const r = L.seatRadius;

      // The chair: a leather back behind the sitter.
      const chair = new Graphics();
      const back = {
        head: L.portrait
          ? { x: seat.x - r * 1.05, y: seat.y - r * 1.15, w: r * 2.1, h: r * 0.8 }
          : { x: seat.x - r * 1.15, y: seat.y - r * 1.05, w: r * 0.8, h: r * 2.1 },
        top: { x: seat.x - r * 1.05, y: seat.y - r * 1.15, w: r * 2.1, h: r * 0.8 },
        bottom: { x: seat.x - r * 1.05, y: seat.y + r * 0.35, w: r * 2.1, h: r * 0.8 },
        left: { x: seat.x - r * 1.15, y: seat.y - r * 1.05, w: r * 0.8, h: r * 2.1 },
        right: { x: seat.x + r * 0.35, y: seat.y - r * 1.05, w: r * 0.8, h: r * 2.1 },
      }[seat.side];
      chair
        .roundRect(back.x, back.y, back.w, back.h, r * 0.3)
        .fill(0x2b1a12)
        .stroke({ width: 1, color: 0x7a5236, alpha: 0.6 });
      node.addChild(chair);

      if (who) {
        if (who.id === floorHolder) node.addChild(this.glow(seat.x, seat.y, r * 3.2));
        node.addChild(this.token(seat.x, seat.y, r, who, who.id === v.me));
        if (role.chair) {
          const star = new Graphics();
          this.star(star, seat.x + r * 0.8, seat.y - r * 0.8, r * 0.38);
          star.fill(GOLD).stroke({ width: 1, color: 0x5a3a10 });
          node.addChild(star);
        }
        if (!who.connected) node.alpha = 0.45;
      } else {
        const empty = new Graphics();
        empty.circle(seat.x, seat.y, r * 0.85).stroke({ width: 1.5, color: 0xf1dca8, alpha: 0.25 });
        node.addChild(empty);
      }

      // The placard on the table, in the faction's colour.
      const P = seat.plate;
      const plate = new Graphics();
      plate.roundRect(P.x + 1.5, P.y + 2, P.w, P.h, 3).fill({ color: 0x000000, alpha: 0.3 });
      plate
        .roundRect(P.x, P.y, P.w, P.h, 3)
        .fill({ color: hex(color), alpha: who ? 1 : 0.5 })
        .stroke({ width: 1, color: shade(hex(color), -0.4) });
      if (role.chair)
        plate.roundRect(P.x + 2, P.y + 2, P.w - 4, P.h - 4, 2).stroke({ width: 1, color: GOLD, alpha: 0.9 });
      node.addChild(plate);
      const ink = textColorOn(color);
      const nameStyle = new TextStyle({ fontFamily: SANS, fontSize: L.plateFont, fontWeight: "700", fill: ink });
      const roleStyle = new TextStyle({ fontFamily: SANS, fontSize: Math.max(7, L.plateFont * 0.8), fill: ink });
      const line1 = new Text({ text: fit(who ? who.name : `${role.name}`, nameStyle, P.w - 8), style: nameStyle });
      const line2 = new Text({
        text: fit(who ? role.name : t("scene.emptySeat"), roleStyle, P.w - 8),
        style: roleStyle,
      });
      line1.anchor.set(0.5, 0);
      line2.anchor.set(0.5, 0);
      line1.position.set(P.x + P.w / 2, P.y + P.h * 0.1);
      line2.position.set(P.x + P.w / 2, P.y + P.h * 0.1 + L.plateFont * 1.25);
      if (!who) {
        line1.alpha = 0.8;
        line2.alpha = 0.75;
      }
      node.addChild(line1, line2);
      this.seatsLayer.addChild(node);
      if (who) {
        this.anchors.set(who.id, { x: seat.x, y: seat.y, r });
        // The hand goes up on the side away from the placard.
        const hand = {
          head: L.portrait ? { x: seat.x + r * 1.3, y: seat.y - r * 0.3 } : { x: seat.x, y: seat.y - r * 1.6 },
          top: { x: seat.x + r * 1.1, y: seat.y - r * 0.9 },
          bottom: { x: seat.x + r * 1.1, y: seat.y + r * 0.2 },
          left: { x: seat.x - r * 0.4, y: seat.y - r * 1.2 },
          right: { x: seat.x + r * 0.4, y: seat.y - r * 1.2 },
        }[seat.side];
        this.maybeHand(who.id, hand.x, hand.y, r);
      }
    }

    // Audience rows.
    const s = L.audienceSeatSize;
    const showNames = s >= 40;
    const nameStyle = new TextStyle({ fontFamily: SANS, fontSize: Math.max(8, Math.min(11, s / 5)), fill: 0xf1dca8 });
    audience.forEach((p, i) => {
      const pos = L.audienceSeats[i];
      if (!pos) return;
      const who = person(state, scenario, p.id);
      if (!who) return;
      const node = new Container();
      const r = s * (showNames ? 0.24 : 0.3);
      const cy = showNames ? pos.y - s * 0.12 : pos.y;
      const chair = new Graphics();
      chair.roundRect(pos.x - r * 1.2, cy - r * 1.25, r * 2.4, r * 2.5, r * 0.5).fill({ color: 0x2b1a12, alpha: 0.85 });
      node.addChild(chair);
      if (p.id === floorHolder) node.addChild(this.glow(pos.x, cy, r * 4));
      node.addChild(this.token(pos.x, cy, r, who, p.id === v.me));
      if (showNames) {
        const label = new Text({ text: fit(who.name, nameStyle, s - 4), style: nameStyle });
        label.anchor.set(0.5, 0);
        label.position.set(pos.x, cy + r * 1.3);
        node.addChild(label);
      }
      if (!who.connected) node.alpha = 0.45;
      this.seatsLayer.addChild(node);
      this.anchors.set(p.id, { x: pos.x, y: cy, r });
      this.maybeHand(p.id, pos.x + r * 0.9, cy - r * 0.9, Math.max(r, 8));
      // Small seats carry no name, so the speaker's is shown beside them.
      if (!showNames && p.id === floorHolder) this.seatsLayer.addChild(this.nameTag(who.name, pos.x, cy - r * 1.6));
    });
  }

  private token(x: number, y: number, r: number, who: Person, isMe: boolean): Container {
    const c = new Container();
    const g = new Graphics();
    const col = hex(who.color);
    g.circle(x, y + r * 0.12, r).fill({ color: 0x000000, alpha: 0.35 });
    g.circle(x, y, r)
      .fill(col)
      .stroke({ width: Math.max(1.5, r * 0.12), color: shade(col, 0.45) });
    if (isMe) g.circle(x, y, r + Math.max(2, r * 0.22)).stroke({ width: 1.5, color: 0xffffff, alpha: 0.9 });
    c.addChild(g);
    if (r >= 9) {
      const txt = new Text({
        text: initials(who.name),
        style: { fontFamily: SANS, fontSize: Math.max(7, r * 0.72), fontWeight: "700", fill: who.textColor },
      });
      txt.anchor.set(0.5);
      txt.position.set(x, y + 0.5);
      c.addChild(txt);
    }
    return c;
  }

  private glow(x: number, y: number, R: number): Graphics {
    const g = new Graphics();
    const light = radialLight([
      { offset: 0, color: "rgba(255,236,180,0.85)" },
      { offset: 0.45, color: "rgba(255,214,140,0.35)" },
      { offset: 1, color: "rgba(255,214,140,0)" },
    ]);
    g.circle(x, y, R).fill(light);
    return g;
  }

  private star(g: Graphics, cx: number, cy: number, R: number): void {
    const pts: number[] = [];
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 === 0 ? R : R * 0.45;
      pts.push(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
    }
    g.poly(pts);
  }

  /** A raised hand with the person's place in the queue. */
  private maybeHand(id: string, x: number, y: number, r: number): void {
    const q = this.view?.state.queue ?? [];
    const pos = q.indexOf(id);
    if (pos < 0) return;
    const size = Math.max(9, Math.min(18, r * 0.9));
    const c = new Container();
    const g = new Graphics();
    // Palm and four fingers.
    g.roundRect(x - size * 0.45, y - size * 0.2, size * 0.9, size * 0.75, size * 0.2);
    for (let i = 0; i < 4; i++)
      g.roundRect(x - size * 0.45 + i * size * 0.23, y - size * 0.75, size * 0.19, size * 0.65, size * 0.1);
    g.roundRect(x - size * 0.75, y, size * 0.4, size * 0.22, size * 0.1);
    g.fill(0xf6deb6).stroke({ width: 1, color: 0x5a3a20 });
    c.addChild(g);
    const badge = new Graphics();
    const br = Math.max(6, size * 0.45);
    badge
      .circle(x + size * 0.7, y - size * 0.6, br)
      .fill(GOLD)
      .stroke({ width: 1, color: 0x5a3a10 });
    const n = new Text({
      text: String(pos + 1),
      style: { fontFamily: SANS, fontSize: Math.max(8, br * 1.2), fontWeight: "700", fill: INK },
    });
    n.anchor.set(0.5);
    n.position.set(x + size * 0.7, y - size * 0.6);
    c.addChild(badge, n);
    this.seatsLayer.addChild(c);
  }

  private nameTag(name: string, x: number, y: number): Container {
    const c = new Container();
    const txt = new Text({ text: name, style: { fontFamily: SANS, fontSize: 11, fontWeight: "700", fill: INK } });
    txt.anchor.set(0.5);
    const g = new Graphics();
    g.roundRect(-txt.width / 2 - 5, -txt.height / 2 - 2, txt.width + 10, txt.height + 4, 4).fill(PAPER);
    c.addChild(g, txt);
    c.position.set(x, y - txt.height / 2);
    return c;
  }

  // ── Per frame: countdown, bubble, reactions ────────────────────────────────────────────────

  /** Draws the moving parts; true while something is still moving. */
  private frame(): boolean {
    const v = this.view;
    const L = this.layout;
    if (!v || !L) return false;
    const now = this.now();
    const floor = v.state.floor;

    // The wall clock.
    const { x, y, r } = L.clock;
    const f = this.clockFace;
    f.clear();
    f.circle(x, y, r + 3).fill(0x2e1a10);
    f.circle(x, y, r).fill(PAPER).stroke({ width: 2, color: GOLD });
    const limitMs = v.state.speechLimitSeconds * 1000;
    let label: string;
    if (floor) {
      const left = Math.max(0, floor.endsAt - now);
      const frac = Math.max(0, Math.min(1, left / Math.max(1, floor.endsAt - floor.since)));
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
      this.clockText.text = minutesSeconds(left / 1000);
      const holder = own(v.state.participants, floor.holder);
      label = holder ? holder.name : "";
    } else {
      this.clockText.text = minutesSeconds(limitMs / 1000);
      label = t("floor.open");
    }
    // A long name stops short of the banner (shortened with an ellipsis).
    const labelRoom = x - r - 24 - this.bannerRight - 8;
    if (label && labelRoom > 40) label = fit(label, this.clockLabel.style, labelRoom);
    this.clockLabel.text = label;
    this.clockText.style.fontSize = Math.max(10, r * 0.55);
    this.clockText.position.set(x, y);
    this.clockLabel.position.set(x - r - 12, y);
    this.clockLabel.alpha = floor ? 1 : 0.8;
    // On a narrow wall the banner needs the room; the dock under the hall names the speaker.
    this.clockLabel.visible = L.width >= 600 && labelRoom > 40;
    if (this.clockLabel.text && this.clockLabel.visible) {
      const lw = this.clockLabel.width;
      const lh = this.clockLabel.height;
      f.roundRect(x - r - 18 - lw, y - lh / 2 - 3, lw + 12, lh + 6, 4).fill({ color: 0x1b120d, alpha: 0.8 });
    }

    // The speaker's countdown ring.
    this.ring.clear();
    if (floor) {
      const a = this.anchors.get(floor.holder);
      if (a) {
        const left = Math.max(0, floor.endsAt - now);
        const frac = Math.max(0, Math.min(1, left / Math.max(1, floor.endsAt - floor.since)));
        const rr = a.r + Math.max(4, a.r * 0.35);
        this.ring.circle(a.x, a.y, rr).stroke({ width: 3, color: 0x000000, alpha: 0.35 });
        if (frac > 0)
          this.ring
            .moveTo(a.x, a.y - rr)
            .arc(a.x, a.y, rr, -Math.PI / 2, -Math.PI / 2 + frac * Math.PI * 2)
            .stroke({ width: 3, color: frac > 0.25 ? GOLD : 0xe06a5a });
      }
    }

    const typing = this.frameBubble(L, v);
    const floating = this.frameFloaters();
    return typing || floating;
  }

  private frameBubble(L: HallLayout, v: HallView): boolean {
    const floor = v.state.floor;
    const speeches = v.state.speeches;
    const last = speeches[speeches.length - 1];
    const current = floor && last && last.speaker === floor.holder && last.at >= floor.since ? last : null;
    const key = floor ? `${floor.holder}:${floor.since}:${current?.seq ?? "-"}` : "";
    if (key !== this.bubbleKey) {
      this.bubbleKey = key;
      this.bubbleBorn = performance.now();
      this.buildBubble(L, v, floor?.holder ?? null, current?.text ?? null);
    }
    if (this.bubbleText && this.bubbleFull) {
      // Delivered as spoken: the words appear at a brisk reading pace.
      // At most ~2 s per speech, redrawn in steps of ~1/15 s: text textures are costly to redraw.
      const pace = Math.max(90, this.bubbleFull.length / 2);
      const elapsed = Math.floor((performance.now() - this.bubbleBorn) / 66) * 0.066;
      const shown = Math.min(this.bubbleFull.length, Math.floor(elapsed * pace) + 1);
      const next = this.bubbleFull.slice(0, shown);
      if (this.bubbleText.text !== next) this.bubbleText.text = next;
      return shown < this.bubbleFull.length;
    }
    return false;
  }

  private buildBubble(L: HallLayout, v: HallView, holder: string | null, text: string | null): void {
    for (const c of this.bubble.removeChildren()) c.destroy({ children: true });
    this.bubbleText = null;
    this.bubbleFull = "";
    delete this.host.dataset.bubble;
    if (!holder) return;
    const a = this.anchors.get(holder);
    const who = person(v.state, v.scenario, holder);
    if (!a || !who) return;
    const maxW = Math.max(160, Math.min(L.baize.w * 0.8, 460));
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
      style: { fontFamily: SANS, fontSize: fontSize - 2, fontWeight: "700", fill: shade(hex(who.color), -0.35) },
    });
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
    this.bubble.addChild(g, head, body);
    // On a wide table the bubble lies on the baize and placards sit over its tail; on a narrow
    // (portrait) table it must cover the placards to be read.
    const stage = this.app.stage;
    stage.setChildIndex(this.bubble, L.portrait ? stage.children.length - 3 : stage.getChildIndex(this.background) + 1);
    this.bubbleFull = body.text;
    body.text = "";
    // The words in the bubble, readable outside the canvas (tests; the transcript serves readers).
    this.host.dataset.bubble = text ?? "";
    this.bubbleText = body;
  }

  private floatReaction(actor: string, kind: string): void {
    this.syncView();
    const a = this.anchors.get(actor);
    if (!a) return;
    const label = t(`reaction.${kind}` as StringKey);
    const c = new Container();
    const txt = new Text({ text: label, style: { fontFamily: SANS, fontSize: 12, fontWeight: "700", fill: INK } });
    txt.anchor.set(0.5);
    const g = new Graphics();
    g.roundRect(-txt.width / 2 - 7, -txt.height / 2 - 3, txt.width + 14, txt.height + 6, 9)
      .fill(REACTION_COLORS[kind] ?? GOLD)
      .stroke({ width: 1, color: 0x2e1a10, alpha: 0.6 });
    c.addChild(g, txt);
    const jitter = (this.floaters.length % 3) * 10 - 10;
    c.position.set(a.x + jitter, a.y - a.r - 14);
    this.floatLayer.addChild(c);
    this.floaters.push({ node: c, born: performance.now(), x: a.x + jitter, y: a.y - a.r - 14 });
    this.invalidate();
  }

  private frameFloaters(): boolean {
    const now = performance.now();
    this.floaters = this.floaters.filter((f) => {
      const age = (now - f.born) / 2400;
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

  /** A text alternative for the canvas, for assistive technology. */
  private describe(): void {
    const v = this.view;
    if (!v) return;
    const { audience } = this.roster();
    const atTable = Object.keys(v.state.roleHolders).length;
    const floor = v.state.floor
      ? t("floor.holder", { name: own(v.state.participants, v.state.floor.holder)?.name ?? "?" })
      : t("floor.open");
    this.host.setAttribute("aria-label", t("scene.label", { table: atTable, audience: audience.length, floor }));
  }
}

/** A round pool of light: the stops run from the centre of the shape it fills to its edge. */
function radialLight(colorStops: { offset: number; color: string }[]): FillGradient {
  return new FillGradient({
    type: "radial",
    center: { x: 0.5, y: 0.5 },
    innerRadius: 0,
    outerCenter: { x: 0.5, y: 0.5 },
    outerRadius: 0.5,
    colorStops,
    textureSpace: "local",
  });
}
