/**
 * The hall's geometry (client/scene/hall-layout.ts) for the sizes people use: a laptop, a big
 * screen, a phone held upright, with 0 to 200 in the audience. Everything must sit on the
 * canvas, nothing may overlap, and the head count must not make seats unreadably small.
 */
import { describe, expect, it } from "vitest";
import { layoutHall, layoutZoomed, placardHeight, type HallLayout, type Rect } from "../../client/scene/hall-layout.js";
import { sputnik1990 } from "../../shared/scenarios/sputnik-1990/index.js";

const roleIds = [...sputnik1990.roles].sort((a, b) => Number(b.chair) - Number(a.chair)).map((r) => r.id);
const SIZES: Array<[number, number]> = [
  [1366, 768],
  [1920, 1080],
  [1024, 640],
  [390, 844],
  [360, 640],
  [320, 700],
];
const CROWDS = [0, 1, 3, 12, 40, 200];

const inside = (r: Rect, outer: Rect, slack = 0.5) =>
  r.x >= outer.x - slack &&
  r.y >= outer.y - slack &&
  r.x + r.w <= outer.x + outer.w + slack &&
  r.y + r.h <= outer.y + outer.h + slack;
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** The hall as the page shows it: a portrait hall grows to the height it asks for (styles.css). */
function shown(w: number, h: number, n: number): HallLayout {
  const L = layoutHall(w, h, roleIds, true, n);
  return L.minHeight > h ? layoutHall(w, L.minHeight, roleIds, true, n) : L;
}

function eachLayout(fn: (L: HallLayout, label: string, crowd: number) => void): void {
  for (const [w, h] of SIZES) for (const n of CROWDS) fn(shown(w, h, n), `${w}×${h}, ${n}`, n);
}

