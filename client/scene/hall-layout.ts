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
  side: "head" | "top" | "bottom";
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
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** `roleIds` lists the chair's role first if there is one (`hasChair`). */
export function layoutHall(width: number, height: number, roleIds: readonly string[], hasChair: boolean, audienceCount: number): HallLayout {
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

  // The seat size is bounded by the spacing along the table and by the zone's height (two rows
  // of people plus the table between them).
  const tableW0 = tableZone.w * 0.84;
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
  const plateFont = clamp(plateW / 9.5, 8, 13);
  const plateH = Math.round(plateFont * 2.7);
  const inset = 6;

  const seats: TableSeat[] = [];
  if (hasChair && roleIds[0]) {
    const hx = table.x - seatRadius * 1.35;
    const hy = table.y + table.h / 2;
    const hw = Math.min(plateW, table.w * 0.2);
    seats.push({ roleId: roleIds[0], side: "head", x: hx, y: hy, plate: { x: table.x + inset, y: hy - plateH / 2, w: hw, h: plateH } });
  }
  const headPlateW = hasChair ? Math.min(plateW, table.w * 0.2) + inset * 2 : 0;
  const sideStart = table.x + headPlateW + inset;
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
  place(sideRoles.slice(0, topCount), "top");
  place(sideRoles.slice(topCount), "bottom");

  const baizeTop = table.y + inset + plateH + 6;
  const baizeBottom = table.y + table.h - inset - plateH - 6;
  const baize = { x: sideStart, y: baizeTop, w: sideW, h: Math.max(0, baizeBottom - baizeTop) };

  let audience: Rect | null = null;
  const audienceSeats: AudienceSeat[] = [];
  let audienceSeatSize = 0;
  if (audienceCount > 0) {
    audience = { x: margin * 2, y: contentTop + tableZone.h + margin * 0.5, w: W - margin * 4, h: audienceH - margin * 0.5 };
    // Columns chosen so that the rows fill the zone's shape; seats stay square.
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
      audienceSeats.push({ x: rowX0 + (i % cols + 0.5) * audienceSeatSize, y: y0 + (row + 0.5) * audienceSeatSize });
    }
  }

  const clockR = clamp(wallH * 0.36, 14, 32);
  return {
    width: W,
    height: H,
    wall,
    table,
    baize,
    seatRadius,
    plateFont,
    seats,
    audience,
    audienceSeatSize,
    audienceSeats,
    clock: { x: W - clockR - margin * 1.5, y: wallH / 2, r: clockR },
  };
}
