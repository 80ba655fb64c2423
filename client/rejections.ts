/**
 * Routes each server refusal to the control that caused it: views register an error slot next
 * to their controls for the commands they send (and, if they like, their own plain words for a
 * refusal, by its code); a refusal with no slot on screen falls back to the page's general alert
 * line. Slots clear when their command is sent again.
 */
import type { RejectedMessage } from "../shared/wire.js";

/** A refusal as it arrives, or as the client makes one (nothing sent: no code). */
export type Refusal = Pick<RejectedMessage, "command" | "message"> & Partial<Pick<RejectedMessage, "code">>;

/** A view's own words for a refusal (by its command and code), or null for the server's message. */
export type RefusalWords = (r: Refusal) => string | null;

export class RejectionSlots {
  private slots = new Map<string, HTMLElement>();
  private words = new Map<string, RefusalWords>();
  private timers = new Map<HTMLElement, number>();

  constructor(private fallback: HTMLElement) {}

  /**
   * `el` shows refusals of these commands from now on (the latest registration wins), in
   * `words` when it has some for the refusal.
   */
  register(commands: readonly string[], el: HTMLElement, words?: RefusalWords): void {
    el.classList.add("error-slot");
    el.setAttribute("role", "alert");
    for (const c of commands) {
      this.slots.set(c, el);
      if (words) this.words.set(c, words);
      else this.words.delete(c);
    }
  }

  show(r: Refusal): void {
    const slot = this.slots.get(r.command);
    // The slot itself is hidden while empty; what matters is whether its control is on screen.
    const shown = slot?.parentElement ? slot.parentElement.getClientRects().length > 0 : false;
    const el = slot && shown ? slot : this.fallback;
    el.textContent = this.words.get(r.command)?.(r) ?? sentence(r.message);
    el.dataset.command = r.command;
    el.hidden = false;
    const old = this.timers.get(el);
    if (old) clearTimeout(old);
    this.timers.set(
      el,
      window.setTimeout(() => this.clearSlot(el), 12000),
    );
  }

  /** Clears the slot of `command` (called when the command is sent again). */
  clear(command: string): void {
    const slot = this.slots.get(command);
    if (slot && slot.dataset.command === command) this.clearSlot(slot);
    if (this.fallback.dataset.command === command) this.clearSlot(this.fallback);
  }

  /** Stops the timers that hide shown refusals (the room is being left). */
  destroy(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private clearSlot(el: HTMLElement): void {
    el.textContent = "";
    delete el.dataset.command;
    el.hidden = true;
  }
}

/** Server messages are lower-case phrases; shown alone they read better as a sentence. */
function sentence(message: string): string {
  const m = message.trim();
  if (!m) return m;
  const s = m[0].toUpperCase() + m.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
