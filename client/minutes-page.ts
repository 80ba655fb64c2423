/**
 * `/minutes/ID`: the minutes of a session as a readable page to print or save, rendered from the
 * shared minutes record (shared/replay/minutes-record.ts, the fold the Markdown minutes render
 * too), with times in the reader's own time zone and language. The log parser loads only when
 * this page is opened (the minutes fold is in the room's bundle already: its panels use it). Participants' words are only ever text nodes.
 */
import { html, render } from "lit-html";
import type { MinutesEntry, MinutesPost, MinutesRecord, MinutesSpeech } from "../shared/replay/minutes-record.js";
import { minutesRecord } from "../shared/replay/minutes-record.js";
import { getScenario } from "./api.js";
import { h, localDate, replaceChildren } from "./dom.js";
import { cardItem, roleLabel, voteItem } from "./panels/procedure-items.js";
import { fetchLog, minutesUrl, replayUrl } from "./replay/log-files.js";
import { locale, SCENARIO_LANG, t, tn } from "./strings.js";

/** "14:03:22" in the reader's time zone, the interface language's way. */
function timeOfDay(at: number): string {
  return new Intl.DateTimeFormat(locale(), { hour: "2-digit", minute: "2-digit", second: "2-digit" }).format(at);
}

/** Typed text, its line breaks kept (by CSS), as text only, in a language not known (lang=""). */
function typed(text: string, cls: string): HTMLElement {
  return h("p", { class: cls, lang: "", dir: "auto", text: text.replace(/\r\n?/g, "\n").trimEnd() });
}

/** A participant's name: their own words, in a language not known. */
const typedName = (name: string) => h("strong", { lang: "", text: name });

export async function showMinutes(root: HTMLElement, id: string): Promise<void> {
  replaceChildren(root, h("main", { class: "door" }, h("p", { class: "loading", text: t("minutes.loading") })));
  root.removeAttribute("aria-busy");
  const [{ parseLog }, { elapsed }] = await Promise.all([
    import("../shared/log-format.js"),
    import("../shared/replay/minutes.js"),
  ]);
  const fail = (message: string) =>
    replaceChildren(
      root,
      h(
        "main",
        { class: "door", id: "minutes-error-page" },
        h("h1", { text: t("export.minutes") }),
        h("p", { class: "error-slot", role: "alert", id: "minutes-error", text: message }),
        h("p", {}, h("a", { href: "/", class: "button-link quiet", text: t("replay.backToStart") })),
      ),
    );
  const log = await fetchLog(id);
  if (!log.ok)
    return fail(log.notFound ? t("replay.notFound", { id }) : t("replay.loadFailed", { message: log.message }));
  const parsed = parseLog(log.text);
  if (!parsed.ok) return fail(t("replay.badLine", { line: parsed.line, reason: parsed.reason }));
  const scenario = await getScenario(parsed.header.scenarioId).catch(() => undefined);
  const record = minutesRecord({
    sessionId: id,
    scenarioId: parsed.header.scenarioId,
    createdAt: parsed.header.createdAt,
    scenario,
    events: parsed.events,
  });
  const page = renderRecord(record, id, (ms) => elapsed(ms));
  replaceChildren(root, page);
  document.title = t("minutes.docTitle", { title: record.title });
}

