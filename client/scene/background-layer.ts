/**
 * The room that does not move: carpet, walnut wall with lamps, the banner behind the chair, the
 * table with its baize and the audience's label. Drawn once per layout into a cached texture.
 */
import { Container, Graphics, Text } from "pixi.js";
import { t } from "../strings.js";
import type { HallLayout } from "./hall-layout.js";
import { GOLD, radialLight, SANS, SERIF } from "./palette.js";

/** A deterministic pseudo-random sequence, so the procedural wood looks the same every time. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export class BackgroundLayer {
  readonly layer = new Container();
  /** Where the banner ends on the right: the speaker's name by the clock must stop short of it. */
  bannerRight = 0;

  /** Redraws the room for a new layout (a resize, or the audience's band changing). */
  draw(L: HallLayout): void {
    const { layer } = this;
    layer.cacheAsTexture(false);
    for (const c of layer.removeChildren()) c.destroy({ children: true });
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
        fontSize: Math.max(12, Math.min(20, L.wall.h * 0.24)),
        fill: 0xf1dca8,
        letterSpacing: 1.5,
      },
    });
    bannerText.label = "banner";
    bannerText.anchor.set(0.5);
    // A narrow wall (a phone) gives the banner the room between the lamps and the clock; if its
    // line is still too long it breaks into two at 12 px, rather than shrink below readable.
    const most = L.portrait ? L.width - 2 * (L.width - L.clock.x + L.clock.r) : L.width * 0.5;
    if (bannerText.width + 32 > most && bannerText.text.includes(" · ")) {
      bannerText.style.fontSize = 12;
      bannerText.text = bannerText.text.replace(" · ", "\n");
      bannerText.style.align = "center";
    }
    const bw = Math.min(bannerText.width + 48, most);
    this.bannerRight = L.width / 2 + bw / 2;
    const bh = Math.min(L.wall.h - (bannerText.text.includes("\n") ? 8 : 18), bannerText.height + 18);
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

    layer.addChild(g, weave, runner, pool, wall, lamps, banner, bannerText, table, speck);
    if (L.audience) {
      const label = new Text({
        text: t("scene.audience").toUpperCase(),
        style: { fontFamily: SANS, fontSize: 12, fill: 0xf1dca8, letterSpacing: 2 },
      });
      label.label = "audience";
      label.alpha = 0.55;
      label.position.set(L.audience.x, L.audience.y - 4);
      layer.addChild(label);
    }
    // The room does not move: draw it once into a texture.
    layer.cacheAsTexture(true);
  }
}