describe("hall layout", () => {
  it("seats every role once, the chair's at the head", () => {
    eachLayout((L, label) => {
      expect(L.seats.map((s) => s.roleId).sort(), label).toEqual([...roleIds].sort());
      expect(L.seats[0], label).toMatchObject({ roleId: roleIds[0], side: "head" });
      expect(
        L.seats.filter((s) => s.side === "head"),
        label,
      ).toHaveLength(1);
    });
  });

  it("without a chair nobody sits at the head", () => {
    const L = layoutHall(1366, 768, roleIds.slice(1), false, 10);
    expect(L.seats).toHaveLength(roleIds.length - 1);
    expect(L.seats.some((s) => s.side === "head")).toBe(false);
  });

  it("keeps people, placards and the clock on the canvas, and placards on the table", () => {
    eachLayout((L, label) => {
      const canvas = { x: 0, y: 0, w: L.width, h: L.height };
      for (const s of L.seats) {
        const person = { x: s.x - L.seatRadius, y: s.y - L.seatRadius, w: 2 * L.seatRadius, h: 2 * L.seatRadius };
        expect(inside(person, canvas), `${label}: ${s.roleId}`).toBe(true);
        expect(inside(s.plate, L.table), `${label}: placard of ${s.roleId}`).toBe(true);
        // People sit off the table's wall side: below the wall.
        expect(s.y - L.seatRadius, label).toBeGreaterThanOrEqual(L.wall.h);
      }
      const { x, y, r } = L.clock;
      expect(inside({ x: x - r, y: y - r, w: 2 * r, h: 2 * r }, L.wall), `${label}: clock`).toBe(true);
    });
  });

  it("never lays two placards over each other", () => {
    eachLayout((L, label) => {
      for (let i = 0; i < L.seats.length; i++)
        for (let j = i + 1; j < L.seats.length; j++)
          expect(
            overlap(L.seats[i].plate, L.seats[j].plate),
            `${label}: ${L.seats[i].roleId}/${L.seats[j].roleId}`,
          ).toBe(false);
    });
  });

  it("gives the bubble a baize on the table, clear of the placards, in a landscape hall", () => {
    eachLayout((L, label) => {
      if (L.portrait) return;
      expect(inside(L.baize, L.table), label).toBe(true);
      expect(L.baize.h, label).toBeGreaterThan(20);
      for (const s of L.seats) if (s.side !== "head") expect(overlap(s.plate, L.baize), label).toBe(false);
    });
  });

  it("seats the whole audience in rows below the table, without overlap", () => {
    eachLayout((L, label, n) => {
      expect(L.audienceSeats, label).toHaveLength(n);
      if (n === 0) {
        expect(L.audience, label).toBeNull();
        return;
      }
      const band = L.audience!;
      expect(band.y, label).toBeGreaterThanOrEqual(L.table.y + L.table.h);
      const half = L.audienceSeatSize / 2;
      for (const p of L.audienceSeats)
        expect(inside({ x: p.x - half, y: p.y - half, w: half * 2, h: half * 2 }, band, 1), label).toBe(true);
      // Seats on a grid of their own size: any two centres are at least one seat apart.
      const seats = [...L.audienceSeats].sort((a, b) => a.y - b.y || a.x - b.x);
      for (let i = 1; i < seats.length; i++) {
        const a = seats[i - 1];
        const b = seats[i];
        if (Math.abs(a.y - b.y) < 0.5) expect(b.x - a.x, label).toBeGreaterThanOrEqual(L.audienceSeatSize - 0.01);
      }
    });
  });

  it("keeps 200 in the audience readable on a laptop and a phone", () => {
    expect(layoutHall(1366, 768, roleIds, true, 200).audienceSeatSize).toBeGreaterThanOrEqual(30);
    expect(shown(390, 844, 200).audienceSeatSize).toBeGreaterThanOrEqual(14);
    // A small audience does not get enormous seats.
    expect(layoutHall(1920, 1080, roleIds, true, 2).audienceSeatSize).toBeLessThanOrEqual(64);
  });

  it("gives a portrait hall the height its placards need, and a band for the bubble clear of them", () => {
    for (const w of [320, 360, 390]) {
      for (const n of CROWDS) {
        const asked = layoutHall(w, 500, roleIds, true, n);
        expect(asked.portrait).toBe(true);
        // Asked again at that height, it asks for the same: the page settles.
        const L = layoutHall(w, asked.minHeight, roleIds, true, n);
        expect(L.minHeight, `${w}, ${n}`).toBe(asked.minHeight);
        expect(L.seats, `${w}, ${n}`).toEqual(asked.seats);
        for (const s of L.seats) {
          expect(overlap(s.plate, L.baize), `${w}, ${n}: ${s.roleId}`).toBe(false);
          // Two 12 px lines fit every placard.
          expect(s.plate.h).toBeGreaterThanOrEqual(12 * 2.4 + 6);
        }
        // Under each placard down a side, a gap for the hand's label before the next one.
        for (const side of ["left", "right"] as const) {
          const col = L.seats.filter((s) => s.side === side);
          for (let i = 1; i < col.length; i++)
            expect(col[i].plate.y - (col[i - 1].plate.y + col[i - 1].plate.h)).toBeGreaterThanOrEqual(18);
        }
        expect(L.baize.h).toBeGreaterThanOrEqual(120);
      }
    }
    expect(layoutHall(1366, 768, roleIds, true, 200).minHeight).toBe(0);
  });

  it("turns the table down the screen when the hall is upright", () => {
    const phone = layoutHall(390, 844, roleIds, true, 40);
    expect(phone.portrait).toBe(true);
    expect(new Set(phone.seats.slice(1).map((s) => s.side))).toEqual(new Set(["left", "right"]));
    const laptop = layoutHall(1366, 768, roleIds, true, 40);
    expect(laptop.portrait).toBe(false);
    expect(new Set(laptop.seats.slice(1).map((s) => s.side))).toEqual(new Set(["top", "bottom"]));
  });

  it("is a pure function of its inputs", () => {
    expect(layoutHall(1366, 768, roleIds, true, 57)).toEqual(layoutHall(1366, 768, roleIds, true, 57));
    // A tiny canvas is treated as its minimum size, not as a broken layout.
    const tiny = layoutHall(10, 10, roleIds, true, 5);
    expect(tiny.width).toBe(200);
    expect(tiny.height).toBe(160);
  });

  it("zooms a projector's hall as far as its placards keep their room: more for a class than for a crowd, never under 1", () => {
    const side = (L: HallLayout) => L.seats.filter((s) => s.side === "top" || s.side === "bottom");
    const zoomOf = (n: number) => layoutZoomed(1280, 370, roleIds, true, n, 1.7);
    const cls = zoomOf(9);
    const crowd = zoomOf(179);
    expect(cls.zoom).toBeGreaterThan(crowd.zoom);
    expect(crowd.zoom).toBeGreaterThanOrEqual(1);
    for (const { zoom, layout: L } of [cls, crowd]) {
      expect(L.width * zoom).toBeCloseTo(1280, 6);
      expect(L.portrait).toBe(false);
      // The two rows of placards, drawn at their full height, stay apart; none narrower than a first name.
      const top = side(L).find((s) => s.side === "top")!.plate;
      const bottom = side(L).find((s) => s.side === "bottom")!.plate;
      expect(bottom.y + (bottom.h - placardHeight(L, bottom)) / 2).toBeGreaterThan(
        top.y + (top.h + placardHeight(L, top)) / 2,
      );
      for (const s of side(L)) expect(s.plate.w).toBeGreaterThanOrEqual(46);
    }
    // No room to grow: drawn as it is.
    expect(layoutZoomed(400, 200, roleIds, true, 200, 1.7).zoom).toBe(1);
    expect(layoutZoomed(1280, 370, roleIds, true, 9, 1).zoom).toBe(1);
  });

  it("packs a portrait hall's rows nobody holds tight, keeping the held rows whole and nothing overlapping", () => {
    const held = new Set([roleIds[0], roleIds[1], roleIds[2], roleIds.at(-1)!]);
    const all = layoutHall(390, 844, roleIds, true, 6);
    const packed = layoutHall(390, 844, roleIds, true, 6, held);
    expect(packed.portrait).toBe(true);
    expect(packed.minHeight).toBeLessThan(all.minHeight - 200);
    const plates = packed.seats.map((s) => s.plate);
    for (const [i, a] of plates.entries()) for (const b of plates.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    for (const s of packed.seats) {
      const full = all.seats.find((x) => x.roleId === s.roleId)!;
      // A held seat keeps its placard's size; only a row with nobody in it is packed.
      if (held.has(s.roleId))
        expect([s.plate.w, s.plate.h, s.compact]).toEqual([full.plate.w, full.plate.h, undefined]);
      expect(inside(s.plate, packed.table)).toBe(true);
    }
    expect(packed.seats.filter((s) => s.compact).length).toBeGreaterThan(10);
  });
});