function renderRecord(m: MinutesRecord, id: string, elapsed: (ms: number) => string): HTMLElement {
  const when = (at: number) =>
    h("time", { datetime: new Date(at).toISOString(), text: `${timeOfDay(at)} (+${elapsed(at - m.startedAt)})` });
  // The scenario's texts are English (the interface may not be): marked so, for readers and print.
  const scenarioText = (tag: "span" | "strong", text: string) => h(tag, { lang: SCENARIO_LANG, text });

  const speech = (sp: MinutesSpeech) =>
    h(
      "article",
      { class: "minutes-speech" },
      h(
        "p",
        { class: "minutes-by" },
        typedName(sp.speaker),
        " · ",
        h("span", { class: "minutes-role", lang: sp.role ? SCENARIO_LANG : undefined, text: roleLabel(sp.role) }),
        " · ",
        when(sp.at),
      ),
      typed(sp.text, "minutes-text"),
    );
  const sinceStart = (at: number) =>
    html`<time datetime=${new Date(at).toISOString()}>${timeOfDay(at)} (+${elapsed(at - m.startedAt)})</time>`;
  const entry = (e: MinutesEntry): HTMLElement => {
    if (e.kind === "speech") return speech(e);
    const box = h("div", { class: "minutes-item" });
    render(e.kind === "card" ? cardItem(e, sinceStart, e.playedBy) : voteItem(e, sinceStart, e.openedBy), box);
    return box;
  };
  const post = (p: MinutesPost): HTMLElement =>
    h(
      "li",
      { class: "minutes-post" },
      h(
        "p",
        { class: "minutes-by" },
        typedName(p.author),
        " · ",
        h("span", { class: "minutes-role", lang: p.role ? SCENARIO_LANG : undefined, text: roleLabel(p.role) }),
        " · ",
        when(p.at),
      ),
      p.hidden
        ? h("p", { class: "minutes-text hidden-post", text: t("minutes.hiddenPost") })
        : typed(p.text, "minutes-text"),
      p.replies.length ? h("ul", { class: "minutes-replies" }, ...p.replies.map(post)) : null,
    );
  const board = (posts: readonly MinutesPost[], heading: HTMLElement) =>
    posts.length
      ? h("section", { class: "minutes-board" }, heading, h("ul", { class: "minutes-thread" }, ...posts.map(post)))
      : null;

  const sections = m.sections.map((s) => {
    if (s.kind === "before")
      return h(
        "section",
        { class: "minutes-section" },
        h("h3", { text: t("minutes.before") }),
        ...s.entries.map(entry),
      );
    return h(
      "section",
      { class: "minutes-section", "data-prompt": s.promptId },
      h("h3", {}, `${s.number}. `, scenarioText("span", s.question), s.resumed ? ` ${t("minutes.resumed")}` : ""),
      h(
        "p",
        { class: "minutes-opened" },
        ...(s.openedBy === null
          ? [t("minutes.openedBySystem")]
          : [t("minutes.openedBy"), " ", typedName(s.openedBy), " ", t("minutes.openedAt")]),
        " ",
        when(s.openedAt),
      ),
      ...(s.entries.length ? s.entries.map(entry) : [h("p", { class: "hint", text: t("minutes.noSpeeches") })]),
      s.board ? board(s.board, h("h4", { text: t("board.heading") })) : null,
    );
  });

  const r = m.reactions;
  return h(
    "main",
    { class: "minutes-page", id: "minutes-page" },
    h(
      "nav",
      { class: "minutes-actions", "aria-label": t("minutes.actions") },
      h("a", { href: "/", class: "button-link quiet", text: t("replay.backToStart") }),
      h("a", { href: replayUrl(id), class: "button-link quiet", text: t("export.replay") }),
      h("a", {
        href: minutesUrl(id),
        download: `minutes-${id}.md`,
        class: "button-link quiet",
        id: "minutes-markdown",
        text: t("minutes.markdown"),
      }),
      h("button", {
        type: "button",
        class: "primary",
        id: "minutes-print",
        text: t("minutes.print"),
        onclick: () => print(),
      }),
    ),
    h(
      "h1",
      {},
      t("minutes.heading"),
      " ",
      m.seminarTitle !== null ? h("span", { lang: "", text: m.seminarTitle }) : scenarioText("span", m.title),
    ),
    h(
      "dl",
      { class: "minutes-meta" },
      h("dt", { text: t("minutes.date") }),
      h("dd", { id: "minutes-date", text: localDate(m.startedAt) }),
      h("dt", { text: t("minutes.time") }),
      h(
        "dd",
        { id: "minutes-time" },
        h("time", { datetime: new Date(m.startedAt).toISOString(), text: timeOfDay(m.startedAt) }),
        " – ",
        h("time", { datetime: new Date(m.lastAt).toISOString(), text: timeOfDay(m.lastAt) }),
        ` (${elapsed(m.lastAt - m.startedAt)})`,
      ),
      m.seminarTitle !== null ? h("dt", { text: t("start.scenario") }) : null,
      m.seminarTitle !== null ? h("dd", {}, scenarioText("span", m.title)) : null,
      h("dt", { text: t("minutes.session") }),
      h("dd", { translate: "no", text: m.sessionId }),
      h("dt", { text: t("minutes.record") }),
      h("dd", {
        text: [
          tn("start.events", m.counts.events),
          tn("minutes.speeches", m.counts.speeches),
          tn("minutes.posts", m.counts.posts),
          tn("record.cards", m.counts.cards),
          tn("record.votes", m.counts.votes),
        ].join(", "),
      }),
    ),
    h("p", {
      class: "hint minutes-zone",
      text: t("minutes.localTime", { zone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
    }),
    h("h2", { text: t("minutes.participants") }),
    m.participants.length
      ? h(
          "ul",
          { class: "minutes-people" },
          ...m.participants.map((p) =>
            h(
              "li",
              {},
              typedName(p.name),
              ": ",
              h("span", {
                lang: p.roles.length ? SCENARIO_LANG : undefined,
                text: p.roles.length ? p.roles.map(roleLabel).join(t("minutes.then")) : t("minutes.noRole"),
              }),
              p.facilitator ? ` (${t("people.facilitator")})` : "",
            ),
          ),
        )
      : h("p", { class: "hint", text: t("minutes.nobody") }),
    h("h2", { text: t("minutes.proceedings") }),
    ...(sections.length ? sections : [h("p", { class: "hint", text: t("minutes.nothing") })]),
    m.otherBoards.length
      ? h(
          "section",
          { class: "minutes-section" },
          h("h3", { text: t("minutes.otherBoards") }),
          ...m.otherBoards.map((b) => board(b.posts, h("h4", {}, scenarioText("span", b.question)))),
        )
      : null,
    m.endedAt !== null ? h("p", { class: "minutes-ended" }, t("minutes.ended"), " ", when(m.endedAt)) : null,
    h("h2", { text: t("minutes.reactions") }),
    h("p", {
      id: "minutes-reactions",
      text: [
        `${t("reaction.applause")}: ${r.applause}`,
        `${t("reaction.dissent")}: ${r.dissent}`,
        `${t("reaction.laughter")}: ${r.laughter}`,
        `${t("reaction.question")}: ${r.question}`,
      ].join(" · "),
    }),
  );
}
