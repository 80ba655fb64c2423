/**
 * Taking a seminar off "Your seminars" at the door. One this browser keeps the facilitator's
 * seat key for, once it has ended and closed, can be deleted from the server for good, after a
 * question that says what goes and offers its log first; any other can be forgotten by this browser only
 * (nothing on the server changes). Either way this browser then forgets all it kept for it: the
 * entry in its list, the seat key, the passcode. A refused delete changes nothing here.
 */
import { deleteSession, type Deletion, type SessionSummary } from "./api.js";
import { h } from "./dom.js";
import { facilitatorSeatKey, forgetSeat } from "./kept-seats.js";
import { forgetSeminar } from "./my-seminars.js";
import { confirmDialog } from "./panels/confirm-dialog.js";
import { logUrl } from "./replay/log-files.js";
import { forgetPasscode } from "./seminar-passcodes.js";
import { t } from "./strings.js";
import "./seminar-removal.css";

export interface RemovalHooks {
  /** The seminar left this browser's list; `said` tells the person so. */
  gone(id: string, said: string): void;
  /** The server kept it; `reason` says why, and the row stays. */
  refused(id: string, reason: string): void;
  /** A delete started: the list draws its row again, its Delete now busy. */
  started(id: string): void;
}

export interface SeminarRemoval {
  /** The question asked before a delete; it belongs in the page. */
  readonly dialog: HTMLDialogElement;
  /** Delete or Forget for the row of `s`, or null (a live seminar this browser facilitates). */
  action(s: SessionSummary): HTMLButtonElement | null;
}

function forgetHere(id: string): void {
  forgetSeminar(id);
  forgetSeat(id);
  forgetPasscode(id);
}

/** The refusal in plain words, by its code (never by the server's wording). */
function refusal(r: Extract<Deletion, { ok: false }>): string {
  if (r.status === 0) return t("mine.refused.unreachable");
  if (r.code === "FORBIDDEN") return t("mine.refused.forbidden");
  if (r.code === "CONFLICT") return t("mine.refused.live");
  return t("mine.refused.other", { message: r.message });
}

export function seminarRemoval(hooks: RemovalHooks): SeminarRemoval {
  const confirm = confirmDialog("delete-confirm");
  const deleting = new Set<string>();

  const remove = async (s: SessionSummary, askedWith: string) => {
    // The key as kept now, when another tab changed it since the question; the one asked with
    // when another tab has forgotten it (having deleted the seminar, say): the server tells.
    const seatKey = facilitatorSeatKey(s.id) ?? askedWith;
    deleting.add(s.id);
    hooks.started(s.id);
    const r = await deleteSession(s.id, seatKey);
    deleting.delete(s.id);
    // Not found: deleted already (from another device, or by retention); gone either way.
    if (r.ok || r.status === 404) {
      forgetHere(s.id);
      hooks.gone(s.id, t(r.ok ? "mine.deleted" : "mine.alreadyGone", { title: s.title }));
    } else hooks.refused(s.id, refusal(r));
  };

  const askDelete = (s: SessionSummary, seatKey: string) => {
    const detail = h(
      "p",
      {},
      t("mine.deleteKeepCopy"),
      " ",
      h("a", {
        href: logUrl(s.id),
        download: `seminar-${s.id}.ndjson`,
        id: "delete-confirm-log",
        // Downloads through the kept seat key when the seminar has a passcode (passcoded-reads.ts).
        "data-passcode": s.passcode ? "true" : undefined,
        text: t("mine.deleteLog"),
      }),
    );
    confirm.ask(
      {
        heading: t("mine.deleteHeading", { title: s.title }),
        body: t("mine.deleteBody", { code: s.id }),
        yes: t("mine.deleteYes"),
        detail,
      },
      () => void remove(s, seatKey),
    );
  };

  return {
    dialog: confirm.dialog,
    action(s) {
      const seatKey = facilitatorSeatKey(s.id);
      if (seatKey !== null) {
        // The server deletes only a seminar that has ended and closed (409 otherwise): a live one
        // is running or still open after its end; one not ended is restored when its server starts.
        if (s.live || !s.ended) return null;
        const busy = deleting.has(s.id);
        const button = h("button", {
          type: "button",
          class: "danger-quiet",
          "data-action": "delete",
          disabled: busy,
          "aria-label": t("mine.deleteLabel", { title: s.title, code: s.id }),
          text: t(busy ? "mine.deleting" : "mine.delete"),
        });
        button.addEventListener("click", () => askDelete(s, facilitatorSeatKey(s.id) ?? seatKey));
        return button;
      }
      const button = h("button", {
        type: "button",
        class: "quiet",
        "data-action": "forget",
        "aria-label": t("mine.forgetLabel", { title: s.title, code: s.id }),
        text: t("mine.forget"),
      });
      button.addEventListener("click", () => {
        forgetHere(s.id);
        hooks.gone(s.id, t("mine.forgotten", { title: s.title, code: s.id }));
      });
      return button;
    },
  };
}
