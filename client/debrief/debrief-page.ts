/**
 * The debrief page: `/debrief/ID` (the server's debrief of one of its sessions, objectives
 * included after the end) and `/debrief/` (a local log file, debriefed in this browser with the
 * same shared `computeDebrief`). Charts of floor time, the balance, every participant's figures,
 * votes with each role's choice, speeches linking to the replay at their moment, objectives, and
 * a CSV link; printable as it stands.
 */
import { computeDebrief, type Debrief } from "../../shared/debrief/debrief.js";
import { readLocalLog } from "../replay/local-log.js";
import type { PublicScenario } from "../../shared/scenario.js";
import { getScenario } from "../api.js";
import { isPasscodeRefusal, readSeminar } from "../passcoded-reads.js";
import { clockTime, h, minutesSeconds, replaceChildren } from "../dom.js";
import { debriefCsvUrl, LOG_FILE_ACCEPT, replayUrl } from "../replay/log-files.js";
import { t, tn } from "../strings.js";
import "./debrief.css";

const NO_ROLE_COLOR = "#8a8f98";

let removeCharts: (() => void) | null = null;

function homeLink(): HTMLAnchorElement {
  return h("a", { href: "/", class: "button-link quiet", text: t("replay.backToStart") });
}

function showMessage(root: HTMLElement, message: string): void {
  replaceChildren(
    root,
    h(
      "main",
      { class: "door", id: "debrief-error-page" },
      h("h1", { text: t("debrief.title") }),
      h("p", { class: "error-slot", role: "alert", id: "debrief-error", text: message }),
      h("p", {}, homeLink()),
    ),
  );
  root.removeAttribute("aria-busy");
}

/** `/debrief/ID`: the server computes it (and knows the roles' objectives). */
export async function showDebriefFromServer(root: HTMLElement, id: string): Promise<void> {
  replaceChildren(root, h("main", { class: "door" }, h("p", { class: "loading", text: t("debrief.loading") })));
  let res: Response;
  try {
    res = await readSeminar(id, `/api/sessions/${encodeURIComponent(id)}/debrief`, {
      headers: { accept: "application/json" },
    });
  } catch (err) {
    return showMessage(root, t("debrief.loadFailed", { message: String(err) }));
  }
  if (res.status === 404) return showMessage(root, t("debrief.notFound", { id }));
  if (await isPasscodeRefusal(res))
    return showMessage(root, t("debrief.loadFailed", { message: t("passcode.needed") }));
  if (!res.ok) return showMessage(root, t("debrief.loadFailed", { message: `HTTP ${res.status}` }));
  const debrief = (await res.json()) as Debrief & { scenarioId: string };
  const scenario = await getScenario(debrief.scenarioId).catch(() => null);
  await render(root, debrief, scenario, { sessionId: id, subtitle: t("debrief.session", { id }) });
}

/** A local log file, debriefed in this browser. */
export async function showDebriefFromFile(root: HTMLElement, file: File): Promise<void> {
  const log = await readLocalLog(file);
  if (!log.ok) return showMessage(root, log.detail ? `${log.message} ${log.detail}` : log.message);
  const scenario = await getScenario(log.header.scenarioId).catch(() => null);
  const debrief = computeDebrief(log.events, scenario ?? undefined);
  await render(root, debrief, scenario, { sessionId: null, subtitle: t("debrief.localFile", { name: file.name }) });
}

/** `/debrief/` with no id: choose a log file. */
export function showDebriefPicker(root: HTMLElement): void {
  const input = h("input", { type: "file", id: "debrief-file", accept: LOG_FILE_ACCEPT, class: "sr-only" });
  const button = h("button", { type: "button", class: "primary", text: t("debrief.openFile") });
  button.addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    const f = input.files?.[0];
    if (f) void showDebriefFromFile(root, f);
  });
  replaceChildren(
    root,
    h(
      "main",
      { class: "door", id: "debrief-picker" },
      h("h1", { text: t("debrief.pickHeading") }),
      h("p", { text: t("debrief.pickLede") }),
      h("p", { class: "door-actions" }, button, input, homeLink()),
    ),
  );
  root.removeAttribute("aria-busy");
  document.title = t("debrief.title");
}

