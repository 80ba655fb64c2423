/**
 * The projector view (`/?room=ID&view=projector`): the seminar on the classroom wall, read from
 * the back of the room. The hall fills the screen's width, drawn larger as the screen is larger
 * (its words with it); around it, in large type, the open
 * question and the turn's clock, the speaker's words (the speech being given, or the last one),
 * the queue with each hand's kind, the open vote's live tally and a card just played. It only
 * watches (docs/protocol.md, "Watching"): it takes no seat and sends nothing.
 */
import { HAND_INTENTS, type HandIntent } from "../shared/vocabulary.js";
import type { SeminarEvent } from "../shared/events.js";
import type { Speech } from "../shared/engine/state.js";
import { own } from "../shared/null-record.js";
import { JoinRefusal } from "../shared/wire.js";
import { h, minutesSeconds, replaceChildren } from "./dom.js";
import { keptSeat } from "./kept-seats.js";
import { person } from "./roster.js";
import { forgetPasscode, passcodeFor, rememberPasscode } from "./seminar-passcodes.js";
import { HallScene } from "./scene/hall-scene.js";
import { CARD_SHOWN_MS } from "./scene/card-layer.js";
import { describeJoinError } from "./start-screen.js";
import { isolate, SCENARIO_LANG, t, tn, type StringKey } from "./strings.js";
import { WatchSession, type WatchAccess } from "./watch-session.js";
import "./projector.css";

/** How many hands the side column lists by name before it says how many more. */
const HANDS_LISTED = 4;

/**
 * The zoom the hall is drawn at, at most: names at 20 px at 1280×720 (12 px × 1.7), growing with
 * the screen; the hall takes less where its placards would lose their room (a crowd of 200).
 */
const hallZoom = () => 1.7 * Math.min(window.innerWidth / 1280, window.innerHeight / 720);

/** Opens the projector view of `roomId` in `root`: with this tab's seat key, else without, else asks for the passcode. */
export async function showProjector(root: HTMLElement, roomId: string): Promise<void> {
  document.title = `${t("app.title")} · ${roomId} · ${t("projector.open")}`;
  root.replaceChildren(
    h("main", { class: "door projector-door" }, h("p", { text: t("projector.connecting", { code: roomId }) })),
  );
  // A seat key this browser keeps (this tab's, copied from the room's tab, or the facilitator's),
  // else a passcode it keeps for the seminar.
  const seatKey = keptSeat(roomId)?.seatKey;
  const passcode = passcodeFor(roomId) ?? undefined;
  await attempt(root, roomId, seatKey ? { seatKey } : passcode ? { passcode } : {});
}

async function attempt(root: HTMLElement, roomId: string, access: WatchAccess): Promise<void> {
  let session: WatchSession;
  try {
    session = await WatchSession.open(roomId, access);
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    // A stale seat key: watching without it may still be allowed.
    if (code === JoinRefusal.seatKeyRefused && access.seatKey) return attempt(root, roomId, {});
    if (code === JoinRefusal.passcode) {
      if (access.passcode !== undefined) forgetPasscode(roomId);
      return askPasscode(root, roomId, access.passcode !== undefined);
    }
    const reason = await describeJoinError(err, roomId);
    root.replaceChildren(
      h(
        "main",
        { class: "door projector-door" },
        h("p", { role: "alert", text: t("projector.unavailable", { code: roomId, reason }) }),
      ),
    );
    return;
  }
  if (access.passcode !== undefined) rememberPasscode(roomId, access.passcode);
  renderProjector(root, session);
}

function askPasscode(root: HTMLElement, roomId: string, wrong: boolean): void {
  const input = h("input", { id: "projector-passcode", type: "password", autocomplete: "off", required: true });
  const form = h(
    "form",
    { class: "projector-passcode" },
    h("p", { text: t("projector.passcodeAsk", { code: roomId }) }),
    h("label", { for: "projector-passcode", text: t("projector.passcode") }),
    input,
    h("button", { type: "submit", class: "primary", text: t("projector.show") }),
    wrong ? h("p", { class: "error", role: "alert", text: t("projector.passcodeWrong") }) : null,
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void attempt(root, roomId, { passcode: input.value });
  });
  root.replaceChildren(h("main", { class: "door projector-door" }, form));
  input.focus();
}

/** A tally's three counts as labelled bars, each as wide as its share of the votes cast. */
function tallyBars(count: Record<"for" | "against" | "abstain", number>): HTMLElement {
  const total = Math.max(1, count.for + count.against + count.abstain);
  const labels: Record<"for" | "against" | "abstain", StringKey> = {
    for: "projector.for",
    against: "projector.against",
    abstain: "projector.abstain",
  };
  return h(
    "dl",
    { class: "pj-tally" },
    ...(["for", "against", "abstain"] as const).flatMap((k) => [
      h("dt", { text: t(labels[k]) }),
      h(
        "dd",
        { "data-choice": k },
        h("span", { class: "bar", style: `--share:${count[k] / total}` }),
        h("span", { class: "n", text: String(count[k]) }),
      ),
    ]),
  );
}

