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
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** `roleIds` lists the chair's role first if there is one (`hasChair`). */
export function layoutHall(
  width: number,
  height: number,
  roleIds: readonly string[],
  hasChair: boolean,
  audienceCount: number,
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
  if (tableZone.h > tableZone.w * (W < 600 ? 0.7 : 1.05)) {
    return {
      ...portraitTable(tableZone, roleIds, hasChair, sideRoles, topCount),
      width: W,
      height: H,
      wall,
      ...audienceRows(W, margin, contentTop + tableZone.h, audienceH, audienceCount),
      clock: clockAt(W, wallH, margin),
      portrait: true,
    };
  }

  // The seat size is bounded by the spacing along the table and by the zone's height (two rows
  // of people plus the table between them).
  const tableW0 = tableZone.w * 0.9;
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
  const headW = Math.min(Math.max(plateW, 120), table.w * 0.2);
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

/** A tall hall (a phone held upright): the table runs down the screen, the chair at its top. */
function portraitTable(
  zone: Rect,
  roleIds: readonly string[],
  hasChair: boolean,
  sideRoles: readonly string[],
  leftCount: number,
) {
  const perSide = Math.max(leftCount, 1);
  const seatRadius = clamp(Math.min(zone.w * 0.055, zone.h / perSide / 3.2), 7, 18);
  const headReserve = hasChair ? seatRadius * 2.8 : seatRadius;
  const tableW = clamp(zone.w - 6.2 * seatRadius, 120, 420);
  const table = {
    x: zone.x + (zone.w - tableW) / 2,
    y: zone.y + headReserve,
    w: tableW,
    h: zone.h - headReserve - seatRadius * 0.5,
  };
  const inset = 5;
  const plateW = (table.w - inset * 3) / 2;
  const plateFont = clamp(plateW / 10, 9, 12);
  const plateH0 = Math.round(plateFont * 2.7);
  const seats: TableSeat[] = [];
  let top = table.y + inset;
  if (hasChair && roleIds[0]) {
    const w = Math.min(table.w - 2 * inset, 170);
    seats.push({
      roleId: roleIds[0],
      side: "head",
      x: table.x + table.w / 2,
      y: table.y - seatRadius * 1.35,
      plate: { x: table.x + (table.w - w) / 2, y: top, w, h: plateH0 },
    });
    top += plateH0 + inset;
  }
  const sideH = table.y + table.h - inset - top;
  const place = (ids: readonly string[], side: "left" | "right") => {
    const step = sideH / Math.max(ids.length, 1);
    const h = Math.min(plateH0, step - 3);
    ids.forEach((roleId, i) => {
      const y = top + step * (i + 0.5);
      const x = side === "left" ? table.x - seatRadius * 1.3 : table.x + table.w + seatRadius * 1.3;
      const px = side === "left" ? table.x + inset : table.x + table.w / 2 + inset / 2;
      seats.push({ roleId, side, x, y, plate: { x: px, y: y - h / 2, w: plateW, h } });
    });
  };
  place(alternate(sideRoles, 0), "left");
  place(alternate(sideRoles, 1), "right");
  // No free baize in a narrow table: the bubble lies over the middle of it.
  const baize = { x: zone.x + 4, y: table.y + table.h * 0.3, w: zone.w - 8, h: table.h * 0.4 };
  return { table, baize, seatRadius, plateFont, seats };
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
    cols = Math.min(cols, Math.max(1, Math.floor(audience.w / audienceSeatSize)));
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
