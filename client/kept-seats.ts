/**
 * Where this browser keeps its seats (a seminar's seat key and the name it was taken under):
 * every participant in sessionStorage, which lasts for the tab (a reload, a tab opened from it);
 * the facilitator also in localStorage, so closing the browser does not cost the class its
 * facilitator. The facilitator's private link carries the seat to another device in the
 * address's fragment (`#seat=…&name=…`), which browsers never put in a request line or a
 * Referer; the page that opens it keeps the seat and takes the fragment out of the address bar.
 */
import { LIMITS } from "../shared/vocabulary.js";

const keyOf = (roomId: string) => `sputnik:seat:${roomId}`;
const nameOf = (roomId: string) => `sputnik:seat-name:${roomId}`;
const SEAT_KEY = new RegExp(`^[A-Za-z0-9_-]{${LIMITS.seatKeyMin},${LIMITS.seatKeyMax}}$`);

export interface KeptSeat {
  seatKey: string;
  name: string;
}

function read(store: Storage, roomId: string): KeptSeat | null {
  const seatKey = store.getItem(keyOf(roomId));
  const name = store.getItem(nameOf(roomId));
  return seatKey && name ? { seatKey, name } : null;
}

/** The seat this browser holds in `roomId`: this tab's, else the facilitator's kept one; null if none. */
export function keptSeat(roomId: string): KeptSeat | null {
  try {
    return read(sessionStorage, roomId) ?? read(localStorage, roomId);
  } catch {
    return null;
  }
}

/** The facilitator's seat key this browser keeps for `roomId` across a closed browser; null if none. */
export function facilitatorSeatKey(roomId: string): string | null {
  try {
    return read(localStorage, roomId)?.seatKey ?? null;
  } catch {
    return null;
  }
}

/**
 * Keeps the seat for this tab; with `durable` true also across a closed browser (the
 * facilitator's), with false no longer so (handed over); left as it was when not given.
 */
export function keepSeat(roomId: string, seat: KeptSeat, durable?: boolean): void {
  try {
    sessionStorage.setItem(keyOf(roomId), seat.seatKey);
    sessionStorage.setItem(nameOf(roomId), seat.name);
    if (durable === undefined) return;
    if (durable) {
      localStorage.setItem(keyOf(roomId), seat.seatKey);
      localStorage.setItem(nameOf(roomId), seat.name);
    } else {
      localStorage.removeItem(keyOf(roomId));
      localStorage.removeItem(nameOf(roomId));
    }
  } catch {
    /* storage may be unavailable; the seat then lasts as long as the connection */
  }
}

/** Forgets the seat everywhere (left, removed, or a key the server no longer knows). */
export function forgetSeat(roomId: string): void {
  try {
    for (const store of [sessionStorage, localStorage]) {
      store.removeItem(keyOf(roomId));
      store.removeItem(nameOf(roomId));
    }
  } catch {
    /* ignore */
  }
}

/** The facilitator's private link to their seat: the seat key in the fragment, never in the query. */
export function facilitatorLink(origin: string, roomId: string, seat: KeptSeat): string {
  const fragment = new URLSearchParams({ seat: seat.seatKey, name: seat.name });
  return `${origin}/?room=${encodeURIComponent(roomId)}#${fragment.toString()}`;
}

/**
 * If the address carries a facilitator link's seat, keeps it (durably: it is the facilitator's)
 * and takes the fragment out of the address bar, so it is not left in the history or on a
 * shared screen. Returns whether a seat was taken from the address.
 */
export function adoptLinkedSeat(roomId: string): boolean {
  if (!location.hash) return false;
  const params = new URLSearchParams(location.hash.slice(1));
  if (!params.has("seat")) return false;
  const seatKey = params.get("seat");
  const name = params.get("name")?.trim() ?? "";
  history.replaceState(history.state, "", `${location.pathname}${location.search}`);
  if (!seatKey || !SEAT_KEY.test(seatKey) || !name || name.length > LIMITS.nameMax) return false;
  keepSeat(roomId, { seatKey, name }, true);
  return true;
}
