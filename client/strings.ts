/**
 * Every word the client shows, keyed, in one place, in English and in Russian. A translation is
 * another dictionary with the same keys (the type checker insists on all of them, and
 * tests/unit/strings.test.ts on the same placeholders); components only ever call `t(key, vars)`,
 * or `tn(key, n, vars)` for a count, whose forms follow the language's plural rules
 * (Intl.PluralRules: English has "one" and "other", Russian "one", "few", "many" and "other").
 * The scenario's own texts (roles, briefs, questions) are not here: they stay in English for now.
 */

/** A count's forms by plural category; `{n}` is the count, formatted for the language. */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export const en = {
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
  "start.liveNone": "No listed seminar is in session right now.",
  "start.liveJoin": "Join {code}",
  "start.refresh": "Refresh",
  "start.people": { one: "{n} person", other: "{n} people" },
  "start.noScenarios": "No scenarios could be loaded from the server.",
  "start.resuming": "Returning to your seat in seminar {code}…",
  "start.ended": "ended",
  "start.events": { one: "{n} event", other: "{n} events" },
  "start.replay": "Replay",
  "start.replayLabel": "Replay {code}",
  "start.logLabel": "Download the log of {code}",
  "start.minutesLabel": "Minutes of {code}",
  "start.debriefLabel": "Debrief of {code}: who spoke, how long, how each role voted",
  "start.recordingsHeading": "Recorded seminars",
  "start.recordingsLede":
    "Every seminar is recorded as a log. Watch one again, or bring a log file recorded elsewhere.",
  "start.openFile": "Open a recorded session…",
  "start.openFileHint": "Plays a .ndjson log file in this browser; nothing is uploaded.",
  "start.importFile": "Import a log…",
  "start.importHint": "Uploads the log to this server, so others can replay it too.",
  "start.dropHere": "Drop a log file here",
  "start.importing": "Importing…",
  "start.minutesMarkdownLabel": "Download the minutes of {code} as Markdown",

  // The door's seminar settings and refusals (issue 12)
  "start.title": "Title",
  "start.titleHint":
    "Shown at the door, in the invitation and in the minutes; up to {max} characters. Left empty: the one in grey.",
  "start.rolesLegend": "Roles",
  "start.rolesOpen": "Students choose their roles",
  "start.rolesFacilitator": "I assign the roles",
  "start.listed": "List it on this server's page",
  "start.listedHint":
    "Then anyone who opens this page sees it and can join. Unlisted, it is reached by its link or code only.",
  "start.passcodeOptional": "Passcode (optional)",
  "start.passcodeHint":
    "{min}–{max} characters. Everyone needs it to join and to read the record: give it to your class yourself.",
  "start.passcode": "Passcode",
  "start.passcodeBadge": "passcode",
  "start.liveMeta": "{code} · {people} · started {time}",
  "start.recordMeta": "{code} · {status} · {events} · {date}",
  "start.closed": "closed",
  "start.mineHeading": "Your seminars",
  "start.mineLede": "The seminars this browser opened, joined or imported.",
  "start.liveLede": "Seminars their teachers listed on this server.",
  "start.refused.passcodeNeeded": "This seminar has a passcode. Enter the one your teacher gave you, then join.",
  "start.invitedPasscode": "This seminar has a passcode: enter the one your teacher gave you.",
  "start.refused.passcodeWrong": "That passcode is not right. Check it with your teacher and try again.",
  "start.refused.locked": "This seminar is locked: the facilitator lets nobody new in.",
  "start.refused.removed": "The facilitator removed you from this seminar.",
  "start.refused.ended": "Seminar {code} has ended. Its replay and minutes are still there to read.",
  "start.refused.addressLimit": "Too many from this network: {message}",
  "start.refused.invalidOptions": "Not accepted: {message}",
  "start.refused.unknownScenario": "This server does not have that scenario.",
  "start.refused.longTitle": "The title can be at most {max} characters.",
  "start.refused.passcodeLength": "A passcode has {min}–{max} characters.",

  // Deleting or forgetting a seminar from "Your seminars" at the door (issue 12)
  "mine.delete": "Delete",
  "mine.deleteLabel": "Delete “{title}” ({code}) from this server for good",
  "mine.deleting": "Deleting…",
  "mine.deleteHeading": "Delete “{title}” for good?",
  "mine.deleteBody":
    "Seminar {code} and everything stored for it leave this server for good: its log, its replay, its minutes and its debrief. Nobody will be able to open them again, and this cannot be undone.",
  "mine.deleteKeepCopy": "To keep a copy, download the log first: the file can be replayed, or imported again.",
  "mine.deleteLog": "Download the log",
  "mine.deleteYes": "Delete for good",
  "mine.deleted": "“{title}” was deleted from this server.",
  "mine.alreadyGone": "“{title}” had already been deleted from this server; this browser has forgotten it too.",
  "mine.forget": "Forget",
  "mine.forgetLabel": "Forget “{title}” ({code}) in this browser only; it stays on the server",
  "mine.forgotten":
    "“{title}” is no longer listed in this browser. It is still on the server: the code {code} opens it.",
  "mine.refused.forbidden":
    "Not deleted: the seat key this browser keeps is not the facilitator's any more (was the seminar handed over?). Only the facilitator can delete it.",
  "mine.refused.live":
    "Not deleted: the seminar is still open. It can be deleted once it has ended and everyone has left.",
  "mine.refused.unreachable": "Not deleted: the server cannot be reached. Check your connection and try again.",
  "mine.refused.other": "Not deleted: the server answered {message}",

  // Asking for a seminar's passcode to read its record (issue 12)
  "passcode.heading": "This seminar has a passcode",
  "passcode.body": "Its record is for its class only. Enter the passcode of seminar {code} to read it.",
  "passcode.wrong": "That passcode is not right. Check it with your teacher and try again.",
  "passcode.cancel": "Cancel",
  "passcode.submit": "Open",
  "passcode.needed": "this seminar's record needs its passcode.",

  // The invitation dialog (issue 12)
  "invite.button": "Invite",
  "invite.heading": "Invite to this seminar",
  "invite.body": "Open this link, or scan the code with a phone's camera, then enter a name and join.",
  "invite.link": "Invitation link",
  "invite.qr": "QR code of the invitation link",
  "invite.copyFailed": "Copying was refused: the link is selected, copy it yourself.",
  "invite.localOnly":
    "This address works only on this computer. To let the classroom's devices in, start the server without {host} (or set {publicUrl}).",
  "invite.passcode": "This seminar has a passcode: everyone joining needs it too.",
  "invite.close": "Close",
  "lang.label": "Language",
  "lang.scenarioEnglish":
    "The scenario's own texts (roles, briefs, questions, sources) stay in English for now; their translation comes with the revised content.",

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
  "leave.heading": "Leave the seminar?",
  "leave.body":
    "You give up your role and your place in the queue. You can join again with the code, as a new participant.",
  "leave.confirm": "Leave",
  "leave.stay": "Stay",
  "header.rewind": "Rewind",
  "header.rewindLabel": "Rewind: replay what happened so far, without leaving",
  "export.log": "Download log",
  "export.minutes": "Minutes",
  "export.debrief": "Debrief",
  "export.minutesMarkdown": "Markdown",
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
  // Votes and cards
  "vote.heading": "Votes and event cards",
  "vote.open": "Open vote",
  "vote.for": "For",
  "vote.against": "Against",
  "vote.abstain": "Abstain",
  "vote.cast": "Your role's vote",
  "vote.close": "Close the vote",
  "vote.tally": "{for} for · {against} against · {abstain} abstaining",
  "vote.carried": "Carried:",
  "vote.defeated": "Not carried:",
  "vote.resolution": "Resolution",
  "vote.putResolution": "Put to the vote",
  "vote.motion": "A motion from the floor",
  "vote.putMotion": "Put this motion",
  "vote.card": "Event card",
  "vote.playCard": "Play the card",
  "dock.handIntent": "Kind of hand",

  // The ballot, under the hall and on the open vote in the Discussion panel
  "ballot.yours": "Your role's vote: {choice}. You can change it until the vote closes.",
  "ballot.notYet": "Your role has not voted yet.",
  "ballot.refused.same": "Your role has already voted that way.",
  "ballot.refused.closed": "That vote has closed; this vote was not counted.",
  "ballot.refused.gone": "That vote is not in this seminar.",
  "ballot.refused.forbidden": "Only role holders vote: take a role to vote.",

  // Debrief page
  "debrief.title": "Debrief",
  "debrief.docTitle": "Debrief · {title}",
  "debrief.heading": "Debrief of {title}",
  "debrief.session": "Session {id}",
  "debrief.localFile": "Local file: {name}",
  "debrief.loading": "Computing the debrief…",
  "debrief.notFound": "There is no recorded seminar “{id}” on this server.",
  "debrief.loadFailed": "The debrief could not be loaded: {message}",
  "debrief.pickHeading": "Debrief a recorded seminar",
  "debrief.pickLede": "Choose a seminar log (.ndjson). It is read in this browser; nothing is uploaded.",
  "debrief.openFile": "Choose a log file…",
  "debrief.csv": "Download CSV (one row per participant)",
  "debrief.replay": "Open the replay",
  "debrief.print": "Print",
  "debrief.summary": "{people} · {speeches} · {minutes} of floor time · {state}",
  "debrief.people": { one: "{n} participant", other: "{n} participants" },
  "debrief.speechCount": { one: "{n} speech", other: "{n} speeches" },
  "debrief.running": "still running",
  "debrief.ended": "ended {time}",
  "debrief.floorByFaction": "Floor time by faction",
  "debrief.floorByParticipant": "Floor time by participant",
  "debrief.floorStrip": "Who held the floor when",
  "debrief.seconds": "seconds",
  "debrief.minutesAxis": "minutes from the start",
  "debrief.noRole": "No role",
  "debrief.balance": "Balance",
  "debrief.topFifth": "The most talkative fifth of speakers ({names}) held {share} of the floor time.",
  "debrief.noSpeakers": "Nobody held the floor.",
  "debrief.neverSpoke": "Never spoke: {names}.",
  "debrief.everyoneSpoke": "Everyone spoke at least once.",
  "debrief.participants": "Participants",
  "debrief.col.name": "Name",
  "debrief.col.roles": "Roles",
  "debrief.col.faction": "Faction",
  "debrief.col.speeches": "Speeches",
  "debrief.col.floor": "Floor time",
  "debrief.col.words": "Words",
  "debrief.col.hands": "Hands (point / reply / question / order)",
  "debrief.col.posts": "Posts / replies",
  "debrief.col.reactions": "Reactions given / received",
  "debrief.col.votes": "Votes cast",
  "debrief.prompts": "Questions",
  "debrief.promptLine": "{time} open · {speeches} speeches · {posts} posts · {votes} votes",
  "debrief.votes": "Votes",
  "debrief.noVotes": "Nothing was put to the vote.",
  "debrief.voteResult.carried": "Carried",
  "debrief.voteResult.defeated": "Not carried",
  "debrief.voteResult.open": "Still open",
  "debrief.tally": "{for} for · {against} against · {abstain} abstaining",
  "debrief.choice.for": "for",
  "debrief.choice.against": "against",
  "debrief.choice.abstain": "abstains",
  "debrief.ballot": "{role} ({name}): {choice}",
  "debrief.atMoment": "at this moment",
  "debrief.speeches": "Speeches",
  "debrief.noSpeeches": "Nobody spoke.",
  "debrief.speechLine": "{time} · {name} · {role} · {words} words",
  "debrief.cards": "Event cards played",
  "debrief.objectives": "Objectives (revealed after the end)",
  "debrief.objectivesLater": "Each role's objectives tied to resolutions are revealed here once the seminar has ended.",
  "debrief.objectivesNone": "No role had objectives tied to the resolutions.",
  "debrief.objectivesLocal":
    "The roles' objectives are known to the server only; open this debrief from the server to see them.",
  "debrief.objective": "{role} wanted “{resolution}” {wants}: it was {outcome}.",
  "debrief.wants.carried": "carried",
  "debrief.wants.defeated": "defeated",
  "debrief.outcome.carried": "carried",
  "debrief.outcome.defeated": "not carried",
  "debrief.met": "Met",
  "debrief.notMet": "Not met",
  "debrief.chartsFailed": "The charts could not be drawn: {message}",

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
  "roles.givenByFacilitator": "Given by the facilitator",
  "roles.assignedByFacilitator": "In this seminar the facilitator gives the roles: read them here, and wait for yours.",
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
  "board.emptyReadOnly": "No posts on this question.",
  "board.newPosts": { one: "{n} new post ↓", other: "{n} new posts ↓" },
  "board.earlier": "Earlier questions",
  "board.posts": { one: "{n} post", other: "{n} posts" },
  "prompt.context": "About this question",
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
  "hand.point": "a point",
  "hand.reply": "a reply",
  "hand.question": "a question",
  "hand.order": "point of order",

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
  "dock.discard": "Discard draft",
  "dock.draftWhileWaiting": "You can write your speech while you wait; Speak works once you have the floor.",
  "dock.draftKept":
    "Your turn ended before you spoke. Your words are kept here: raise your hand, and they will be ready when you have the floor again.",
  "dock.draftKeptIdle": "Your draft is kept. Raise your hand to speak it.",
  "reaction.applause": "Applause",
  "reaction.dissent": "Dissent",
  "reaction.laughter": "Laughter",
  "reaction.question": "Question!",

  // Chair controls
  "chair.heading": "Chair",
  "chair.giveNext": "Give the floor to next",
  "chair.giveNextTo": "Give the floor to {name}",
  "chair.giveTo": "Give the floor to",
  "chair.give": "Give floor",
  "chair.endTurn": "End the turn",
  "chair.prompt": "Question",
  "chair.openPrompt": "Open question",
  "chair.limit": "Speech limit (seconds)",
  "chair.setLimit": "Set",
  "chair.choose": "Choose…",

  // The teacher runs the class (issue 12): the facilitator's desk, hiding posts, removal, the end
  "desk.heading": "Facilitator",
  "desk.people": "Everyone in the seminar",
  "desk.nextIs": {
    one: "Next to speak: {name} ({n} hand raised).",
    other: "Next to speak: {name}, of {n} waiting.",
  },
  "desk.next": "next",
  "desk.inQueue": "no. {n} in the queue",
  "desk.chooseRole": "Role…",
  "desk.roleFor": "Role for {name}",
  "desk.assign": "Give role",
  "desk.revoke": "Take back role",
  "desk.handOver": "Make facilitator",
  "desk.remove": "Remove",
  "desk.lock": "Lock the seminar",
  "desk.unlock": "Unlock the seminar",
  "desk.lockedHint": "Locked: nobody new can join. Those with a seat can still come back.",
  "desk.unlockedHint": "Open: new participants can join.",
  "desk.claiming": "Roles",
  "desk.claimingOpen": "Students choose their roles",
  "desk.claimingFacilitator": "I assign the roles",
  "desk.closeQuestion": "Close the question",
  "desk.end": "End the seminar",
  "desk.endHeading": "End the seminar for everyone?",
  "desk.endBody":
    "Nobody will be able to speak, post, vote or join any more. The record stays: its replay, minutes, log and debrief.",
  "desk.endConfirm": "End the seminar",
  "desk.handOverHeading": "Make {name} the facilitator?",
  "desk.handOverBody":
    "{name} gets this desk and all its powers; you stay in the seminar without them. Only the new facilitator can hand it back.",
  "desk.handOverConfirm": "Hand over",
  "desk.removeHeading": "Remove {name}?",
  "desk.removeBody": "{name} leaves the seminar at once and cannot come back into it.",
  "desk.removeBodyRole":
    "{name} leaves the seminar at once and cannot come back into it. The role {role} becomes free.",
  "desk.removeConfirm": "Remove",
  "desk.linkSummary": "Open this desk on another device",
  "desk.linkWarning":
    "This link is your seat as the facilitator: whoever opens it runs the seminar as you. Keep it private: never project it, post it or send it to students.",
  "desk.linkLabel": "Your private facilitator link",
  "desk.copyLink": "Copy the private link",
  "desk.refused.roleTaken": "Someone already holds that role: take it back first.",
  "desk.refused.hasRole": "They already hold a role: take it back first.",
  "desk.refused.gone": "They are no longer in the seminar.",
  "desk.refused.roleFree": "Nobody holds that role any more.",
  "desk.refused.handOverAway": "Only someone connected right now can take over.",
  "desk.refused.noQuestion": "No question is open.",
  "desk.refused.forbidden": "Only the facilitator can do this.",
  "desk.refused.rateLimited": "Too many actions at once: wait a moment and try again.",
  "confirm.cancel": "Cancel",
  "board.hide": "Hide",
  "board.hideLabel": "Hide the post by {name}",
  "board.hideHeading": "Hide this post?",
  "board.hideBody":
    "Its text disappears for everyone at once, and from the record: the replay, the minutes and the log say only that the moderator hid it. It cannot be shown again.",
  "board.hideConfirm": "Hide the post",
  "board.hidden": "Hidden by the moderator.",
  "board.hideRefused.gone": "That post is not on the board any more.",
  "board.hideRefused.already": "That post is already hidden.",
  "board.hideRefused.forbidden": "Only the chair or the facilitator can hide posts.",
  "end.heading": "The seminar has ended",
  "end.lede": "The facilitator ended “{title}” at {time}. Thank you for taking part.",
  "end.ledeAway": "The facilitator ended “{title}” while you were away. Thank you for taking part.",
  "end.record": "The record is kept: watch it again, read it, or take it with you.",
  "end.replay": "Watch the replay",
  "end.minutes": "Read the minutes",
  "end.log": "Download the log",
  "end.debrief": "Open the debrief",
  "end.door": "Back to the start",
  "removed.heading": "You were removed from this seminar",
  "removed.body":
    "The facilitator removed you from seminar {code}. You cannot come back into it. If you think this is a mistake, speak to your teacher.",
  "removed.bodyTitled":
    "The facilitator removed you from “{title}” (seminar {code}). You cannot come back into it. If you think this is a mistake, speak to your teacher.",
  "removed.door": "Back to the start",

  // Minutes page (/minutes/ID)
  "minutes.loading": "Loading the minutes…",
  "minutes.docTitle": "Minutes · {title}",
  "minutes.heading": "Minutes:",
  "minutes.actions": "Minutes actions",
  "minutes.markdown": "Download as Markdown",
  "minutes.print": "Print",
  "minutes.date": "Date",
  "minutes.time": "Time",
  "minutes.session": "Session",
  "minutes.record": "Record",
  "minutes.speeches": { one: "{n} speech", other: "{n} speeches" },
  "minutes.posts": { one: "{n} board post", other: "{n} board posts" },
  "minutes.localTime": "Times are in your time zone ({zone}); in brackets, the time since the seminar began.",
  "minutes.participants": "Participants",
  "minutes.nobody": "Nobody joined.",
  "minutes.noRole": "no role",
  "minutes.roleOf": "{role}, {faction}",
  "minutes.then": "; then ",
  "minutes.proceedings": "Proceedings",
  "minutes.before": "Before the first question",
  "minutes.resumed": "(resumed)",
  "minutes.openedBy": "Opened by",
  "minutes.openedAt": "at",
  "minutes.openedBySystem": "Opened at",
  "minutes.noSpeeches": "No speeches.",
  "minutes.nothing": "No question was opened and nobody spoke.",
  "minutes.otherBoards": "Board threads on questions that were not opened",
  "minutes.reactions": "Reactions",
  "minutes.hiddenPost": "This post was hidden by the moderator.",
  "minutes.ended": "The facilitator ended the seminar at",

  // Cards and votes as items of the record (transcript, Discussion panel, minutes page)
  "record.card": "Event card",
  "record.playedBy": "played by",
  "record.sources": "Sources",
  "record.vote": "Vote",
  "record.putBy": "put by",
  "record.carried": "Carried",
  "record.defeated": "Not carried",
  "record.stillOpen": "Voting is open",
  "record.closedAt": "closed at",
  "record.noBallots": "No votes cast yet.",
  "record.promptItems": "Votes and cards on this question",
  "record.cards": { one: "{n} card played", other: "{n} cards played" },
  "record.votes": { one: "{n} vote", other: "{n} votes" },

  // The scene
  "scene.banner": "Л. Д. Троцкий · 1940 — 1990",
  "scene.label": "The hall: {table} at the table, {audience} in the audience. {floor}",
  "scene.audience": "Audience",

  // The projector view and the hall's marks (hands' kinds, the vote, a played card)
  "projector.open": "Projector",
  "projector.openLabel":
    "Open the projector view in a new tab: the hall, the speaker's words, the queue and the vote, large enough for the back of the room",
  "projector.connecting": "Connecting to seminar {code}…",
  "projector.passcodeAsk": "Seminar {code} has a passcode. Enter it to show the seminar here.",
  "projector.passcode": "Passcode",
  "projector.passcodeWrong": "That passcode is not right.",
  "projector.show": "Show",
  "projector.unavailable": "Seminar {code} cannot be shown: {reason}",
  "projector.noQuestion": "No question is open yet.",
  "projector.speaking": "Speaking now",
  "projector.lastSpeech": "Last speech",
  "projector.preparing": "…",
  "projector.nobodySpoke": "Nobody has spoken yet.",
  "projector.hands": "Hands up",
  "projector.noHands": "No hands are up.",
  "projector.moreHands": { one: "and {n} more", other: "and {n} more" },
  "projector.for": "For",
  "projector.against": "Against",
  "projector.abstain": "Abstaining",
  "projector.result": "Result",
  "hall.kind.point": "point",
  "hall.kind.reply": "reply",
  "hall.kind.question": "question",
  "hall.kind.order": "order!",
  "hall.vote": "Vote",
  "hall.cardPlayed": "Event card",

  // A cluster whose Redis is unreachable (the door's refusal 4530)
  "start.refused.unavailable":
    "The server cannot let anyone in just now (it is reconnecting to its shared service). Seminars already running go on. Try again in a moment.",
} as const satisfies Record<string, string | Plural>;

