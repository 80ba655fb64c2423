/**
 * The door: choose a name, then open a new seminar (its scenario, title, whether it is listed,
 * a passcode, who gives the roles) or join one by code, by invitation link (`/?room=ID`), from
 * this browser's own seminars or from the listed ones; a seminar with a passcode asks for it.
 * Errors at the door are shown in plain words next to the form.
 */
import { ErrorCode } from "colyseus.js";
import { LIMITS } from "../shared/vocabulary.js";
import { joinRefusalOf } from "../shared/wire.js";
import type { RoleClaimingMode } from "../shared/vocabulary.js";
import {
  getSession,
  getSessions,
  listScenarios,
  listSessions,
  type ScenarioSummary,
  type SessionSummary,
} from "./api.js";
import { mySeminarIds, rememberSeminar } from "./my-seminars.js";
import { forgetPasscode, passcodeFor, rememberPasscode } from "./seminar-passcodes.js";
import { clockTime, h, localDate, replaceChildren } from "./dom.js";
import { seminarRemoval } from "./seminar-removal.js";
import { LiveSession, type JoinRequest } from "./live-session.js";
import {
  acceptDrops,
  debriefUrl,
  importLog,
  LOG_FILE_ACCEPT,
  logUrl,
  minutesPageUrl,
  minutesUrl,
  replayUrl,
} from "./replay/log-files.js";
import {
  language,
  LANGUAGES,
  rememberLanguage,
  SCENARIO_LANG,
  t,
  tn,
  type Language,
  type StringKey,
} from "./strings.js";
import emblemUrl from "../assets/emblem.svg";

const NAME_KEY = "sputnik:name";

/**
 * Turns a join/create failure into a sentence for the person at the door, by its code (never by
 * its wording): the server's refusals (shared/wire.ts JoinRefusal) that a person can act on get
 * their own sentence, the rest say in the server's words what was wrong; Colyseus's matchmaker
 * answers one code for a room that does not exist and one that is full, so the list tells which.
 * `sentPasscode`: whether the join carried a passcode (then a passcode refusal means a wrong one).
 */
export async function describeJoinError(err: unknown, code: string, sentPasscode = false): Promise<string> {
  const message = err instanceof Error ? err.message : String(err);
  const status = (err as { code?: number } | null)?.code;
  switch (joinRefusalOf(err)) {
    case "passcode":
      return sentPasscode ? t("start.refused.passcodeWrong") : t("start.refused.passcodeNeeded");
    case "locked":
      return t("start.refused.locked");
    case "removed":
      return t("start.refused.removed");
    case "ended":
      return t("start.refused.ended", { code });
    case "addressLimit":
      return t("start.refused.addressLimit", { message });
    case "invalidOptions":
      return t("start.refused.invalidOptions", { message });
    case "unknownScenario":
      return t("start.refused.unknownScenario");
    case "unavailable":
      return t("start.refused.unavailable");
    case null:
      break;
    default:
      return t("error.joinFailed", { message });
  }
  if (status === ErrorCode.MATCHMAKE_INVALID_ROOM_ID || status === ErrorCode.MATCHMAKE_INVALID_CRITERIA) {
    // After the end the room closes with its last reader: the code still names a record to read.
    const session = await getSession(code);
    if (session?.ended) return t("start.refused.ended", { code });
    return session?.live ? t("error.roomFull") : t("error.unknownCode", { code });
  }
  if (err instanceof TypeError || /failed to fetch|network|ECONNREFUSED/i.test(message) || status === 0)
    return t("error.unreachable");
  return t("error.joinFailed", { message: message || String(status ?? "") });
}