interface Source {
  /** The session on this server, or null for a local file (no replay links, no CSV). */
  sessionId: string | null;
  subtitle: string;
}

async function render(root: HTMLElement, d: Debrief, scenario: PublicScenario | null, src: Source): Promise<void> {
  removeCharts?.();
  removeCharts = null;
  const title = scenario?.title ?? t("debrief.title");
  const people = new Map(d.participants.map((p) => [p.id, p]));
  const roles = new Map((scenario?.roles ?? []).map((r) => [r.id, r]));
  const factions = new Map((scenario?.factions ?? []).map((f) => [f.id, f]));
  const resolutions = new Map((scenario?.resolutions ?? []).map((r) => [r.id, r]));
  const cards = new Map((scenario?.cards ?? []).map((c) => [c.id, c]));
  const prompts = new Map((scenario?.prompts ?? []).map((p) => [p.id, p]));
  const personName = (id: string) => people.get(id)?.name ?? id;
  const roleName = (id: string | null) => (id === null ? t("debrief.noRole") : (roles.get(id)?.name ?? id));
  const factionName = (id: string | null) => (id === null ? t("debrief.noRole") : (factions.get(id)?.name ?? id));
  const factionColor = (id: string | null) =>
    id === null ? NO_ROLE_COLOR : (factions.get(id)?.color ?? NO_ROLE_COLOR);
  const start = d.startedAt ?? 0;
  const at = (ms: number) => minutesSeconds((ms - start) / 1000);
  /** A link to the replay at `seq` (a session on this server), else the text alone. */
  const moment = (seq: number, text: string) =>
    src.sessionId === null
      ? h("span", { text })
      : h("a", { href: replayUrl(src.sessionId, seq), class: "replay-link", "data-seq": seq, text });
  const totalFloor = d.participants.reduce((sum, p) => sum + p.floorSeconds, 0);

  const actions = h(
    "p",
    { class: "debrief-actions no-print" },
    src.sessionId === null
      ? null
      : h("a", { href: debriefCsvUrl(src.sessionId), id: "debrief-csv", class: "button-link", text: t("debrief.csv") }),
    src.sessionId === null
      ? null
      : h("a", { href: replayUrl(src.sessionId), class: "button-link quiet", text: t("debrief.replay") }),
    h("button", { type: "button", id: "debrief-print", text: t("debrief.print"), onclick: () => window.print() }),
    homeLink(),
  );

  const canvas = (id: string, label: string) => h("canvas", { id, role: "img", "aria-label": label });
  const chartBox = (id: string, label: string, rows = 0) =>
    h(
      "figure",
      { class: "debrief-chart", style: rows ? `height:${Math.max(160, rows * 26 + 60)}px` : "" },
      h("figcaption", { text: label }),
      h("div", { class: "chart-area" }, canvas(id, label)),
    );
  const charts = h(
    "section",
    { class: "debrief-charts", id: "debrief-charts" },
    chartBox("chart-factions", t("debrief.floorByFaction"), d.factions.length),
    chartBox("chart-participants", t("debrief.floorByParticipant"), d.participants.length),
    chartBox("chart-strip", t("debrief.floorStrip"), new Set(d.turns.map((x) => x.holder)).size),
  );

  const share = `${Math.round(d.balance.topFifthShare * 100)}%`;
  const balance = h(
    "section",
    { class: "debrief-section", id: "debrief-balance" },
    h("h2", { text: t("debrief.balance") }),
    h(
      "p",
      {},
      d.balance.speakers === 0
        ? t("debrief.noSpeakers")
        : t("debrief.topFifth", { names: d.balance.topFifth.map(personName).join(", "), share }),
    ),
    h(
      "p",
      { id: "debrief-never-spoke" },
      d.balance.neverSpoke.length === 0
        ? t("debrief.everyoneSpoke")
        : t("debrief.neverSpoke", { names: d.balance.neverSpoke.map(personName).join(", ") }),
    ),
  );

  const cell = (text: string | number) => h("td", { text: String(text) });
  const table = h(
    "section",
    { class: "debrief-section", id: "debrief-participants" },
    h("h2", { text: t("debrief.participants") }),
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "debrief-table" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            ...(
              [
                "debrief.col.name",
                "debrief.col.roles",
                "debrief.col.faction",
                "debrief.col.speeches",
                "debrief.col.floor",
                "debrief.col.words",
                "debrief.col.hands",
                "debrief.col.posts",
                "debrief.col.reactions",
                "debrief.col.votes",
              ] as const
            ).map((k) => h("th", { scope: "col", text: t(k) })),
          ),
        ),
        h(
          "tbody",
          {},
          ...d.participants.map((p) =>
            h(
              "tr",
              { "data-participant": p.id },
              h("th", { scope: "row", text: p.name }),
              cell(p.roles.map((r) => roleName(r)).join(", ")),
              cell(p.factionId === null ? "" : factionName(p.factionId)),
              cell(p.speeches),
              cell(
                `${minutesSeconds(p.floorSeconds)} (${totalFloor > 0 ? Math.round((p.floorSeconds / totalFloor) * 100) : 0}%)`,
              ),
              cell(p.words),
              cell(`${p.hands.point} / ${p.hands.reply} / ${p.hands.question} / ${p.hands.order}`),
              cell(`${p.posts} / ${p.replies}`),
              cell(`${p.reactionsGiven} / ${p.reactionsReceived}`),
              cell(p.votesCast),
            ),
          ),
        ),
      ),
    ),
  );

  const promptList = h(
    "section",
    { class: "debrief-section", id: "debrief-prompts" },
    h("h2", { text: t("debrief.prompts") }),
    h(
      "ul",
      {},
      ...d.prompts
        .filter((p) => p.secondsOpen > 0 || p.posts > 0 || p.speeches > 0)
        .map((p) =>
          h(
            "li",
            {},
            h("strong", { text: prompts.get(p.promptId)?.question ?? p.question }),
            " ",
            t("debrief.promptLine", {
              time: minutesSeconds(p.secondsOpen),
              speeches: p.speeches,
              posts: p.posts,
              votes: p.votes.length,
            }),
          ),
        ),
    ),
  );

  const votes = h(
    "section",
    { class: "debrief-section", id: "debrief-votes" },
    h("h2", { text: t("debrief.votes") }),
    d.votes.length === 0
      ? h("p", { text: t("debrief.noVotes") })
      : h(
          "ol",
          { class: "debrief-votes" },
          ...d.votes.map((v) =>
            h(
              "li",
              {
                "data-vote": v.voteId,
                class: `vote-${v.carried === null ? "open" : v.carried ? "carried" : "defeated"}`,
              },
              h("p", { class: "vote-text" }, moment(v.seq, v.text)),
              h(
                "p",
                { class: "vote-result" },
                h("strong", {
                  text: t(
                    v.carried === null
                      ? "debrief.voteResult.open"
                      : v.carried
                        ? "debrief.voteResult.carried"
                        : "debrief.voteResult.defeated",
                  ),
                }),
                " · ",
                t("debrief.tally", { for: v.for, against: v.against, abstain: v.abstain }),
              ),
              h(
                "ul",
                { class: "ballots" },
                ...v.ballots.map((b) =>
                  h("li", {
                    text: t("debrief.ballot", {
                      role: roleName(b.roleId),
                      name: personName(b.participantId),
                      choice: t(`debrief.choice.${b.choice}`),
                    }),
                  }),
                ),
              ),
            ),
          ),
        ),
  );

  const cardList =
    d.cards.length === 0
      ? null
      : h(
          "section",
          { class: "debrief-section", id: "debrief-cards" },
          h("h2", { text: t("debrief.cards") }),
          h(
            "ul",
            {},
            ...d.cards.map((c) =>
              h("li", {}, moment(c.seq, `${at(c.at)} · ${cards.get(c.cardId)?.title ?? c.cardId}`)),
            ),
          ),
        );

  const objectives = h(
    "section",
    { class: "debrief-section", id: "debrief-objectives" },
    h("h2", { text: t("debrief.objectives") }),
    d.objectives === null
      ? h("p", { text: t("debrief.objectivesLater") })
      : src.sessionId === null
        ? h("p", { text: t("debrief.objectivesLocal") })
        : d.objectives.length === 0
          ? h("p", { text: t("debrief.objectivesNone") })
          : h(
              "ul",
              {},
              ...d.objectives.map((o) =>
                h(
                  "li",
                  { class: o.met ? "objective-met" : "objective-missed" },
                  h("strong", { text: o.met ? t("debrief.met") : t("debrief.notMet") }),
                  " ",
                  t("debrief.objective", {
                    role: roleName(o.roleId),
                    resolution: resolutions.get(o.resolutionId)?.text ?? o.resolutionId,
                    wants: t(`debrief.wants.${o.wants}`),
                    outcome: t(`debrief.outcome.${o.outcome}`),
                  }),
                ),
              ),
            ),
  );

  const speeches = h(
    "section",
    { class: "debrief-section", id: "debrief-speeches" },
    h("h2", { text: t("debrief.speeches") }),
    d.speeches.length === 0
      ? h("p", { text: t("debrief.noSpeeches") })
      : h(
          "ol",
          {},
          ...d.speeches.map((sp) =>
            h(
              "li",
              { "data-seq": sp.seq },
              moment(
                sp.seq,
                t("debrief.speechLine", {
                  time: at(sp.at),
                  name: personName(sp.speaker),
                  role: roleName(sp.roleId),
                  words: sp.words,
                }),
              ),
            ),
          ),
        ),
  );

  const chartsError = h("p", { class: "error-slot", role: "alert", hidden: true });
  const state = d.endedAt === null ? t("debrief.running") : t("debrief.ended", { time: clockTime(d.endedAt) });
  replaceChildren(
    root,
    h(
      "main",
      { class: "debrief", id: "debrief" },
      h(
        "header",
        { class: "debrief-head" },
        h("h1", { text: t("debrief.heading", { title }) }),
        h("p", { class: "subtitle", text: src.subtitle }),
        h("p", {
          class: "debrief-summary",
          text: t("debrief.summary", {
            people: tn("debrief.people", d.participants.length),
            speeches: tn("debrief.speechCount", d.speeches.length),
            minutes: minutesSeconds(totalFloor),
            state,
          }),
        }),
        actions,
      ),
      chartsError,
      charts,
      balance,
      votes,
      objectives,
      cardList,
      table,
      promptList,
      speeches,
    ),
  );
  root.removeAttribute("aria-busy");
  document.title = t("debrief.docTitle", { title });
  try {
    const { drawDebriefCharts } = await import("./debrief-charts.js");
    removeCharts = await drawDebriefCharts(
      {
        factions: charts.querySelector<HTMLCanvasElement>("#chart-factions")!,
        participants: charts.querySelector<HTMLCanvasElement>("#chart-participants")!,
        strip: charts.querySelector<HTMLCanvasElement>("#chart-strip")!,
      },
      {
        debrief: d,
        personName,
        factionName,
        factionColor,
        labels: { seconds: t("debrief.seconds"), minutesAxis: t("debrief.minutesAxis") },
      },
    );
    charts.dataset.drawn = "true";
  } catch (err) {
    chartsError.textContent = t("debrief.chartsFailed", { message: String(err) });
    chartsError.hidden = false;
  }
}
