/**
 * Every word the client shows, keyed, in one place. A translation is another dictionary with the
 * same keys (the type checker insists on all of them); components only ever call `t(key, vars)`.
 */

const en = {
  "app.title": "Sputnik Seminar",
  "app.subtitle": "A seminar on Trotsky · Sputnik Hotel, Moscow · August 1990",
  "app.loading": "Loading…",

  // Start screen
  "start.heading": "Take a seat at the Sputnik Hotel",
  "start.lede":
    "August 1990: historians of Memorial, young Moscow socialists, miners from the new independent unions and Trotskyists from the West meet under one roof to talk about Trotsky, fifty years after his murder. Choose a name, then open a seminar or join one.",
  "start.name": "Your name",
  "start.nameHint": "As others will see you, 1–{max} characters.",
  "start.createHeading": "Open a new seminar",
  "start.scenario": "Scenario",
  "start.create": "Open the seminar",
  "start.creating": "Opening…",
  "start.joinHeading": "Join a seminar",
  "start.code": "Seminar code",
  "start.codeHint": "The code or the link someone shared with you.",
  "start.join": "Join",
  "start.joining": "Joining…",
  "start.invited": "You are invited to seminar {code}. Enter your name and join.",
  "start.liveHeading": "Seminars in session",
  "start.liveNone": "No seminar is in session right now. Open one above.",
  "start.liveItem": "{code} · {scenario} · {people} · started {time}",
  "start.liveJoin": "Join {code}",
  "start.refresh": "Refresh",
  "start.people.one": "1 person",
  "start.people.many": "{n} people",
  "start.noScenarios": "No scenarios could be loaded from the server.",
  "start.resuming": "Returning to your seat in seminar {code}…",
  "start.ended": "ended",
  "start.liveItemEnded": "{code} · {scenario} · {events} events · {date}",
  "start.replay": "Replay",
  "start.replayLabel": "Replay {code}",
  "start.logLabel": "Download the log of {code}",
  "start.minutesLabel": "Minutes of {code}",
  "start.recordingsHeading": "Recorded seminars",
  "start.recordingsLede":
    "Every seminar is recorded as a log. Watch one again, or bring a log file recorded elsewhere.",
  "start.openFile": "Open a recorded session…",
  "start.openFileHint": "Plays a .ndjson log file in this browser; nothing is uploaded.",
  "start.importFile": "Import a log…",
  "start.importHint": "Uploads the log to this server, so others can replay it too.",
  "start.dropHere": "Drop a log file here",
  "start.importing": "Importing…",

  // Errors at the door
  "error.emptyName": "Please enter your name first.",
  "error.longName": "Your name can be at most {max} characters.",
  "error.emptyCode": "Please enter the seminar code.",
  "error.unknownCode": "There is no seminar with the code “{code}”. Check the code, or open a new seminar.",
  "error.roomFull": "That seminar is full: no seat is left.",
  "error.unreachable": "The server cannot be reached. Check your connection and try again.",
  "error.joinFailed": "Could not join: {message}",
  "error.scenarioFailed": "The scenario of this seminar could not be loaded.",
  "error.disconnected": "You have been disconnected from the seminar.",
  "error.reconnecting": "Connection lost. Reconnecting… Your seat, role and place in the queue are kept for you.",
  "error.seatTaken": "This seat was opened in another tab or window. Carry on there, or take it back here.",
  "error.takeSeatBack": "Use this tab",
  "error.rejoin": "Rejoin",
  "error.notSent": "Not sent: the connection is down. Try again once it is back.",
  "error.rejectedGeneric": "Not done: {message}",

  // Header
  "header.code": "Seminar code",
  "header.copyLink": "Copy invitation link",
  "header.copied": "Link copied",
  "header.you": "You: {name}",
  "header.asRole": "{name} as {role}",
  "header.observer": "observer",
  "header.changeRole": "Choose role",
  "header.leave": "Leave",
  "header.rewind": "Rewind",
  "header.rewindLabel": "Rewind: replay what happened so far, without leaving",
  "export.log": "Download log",
  "export.minutes": "Minutes",
  "export.replay": "Replay",

  // Replay viewer
  "replay.title": "Replay",
  "replay.docTitle": "Replay · {title}",
  "replay.heading": "Replay of {title}",
  "replay.session": "Session {id}",
  "replay.localFile": "Local file: {name}",
  "replay.rewindHeading": "Rewind · seminar {id}",
  "replay.backToLive": "Back to live",
  "replay.newSinceRewind": "{n} new events since you rewound",
  "replay.backToStart": "Seminars",
  "replay.openAnother": "Open another file…",
  "replay.importThis": "Import to server",
  "replay.loadingLog": "Loading the recording…",
  "replay.notFound": "There is no recorded seminar “{id}” on this server.",
  "replay.loadFailed": "The recording could not be loaded: {message}",
  "replay.badLog": "This file is not a seminar log that can be replayed.",
  "replay.badLine": "Line {line}: {reason}",
  "replay.importFailed": "The server refused the log: {message}",
  "replay.importTooLarge": "The file is too large for this server: {message}",
  "replay.readFailed": "The file could not be read.",
  "replay.pickHeading": "Open a recorded seminar",
  "replay.pickLede":
    "Choose a seminar log (.ndjson), or drop one here. It is played in this browser; nothing is uploaded unless you import it.",
  "replay.play": "Play",
  "replay.pause": "Pause",
  "replay.replayAgain": "Play again",
  "replay.speed": "Speed",
  "replay.speedValue": "{n}×",
  "replay.speedLabel": "Playback speed {n} times",
  "replay.timeline": "Timeline",
  "replay.valueText": "{position} of {duration}, {clock}",
  "replay.position": "Position",
  "replay.clock": "Time in the session",
  "replay.prevChapter": "Previous chapter",
  "replay.nextChapter": "Next chapter",
  "replay.chapters": "Chapters",
  "replay.chaptersEmpty": "Nobody spoke and no question was opened.",
  "replay.chapterPrompt": "Question",
  "replay.chapterSpeech": "Speech",
  "replay.before": "Before the first chapter",
  "replay.gap": "{time} of silence skipped",
  "replay.gapMark": "Idle: {time} skipped",
  "replay.events": "Event {seq} of {total}",
  "replay.keys": "Space play/pause · ←/→ 5 s (Shift 30 s) · Home/End · [ ] chapters · +/− speed",
  "replay.readOnly": "Replay: watching only",

  // Floor
  "floor.open": "The floor is open.",
  "floor.holder": "{name} has the floor.",
  "floor.holderRole": "{name} has the floor, as {role}.",
  "floor.you": "You have the floor.",
  "floor.remaining": "{time} left",
  "floor.overtime": "time is up",
  "floor.limit": "Speech limit: {time}",

  // Role picker
  "roles.heading": "Choose your role",
  "roles.lede":
    "Each role is a standpoint of 1990. Whoever takes a role receives its private brief. You can also stay an observer in the audience.",
  "roles.free": "Free",
  "roles.takenBy": "Taken by {name}",
  "roles.yours": "Your role",
  "roles.take": "Take this role",
  "roles.release": "Give up this role",
  "roles.chair": "Chair",
  "roles.historical": "Historical person",
  "roles.composite": "Composite figure",
  "roles.observe": "Stay an observer",
  "roles.close": "Close",
  "roles.standpoint": "Where this faction stands in 1990",

  // The scenario's setting, shown in the role picker
  "setting.heading": "The setting:",
  "setting.place": "The place",
  "setting.date": "The date",
  "setting.occasion": "The occasion",
  "setting.whoCame": "Who came",
  "setting.moment": "The moment",
  "setting.unknowns": "What is not known",
  "setting.essay": "Drawn from “{title}” by {author} ({year}) and a sourced fact sheet; see each role's sources.",

  // Tabs
  "tabs.label": "Seminar panels",
  "tabs.discussion": "Discussion",
  "tabs.transcript": "Transcript",
  "tabs.brief": "My brief",
  "tabs.people": "People",
  "tabs.background": "Background",
  "tabs.guide": "Guide",
  "tabs.chapters": "Chapters",

  // Prompt & board
  "prompt.none": "The chair has not opened a question yet.",
  "prompt.heading": "Open question",
  "prompt.epilogue": "Epilogue: after the seminar",
  "prompt.divides": "Divides",
  "prompt.sources": "Sources",
  "board.heading": "Board",
  "board.empty": "No posts on this question yet. Start the thread.",
  "board.reply": "Reply",
  "board.replyTo": "Replying to {name}",
  "board.cancelReply": "Cancel reply",
  "board.compose": "Your post",
  "board.post": "Post",
  "board.postReply": "Post reply",
  "board.unknownAuthor": "someone",

  // Transcript
  "transcript.heading": "Transcript",
  "transcript.empty": "Nobody has spoken yet.",
  "transcript.observer": "observer",

  // Brief
  "brief.heading": "Your private brief",
  "brief.none": "Take a role to receive its private brief. Only you see it.",
  "brief.waiting": "Your brief is on its way…",
  "brief.standpoint": "Standpoint",
  "brief.objectives": "Objectives",
  "brief.talkingPoints": "Talking points",
  "brief.facts": "Facts",
  "brief.sources": "Sources",
  "brief.cannotKnowYet": "What you cannot know yet",
  "brief.documentation": "What is documented",

  // Background: glossary and timeline
  "background.timeline": "Timeline, 1917–1991",
  "background.timelineHint": "Entries marked “after the seminar” are events your 1990 role cannot know.",
  "background.afterSeminar": "after the seminar",
  "background.glossary": "Glossary",

  // The facilitator's guide
  "guide.byPrompt": "Resolutions and cards for each question",
  "guide.resolutions": "Resolutions to put to the vote",
  "guide.noResolution": "No resolution belongs to this question.",
  "guide.cards": "Event cards that fit",
  "guide.noCard": "No card is tied to this question.",
  "guide.full": "The facilitator's guide",

  // Printing
  "print.brief": "Print my brief",
  "print.roles": "Print the roles handout",
  "print.rolesHeading": "The roles",
  "print.historical": "a real person",
  "print.composite": "a composite (invented, typical)",

  // People
  "people.queue": "Waiting to speak",
  "people.queueEmpty": "No hands raised.",
  "people.participants": "In the room ({n})",
  "people.facilitator": "facilitator",
  "people.chair": "chair",
  "people.disconnected": "disconnected",
  "people.you": "you",
  "people.speaking": "speaking",

  // Action dock
  "dock.label": "Your actions",
  "dock.raiseHand": "Raise hand",
  "dock.lowerHand": "Lower hand",
  "dock.queuePosition": "You are number {n} in the queue.",
  "dock.reactions": "React",
  "dock.speech": "Your speech",
  "dock.speak": "Speak",
  "dock.yield": "Yield the floor",
  "dock.chars": "{n} / {max}",
  "reaction.applause": "Applause",
  "reaction.dissent": "Dissent",
  "reaction.laughter": "Laughter",
  "reaction.question": "Question!",

  // Chair controls
  "chair.heading": "Chair",
  "chair.giveNext": "Give the floor to next",
  "chair.giveTo": "Give the floor to",
  "chair.give": "Give floor",
  "chair.endTurn": "End the turn",
  "chair.prompt": "Question",
  "chair.openPrompt": "Open question",
  "chair.limit": "Speech limit (seconds)",
  "chair.setLimit": "Set",
  "chair.choose": "Choose…",

  // The scene
  "scene.banner": "Л. Д. Троцкий · 1940 — 1990",
  "scene.label": "The hall: {table} at the table, {audience} in the audience. {floor}",
  "scene.emptySeat": "empty",
  "scene.audience": "Audience",
} as const;