/** The room code from whatever was pasted: a bare code, `?room=ID`, or a full invitation link. */
export function parseRoomCode(input: string): string {
  const s = input.trim();
  const m = /[?&]room=([^&#\s]+)/.exec(s);
  return m ? decodeURIComponent(m[1]) : s;
}

export function renderStartScreen(root: HTMLElement, onEnter: (s: LiveSession) => void): () => void {
  const invited = new URLSearchParams(location.search).get("room");
  // A reload (or a tab opened from the seminar's tab): this tab holds a seat there, so go
  // straight back to it as the same participant. If that fails, the door explains why.
  const seat = invited ? LiveSession.storedSeat(invited) : null;
  if (!invited || !seat) return renderDoor(root, onEnter);
  replaceChildren(
    root,
    h(
      "main",
      { class: "door", id: "resuming", "aria-busy": "true" },
      h("p", { class: "lede", role: "status", text: t("start.resuming", { code: invited }) }),
    ),
  );
  let disposeDoor = () => {};
  LiveSession.open({ kind: "join", name: seat.name, roomId: invited }).then(onEnter, (err: unknown) => {
    void describeJoinError(err, invited).then((sentence) => (disposeDoor = renderDoor(root, onEnter, sentence)));
  });
  return () => disposeDoor();
}

/** This page in `lang`: the same address with `?lang=` set (the other parameters kept). */
function inLanguage(lang: Language): string {
  const params = new URLSearchParams(location.search);
  params.set("lang", lang);
  return `${location.pathname}?${params.toString()}`;
}

/** The door's language switch: each language named in itself; the choice is remembered. */
function languageSwitch(): HTMLElement {
  return h(
    "nav",
    { class: "language-switch", id: "language-switch", "aria-label": t("lang.label") },
    ...LANGUAGES.map(({ code, name }) =>
      h("a", {
        href: inLanguage(code),
        lang: code,
        hreflang: code,
        "aria-current": code === language() ? "true" : undefined,
        "data-lang": code,
        text: name,
        onclick: () => rememberLanguage(code),
      }),
    ),
  );
}

/** The title the server gives a seminar opened without one (server/http/api-routes.ts, defaultTitle). */
function defaultTitle(scenarioTitle: string): string {
  return `${scenarioTitle} · ${new Date().toISOString().slice(0, 10)}`;
}

function renderDoor(root: HTMLElement, onEnter: (s: LiveSession) => void, initialError?: string): () => void {
  const params = new URLSearchParams(location.search);
  const invited = params.get("room");
  let stored = "";
  try {
    stored = localStorage.getItem(NAME_KEY) ?? "";
  } catch {
    /* private mode */
  }

  const nameInput = h("input", {
    id: "name",
    name: "name",
    type: "text",
    autocomplete: "nickname",
    maxlength: LIMITS.nameMax + 10,
    value: stored,
    "aria-describedby": "name-hint start-error",
  });
  const errorBox = h("p", { id: "start-error", class: "error-slot", role: "alert", hidden: true });
  const scenarioSelect = h("select", { id: "scenario", name: "scenario" });
  const titleInput = h("input", {
    id: "title",
    name: "title",
    type: "text",
    autocomplete: "off",
    maxlength: LIMITS.titleMax,
    "aria-describedby": "title-hint",
  });
  const listedBox = h("input", { id: "listed", name: "listed", type: "checkbox", "aria-describedby": "listed-hint" });
  const createPasscode = h("input", {
    id: "create-passcode",
    name: "passcode",
    type: "text",
    autocomplete: "off",
    spellcheck: "false",
    maxlength: LIMITS.passcodeMax,
    "aria-describedby": "create-passcode-hint",
  });
  const claimRadio = (mode: RoleClaimingMode, label: StringKey) =>
    h(
      "label",
      { class: "check" },
      h("input", {
        type: "radio",
        name: "roleClaiming",
        id: `role-claiming-${mode}`,
        value: mode,
        checked: mode === "open",
      }),
      " ",
      t(label),
    );
  const createBtn = h("button", { type: "submit", class: "primary", id: "create" }, t("start.create"));
  const codeInput = h("input", {
    id: "code",
    name: "code",
    type: "text",
    autocomplete: "off",
    spellcheck: "false",
    value: invited ?? "",
    "aria-describedby": "code-hint start-error",
  });
  const joinPasscode = h("input", {
    id: "join-passcode",
    name: "passcode",
    type: "password",
    autocomplete: "off",
    spellcheck: "false",
    maxlength: LIMITS.passcodeMax,
    "aria-describedby": "join-passcode-error",
  });
  const joinPasscodeError = h("p", { id: "join-passcode-error", class: "error-slot", role: "alert", hidden: true });
  const passcodeHint = h("p", { id: "join-passcode-hint", class: "hint", hidden: true });
  const passcodeRow = h(
    "div",
    { class: "passcode-row", id: "join-passcode-row", hidden: true },
    h("label", { for: "join-passcode", text: t("start.passcode") }),
    joinPasscode,
    passcodeHint,
    joinPasscodeError,
  );
  const joinBtn = h("button", { type: "submit", class: invited ? "primary" : "", id: "join" }, t("start.join"));
  const myCard = h("section", {
    class: "door-card live mine",
    id: "my-seminars-card",
    "aria-labelledby": "my-heading",
    hidden: true,
  });
  const myList = h("ul", { class: "live-list", id: "my-seminars" });
  // What became of a Delete or Forget: said once, politely, and kept while the list refreshes.
  const myStatus = h("p", { class: "hint my-status", id: "my-seminars-status", role: "status" });
  const liveList = h("ul", { class: "live-list", id: "live-sessions" });
  const recordList = h("ul", { class: "live-list record-list", id: "recorded-sessions" });
  let scenarios: ScenarioSummary[] = [];

  const showError = (msg: string, focus?: HTMLElement) => {
    errorBox.textContent = msg;
    errorBox.hidden = false;
    focus?.focus();
  };
  const clearError = () => {
    errorBox.textContent = "";
    errorBox.hidden = true;
    joinPasscodeError.textContent = "";
    joinPasscodeError.hidden = true;
    for (const el of [titleInput, createPasscode, joinPasscode]) el.removeAttribute("aria-invalid");
  };
  const invalid = (el: HTMLInputElement, msg: string) => {
    el.setAttribute("aria-invalid", "true");
    showError(msg, el);
  };

  const validName = (): string | null => {
    const name = nameInput.value.trim();
    if (name.length < LIMITS.nameMin) {
      showError(t("error.emptyName"), nameInput);
      nameInput.setAttribute("aria-invalid", "true");
      return null;
    }
    if (name.length > LIMITS.nameMax) {
      showError(t("error.longName", { max: LIMITS.nameMax }), nameInput);
      nameInput.setAttribute("aria-invalid", "true");
      return null;
    }
    nameInput.removeAttribute("aria-invalid");
    return name;
  };

  /** The join was refused for its passcode: the field shows (or says the one given was wrong). */
  const askJoinPasscode = (sentence: string, roomId: string, sent: boolean) => {
    if (sent) forgetPasscode(roomId);
    passcodeRow.hidden = false;
    passcodeHint.hidden = true;
    joinPasscodeError.textContent = sentence;
    joinPasscodeError.hidden = false;
    joinPasscode.setAttribute("aria-invalid", String(sent));
    joinPasscode.select();
    joinPasscode.focus();
  };

  let busy = false;
  const enter = async (req: JoinRequest, button: HTMLButtonElement, busyLabel: string) => {
    if (busy) return;
    busy = true;
    clearError();
    const label = button.textContent;
    button.textContent = busyLabel;
    button.disabled = true;
    try {
      localStorage.setItem(NAME_KEY, req.name);
    } catch {
      /* ignore */
    }
    try {
      const session = await LiveSession.open(req);
      rememberSeminar(session.roomId);
      if (req.passcode) rememberPasscode(session.roomId, req.passcode);
      dispose();
      onEnter(session);
    } catch (err) {
      const roomId = req.kind === "join" ? req.roomId : "";
      const sentence = await describeJoinError(err, roomId, req.passcode !== undefined);
      if (req.kind === "join" && joinRefusalOf(err) === "passcode") askJoinPasscode(sentence, roomId, !!req.passcode);
      else showError(sentence, req.kind === "join" ? codeInput : nameInput);
      button.textContent = label;
      button.disabled = false;
      busy = false;
    }
  };

  const createForm = h(
    "form",
    { class: "door-card create-card", id: "create-form", "aria-labelledby": "create-heading" },
    h("h2", { id: "create-heading", text: t("start.createHeading") }),
    h("label", { for: "scenario", text: t("start.scenario") }),
    scenarioSelect,
    h("label", { for: "title", text: t("start.title") }),
    titleInput,
    h("p", { id: "title-hint", class: "hint", text: t("start.titleHint", { max: LIMITS.titleMax }) }),
    h(
      "fieldset",
      { class: "door-options" },
      h("legend", { text: t("start.rolesLegend") }),
      claimRadio("open", "start.rolesOpen"),
      claimRadio("facilitator", "start.rolesFacilitator"),
    ),
    h("label", { class: "check", for: "listed" }, listedBox, " ", t("start.listed")),
    h("p", { id: "listed-hint", class: "hint", text: t("start.listedHint") }),
    h("label", { for: "create-passcode", text: t("start.passcodeOptional") }),
    createPasscode,
    h("p", {
      id: "create-passcode-hint",
      class: "hint",
      text: t("start.passcodeHint", { min: LIMITS.passcodeMin, max: LIMITS.passcodeMax }),
    }),
    createBtn,
  );
  const refreshTitlePlaceholder = () => {
    const title = scenarios.find((sc) => sc.id === scenarioSelect.value)?.title;
    titleInput.placeholder = title ? defaultTitle(title) : "";
  };
  scenarioSelect.addEventListener("change", refreshTitlePlaceholder);
  createForm.addEventListener("submit", (e) => {
    e.preventDefault();
    clearError();
    const name = validName();
    if (!name) return;
    const title = titleInput.value.trim();
    if (title.length > LIMITS.titleMax)
      return invalid(titleInput, t("start.refused.longTitle", { max: LIMITS.titleMax }));
    const passcode = createPasscode.value.trim();
    if (passcode && (passcode.length < LIMITS.passcodeMin || passcode.length > LIMITS.passcodeMax))
      return invalid(
        createPasscode,
        t("start.refused.passcodeLength", { min: LIMITS.passcodeMin, max: LIMITS.passcodeMax }),
      );
    const mode = createForm.querySelector<HTMLInputElement>("input[name=roleClaiming]:checked")?.value;
    const req: JoinRequest = {
      kind: "create",
      name,
      ...(scenarioSelect.value ? { scenarioId: scenarioSelect.value } : {}),
      ...(title ? { title } : {}),
      ...(listedBox.checked ? { listed: true } : {}),
      ...(passcode ? { passcode } : {}),
      ...(mode === "facilitator" ? { roleClaiming: "facilitator" as const } : {}),
    };
    void enter(req, createBtn, t("start.creating"));
  });

  const joinForm = h(
    "form",
    { class: "door-card", id: "join-form", "aria-labelledby": "join-heading" },
    h("h2", { id: "join-heading", text: t("start.joinHeading") }),
    h("label", { for: "code", text: t("start.code") }),
    codeInput,
    h("p", { id: "code-hint", class: "hint", text: t("start.codeHint") }),
    passcodeRow,
    joinBtn,
  );
  // Another code is another seminar: its passcode, if any, is asked for anew.
  let askedFor = "";
  // Invited to a seminar with a passcode this browser does not know: ask for it at once.
  if (invited && passcodeFor(invited) === null)
    void getSession(invited).then((s) => {
      if (!s?.passcode || !s.live || askedFor) return;
      askedFor = invited;
      passcodeHint.textContent = t("start.invitedPasscode");
      passcodeHint.hidden = false;
      passcodeRow.hidden = false;
    });
  codeInput.addEventListener("input", () => {
    if (parseRoomCode(codeInput.value) === askedFor) return;
    passcodeRow.hidden = true;
    joinPasscode.value = "";
  });
  const joinByCode = (code: string, button: HTMLButtonElement) => {
    const name = validName();
    if (!name) return;
    if (!code) {
      showError(t("error.emptyCode"), codeInput);
      return;
    }
    if (code !== askedFor) {
      passcodeRow.hidden = true;
      joinPasscode.value = "";
    }
    askedFor = code;
    const typed = passcodeRow.hidden ? "" : joinPasscode.value.trim();
    const passcode = typed || passcodeFor(code) || undefined;
    void enter({ kind: "join", name, roomId: code, ...(passcode ? { passcode } : {}) }, button, t("start.joining"));
  };
  joinForm.addEventListener("submit", (e) => {
    e.preventDefault();
    joinByCode(parseRoomCode(codeInput.value), joinBtn);
  });

  const refreshBtn = h("button", { type: "button", class: "quiet", text: t("start.refresh") });
  const exportLinks = (s: SessionSummary) => {
    const id = s.id;
    // Links that download through a passcode (client/passcoded-reads.ts) are marked so.
    const passcoded = s.passcode ? "true" : undefined;
    return [
      h("a", {
        href: logUrl(id),
        download: `seminar-${id}.ndjson`,
        class: "small-link",
        "data-passcode": passcoded,
        "aria-label": t("start.logLabel", { code: id }),
        text: t("export.log"),
      }),
      h("a", {
        href: minutesPageUrl(id),
        target: "_blank",
        rel: "noopener",
        class: "small-link",
        "aria-label": t("start.minutesLabel", { code: id }),
        text: t("export.minutes"),
      }),
      h("a", {
        href: minutesUrl(id),
        download: `minutes-${id}.md`,
        class: "small-link",
        "data-passcode": passcoded,
        "aria-label": t("start.minutesMarkdownLabel", { code: id }),
        text: t("export.minutesMarkdown"),
      }),
      h("a", {
        href: debriefUrl(id),
        class: "small-link",
        "aria-label": t("start.debriefLabel", { code: id }),
        text: t("export.debrief"),
      }),
    ];
  };
  /**
   * One seminar: its title, code, whether it is in session or over, its record and Join or
   * Replay; in "Your seminars" also Delete or Forget, and why a delete was refused.
   */
  const sessionItem = (s: SessionSummary, mine = false) => {
    const meta = s.live
      ? t("start.liveMeta", {
          code: s.id,
          people: tn("start.people", s.participantCount),
          time: clockTime(s.createdAt),
        })
      : t("start.recordMeta", {
          code: s.id,
          status: s.ended ? t("start.ended") : t("start.closed"),
          events: tn("start.events", s.eventCount),
          date: localDate(s.createdAt, true),
        });
    let action: HTMLElement | null = null;
    if (s.live) {
      const btn = h("button", {
        type: "button",
        "aria-label": t("start.liveJoin", { code: s.id }),
        text: t("start.join"),
      });
      btn.addEventListener("click", () => {
        codeInput.value = s.id;
        joinByCode(s.id, btn);
      });
      action = btn;
    } else if (s.eventCount > 0) {
      action = h("a", {
        href: replayUrl(s.id),
        class: "button-link",
        "aria-label": t("start.replayLabel", { code: s.id }),
        text: t("start.replay"),
      });
    }
    return h(
      "li",
      { "data-session": s.id, "data-live": String(s.live), "data-ended": String(s.ended) },
      h(
        "span",
        { class: "live-desc" },
        h("strong", { class: "session-title", text: s.title }),
        s.passcode ? h("span", { class: "badge", text: t("start.passcodeBadge") }) : null,
        h("span", { class: "session-meta", text: meta }),
      ),
      h(
        "span",
        { class: "session-actions" },
        ...(s.eventCount > 0 ? exportLinks(s) : []),
        action,
        mine ? removal.action(s) : null,
      ),
      mine && refusedDeletes.has(s.id)
        ? h("p", { class: "error-slot row-note", role: "alert", text: refusedDeletes.get(s.id) })
        : null,
    );
  };
  let shown: { mine: SessionSummary[]; others: SessionSummary[] } = { mine: [], others: [] };
  const renderLists = (lists: typeof shown) => {
    // A refresh that set out before a Delete or Forget must not bring its row back.
    const remembered = new Set(mySeminarIds());
    shown = { mine: lists.mine.filter((s) => remembered.has(s.id)), others: lists.others };
    const { mine, others } = shown;
    myCard.hidden = mine.length === 0 && !myStatus.textContent;
    replaceChildren(myList, ...mine.map((s) => sessionItem(s, true)));
    const live = others.filter((s) => s.live);
    replaceChildren(
      liveList,
      ...(live.length ? live.map((s) => sessionItem(s)) : [h("li", { class: "empty", text: t("start.liveNone") })]),
    );
    replaceChildren(
      recordList,
      ...others
        .filter((s) => !s.live && s.eventCount > 0)
        .slice(0, 20)
        .map((s) => sessionItem(s)),
    );
  };

  // A recorded session from a file: played here, or imported to the server.
  const recordError = h("p", { class: "error-slot", id: "record-error", role: "alert", hidden: true });
  const openFile = (file: File) => {
    dispose();
    void import("./replay/replay-page.js").then((m) => m.showReplayFromFile(root, file));
  };
  const openInput = h("input", {
    type: "file",
    id: "open-log-file",
    accept: LOG_FILE_ACCEPT,
    class: "sr-only",
    tabindex: -1,
    "aria-hidden": "true",
  });
  const openBtn = h("button", { type: "button", class: "primary", id: "open-log", text: t("start.openFile") });
  openBtn.addEventListener("click", () => openInput.click());
  openInput.addEventListener("change", () => {
    const f = openInput.files?.[0];
    openInput.value = "";
    if (f) openFile(f);
  });
  const importInput = h("input", {
    type: "file",
    id: "import-log-file",
    accept: LOG_FILE_ACCEPT,
    class: "sr-only",
    tabindex: -1,
    "aria-hidden": "true",
  });
  const importBtn = h("button", { type: "button", id: "import-log", text: t("start.importFile") });
  importBtn.addEventListener("click", () => importInput.click());
  importInput.addEventListener("change", async () => {
    const f = importInput.files?.[0];
    importInput.value = "";
    if (!f) return;
    recordError.hidden = true;
    importBtn.disabled = true;
    importBtn.textContent = t("start.importing");
    const r = await importLog(f);
    if (r.ok) {
      rememberSeminar(r.id);
      dispose();
      location.assign(replayUrl(r.id));
      return;
    }
    recordError.textContent = r.message;
    recordError.hidden = false;
    importBtn.disabled = false;
    importBtn.textContent = t("start.importFile");
  });
  const recordCard = h(
    "section",
    { class: "door-card live recordings drop-zone", id: "recordings", "aria-labelledby": "record-heading" },
    h("h2", { id: "record-heading", text: t("start.recordingsHeading") }),
    h("p", { class: "hint", text: t("start.recordingsLede") }),
    recordList,
    h(
      "div",
      { class: "record-actions" },
      h("div", {}, openBtn, openInput, h("p", { class: "hint", text: t("start.openFileHint") })),
      h("div", {}, importBtn, importInput, h("p", { class: "hint", text: t("start.importHint") })),
    ),
    h("p", { class: "drop-hint", "aria-hidden": "true", text: t("start.dropHere") }),
    recordError,
  );
  acceptDrops(recordCard, openFile);
  /**
   * This browser's seminars (opened, joined or imported: unlisted ones too), newest first, and
   * the listed ones of others.
   */
  const allSessions = async (): Promise<{ mine: SessionSummary[]; others: SessionSummary[] }> => {
    const listed = await listSessions();
    const byId = new Map(listed.map((s) => [s.id, s]));
    const ids = mySeminarIds();
    // The unlisted ones (and any the list's page left out) in one request, not one each.
    const asked = await getSessions(ids.filter((id) => !byId.has(id)));
    const mine = [...ids.flatMap((id) => byId.get(id) ?? []), ...asked];
    const myIds = new Set(ids);
    return {
      mine: mine.sort((a, b) => b.createdAt - a.createdAt),
      others: listed.filter((s) => !myIds.has(s.id)),
    };
  };
  const refresh = () => {
    allSessions()
      .then(renderLists)
      .catch(() => replaceChildren(liveList, h("li", { class: "empty", text: t("error.unreachable") })));
  };
  refreshBtn.addEventListener("click", refresh);
  const refusedDeletes = new Map<string, string>();
  const removal = seminarRemoval({
    started(id) {
      refusedDeletes.delete(id);
      myStatus.textContent = "";
      renderLists(shown);
    },
    gone(id, said) {
      refusedDeletes.delete(id);
      myStatus.textContent = said;
      renderLists({ mine: shown.mine.filter((s) => s.id !== id), others: shown.others });
      myHeading.focus();
    },
    refused(id, reason) {
      refusedDeletes.set(id, reason);
      renderLists(shown);
    },
  });
  const myHeading = h("h2", { id: "my-heading", tabindex: -1, text: t("start.mineHeading") });
  replaceChildren(myCard, myHeading, h("p", { class: "hint", text: t("start.mineLede") }), myStatus, myList);

  const screen = h(
    "main",
    { class: "door", id: "start-screen" },
    h(
      "header",
      { class: "door-head" },
      h("img", { src: emblemUrl, alt: "", width: 72, height: 72, class: "emblem" }),
      h("div", {}, h("h1", { text: t("start.heading") }), h("p", { class: "subtitle", text: t("app.subtitle") })),
      languageSwitch(),
    ),
    language() === SCENARIO_LANG
      ? null
      : h("p", { class: "hint scenario-language", id: "scenario-language", text: t("lang.scenarioEnglish") }),
    h("p", { class: "lede", text: t("start.lede") }),
    invited ? h("p", { class: "invite", text: t("start.invited", { code: invited }) }) : null,
    h(
      "div",
      { class: "door-name" },
      h("label", { for: "name", text: t("start.name") }),
      nameInput,
      h("p", { id: "name-hint", class: "hint", text: t("start.nameHint", { max: LIMITS.nameMax }) }),
      errorBox,
    ),
    h("div", { class: "door-forms" }, invited ? joinForm : createForm, invited ? createForm : joinForm),
    myCard,
    h(
      "section",
      { class: "door-card live", "aria-labelledby": "live-heading" },
      h("div", { class: "live-head" }, h("h2", { id: "live-heading", text: t("start.liveHeading") }), refreshBtn),
      h("p", { class: "hint", text: t("start.liveLede") }),
      liveList,
    ),
    recordCard,
    removal.dialog,
  );
  replaceChildren(root, screen);
  document.title = t("app.title");
  (invited || !stored ? nameInput : createBtn).focus();
  if (invited && stored) joinBtn.focus();
  if (initialError) showError(initialError);

  listScenarios()
    .then((list) => {
      scenarios = list;
      if (list.length === 0) showError(t("start.noScenarios"));
      replaceChildren(
        scenarioSelect,
        ...list.map((s) => h("option", { value: s.id, lang: SCENARIO_LANG, text: s.title })),
      );
      refreshTitlePlaceholder();
      refresh();
    })
    .catch(() => {
      showError(t("error.unreachable"));
      refresh();
    });
  const timer = window.setInterval(refresh, 10000);
  function dispose() {
    clearInterval(timer);
  }
  return dispose;
}
