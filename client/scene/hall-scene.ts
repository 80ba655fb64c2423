/**
 * The hall, drawn with Pixi.js v8, as layers by how often they change (after Excalidraw's
 * static and interactive scenes): the room itself (background-layer), the people at the table
 * and in the audience (seats-layer), the wall clock and the speaker's ring (wall-clock-layer),
 * the speech bubble (speech-bubble-layer) and rising reactions (reaction-layer). This file is
 * the orchestrator: the Pixi app, rendering on demand, resizing, and handing each layer the
 * layout (hall-layout) and the view.
 *
 * The scene only reads a `HallView` (folded state + scenario + me); it is reused by the replay
 * player. All participant text goes through Pixi `Text`, never markup.
 */
// Pixi compiles shaders with `new Function` unless this polyfill is loaded: the CSP forbids eval.
import "pixi.js/unsafe-eval";
import { Application, Text, type Container } from "pixi.js";
import type { SeminarState } from "../../shared/engine/state.js";
import type { SeminarEvent } from "../../shared/events.js";
import type { PublicScenario } from "../../shared/scenario.js";
import { t } from "../strings.js";
import { BackgroundLayer } from "./background-layer.js";
import { CardLayer } from "./card-layer.js";
import { layoutHall, layoutZoomed, MIN_LABEL_FONT, type HallLayout } from "./hall-layout.js";
import { ReactionLayer } from "./reaction-layer.js";
import { SeatsLayer, type HallRoster } from "./seats-layer.js";
import { SpeechBubbleLayer } from "./speech-bubble-layer.js";
import { VoteBoardLayer } from "./vote-board-layer.js";
import { WallClockLayer } from "./wall-clock-layer.js";
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

/** One text drawn in the hall, as the reader sees it (CSS px): for tests of what can be read. */
export interface HallText {
  text: string;
  /** What it is, where the layer names it (a placard's "name" or "role", a hand's "hand-kind"…). */
  label: string;
  fontSize: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** How a hall is drawn where it is shown: a room's hall by default, or the projector's. */
export interface HallOptions {
  /**
   * The largest zoom for the hall's size: the projector's hall grows with the screen (every
   * word in it with it), as far as its placards keep their room (hall-layout `layoutZoomed`).
   */
  maxZoom?: () => number;
  /** Whether the speaker's words show in a bubble on the table (the projector shows them large under the hall). */
  bubble?: boolean;
  /** Whether a played card and the open vote are drawn in the hall (the projector shows them beside it). */
  boards?: boolean;
}

/** The hall's element, with a way for tests to read every text drawn in the canvas. */
export interface HallHost extends HTMLElement {
  hallTexts?: () => HallText[];
}

/** Roles at the table (chair first) and people in the audience. */
function hallRoster(v: HallView | null): HallRoster {
  const scenario = v?.scenario ?? null;
  const roles = scenario ? [...scenario.roles].sort((a, b) => Number(b.chair) - Number(a.chair)) : [];
  const hasChair = roles[0]?.chair ?? false;
  const roleIds = new Set(roles.map((r) => r.id));
  const audience = v
    ? Object.values(v.state.participants)
        .filter((p) => p.present && (!p.roleId || !roleIds.has(p.roleId)))
        .sort(
          (a, b) =>
            Number(b.facilitator) - Number(a.facilitator) || a.joinedAt - b.joinedAt || a.id.localeCompare(b.id),
        )
    : [];
  return { roles, hasChair, audience };
}

/** The background's shape: it is redrawn only when one of these changes. */
function backgroundKey(L: HallLayout): string {
  return `${L.width}x${L.height}:${L.seats.length}:${L.table.y},${L.table.h}:${L.audience?.y ?? "-"}`;
}

export class HallScene {
  private app = new Application();
  private background = new BackgroundLayer();
  private seats = new SeatsLayer();
  private clock = new WallClockLayer();
  private bubble: SpeechBubbleLayer;
  private reactions = new ReactionLayer();
  private card: CardLayer;
  private voteBoard: VoteBoardLayer;
  private view: HallView | null = null;
  private layout: HallLayout | null = null;
  private drawnBackground = "";
  /** The host's size (CSS px), and the zoom and size the canvas was last drawn at. */
  private width = 0;
  private height = 0;
  private zoom = 1;
  private drawnSize = "";
  private resolution = Math.min(window.devicePixelRatio || 1, 2);
  /** The view changed since the seats were last brought up to it. */
  private viewDirty = false;
  private rafPending = false;
  private timerPending: number | null = null;
  private destroyed = false;
  /** A card or a vote's result is up and will be taken down after a while. */
  private showing = false;
  private observer: ResizeObserver | null = null;