type Key = keyof typeof en;
/** Keys of plain strings, for `t`. */
export type StringKey = { [K in Key]: (typeof en)[K] extends string ? K : never }[Key];
/** Keys of counts, for `tn`. */
export type PluralKey = Exclude<Key, StringKey>;
export type Dictionary = { [K in Key]: (typeof en)[K] extends string ? string : Plural };

export const ru: Dictionary = {
  "app.title": "Семинар в «Спутнике»",
  "app.subtitle": "Семинар о Троцком · гостиница «Спутник», Москва · август 1990",
  "app.loading": "Загрузка…",

  "start.heading": "Займите место в гостинице «Спутник»",
  "start.lede":
    "Август 1990 года: историки «Мемориала», молодые московские социалисты, шахтёры новых независимых профсоюзов и троцкисты с Запада собираются под одной крышей, чтобы поговорить о Троцком через пятьдесят лет после его убийства. Выберите имя, затем откройте семинар или войдите в уже идущий.",
  "start.name": "Ваше имя",
  "start.nameHint": "Так вас увидят другие: от 1 до {max} символов.",
  "start.createHeading": "Открыть новый семинар",
  "start.scenario": "Сценарий",
  "start.create": "Открыть семинар",
  "start.creating": "Открываем…",
  "start.joinHeading": "Войти в семинар",
  "start.code": "Код семинара",
  "start.codeHint": "Код или ссылка, которой с вами поделились.",
  "start.join": "Войти",
  "start.joining": "Входим…",
  "start.invited": "Вас пригласили на семинар {code}. Введите имя и войдите.",
  "start.liveHeading": "Идущие семинары",
  "start.liveNone": "Сейчас не идёт ни один семинар из списка этого сервера.",
  "start.liveJoin": "Войти в {code}",
  "start.refresh": "Обновить",
  "start.people": { one: "{n} участник", few: "{n} участника", many: "{n} участников", other: "{n} участника" },
  "start.noScenarios": "Не удалось загрузить сценарии с сервера.",
  "start.resuming": "Возвращаем вас на ваше место на семинаре {code}…",
  "start.ended": "завершён",
  "start.events": { one: "{n} событие", few: "{n} события", many: "{n} событий", other: "{n} события" },
  "start.replay": "Повтор",
  "start.replayLabel": "Повтор семинара {code}",
  "start.logLabel": "Скачать журнал семинара {code}",
  "start.minutesLabel": "Протокол семинара {code}",
  "start.debriefLabel": "Разбор семинара {code}: кто говорил, сколько и как голосовала каждая роль",
  "start.recordingsHeading": "Записанные семинары",
  "start.recordingsLede":
    "Каждый семинар записывается в журнал. Посмотрите его снова или откройте журнал, записанный в другом месте.",
  "start.openFile": "Открыть запись семинара…",
  "start.openFileHint": "Воспроизводит файл журнала .ndjson в этом браузере; ничего не отправляется.",
  "start.importFile": "Загрузить журнал…",
  "start.importHint": "Отправляет журнал на этот сервер, чтобы и другие могли его посмотреть.",
  "start.dropHere": "Перетащите сюда файл журнала",
  "start.importing": "Загружаем…",
  "start.minutesMarkdownLabel": "Скачать протокол семинара {code} в формате Markdown",

  "start.title": "Название",
  "start.titleHint": "Видно у входа, в приглашении и в протоколе; до {max} символов. Если пусто, то показанное серым.",
  "start.rolesLegend": "Роли",
  "start.rolesOpen": "Студенты выбирают роли сами",
  "start.rolesFacilitator": "Роли раздаю я",
  "start.listed": "Показать его на странице этого сервера",
  "start.listedHint":
    "Тогда его увидит и сможет войти любой, кто откроет эту страницу. Иначе в него входят только по ссылке или коду.",
  "start.passcodeOptional": "Пароль (необязательно)",
  "start.passcodeHint":
    "От {min} до {max} символов. Он нужен всем, чтобы войти и читать запись: сообщите его классу сами.",
  "start.passcode": "Пароль",
  "start.passcodeBadge": "с паролем",
  "start.liveMeta": "{code} · {people} · начало в {time}",
  "start.recordMeta": "{code} · {status} · {events} · {date}",
  "start.closed": "закрыт",
  "start.mineHeading": "Ваши семинары",
  "start.mineLede": "Семинары, которые этот браузер открыл, в которые входил или которые загрузил.",
  "start.liveLede": "Семинары, которые ведущие показали на этом сервере.",
  "start.refused.passcodeNeeded": "У этого семинара есть пароль. Введите пароль, который дал преподаватель, и войдите.",
  "start.invitedPasscode": "У этого семинара есть пароль: введите тот, что дал преподаватель.",
  "start.refused.passcodeWrong": "Пароль неверный. Уточните его у преподавателя и попробуйте ещё раз.",
  "start.refused.locked": "Семинар закрыт: ведущий больше никого не впускает.",
  "start.refused.removed": "Ведущий удалил вас из этого семинара.",
  "start.refused.ended": "Семинар {code} завершён. Его повтор и протокол по-прежнему можно прочитать.",
  "start.refused.addressLimit": "Слишком много подключений из этой сети: {message}",
  "start.refused.invalidOptions": "Не принято: {message}",
  "start.refused.unknownScenario": "На этом сервере нет такого сценария.",
  "start.refused.longTitle": "Название может быть не длиннее {max} символов.",
  "start.refused.passcodeLength": "Пароль должен быть от {min} до {max} символов.",

  "mine.delete": "Удалить",
  "mine.deleteLabel": "Удалить «{title}» ({code}) с этого сервера навсегда",
  "mine.deleting": "Удаляем…",
  "mine.deleteHeading": "Удалить «{title}» навсегда?",
  "mine.deleteBody":
    "Семинар {code} и всё, что о нём хранится, навсегда исчезнут с этого сервера: его журнал, повтор, протокол и разбор. Открыть их больше никто не сможет, и отменить это нельзя.",
  "mine.deleteKeepCopy":
    "Чтобы сохранить копию, сначала скачайте журнал: файл можно смотреть в повторе или загрузить снова.",
  "mine.deleteLog": "Скачать журнал",
  "mine.deleteYes": "Удалить навсегда",
  "mine.deleted": "Семинар «{title}» удалён с этого сервера.",
  "mine.alreadyGone": "Семинар «{title}» уже был удалён с этого сервера; этот браузер тоже его забыл.",
  "mine.forget": "Забыть",
  "mine.forgetLabel": "Забыть «{title}» ({code}) только в этом браузере; на сервере он останется",
  "mine.forgotten":
    "Семинара «{title}» больше нет в списке этого браузера. На сервере он остался: его открывает код {code}.",
  "mine.refused.forbidden":
    "Не удалено: ключ места, который хранит этот браузер, больше не ключ ведущего (семинар передали другому?). Удалить его может только ведущий.",
  "mine.refused.live": "Не удалено: семинар ещё открыт. Его можно удалить, когда он завершён и все из него вышли.",
  "mine.refused.unreachable": "Не удалено: сервер недоступен. Проверьте подключение и попробуйте ещё раз.",
  "mine.refused.other": "Не удалено: сервер ответил {message}",

  "passcode.heading": "У этого семинара есть пароль",
  "passcode.body": "Его запись только для его класса. Введите пароль семинара {code}, чтобы прочитать её.",
  "passcode.wrong": "Пароль неверный. Уточните его у преподавателя и попробуйте ещё раз.",
  "passcode.cancel": "Отмена",
  "passcode.submit": "Открыть",
  "passcode.needed": "для записи этого семинара нужен его пароль.",

  "invite.button": "Пригласить",
  "invite.heading": "Приглашение на семинар",
  "invite.body": "Откройте эту ссылку или наведите на код камеру телефона, затем введите имя и войдите.",
  "invite.link": "Ссылка-приглашение",
  "invite.qr": "QR-код ссылки-приглашения",
  "invite.copyFailed": "Браузер не дал скопировать: ссылка выделена, скопируйте её сами.",
  "invite.localOnly":
    "Этот адрес работает только на этом компьютере. Чтобы впустить устройства класса, запустите сервер без {host} (или задайте {publicUrl}).",
  "invite.passcode": "У этого семинара есть пароль: он понадобится каждому, кто входит.",
  "invite.close": "Закрыть",
  "lang.label": "Язык",
  "lang.scenarioEnglish":
    "Тексты самого сценария (роли, брифы, вопросы, источники) пока на английском: их перевод появится вместе с обновлённым содержанием.",

  "error.emptyName": "Сначала введите своё имя.",
  "error.longName": "Имя может быть не длиннее {max} символов.",
  "error.emptyCode": "Введите код семинара.",
  "error.unknownCode": "Семинара с кодом «{code}» нет. Проверьте код или откройте новый семинар.",
  "error.roomFull": "Этот семинар заполнен: свободных мест нет.",
  "error.unreachable": "Сервер недоступен. Проверьте подключение и попробуйте ещё раз.",
  "error.joinFailed": "Не удалось войти: {message}",
  "error.scenarioFailed": "Не удалось загрузить сценарий этого семинара.",
  "error.disconnected": "Вы отключены от семинара.",
  "error.reconnecting": "Связь потеряна. Переподключаемся… Ваше место, роль и место в очереди сохранены.",
  "error.seatTaken": "Это место открыто в другой вкладке или окне. Продолжайте там или верните его сюда.",
  "error.takeSeatBack": "Продолжить здесь",
  "error.rejoin": "Войти снова",
  "error.notSent": "Не отправлено: нет связи. Попробуйте ещё раз, когда она восстановится.",
  "error.rejectedGeneric": "Не выполнено: {message}",

  "header.code": "Код семинара",
  "header.copyLink": "Скопировать приглашение",
  "header.copied": "Ссылка скопирована",
  "header.you": "Вы: {name}",
  "header.asRole": "{name}, роль: {role}",
  "header.observer": "наблюдатель",
  "header.changeRole": "Выбрать роль",
  "header.leave": "Выйти",
  "leave.heading": "Выйти из семинара?",
  "leave.body": "Вы откажетесь от роли и места в очереди. Войти снова можно по коду, как новый участник.",
  "leave.confirm": "Выйти",
  "leave.stay": "Остаться",
  "header.rewind": "Перемотка",
  "header.rewindLabel": "Перемотка: посмотреть, что уже было, не выходя из семинара",
  "export.log": "Скачать журнал",
  "export.minutes": "Протокол",
  "export.debrief": "Разбор",
  "export.minutesMarkdown": "Markdown",
  "export.replay": "Повтор",

  "replay.title": "Повтор",
  "replay.docTitle": "Повтор · {title}",
  "replay.heading": "Повтор: {title}",
  "replay.session": "Сессия {id}",
  "replay.localFile": "Файл на компьютере: {name}",
  "replay.rewindHeading": "Перемотка · семинар {id}",
  "replay.backToLive": "Назад к семинару",
  "replay.newSinceRewind": "Новых событий после перемотки: {n}",
  "replay.backToStart": "Семинары",
  "replay.openAnother": "Открыть другой файл…",
  "replay.importThis": "Загрузить на сервер",
  "replay.loadingLog": "Загружаем запись…",
  "replay.notFound": "На этом сервере нет записи семинара «{id}».",
  "replay.loadFailed": "Не удалось загрузить запись: {message}",
  "replay.badLog": "Этот файл не журнал семинара, его нельзя воспроизвести.",
  "replay.badLine": "Строка {line}: {reason}",
  "replay.importFailed": "Сервер не принял журнал: {message}",
  "replay.importTooLarge": "Файл слишком велик для этого сервера: {message}",
  "replay.readFailed": "Не удалось прочитать файл.",
  // Votes and cards
  "vote.heading": "Голосования и карточки событий",
  "vote.open": "Идёт голосование",
  "vote.for": "За",
  "vote.against": "Против",
  "vote.abstain": "Воздержаться",
  "vote.cast": "Голос вашей роли",
  "vote.close": "Закрыть голосование",
  "vote.tally": "за: {for} · против: {against} · воздержались: {abstain}",
  "vote.carried": "Принято:",
  "vote.defeated": "Не принято:",
  "vote.resolution": "Резолюция",
  "vote.putResolution": "Поставить на голосование",
  "vote.motion": "Предложение из зала",
  "vote.putMotion": "Поставить предложение",
  "vote.card": "Карточка события",
  "vote.playCard": "Разыграть карточку",
  "dock.handIntent": "Зачем рука",

  // Бюллетень: под залом и у идущего голосования на панели «Обсуждение»
  "ballot.yours": "Голос вашей роли: {choice}. Его можно изменить, пока голосование не закрыто.",
  "ballot.notYet": "Ваша роль ещё не голосовала.",
  "ballot.refused.same": "Ваша роль уже проголосовала так.",
  "ballot.refused.closed": "Голосование уже закрыто; этот голос не учтён.",
  "ballot.refused.gone": "Такого голосования в этом семинаре нет.",
  "ballot.refused.forbidden": "Голосуют только те, у кого есть роль: возьмите роль, чтобы голосовать.",

  // Debrief page
  "debrief.title": "Разбор",
  "debrief.docTitle": "Разбор · {title}",
  "debrief.heading": "Разбор: {title}",
  "debrief.session": "Семинар {id}",
  "debrief.localFile": "Файл на этом компьютере: {name}",
  "debrief.loading": "Готовим разбор…",
  "debrief.notFound": "На этом сервере нет записи семинара «{id}».",
  "debrief.loadFailed": "Не удалось загрузить разбор: {message}",
  "debrief.pickHeading": "Разбор записанного семинара",
  "debrief.pickLede":
    "Выберите журнал семинара (.ndjson). Он читается в этом браузере; ничего не отправляется на сервер.",
  "debrief.openFile": "Выбрать файл журнала…",
  "debrief.csv": "Скачать CSV (строка на участника)",
  "debrief.replay": "Открыть запись",
  "debrief.print": "Печать",
  "debrief.summary": "{people} · {speeches} · {minutes} у трибуны · {state}",
  "debrief.people": { one: "{n} участник", few: "{n} участника", many: "{n} участников", other: "{n} участника" },
  "debrief.speechCount": {
    one: "{n} выступление",
    few: "{n} выступления",
    many: "{n} выступлений",
    other: "{n} выступления",
  },
  "debrief.running": "ещё идёт",
  "debrief.ended": "завершён в {time}",
  "debrief.floorByFaction": "Время у трибуны по группам",
  "debrief.floorByParticipant": "Время у трибуны по участникам",
  "debrief.floorStrip": "Кто и когда держал слово",
  "debrief.seconds": "секунды",
  "debrief.minutesAxis": "минуты от начала",
  "debrief.noRole": "Без роли",
  "debrief.balance": "Баланс",
  "debrief.topFifth": "Самая разговорчивая пятая часть выступавших ({names}) заняла {share} времени у трибуны.",
  "debrief.noSpeakers": "Никто не брал слово.",
  "debrief.neverSpoke": "Ни разу не выступили: {names}.",
  "debrief.everyoneSpoke": "Каждый выступил хотя бы раз.",
  "debrief.participants": "Участники",
  "debrief.col.name": "Имя",
  "debrief.col.roles": "Роли",
  "debrief.col.faction": "Группа",
  "debrief.col.speeches": "Выступления",
  "debrief.col.floor": "У трибуны",
  "debrief.col.words": "Слова",
  "debrief.col.hands": "Руки (слово / ответ / вопрос / к порядку)",
  "debrief.col.posts": "Сообщения / ответы",
  "debrief.col.reactions": "Реакции: свои / полученные",
  "debrief.col.votes": "Голосования",
  "debrief.prompts": "Вопросы",
  "debrief.promptLine": "открыт {time} · выступлений: {speeches} · сообщений: {posts} · голосований: {votes}",
  "debrief.votes": "Голосования",
  "debrief.noVotes": "Ничего не ставилось на голосование.",
  "debrief.voteResult.carried": "Принято",
  "debrief.voteResult.defeated": "Не принято",
  "debrief.voteResult.open": "Голосование идёт",
  "debrief.tally": "за: {for} · против: {against} · воздержались: {abstain}",
  "debrief.choice.for": "за",
  "debrief.choice.against": "против",
  "debrief.choice.abstain": "воздерживается",
  "debrief.ballot": "{role} ({name}): {choice}",
  "debrief.atMoment": "в этот момент",
  "debrief.speeches": "Выступления",
  "debrief.noSpeeches": "Никто не выступал.",
  "debrief.speechLine": "{time} · {name} · {role} · слов: {words}",
  "debrief.cards": "Разыгранные карточки событий",
  "debrief.objectives": "Цели (раскрываются после окончания)",
  "debrief.objectivesLater": "Цели каждой роли, связанные с резолюциями, появятся здесь, когда семинар закончится.",
  "debrief.objectivesNone": "Ни у одной роли не было целей, связанных с резолюциями.",
  "debrief.objectivesLocal": "Цели ролей известны только серверу; откройте этот разбор с сервера, чтобы их увидеть.",
  "debrief.objective": "{role} хотел(а), чтобы «{resolution}» было {wants}: оно {outcome}.",
  "debrief.wants.carried": "принято",
  "debrief.wants.defeated": "отклонено",
  "debrief.outcome.carried": "принято",
  "debrief.outcome.defeated": "не принято",
  "debrief.met": "Достигнута",
  "debrief.notMet": "Не достигнута",
  "debrief.chartsFailed": "Не удалось нарисовать графики: {message}",

  "replay.pickHeading": "Открыть запись семинара",
  "replay.pickLede":
    "Выберите журнал семинара (.ndjson) или перетащите его сюда. Он воспроизводится в этом браузере; ничего не отправляется, пока вы сами не загрузите его на сервер.",
  "replay.play": "Смотреть",
  "replay.pause": "Пауза",
  "replay.replayAgain": "Смотреть снова",
  "replay.speed": "Скорость",
  "replay.speedValue": "{n}×",
  "replay.speedLabel": "Скорость воспроизведения: {n}×",
  "replay.timeline": "Шкала времени",
  "replay.valueText": "{position} из {duration}, {clock}",
  "replay.position": "Позиция",
  "replay.clock": "Время на семинаре",
  "replay.prevChapter": "Предыдущая глава",
  "replay.nextChapter": "Следующая глава",
  "replay.chapters": "Главы",
  "replay.chaptersEmpty": "Никто не выступал, и ни один вопрос не был открыт.",
  "replay.chapterPrompt": "Вопрос",
  "replay.chapterSpeech": "Выступление",
  "replay.before": "До первой главы",
  "replay.gap": "Пропущена тишина: {time}",
  "replay.gapMark": "Пауза: пропущено {time}",
  "replay.events": "Событие {seq} из {total}",
  "replay.keys": "Пробел — пуск/пауза · ←/→ 5 с (Shift — 30 с) · Home/End · [ ] главы · +/− скорость",
  "replay.readOnly": "Повтор: только просмотр",

  "floor.open": "Слово свободно.",
  "floor.holder": "Выступает {name}.",
  "floor.holderRole": "Выступает {name}, роль: {role}.",
  "floor.you": "Слово у вас.",
  "floor.remaining": "осталось {time}",
  "floor.overtime": "время вышло",
  "floor.limit": "Регламент: {time}",

  "roles.heading": "Выберите роль",
  "roles.lede":
    "Каждая роль — позиция 1990 года. Кто берёт роль, получает её закрытый бриф. Можно и остаться наблюдателем в зале.",
  "roles.free": "Свободна",
  "roles.takenBy": "Занята: {name}",
  "roles.yours": "Ваша роль",
  "roles.take": "Взять эту роль",
  "roles.givenByFacilitator": "Её даёт ведущий",
  "roles.assignedByFacilitator": "В этом семинаре роли раздаёт ведущий: прочитайте о них здесь и дождитесь своей.",
  "roles.release": "Отказаться от роли",
  "roles.chair": "Председатель",
  "roles.historical": "Историческое лицо",
  "roles.composite": "Собирательный образ",
  "roles.observe": "Остаться наблюдателем",
  "roles.close": "Закрыть",
  "roles.standpoint": "Позиция этой группы в 1990 году",

  "setting.heading": "Обстановка:",
  "setting.place": "Место",
  "setting.date": "Дата",
  "setting.occasion": "Повод",
  "setting.whoCame": "Кто пришёл",
  "setting.moment": "Момент",
  "setting.unknowns": "Чего пока не знают",
  "setting.essay":
    "По материалам «{title}» ({author}, {year}) и справки с источниками; источники указаны у каждой роли.",

  "tabs.label": "Панели семинара",
  "tabs.discussion": "Обсуждение",
  "tabs.transcript": "Стенограмма",
  "tabs.brief": "Мой бриф",
  "tabs.people": "Участники",
  "tabs.background": "Справка",
  "tabs.guide": "Для ведущего",
  "tabs.chapters": "Главы",

  "prompt.none": "Председатель ещё не открыл вопрос.",
  "prompt.heading": "Открытый вопрос",
  "prompt.epilogue": "Эпилог: после семинара",
  "prompt.divides": "Разделяет",
  "prompt.sources": "Источники",
  "board.heading": "Доска",
  "board.empty": "По этому вопросу записей пока нет. Начните обсуждение.",
  "board.emptyReadOnly": "По этому вопросу записей нет.",
  "board.newPosts": {
    one: "{n} новая запись ↓",
    few: "{n} новые записи ↓",
    many: "{n} новых записей ↓",
    other: "{n} новой записи ↓",
  },
  "board.earlier": "Прежние вопросы",
  "board.posts": { one: "{n} запись", few: "{n} записи", many: "{n} записей", other: "{n} записи" },
  "prompt.context": "Об этом вопросе",
  "board.reply": "Ответить",
  "board.replyTo": "Ответ участнику {name}",
  "board.cancelReply": "Отменить ответ",
  "board.compose": "Ваша запись",
  "board.post": "Опубликовать",
  "board.postReply": "Опубликовать ответ",
  "board.unknownAuthor": "кто-то",

  "transcript.heading": "Стенограмма",
  "transcript.empty": "Пока никто не выступал.",
  "transcript.observer": "наблюдатель",

  "brief.heading": "Ваш закрытый бриф",
  "brief.none": "Возьмите роль, чтобы получить её закрытый бриф. Его видите только вы.",
  "brief.waiting": "Бриф уже в пути…",
  "brief.standpoint": "Позиция",
  "brief.objectives": "Цели",
  "brief.talkingPoints": "Тезисы",
  "brief.facts": "Факты",
  "brief.sources": "Источники",
  "brief.cannotKnowYet": "Чего вы пока не можете знать",
  "brief.documentation": "Что задокументировано",

  "background.timeline": "Хронология, 1917–1991",
  "background.timelineHint": "События с пометкой «после семинара» вашей роли в 1990 году ещё неизвестны.",
  "background.afterSeminar": "после семинара",
  "background.glossary": "Словарь",

  "guide.byPrompt": "Резолюции и карточки к каждому вопросу",
  "guide.resolutions": "Резолюции для голосования",
  "guide.noResolution": "К этому вопросу резолюции нет.",
  "guide.cards": "Подходящие карточки событий",
  "guide.noCard": "К этому вопросу карточек нет.",
  "guide.full": "Руководство для ведущего (на английском)",

  "print.brief": "Распечатать мою роль",
  "print.roles": "Распечатать список ролей",
  "print.rolesHeading": "Роли",
  "print.historical": "реальный человек",
  "print.composite": "собирательный образ (вымышленный, типичный)",

  "people.queue": "Ждут слова",
  "people.queueEmpty": "Никто не поднял руку.",
  "people.participants": "В зале ({n})",
  "people.facilitator": "ведущий",
  "people.chair": "председатель",
  "people.disconnected": "нет связи",
  "people.you": "вы",
  "people.speaking": "выступает",
  "hand.point": "выступление",
  "hand.reply": "ответ",
  "hand.question": "вопрос",
  "hand.order": "к порядку ведения",

  "dock.label": "Ваши действия",
  "dock.raiseHand": "Поднять руку",
  "dock.lowerHand": "Опустить руку",
  "dock.queuePosition": "Ваш номер в очереди: {n}.",
  "dock.reactions": "Реакция",
  "dock.speech": "Ваше выступление",
  "dock.speak": "Выступить",
  "dock.yield": "Уступить слово",
  "dock.chars": "{n} / {max}",
  "dock.discard": "Удалить черновик",
  "dock.draftWhileWaiting":
    "Можно писать выступление, пока вы ждёте; кнопка «Выступить» заработает, когда вам дадут слово.",
  "dock.draftKept":
    "Ваше время вышло раньше, чем вы выступили. Текст сохранён здесь: поднимите руку, и он будет готов, когда слово снова будет у вас.",
  "dock.draftKeptIdle": "Черновик сохранён. Поднимите руку, чтобы выступить с ним.",
  "reaction.applause": "Аплодисменты",
  "reaction.dissent": "Несогласие",
  "reaction.laughter": "Смех",
  "reaction.question": "Вопрос!",

  "chair.heading": "Председатель",
  "chair.giveNext": "Дать слово следующему",
  "chair.giveNextTo": "Дать слово: {name}",
  "chair.giveTo": "Дать слово участнику",
  "chair.give": "Дать слово",
  "chair.endTurn": "Завершить выступление",
  "chair.prompt": "Вопрос",
  "chair.openPrompt": "Открыть вопрос",
  "chair.limit": "Регламент (секунды)",
  "chair.setLimit": "Установить",
  "chair.choose": "Выберите…",

  "desk.heading": "Ведущий",
  "desk.people": "Все участники семинара",
  "desk.nextIs": {
    one: "Следующим выступает {name}; ждёт слова: {n}.",
    few: "Следующим выступает {name}; ждут слова: {n}.",
    many: "Следующим выступает {name}; ждут слова: {n}.",
    other: "Следующим выступает {name}; ждут слова: {n}.",
  },
  "desk.next": "следующий",
  "desk.inQueue": "№ {n} в очереди",
  "desk.chooseRole": "Роль…",
  "desk.roleFor": "Роль для участника {name}",
  "desk.assign": "Дать роль",
  "desk.revoke": "Забрать роль",
  "desk.handOver": "Сделать ведущим",
  "desk.remove": "Удалить",
  "desk.lock": "Закрыть вход",
  "desk.unlock": "Открыть вход",
  "desk.lockedHint": "Вход закрыт: новые участники не войдут. У кого есть место, смогут вернуться.",
  "desk.unlockedHint": "Вход открыт: новые участники могут войти.",
  "desk.claiming": "Роли",
  "desk.claimingOpen": "Студенты выбирают роли сами",
  "desk.claimingFacilitator": "Роли раздаю я",
  "desk.closeQuestion": "Закрыть вопрос",
  "desk.end": "Завершить семинар",
  "desk.endHeading": "Завершить семинар для всех?",
  "desk.endBody":
    "Никто больше не сможет выступать, писать, голосовать или входить. Запись останется: повтор, протокол, журнал и разбор.",
  "desk.endConfirm": "Завершить семинар",
  "desk.handOverHeading": "Сделать ведущим участника {name}?",
  "desk.handOverBody":
    "{name} получит этот пульт и все права ведущего; вы останетесь на семинаре без них. Вернуть их сможет только новый ведущий.",
  "desk.handOverConfirm": "Передать",
  "desk.removeHeading": "Удалить участника {name}?",
  "desk.removeBody": "{name} сразу покинет семинар и не сможет в него вернуться.",
  "desk.removeBodyRole": "{name} сразу покинет семинар и не сможет в него вернуться. Роль {role} освободится.",
  "desk.removeConfirm": "Удалить",
  "desk.linkSummary": "Открыть этот пульт на другом устройстве",
  "desk.linkWarning":
    "Эта ссылка и есть ваше место ведущего: кто её откроет, будет вести семинар от вашего имени. Храните её в тайне: не показывайте на экране, не публикуйте и не отправляйте студентам.",
  "desk.linkLabel": "Ваша личная ссылка ведущего",
  "desk.copyLink": "Скопировать личную ссылку",
  "desk.refused.roleTaken": "Эта роль уже занята: сначала заберите её.",
  "desk.refused.hasRole": "У этого участника уже есть роль: сначала заберите её.",
  "desk.refused.gone": "Этого участника больше нет на семинаре.",
  "desk.refused.roleFree": "Эту роль уже никто не занимает.",
  "desk.refused.handOverAway": "Передать права можно только тому, кто сейчас на связи.",
  "desk.refused.noQuestion": "Ни один вопрос не открыт.",
  "desk.refused.forbidden": "Это может только ведущий.",
  "desk.refused.rateLimited": "Слишком много действий подряд: подождите немного и попробуйте снова.",
  "confirm.cancel": "Отмена",
  "board.hide": "Скрыть",
  "board.hideLabel": "Скрыть запись участника {name}",
  "board.hideHeading": "Скрыть эту запись?",
  "board.hideBody":
    "Её текст сразу исчезнет у всех и из записи семинара: в повторе, протоколе и журнале останется лишь пометка, что её скрыл модератор. Показать её снова будет нельзя.",
  "board.hideConfirm": "Скрыть запись",
  "board.hidden": "Скрыто модератором.",
  "board.hideRefused.gone": "Этой записи больше нет на доске.",
  "board.hideRefused.already": "Эта запись уже скрыта.",
  "board.hideRefused.forbidden": "Скрывать записи могут только председатель и ведущий.",
  "end.heading": "Семинар завершён",
  "end.lede": "Ведущий завершил семинар «{title}» в {time}. Спасибо за участие.",
  "end.ledeAway": "Ведущий завершил семинар «{title}», пока вас не было. Спасибо за участие.",
  "end.record": "Запись сохранена: её можно посмотреть снова, прочитать или забрать с собой.",
  "end.replay": "Смотреть повтор",
  "end.minutes": "Читать протокол",
  "end.log": "Скачать журнал",
  "end.debrief": "Открыть разбор",
  "end.door": "К началу",
  "removed.heading": "Вас удалили с этого семинара",
  "removed.body":
    "Ведущий удалил вас с семинара {code}. Вернуться на него нельзя. Если вы считаете это ошибкой, обратитесь к преподавателю.",
  "removed.bodyTitled":
    "Ведущий удалил вас с семинара «{title}» (код {code}). Вернуться на него нельзя. Если вы считаете это ошибкой, обратитесь к преподавателю.",
  "removed.door": "К началу",

  "minutes.loading": "Загружаем протокол…",
  "minutes.docTitle": "Протокол · {title}",
  "minutes.heading": "Протокол:",
  "minutes.actions": "Действия с протоколом",
  "minutes.markdown": "Скачать в формате Markdown",
  "minutes.print": "Печать",
  "minutes.date": "Дата",
  "minutes.time": "Время",
  "minutes.session": "Сессия",
  "minutes.record": "Запись",
  "minutes.speeches": {
    one: "{n} выступление",
    few: "{n} выступления",
    many: "{n} выступлений",
    other: "{n} выступления",
  },
  "minutes.posts": {
    one: "{n} запись на доске",
    few: "{n} записи на доске",
    many: "{n} записей на доске",
    other: "{n} записи на доске",
  },
  "minutes.localTime": "Время указано в вашем часовом поясе ({zone}); в скобках — время от начала семинара.",
  "minutes.participants": "Участники",
  "minutes.nobody": "Никто не пришёл.",
  "minutes.noRole": "без роли",
  "minutes.roleOf": "{role}, {faction}",
  "minutes.then": "; затем ",
  "minutes.proceedings": "Ход семинара",
  "minutes.before": "До первого вопроса",
  "minutes.resumed": "(продолжение)",
  "minutes.openedBy": "Открыт участником",
  "minutes.openedAt": "в",
  "minutes.openedBySystem": "Открыт в",
  "minutes.noSpeeches": "Выступлений не было.",
  "minutes.nothing": "Ни один вопрос не был открыт, и никто не выступал.",
  "minutes.otherBoards": "Обсуждения на доске по вопросам, которые не открывались",
  "minutes.reactions": "Реакции",
  "minutes.hiddenPost": "Эта запись скрыта модератором.",
  "minutes.ended": "Ведущий завершил семинар в",

  "record.card": "Карточка события",
  "record.playedBy": "разыграл(а)",
  "record.sources": "Источники",
  "record.vote": "Голосование",
  "record.putBy": "поставил(а)",
  "record.carried": "Принято",
  "record.defeated": "Не принято",
  "record.stillOpen": "Голосование идёт",
  "record.closedAt": "закрыто в",
  "record.noBallots": "Голосов пока нет.",
  "record.promptItems": "Голосования и карточки по этому вопросу",
  "record.cards": {
    one: "{n} карточка",
    few: "{n} карточки",
    many: "{n} карточек",
    other: "{n} карточки",
  },
  "record.votes": {
    one: "{n} голосование",
    few: "{n} голосования",
    many: "{n} голосований",
    other: "{n} голосования",
  },

  "scene.banner": "Л. Д. Троцкий · 1940 — 1990",
  "scene.label": "Зал: за столом {table}, в публике {audience}. {floor}",
  "scene.audience": "Публика",

  "projector.open": "Проектор",
  "projector.openLabel":
    "Открыть вид для проектора в новой вкладке: зал, слова выступающего, очередь и голосование, крупно, чтобы читалось с последней парты",
  "projector.connecting": "Подключение к семинару {code}…",
  "projector.passcodeAsk": "У семинара {code} есть пароль. Введите его, чтобы показать семинар здесь.",
  "projector.passcode": "Пароль",
  "projector.passcodeWrong": "Пароль неверный.",
  "projector.show": "Показать",
  "projector.unavailable": "Семинар {code} нельзя показать: {reason}",
  "projector.noQuestion": "Вопрос ещё не открыт.",
  "projector.speaking": "Сейчас выступает",
  "projector.lastSpeech": "Последнее выступление",
  "projector.preparing": "…",
  "projector.nobodySpoke": "Пока никто не выступал.",
  "projector.hands": "Просят слова",
  "projector.noHands": "Никто не просит слова.",
  "projector.moreHands": { one: "и ещё {n}", few: "и ещё {n}", many: "и ещё {n}", other: "и ещё {n}" },
  "projector.for": "За",
  "projector.against": "Против",
  "projector.abstain": "Воздержались",
  "projector.result": "Итог",
  "hall.kind.point": "слово",
  "hall.kind.reply": "ответ",
  "hall.kind.question": "вопрос",
  "hall.kind.order": "к порядку!",
  "hall.vote": "Голосование",
  "hall.cardPlayed": "Карточка события",

  // A cluster whose Redis is unreachable (the door's refusal 4530)
  "start.refused.unavailable":
    "Сервер сейчас никого не может впустить (он заново подключается к общей службе). Уже идущие семинары продолжаются. Попробуйте ещё раз через минуту.",
};

