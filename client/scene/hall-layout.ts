/**
 * Where everything sits in the hall, as pure geometry: the table with one seat per scenario role
 * (the chair's at the head), a placard in front of each seat, and rows of audience seats behind
 * for everyone without a role. Sizes follow the canvas and the head count, so the same hall
 * reads with 3 people and with 200.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TableSeat {
  roleId: string;
  /** Where the seat is around the table; "left"/"right" when the hall is portrait. */
  side: "head" | "top" | "bottom" | "left" | "right";
  /** Centre of the person. */
  x: number;
  y: number;
  /** The placard on the table in front of the seat. */
  plate: Rect;
  /** An empty seat in a row nobody holds, drawn small (a portrait hall packs such rows tight). */
  compact?: boolean;
}

export interface AudienceSeat {
  x: number;
  y: number;
}

export interface HallLayout {
  width: number;
  height: number;
  wall: Rect;
  table: Rect;
  /** The baize between the placards, where the speech bubble goes. */
  baize: Rect;
  seatRadius: number;
  plateFont: number;
  seats: TableSeat[];
  audience: Rect | null;
  audienceSeatSize: number;
  audienceSeats: AudienceSeat[];
  clock: { x: number; y: number; r: number };
  portrait: boolean;
  /**
   * The height the hall needs to show everyone readably (CSS px): a portrait hall grows down the
   * page rather than squeeze its placards, a flat landscape one to fit its bubble between them;
   * 0 when the hall fits the height it has.
   */
  minHeight: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The smallest text a held placard is drawn with, in CSS px: readable on a projected wall. */
export const MIN_LABEL_FONT = 12;

/** How tall a held placard is drawn: its plate, or its name over its role if they need more. */
export function placardHeight(L: Pick<HallLayout, "plateFont">, plate: Rect): number {
  return Math.max(plate.h, Math.max(MIN_LABEL_FONT, L.plateFont) * 1.2 + MIN_LABEL_FONT * 1.2 + 6);
}

/** The narrowest side placard (px of the layout) a zoomed hall keeps: a first name's first letters at 12 px. */
const ROOMY_PLATE_W = 46;

/** Whether a landscape hall's placards have the room the room's own hall gives them: wide enough, rows apart. */
function roomy(L: HallLayout): boolean {
  if (L.portrait) return false;
  const top = L.seats.filter((s) => s.side === "top");
  const bottom = L.seats.filter((s) => s.side === "bottom");
  if (top.some((s) => s.plate.w < ROOMY_PLATE_W)) return false;
  const a = top[0]?.plate;
  const b = bottom[0]?.plate;
  if (!a || !b) return true;
  const aBottom = a.y + (a.h + placardHeight(L, a)) / 2;
  const bTop = b.y + (b.h - placardHeight(L, b)) / 2;
  return bTop - aBottom >= 4;
}

/**
 * The hall for a screen read from afar (the projector): laid out at its size divided by a zoom
 * and drawn that much larger, so every word in it grows with it. The zoom is the largest up to
 * `maxZoom` (in steps of 0.05) at which the placards keep the room the room's hall gives them,
 * never under 1: a class reads larger than a crowd of 200, and neither ever under 12 px.
 */
export function layoutZoomed(
  width: number,
  height: number,
  roleIds: readonly string[],
  hasChair: boolean,
  audienceCount: number,
  maxZoom: number,
): { zoom: number; layout: HallLayout } {
  for (let step = Math.floor((maxZoom - 1) / 0.05 + 1e-9); step > 0; step--) {
    const zoom = 1 + step * 0.05;
    const layout = layoutAt(width / zoom, height / zoom, roleIds, hasChair, audienceCount);
    if (roomy(layout)) return { zoom, layout };
  }
  return { zoom: 1, layout: layoutAt(width, height, roleIds, hasChair, audienceCount) };
}

/** The baize a landscape hall's speech bubble needs between the rows of placards (CSS px). */
const BUBBLE_BAIZE_H = 44;

/**
 * The hall at a size (width, height), for roles (`roleIds`, the chair's first if `hasChair`), a
 * head count in the audience and the roles someone holds (`held`, every role when not given: a
 * portrait hall packs the rows nobody holds tight).
 */
export function layoutHall(...args: Parameters<typeof layoutAt>): HallLayout {
  const L = layoutAt(...args);
  if (L.portrait || L.baize.h >= BUBBLE_BAIZE_H) return L;
  // A flat landscape hall (a crowd in a short window) asks for the height at which its bubble
  // fits between the placards (in steps of 10 px), as a portrait hall does for its placards.
  const [width, , ...rest] = args;
  for (let h = Math.floor(L.height / 10) * 10 + 10; h <= L.height + 400; h += 10) {
    const taller = layoutAt(width, h, ...rest);
    if (taller.portrait) break;
    if (taller.baize.h >= BUBBLE_BAIZE_H) return { ...L, minHeight: h };
  }
  return L;
}

/** The hall at exactly its size: `layoutHall` without the height a flat hall asks for. */
function layoutAt(
  width: number,
  height: number,
  roleIds: readonly string[],
  hasChair: boolean,
  audienceCount: number,
  held?: ReadonlySet<string>,
): HallLayout {
  const W = Math.max(width, 200);
  const H = Math.max(height, 160);
  const wallH = clamp(H * 0.14, 36, 96);
  const wall = { x: 0, y: 0, w: W, h: wallH };
  const margin = clamp(Math.min(W, H) * 0.03, 6, 24);

  const contentTop = wallH + margin;
  const contentH = H - contentTop - margin;
  const audienceShare = audienceCount === 0 ? 0 : audienceCount <= 12 ? 0.24 : audienceCount <= 40 ? 0.32 : 0.42;
  const audienceH = contentH * audienceShare;
  const tableZone = { x: margin, y: contentTop, w: W - 2 * margin, h: contentH - audienceH };

  const sideRoles = hasChair ? roleIds.slice(1) : roleIds.slice();
  const topCount = Math.ceil(sideRoles.length / 2);
  const perSide = Math.max(topCount, 1);

  // Narrow halls (phones held upright) seat people down the sides of a long table instead.
  // On a phone the audience's band does not count: a portrait hall grows to seat a crowd too.
  if (W < 600 ? contentH > tableZone.w * 0.7 : tableZone.h > tableZone.w * 1.05)
    return portraitHall(W, H, roleIds, hasChair, sideRoles, audienceCount, held);

  // The seat size is bounded by the spacing along the table and by the zone's height (two rows
  // of people plus the table between them).
  const tableW0 = tableZone.w * 0.96;
  const spacing0 = (tableW0 * 0.86) / perSide;
  const seatRadius = clamp(Math.min(spacing0 * 0.2, tableZone.h * 0.075), 7, 22);
  const tableH = clamp(tableZone.h - 4.8 * seatRadius, 50, Math.max(60, tableW0 * 0.42));
  const headReserve = hasChair ? seatRadius * 2.6 : 0;
  const tableW = tableW0 - headReserve * 0.5;
  const table = {
    x: tableZone.x + (tableZone.w - tableW) / 2 + headReserve * 0.5,
    y: tableZone.y + (tableZone.h - tableH) / 2,
    w: tableW,
    h: tableH,
  };

  const plateW = clamp(Math.min((table.w * 0.86) / perSide - 6, 150), 34, 150);
  const plateFont = clamp(plateW / 8.5, 9.5, 13);
  const plateH = Math.round(plateFont * 2.7);
  const inset = 6;

  const seats: TableSeat[] = [];
  const headW = Math.min(Math.max(plateW, 100), table.w * 0.2);
  if (hasChair && roleIds[0]) {
    const hx = table.x - seatRadius * 1.35;
    const hy = table.y + table.h / 2;
    const hw = headW;
    seats.push({
      roleId: roleIds[0],
      side: "head",
      x: hx,
      y: hy,
      plate: { x: table.x + inset, y: hy - plateH / 2, w: hw, h: plateH },
    });
  }
  const headPlateW = hasChair ? headW + inset * 2 : 0;
  // The head's placard sits between the two rows when the table is deep enough; then the rows
  // can use the table's whole length.
  const headBetweenRows = table.h > plateH * 3.6;
  const sideStart = table.x + (headBetweenRows ? 0 : headPlateW) + inset;
  const sideW = table.x + table.w - inset - sideStart;
  const place = (ids: string[], side: "top" | "bottom") => {
    const step = sideW / Math.max(ids.length, 1);
    ids.forEach((roleId, i) => {
      const x = sideStart + step * (i + 0.5);
      const w = Math.min(plateW, step - 6);
      const y = side === "top" ? table.y - seatRadius * 1.25 : table.y + table.h + seatRadius * 1.25;
      const py = side === "top" ? table.y + inset : table.y + table.h - inset - plateH;
      seats.push({ roleId, side, x, y, plate: { x: x - w / 2, y: py, w, h: plateH } });
    });
  };
  // Roles alternate between the two sides, so a small class (who take the first roles) sits on
  // both sides, each person beside an empty seat their placard can grow over.
  place(alternate(sideRoles, 0), "top");
  place(alternate(sideRoles, 1), "bottom");

  const baizeTop = table.y + inset + plateH + 6;
  const baizeBottom = table.y + table.h - inset - plateH - 6;
  const baizeX = table.x + headPlateW + inset;
  const baize = {
    x: baizeX,
    y: baizeTop,
    w: table.x + table.w - inset - baizeX,
    h: Math.max(0, baizeBottom - baizeTop),
  };

  return {
    width: W,
    height: H,
    wall,
    table,
    baize,
    seatRadius,
    plateFont,
    seats,
    ...audienceRows(W, margin, contentTop + tableZone.h, audienceH, audienceCount),
    clock: clockAt(W, wallH, margin),
    portrait: false,
    minHeight: 0,
  };
}

/** Every other role, from the first (`start` 0) or the second (1). */
function alternate(ids: readonly string[], start: 0 | 1): string[] {
  return ids.filter((_, i) => i % 2 === start);
}

function clockAt(W: number, wallH: number, margin: number) {
  const r = clamp(wallH * 0.36, 14, 32);
  return { x: W - r - margin * 1.5, y: wallH / 2, r };
}

/** A placard's height in a portrait hall: a name over a role of up to two lines, at 12 px. */
const PORTRAIT_PLATE_H = 50;
/** The chair's placard in a portrait hall, as wide as the table: a name and a role, one line each. */
const PORTRAIT_HEAD_H = 36;
/** The pitch of a portrait row nobody holds: two small empty seats, no placard to read. */
const PORTRAIT_EMPTY_PITCH = 20;
/** The gap under each portrait placard, where the seat's raised hand shows its kind. */
const PORTRAIT_GAP = 20;
/** The band under the wall where a portrait hall's speech bubble lies, clear of every placard. */
const PORTRAIT_BUBBLE_H = 150;
/** Room at a portrait hall's foot for the open vote's strip. */
const PORTRAIT_VOTE_H = 56;

/**
 * A tall hall (a phone held upright): the bubble under the wall, then the table running down the
 * screen with the chair at its top and one column of placards per side, each row with room under
 * it for a hand's label (a row nobody holds packed tight, so that the people fit on the screen),
 * then the audience. Its size follows the width, the head count and who holds a role,
 * and it tells the height it needs (`minHeight`), so the page can grow it instead of the
 * placards covering each other.
 */
function portraitHall(
  W: number,
  H: number,
  roleIds: readonly string[],
  hasChair: boolean,
  sideRoles: readonly string[],
  audienceCount: number,
  held?: ReadonlySet<string>,
): HallLayout {
  const wallH = clamp(W * 0.15, 44, 64);
  const wall = { x: 0, y: 0, w: W, h: wallH };
  const margin = clamp(W * 0.03, 6, 14);
  const zoneW = W - 2 * margin;
  const seatRadius = clamp(zoneW * 0.045, 11, 15);
  const strip = seatRadius * 2.7;
  const baize = { x: margin, y: wallH + margin * 0.5, w: zoneW, h: PORTRAIT_BUBBLE_H };
  const inset = 6;
  const tableY = baize.y + baize.h + (hasChair ? seatRadius * 2.8 : seatRadius);
  const tableX = margin + strip;
  const tableW = zoneW - 2 * strip;
  const plateW = (tableW - inset * 3) / 2;
  const seats: TableSeat[] = [];
  let top = tableY + inset;
  if (hasChair && roleIds[0]) {
    const w = Math.min(tableW - 2 * inset, 200);
    seats.push({
      roleId: roleIds[0],
      side: "head",
      x: tableX + tableW / 2,
      y: tableY - seatRadius * 1.35,
      plate: { x: tableX + (tableW - w) / 2, y: top, w, h: PORTRAIT_HEAD_H },
    });
    top += PORTRAIT_HEAD_H + inset * 2;
  }
  const left = alternate(sideRoles, 0);
  const right = alternate(sideRoles, 1);
  // Each row as tall as what it shows: two placards and a hand's gap, or two small empty seats.
  const rows = Math.max(left.length, right.length, 1);
  const rowTop: number[] = [];
  const rowH: number[] = [];
  let y = top;
  for (let i = 0; i < rows; i++) {
    const ids = [left[i], right[i]].filter((id) => id !== undefined);
    const empty = held !== undefined && ids.every((id) => !held.has(id));
    rowTop.push(y);
    rowH.push(empty ? PORTRAIT_EMPTY_PITCH - 4 : PORTRAIT_PLATE_H);
    y += empty ? PORTRAIT_EMPTY_PITCH : PORTRAIT_PLATE_H + PORTRAIT_GAP;
  }
  const place = (ids: readonly string[], side: "left" | "right") =>
    ids.forEach((roleId, i) => {
      const x = side === "left" ? tableX - seatRadius * 1.3 : tableX + tableW + seatRadius * 1.3;
      const px = side === "left" ? tableX + inset : tableX + tableW / 2 + inset / 2;
      const h = rowH[i];
      seats.push({
        roleId,
        side,
        x,
        y: rowTop[i] + h / 2,
        plate: { x: px, y: rowTop[i], w: plateW, h },
        ...(h < PORTRAIT_PLATE_H ? { compact: true } : {}),
      });
    });
  place(left, "left");
  place(right, "right");
  // The last row's gap is the table's foot (a row nobody holds has none to spare).
  const tableH = y - (rowH.at(-1) === PORTRAIT_PLATE_H ? PORTRAIT_GAP : 0) + inset - tableY;
  const table = { x: tableX, y: tableY, w: tableW, h: tableH };

  // The audience's band: seats of 44 px for a class, smaller for a crowd, at most 300 px deep.
  const bandTop = tableY + tableH + PORTRAIT_GAP;
  const seat = audienceCount <= 40 ? 44 : 26;
  const cols = Math.max(1, Math.floor((W - 4 * margin) / seat));
  const wanted = audienceCount === 0 ? 0 : Math.min(Math.ceil(audienceCount / cols) * seat, 300) + margin;
  const minHeight = Math.ceil(bandTop + wanted + PORTRAIT_VOTE_H);
  // A hall taller than it needs gives the spare height to the audience.
  const bandH = audienceCount === 0 ? 0 : wanted + Math.max(0, H - minHeight);
  return {
    width: W,
    height: H,
    wall,
    table,
    baize,
    seatRadius,
    plateFont: 12,
    seats,
    ...audienceRows(W, margin, bandTop, bandH, audienceCount),
    clock: clockAt(W, wallH, margin),
    portrait: true,
    minHeight,
  };
}

/** Rows of audience seats filling a band under the table. */
function audienceRows(W: number, margin: number, top: number, bandH: number, audienceCount: number) {
  let audience: Rect | null = null;
  const audienceSeats: AudienceSeat[] = [];
  let audienceSeatSize = 0;
  if (audienceCount > 0) {
    audience = { x: margin * 2, y: top + margin * 0.5, w: W - margin * 4, h: bandH - margin * 0.5 };
    // Columns chosen so that the rows fill the band's shape; seats stay square.
    const aspect = audience.w / Math.max(audience.h, 1);
    let cols = Math.max(1, Math.ceil(Math.sqrt(audienceCount * aspect)));
    let rows = Math.ceil(audienceCount / cols);
    while (rows > 1 && (rows - 1) * cols >= audienceCount) rows -= 1;
    audienceSeatSize = Math.min(audience.w / cols, audience.h / rows, 64);
    // A small audience gets one centred row rather than a few enormous seats.
    // (The epsilon: a band exactly `cols` seats wide must not lose a column to rounding.)
    cols = Math.min(cols, Math.max(1, Math.floor(audience.w / audienceSeatSize + 1e-9)));
    rows = Math.ceil(audienceCount / cols);
    const gridW = cols * audienceSeatSize;
    const gridH = rows * audienceSeatSize;
    const x0 = audience.x + (audience.w - gridW) / 2;
    const y0 = audience.y + Math.max(0, (audience.h - gridH) / 2);
    for (let i = 0; i < audienceCount; i++) {
      const row = Math.floor(i / cols);
      const inRow = Math.min(cols, audienceCount - row * cols);
      const rowX0 = x0 + ((cols - inRow) * audienceSeatSize) / 2;
      audienceSeats.push({ x: rowX0 + ((i % cols) + 0.5) * audienceSeatSize, y: y0 + (row + 0.5) * audienceSeatSize });
    }
  }
  return { audience, audienceSeats, audienceSeatSize };
}