export type StringKey = keyof typeof en;
type Dictionary = Record<StringKey, string>;

const dictionaries: Record<string, Dictionary> = { en };

let current: Dictionary = en;

/** Chooses the dictionary: `?lang=xx` first, then the browser's language, then English. */
export function chooseLanguage(search: string, languages: readonly string[]): string {
  const asked = new URLSearchParams(search).get("lang");
  for (const lang of [asked, ...languages]) {
    const base = lang?.toLowerCase().split("-")[0];
    // Own keys only: `?lang=constructor` must not pick Object.prototype's property.
    if (base && Object.hasOwn(dictionaries, base)) {
      current = dictionaries[base];
      return base;
    }
  }
  current = en;
  return "en";
}

/** Right-to-left letters and bidi controls: text with any of them can reorder what is around it. */
const BIDI = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/;

/**
 * Participant-written text set among other words, isolated (FSI … PDI) when it has right-to-left
 * letters or bidi controls, so that it cannot turn the rest of the sentence around (an unclosed
 * U+202E in a name would otherwise reverse "has the floor"). Other text is returned as it is.
 */
export function isolate(text: string): string {
  return BIDI.test(text) ? `\u2068${text}\u2069` : text;
}

/** The string for `key`, with `{name}` placeholders filled from `vars` (each isolated, see `isolate`). */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  const template = current[key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? isolate(String(vars[name])) : whole,
  );
}