function renderProjector(root: HTMLElement, session: WatchSession): void {
  const question = h("p", { class: "pj-question-text", id: "pj-question", lang: SCENARIO_LANG });
  const clock = h("p", { class: "pj-clock", id: "pj-clock", role: "timer" });
  const clockWho = h("p", { class: "pj-clock-who", id: "pj-clock-who" });
  const hallHost = h("div", { class: "hall pj-hall", id: "hall", role: "img" });
  const card = h("aside", { class: "pj-card", id: "pj-card", role: "status", hidden: true });
  const hands = h("ol", { class: "pj-hands", id: "pj-queue" });
  const handsMore = h("p", { class: "pj-more", id: "pj-queue-more", hidden: true });
  const voteText = h("p", { class: "pj-vote-text", id: "pj-vote-text" });
  const voteHead = h("h2", {});
  const voteTally = h("div", { id: "pj-vote-tally" });
  const vote = h("section", { class: "pj-vote", id: "pj-vote", hidden: true }, voteHead, voteText, voteTally);
  const speakerEyebrow = h("span", { class: "eyebrow", id: "pj-speech-state" });
  const speakerName = h("strong", { class: "pj-speaker-name", id: "pj-speaker", lang: "" });
  const speakerRole = h("span", { class: "pj-speaker-role", id: "pj-speaker-role", lang: SCENARIO_LANG });
  const words = h("p", { class: "pj-words", id: "pj-words", lang: "", dir: "auto" });
  const connection = h("p", { class: "pj-connection", role: "status", hidden: true });
  const page = h(
    "div",
    { class: "projector", id: "projector" },
    h(
      "header",
      { class: "pj-top" },
      h("div", { class: "pj-question" }, h("span", { class: "eyebrow", text: t("prompt.heading") }), question),
      h("div", { class: "pj-time" }, clock, clockWho),
    ),
    h("div", { class: "pj-stage" }, hallHost, card),
    h(
      "aside",
      { class: "pj-side" },
      h("section", { class: "pj-queue" }, h("h2", { text: t("projector.hands") }), hands, handsMore),
      vote,
    ),
    h(
      "section",
      { class: "pj-speech", id: "pj-speech", "aria-live": "polite" },
      h("p", { class: "pj-speaker" }, speakerEyebrow, " ", speakerName, " ", speakerRole),
      words,
    ),
    connection,
  );
  root.replaceChildren(page);

  let scene: HallScene | null = null;
  let wordsKey = "";
  let wordsShownAt = 0;
  /** A speech longer than its box rolls up a third of a line a second, after a pause to start reading. */
  const rollWords = () => {
    const over = words.scrollHeight - words.clientHeight;
    if (over <= 0 || Date.now() - wordsShownAt < 6000) return;
    const line = parseFloat(getComputedStyle(words).lineHeight) || 40;
    words.scrollTop = Math.min(over, words.scrollTop + line / 3);
  };
  const view = () => ({ state: session.state, scenario: session.scenario, me: null, clockOffset: session.clockOffset });
  const now = () => Date.now() + session.clockOffset;

  const drawClock = () => {
    const { state } = session;
    const floor = state.floor;
    clock.textContent = minutesSeconds(floor ? Math.max(0, floor.endsAt - now()) / 1000 : state.speechLimitSeconds);
    clock.dataset.running = String(!!floor);
    clock.classList.toggle("low", !!floor && floor.endsAt - now() < 0.25 * (floor.endsAt - floor.since));
    const holder = floor ? own(state.participants, floor.holder) : null;
    clockWho.textContent = holder ? holder.name : t("floor.open");
    // A participant's name is in no known language; "The floor is open" is the interface's.
    if (holder) clockWho.setAttribute("lang", "");
    else clockWho.removeAttribute("lang");
  };

  const drawCard = () => {
    const { state, scenario } = session;
    const last = state.cardsPlayed.at(-1);
    const shown = last && now() - last.at < CARD_SHOWN_MS ? last : undefined;
    card.hidden = !shown;
    if (!shown) {
      delete card.dataset.card;
      return;
    }
    if (card.dataset.card === `${shown.seq}`) return;
    card.dataset.card = `${shown.seq}`;
    const played = scenario?.cards?.find((c) => c.id === shown.cardId);
    replaceChildren(
      card,
      h("span", { class: "eyebrow", text: t("hall.cardPlayed") }),
      h("strong", { lang: SCENARIO_LANG, text: played?.title ?? shown.cardId }),
      h("p", { lang: SCENARIO_LANG, text: played?.text ?? "" }),
    );
  };

  const drawSpeech = () => {
    const { state, scenario } = session;
    const floor = state.floor;
    const last: Speech | undefined = state.speeches.at(-1);
    const current = floor && last && last.speaker === floor.holder && last.at >= floor.since ? last : null;
    const who = floor ? floor.holder : (last?.speaker ?? null);
    const key = `${floor?.holder ?? "-"}:${floor?.since ?? "-"}:${(current ?? last)?.seq ?? "-"}:${scenario ? "s" : "-"}`;
    if (key === wordsKey) return;
    wordsKey = key;
    const p = who ? person(state, scenario, who, floor ? undefined : last?.roleId) : null;
    speakerEyebrow.textContent = floor ? t("projector.speaking") : last ? t("projector.lastSpeech") : "";
    speakerName.textContent = p?.name ?? "";
    speakerName.style.setProperty("--chip", p?.color ?? "transparent");
    speakerRole.textContent = p?.role
      ? `${p.role.name}${p.faction ? ` · ${p.faction.name}` : ""}`
      : p
        ? t("transcript.observer")
        : "";
    const text = floor ? (current?.text ?? t("projector.preparing")) : (last?.text ?? t("projector.nobodySpoke"));
    words.textContent = text;
    words.classList.toggle("past", !floor);
    words.scrollTop = 0;
    wordsShownAt = Date.now();
    // A long speech: the type steps down (never under 32 px at 1280×720) before it scrolls.
    words.dataset.length = text.length > 600 ? "long" : text.length > 300 ? "medium" : "short";
  };

  const drawQueue = () => {
    const { state, scenario } = session;
    const listed = state.queue.slice(0, HANDS_LISTED);
    replaceChildren(
      hands,
      ...listed.map((id, i) => {
        const p = person(state, scenario, id);
        const kind: HandIntent = own(state.participants, id)?.hand ?? "point";
        return h(
          "li",
          { "data-hand": HAND_INTENTS.includes(kind) ? kind : "point" },
          h("span", { class: "place", text: String(i + 1) }),
          h("span", { class: "kind", text: t(`hall.kind.${kind}`) }),
          h("span", { class: "who", lang: "", text: p ? isolate(p.name) : "?" }),
          p?.role ? h("span", { class: "role", lang: SCENARIO_LANG, text: p.role.name }) : null,
        );
      }),
    );
    if (!listed.length) hands.append(h("li", { class: "empty", text: t("projector.noHands") }));
    const more = state.queue.length - listed.length;
    handsMore.hidden = more <= 0;
    if (more > 0) handsMore.textContent = tn("projector.moreHands", more);
  };

  const drawVote = () => {
    const { state } = session;
    const open = state.openVoteId ? state.votes.find((v) => v.voteId === state.openVoteId) : undefined;
    // A closed vote's result stays up as long as a card would, then gives way.
    const closed = state.votes.at(-1);
    const recent = !open && closed?.result && closed.closedAt !== null && now() - closed.closedAt < CARD_SHOWN_MS;
    const v = open ?? (recent ? closed : undefined);
    vote.hidden = !v;
    if (!v) return;
    voteHead.textContent = open
      ? t("vote.open")
      : `${t("projector.result")}: ${closed!.result!.carried ? t("vote.carried") : t("vote.defeated")}`;
    voteHead.className = open ? "" : closed!.result!.carried ? "carried" : "defeated";
    voteText.textContent = v.text;
    // A resolution is the scenario's text; a motion from the floor, a participant's words.
    voteText.setAttribute("lang", v.resolutionId ? SCENARIO_LANG : "");
    const count = { for: 0, against: 0, abstain: 0 };
    for (const b of v.ballots) count[b.choice] += 1;
    replaceChildren(voteTally, tallyBars(v.result ?? count));
  };

  const render = () => {
    const { state, scenario } = session;
    const q = scenario?.prompts.find((p) => p.id === state.openPromptId);
    question.textContent = q?.question ?? (state.openPromptId ? state.openPromptId : t("projector.noQuestion"));
    question.classList.toggle("none", !state.openPromptId);
    drawClock();
    drawSpeech();
    drawQueue();
    drawVote();
    drawCard();
    connection.hidden = session.connection === "open";
    connection.textContent = session.connection === "open" ? "" : t("error.reconnecting");
    scene?.update(view());
  };

  let queued = 0;
  session.onChange(() => {
    if (queued) return;
    queued = requestAnimationFrame(() => {
      queued = 0;
      render();
    });
  });
  session.onEvent((e: SeminarEvent) => scene?.onEvent(e));
  // The clock counts down, a card and a result time out: once a second is enough.
  const ticker = window.setInterval(() => {
    drawClock();
    rollWords();
    drawCard();
    drawVote();
  }, 1000);
  window.addEventListener("pagehide", () => {
    clearInterval(ticker);
    session.close();
    scene?.destroy();
  });
  render();
  // The words, the vote and a card show large around the hall: the hall draws none of them.
  void HallScene.create(hallHost, { maxZoom: hallZoom, bubble: false, boards: false }).then(async (made) => {
    scene = made;
    scene.update(view());
    await new Promise<void>((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok())));
    document.body.dataset.scene = "ready";
  });
}
