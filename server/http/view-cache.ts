/**
 * Derived views of a log (its state, its minutes) by (session, seq): a log never changes below a
 * seq it has reached, so a view computed once is right forever. Requests for a view being
 * computed share that computation; the least recently used views are dropped past a size budget.
 * Views are kept as the bytes to send, so a hit costs the event loop nothing but the write.
 */
import type { Response } from "express";

/** Sends view bytes as they are: no ETag hash or string conversion of a 30 MB body on the event loop. */
export function sendView(res: Response, type: string, bytes: Uint8Array): void {
  res.setHeader("Content-Type", type);
  res.setHeader("Content-Length", String(bytes.byteLength));
  res.end(bytes);
}
export class ViewCache {
  private views = new Map<string, { bytes: Promise<Uint8Array>; size: number }>();
  private total = 0;

  constructor(
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly maxEntries = 256,
  ) {}

  /** The view under `key`, computing it with `compute` if it is neither cached nor in progress. */
  get(key: string, compute: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const hit = this.views.get(key);
    if (hit) {
      this.views.delete(key);
      this.views.set(key, hit);
      return hit.bytes;
    }
    const entry = { bytes: compute(), size: 0 };
    this.views.set(key, entry);
    entry.bytes.then(
      (bytes) => {
        if (this.views.get(key) !== entry) return;
        entry.size = bytes.byteLength;
        this.total += entry.size;
        this.trim();
      },
      () => {
        // A failure is not remembered: the next request tries again.
        if (this.views.get(key) === entry) this.views.delete(key);
      },
    );
    return entry.bytes;
  }

  private trim(): void {
    for (const [key, entry] of this.views) {
      if (this.total <= this.maxBytes && this.views.size <= this.maxEntries) return;
      if (entry.size === 0) continue; // still computing
      this.views.delete(key);
      this.total -= entry.size;
    }
  }
}