  private constructor(
    private host: HallHost,
    private options: HallOptions,
  ) {
    this.bubble = new SpeechBubbleLayer(host);
    this.card = new CardLayer(host, options.boards ?? true);
    this.voteBoard = new VoteBoardLayer(host, options.boards ?? true);
    host.hallTexts = () => this.texts();
  }

  static async create(host: HTMLElement, options: HallOptions = {}): Promise<HallScene> {
    const scene = new HallScene(host, options);
    await scene.app.init({
      background: 0x2a1a14,
      antialias: true,
      autoDensity: true,
      resolution: scene.resolution,
      preference: "webgl",
      // Rendered on demand (see `invalidate`): a still hall costs no CPU, which matters with
      // software GL and many open tabs.
      autoStart: false,
    });
    scene.app.canvas.setAttribute("aria-hidden", "true");
    scene.app.canvas.classList.add("hall-canvas");
    // A zoomed hall is drawn at its layout's size and scaled up by CSS, its pixels as many as the
    // screen's (the renderer's resolution times the zoom), so its words stay sharp.
    scene.app.canvas.style.transformOrigin = "0 0";
    host.appendChild(scene.app.canvas);
    scene.app.stage.addChild(
      scene.background.layer,
      // The bubble lies on the baize, under the placards: on a wide table the placards sit over
      // its tail; a portrait hall gives it a band where no placard is.
      scene.bubble.layer,
      scene.seats.layer,
      scene.seats.marksLayer,
      scene.clock.ring,
      scene.clock.layer,
      scene.voteBoard.layer,
      scene.reactions.layer,
      scene.card.layer,
    );
    scene.app.ticker.stop();
    // The hall changes size with the window and when the dock beside it grows (a speech box, an
    // error): watch the element itself.
    scene.observer = new ResizeObserver(() => scene.fitHost());
    scene.observer.observe(host);
    scene.fitHost();
    return scene;
  }

  update(view: HallView): void {
    this.view = view;
    this.viewDirty = true;
    this.invalidate();
  }

  /** Transient effects for live events (never for the history folded at join). */
  onEvent(e: SeminarEvent): void {
    if (e.type !== "reacted") return;
    this.syncView();
    const a = this.seats.anchors.get(e.actor);
    if (!a) return;
    this.reactions.add(a, e.data.kind);
    this.invalidate();
  }

  destroy(): void {
    this.destroyed = true;
    if (this.timerPending !== null) clearTimeout(this.timerPending);
    this.observer?.disconnect();
    delete this.host.hallTexts;
    this.seats.destroy();
    this.app.destroy(true, { children: true });
  }