/**
 * The language of the scenario's own texts (roles, briefs, questions): English, whatever the
 * interface's. Elements showing them carry `lang` so, for screen readers and hyphenation.
 */
export const SCENARIO_LANG = "en";

/** The interface's languages, each with its own name (shown as it is, in any language). */
export const LANGUAGES = [
  { code: "en", name: "English" },
  { code: "ru", name: "Русский" },
] as const;
export type Language = (typeof LANGUAGES)[number]["code"];

const dictionaries = new Map<string, Dictionary>([
  ["en", en],
  ["ru", ru],
]);

/** Where a choice made with the door's switch is kept, so the next visit opens in it. */
const STORED_LANGUAGE = "sputnik.lang";

let current: Dictionary = en;
let currentLanguage: Language = "en";
let currentLocale = "en";
let plurals = new Intl.PluralRules("en");
let numbers = new Intl.NumberFormat("en");

/** `lang`, written the way the reader's own variant of it is ("en-GB": 24-hour times), if they have one. */
function use(lang: Language, readerLanguages: readonly string[]): Language {
  current = dictionaries.get(lang)!;
  currentLanguage = lang;
  const variant = readerLanguages.find((l) => l.toLowerCase().split("-")[0] === lang);
  try {
    currentLocale = variant ? (Intl.getCanonicalLocales(variant)[0] ?? lang) : lang;
  } catch {
    currentLocale = lang;
  }
  plurals = new Intl.PluralRules(currentLocale);
  numbers = new Intl.NumberFormat(currentLocale);
  return lang;
}

function storedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORED_LANGUAGE) ?? null;
  } catch {
    return null;
  }
}

/**
 * Chooses the dictionary: `?lang=xx` first, then the language chosen on the door, then the
 * browser's languages, then English.
 */
export function chooseLanguage(search: string, languages: readonly string[]): Language {
  const asked = new URLSearchParams(search).get("lang");
  for (const lang of [asked, storedLanguage(), ...languages]) {
    const base = lang?.toLowerCase().split("-")[0];
    // A Map: `?lang=constructor` names nothing.
    if (base && dictionaries.has(base)) {
      // Asked for in the address: kept, so the room's own address (without it) stays in it.
      if (lang === asked) rememberLanguage(base as Language);
      return use(base as Language, languages);
    }
  }
  return use("en", languages);
}

/** Keeps `lang` as the reader's choice (the door's switch), for this visit and later ones. */
export function rememberLanguage(lang: Language): void {
  try {
    globalThis.localStorage?.setItem(STORED_LANGUAGE, lang);
  } catch {
    /* private mode: the choice holds for this page only */
  }
}

/** The language the interface is in. */
export function language(): Language {
  return currentLanguage;
}

/** The locale dates, times and numbers are written in: the interface's language, in the reader's variant. */
export function locale(): string {
  return currentLocale;
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

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? isolate(String(vars[name])) : whole,
  );
}

/** The string for `key`, with `{name}` placeholders filled from `vars` (each isolated, see `isolate`). */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  return fill(current[key], vars);
}

/** The form of `key` for the count `n` (its plural category in the current language), `{n}` filled. */
export function tn(key: PluralKey, n: number, vars: Record<string, string | number> = {}): string {
  const forms = current[key];
  const template = forms[plurals.select(n)] ?? forms.other;
  return fill(template, { ...vars, n: numbers.format(n) });
}
