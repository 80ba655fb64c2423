/**
 * The door: choose a name, then open a new seminar (picking the scenario) or join one by code,
 * by invitation link (`/?room=ID`) or from the list of seminars in session. Errors at the door
 * are shown in plain words next to the form.
 */
import { ErrorCode } from "colyseus.js";
import { LIMITS } from "../shared/vocabulary.js";
import { joinRefusalOf } from "../shared/wire.js";
import { listScenarios, listSessions, type ScenarioSummary, type SessionSummary } from "./api.js";
import { clockTime, h, localDate, replaceChildren } from "./dom.js";
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
import { language, LANGUAGES, rememberLanguage, SCENARIO_LANG, t, tn, type Language } from "./strings.js";
import emblemUrl from "../assets/emblem.svg";

const NAME_KEY = "sputnik:name";

/**
 * Turns a join/create failure into a sentence for the person at the door, by its code: the
 * server's own refusals (shared/wire.ts JoinRefusal) say in their message what was wrong;
 * Colyseus's matchmaker answers one code for a room that does not exist and one that is full
 * (locked), so the list of live seminars tells which.
 */
export async function describeJoinError(err: unknown, code: string): Promise<string> {
  const message = err instanceof Error ? err.message : String(err);
  const status = (err as { code?: number } | null)?.code;
  if (joinRefusalOf(err) !== null) return t("error.joinFailed", { message });
  if (status === ErrorCode.MATCHMAKE_INVALID_ROOM_ID || status === ErrorCode.MATCHMAKE_INVALID_CRITERIA) {
    const live = await listSessions().then(
      (sessions) => sessions.some((s) => s.id === code && s.live),
      () => false,
    );
    return live ? t("error.roomFull") : t("error.unknownCode", { code });
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
  const joinBtn = h("button", { type: "submit", class: invited ? "primary" : "", id: "join" }, t("start.join"));
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
      dispose();
      onEnter(session);
    } catch (err) {
      showError(
        await describeJoinError(err, req.kind === "join" ? req.roomId : ""),
        req.kind === "join" ? codeInput : nameInput,
      );
      button.textContent = label;
      button.disabled = false;
      busy = false;
    }
  };

  const createForm = h(
    "form",
    { class: "door-card", "aria-labelledby": "create-heading" },
    h("h2", { id: "create-heading", text: t("start.createHeading") }),
    h("label", { for: "scenario", text: t("start.scenario") }),
    scenarioSelect,
    createBtn,
  );
  createForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const name = validName();
    if (!name) return;
    const scenarioId = scenarioSelect.value || undefined;
    void enter({ kind: "create", name, scenarioId }, createBtn, t("start.creating"));
  });

  const joinForm = h(
    "form",
    { class: "door-card", "aria-labelledby": "join-heading" },
    h("h2", { id: "join-heading", text: t("start.joinHeading") }),
    h("label", { for: "code", text: t("start.code") }),
    codeInput,
    h("p", { id: "code-hint", class: "hint", text: t("start.codeHint") }),
    joinBtn,
  );
  const joinByCode = (code: string, button: HTMLButtonElement) => {
    const name = validName();
    if (!name) return;
    if (!code) {
      showError(t("error.emptyCode"), codeInput);
      return;
    }
    void enter({ kind: "join", name, roomId: code }, button, t("start.joining"));
  };
  joinForm.addEventListener("submit", (e) => {
    e.preventDefault();
    joinByCode(parseRoomCode(codeInput.value), joinBtn);
  });

  const refreshBtn = h("button", { type: "button", class: "quiet", text: t("start.refresh") });
  const renderSessions = (sessions: SessionSummary[]) => {
    const live = sessions.filter((s) => s.live);
    if (live.length === 0) {
      replaceChildren(liveList, h("li", { class: "empty", text: t("start.liveNone") }));
      return;
    }
    replaceChildren(
      liveList,
      ...live.map((s) => {
        const title = scenarios.find((sc) => sc.id === s.scenarioId)?.title ?? s.scenarioId;
        const people = tn("start.people", s.participantCount);
        const btn = h("button", {
          type: "button",
          "aria-label": t("start.liveJoin", { code: s.id }),
          text: t("start.join"),
        });
        btn.addEventListener("click", () => {
          codeInput.value = s.id;
          joinByCode(s.id, btn);
        });
        return h(
          "li",
          {},
          h("span", {
            class: "live-desc",
            text: t("start.liveItem", { code: s.id, scenario: title, people, time: clockTime(s.createdAt) }),
          }),
          h("span", { class: "session-actions" }, ...exportLinks(s.id), btn),
        );
      }),
    );
  };
  const exportLinks = (id: string) => [
    h("a", {
      href: logUrl(id),
      download: `seminar-${id}.ndjson`,
      class: "small-link",
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
  /** Ended seminars (and imported logs), newest first, each with Replay, its log and its minutes. */
  const renderRecorded = (sessions: SessionSummary[]) => {
    const ended = sessions.filter((s) => !s.live && s.eventCount > 0).slice(0, 20);
    if (ended.length === 0) {
      replaceChildren(recordList);
      return;
    }
    replaceChildren(
      recordList,
      ...ended.map((s) => {
        const title = scenarios.find((sc) => sc.id === s.scenarioId)?.title ?? s.scenarioId;
        return h(
          "li",
          { "data-session": s.id },
          h("span", {
            class: "live-desc",
            text: t("start.liveItemEnded", {
              code: s.id,
              scenario: title,
              events: tn("start.events", s.eventCount),
              date: localDate(s.createdAt, true),
            }),
          }),
          h(
            "span",
            { class: "session-actions" },
            ...exportLinks(s.id),
            h("a", {
              href: replayUrl(s.id),
              class: "button-link",
              "aria-label": t("start.replayLabel", { code: s.id }),
              text: t("start.replay"),
            }),
          ),
        );
      }),
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
  const refresh = () => {
    listSessions()
      .then((list) => {
        renderSessions(list);
        renderRecorded(list);
      })
      .catch(() => replaceChildren(liveList, h("li", { class: "empty", text: t("error.unreachable") })));
  };
  refreshBtn.addEventListener("click", refresh);

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
    h(
      "section",
      { class: "door-card live", "aria-labelledby": "live-heading" },
      h("div", { class: "live-head" }, h("h2", { id: "live-heading", text: t("start.liveHeading") }), refreshBtn),
      liveList,
    ),
    recordCard,
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