  /**
   * Brings the layout and the seats up to the latest view. Done in the frame, not in `update`:
   * a replay scrubbed by mouse sends many views per frame, and Pixi's text measuring is costly.
   */
  private syncView(): void {
    if (!this.viewDirty || !this.width || !this.height) return;
    this.viewDirty = false;
    const v = this.view;
    const roster = hallRoster(v);
    const roleIds = roster.roles.map((r) => r.id);
    const people = roster.audience.length;
    const held = new Set(v ? roleIds.filter((id) => own(v.state.roleHolders, id)) : []);
    const { zoom, layout: L } = this.options.maxZoom
      ? layoutZoomed(this.width, this.height, roleIds, roster.hasChair, people, this.options.maxZoom())
      : { zoom: 1, layout: layoutHall(this.width, this.height, roleIds, roster.hasChair, people, held) };
    this.layout = L;
    const size = `${this.width}x${this.height}@${zoom}`;
    if (size !== this.drawnSize) {
      this.drawnSize = size;
      this.zoom = zoom;
      this.app.renderer.resize(this.width / zoom, this.height / zoom, this.resolution * zoom);
      // Pixi sets the canvas's CSS size only when its pixel count changes, which a new zoom on
      // the same host does not do.
      this.app.canvas.style.width = `${this.width / zoom}px`;
      this.app.canvas.style.height = `${this.height / zoom}px`;
      this.app.canvas.style.transform = zoom === 1 ? "" : `scale(${zoom})`;
      this.bubble.reset();
      this.card.reset();
      this.voteBoard.reset();
    }
    // A portrait hall grows down the page to the height its placards need (styles.css reads it).
    this.host.style.setProperty("--hall-need", `${L.minHeight}px`);
    const bg = backgroundKey(L);
    if (bg !== this.drawnBackground) {
      this.drawnBackground = bg;
      this.background.draw(L);
    }
    if (v) this.seats.sync(L, v, roster);
    // What changes cost the hall, readable outside the canvas (tests: one raised hand, one part).
    this.host.dataset.seatParts = String(this.seats.tally.parts);
    // For tests and the curious: the smallest text a name or role in the hall is drawn with.
    this.host.dataset.labelFont = String(MIN_LABEL_FONT * zoom);
    // The hands drawn, in queue order, each with its kind ("1:order 2:point").
    this.host.dataset.hands = [...this.seats.hands.values()]
      .sort((a, b) => a.place - b.place)
      .map((x) => `${x.place}:${x.kind}`)
      .join(" ");
    this.describe(roster);
  }

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
      if (moving) this.invalidate(this.reactions.moving ? 0 : 66);
      // A card or a vote's result on show: look again each second, to take it down in time.
      else if (this.showing) this.invalidate(1000);
      // A running turn: the clock changes once a second.
      else if (this.view?.state.floor)
        this.invalidate(1000 - ((Date.now() + (this.view?.clockOffset ?? 0)) % 1000) + 5);
    });
  }

  private now(): number {
    if (this.view?.now !== undefined) return this.view.now;
    return Date.now() + (this.view?.clockOffset ?? 0);
  }

  private fitHost(): void {
    this.width = this.host.clientWidth;
    this.height = this.host.clientHeight;
    this.viewDirty = true;
    this.syncView();
    this.invalidate();
  }

  /** Draws the moving parts; true while something is still moving. */
  private frame(): boolean {
    const v = this.view;
    const L = this.layout;
    if (!v || !L) return false;
    this.clock.draw(L, v.state, this.now(), this.seats.anchors, this.background.bannerRight);
    const typing =
      this.options.bubble === false ? false : this.bubble.frame(L, v.state, v.scenario, this.seats.anchors);
    const now = this.now();
    const card = this.card.frame(L, v.state, v.scenario, now);
    const vote = this.voteBoard.frame(L, v.state, now, L.width - this.background.bannerRight);
    this.showing = card || vote;
    const floating = this.reactions.frame();
    return typing || floating;
  }

  /** Every text drawn and visible in the hall, where it is on the page and how large it reads. */
  private texts(): HallText[] {
    const out: HallText[] = [];
    const z = this.zoom;
    const walk = (node: Container) => {
      if (!node.visible || node.alpha <= 0) return;
      if (node instanceof Text) {
        if (!node.text.trim()) return;
        const b = node.getBounds();
        const scale = Math.hypot(node.worldTransform.a, node.worldTransform.b) * z;
        out.push({
          text: node.text,
          label: node.label ?? "",
          fontSize: Number(node.style.fontSize) * scale,
          x: b.x * z,
          y: b.y * z,
          w: b.width * z,
          h: b.height * z,
        });
        return;
      }
      for (const c of node.children) walk(c);
    };
    walk(this.app.stage);
    return out;
  }

  /** A text alternative for the canvas, for assistive technology. */
  private describe(roster: HallRoster): void {
    const v = this.view;
    if (!v) return;
    const atTable = Object.keys(v.state.roleHolders).length;
    const floor = v.state.floor
      ? t("floor.holder", { name: own(v.state.participants, v.state.floor.holder)?.name ?? "?" })
      : t("floor.open");
    this.host.setAttribute("aria-label", t("scene.label", { table: atTable, audience: roster.audience.length, floor }));
  }
}
