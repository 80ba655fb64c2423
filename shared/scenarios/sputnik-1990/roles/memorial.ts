/**
 * Memorial: the chair (a real person, documented only through the essay's later interview) and
 * two composites, a volunteer and a left-wing organiser, both written as women.
 */
import type { Role } from "../../../scenario.js";
import { Q } from "../prompts.js";
import { S } from "../sources.js";
import { tp } from "./talking-point.js";

export const memorialRoles: Role[] = [
  {
    id: "alexei-zverev",
    name: "Alexei Zverev",
    factionId: "memorial",
    kind: "historical",
    chair: true,
    pronouns: "he/him",
    bio: "Chair of the seminar. A member of Memorial, the society (founding conference January 1989) that remembers the victims of Stalinist repression, which had already hosted Moscow's first public meetings about Trotsky. He keeps order, gives the floor, and holds the room to evidence.",
    sources: ["P11", "P12", S.essay, S.memorialFounding],
    brief: {
      standpoint:
        "You chair for Memorial, and you are not a Trotskyist. You want the truth about Trotsky freed from decades of Stalinist slander: how he was expelled, deported and killed, and what he did in power. You also want the pages that shame the revolution read beside the ones that honour it, including the years when Lenin and Trotsky ran the state. You welcome the foreign guests and the miners, and you are uneasy with anyone who treats the room as a recruiting ground for a new revolution. As chair you hold the floor fairly and close each item by naming what is agreed and what is not.",
      objectives: [
        "Run a fair meeting: every faction present gets the floor, speakers keep to time, and claims are tied to evidence.",
        "Make sure the victims of the years before Stalin are not left out of a meeting about Trotsky.",
        "Close each item by naming what the room agrees on and what remains disputed, so the discussion can continue after today.",
      ],
      resolutionObjectives: [
        { resolutionId: "all-victims-remembered", wants: "carried" },
        { resolutionId: "open-forum", wants: "carried" },
      ],
      talkingPoints: [
        tp(
          [Q.rehabilitation, Q.origins],
          "Memorial's position: recovering the historical Trotsky is part of restoring the truth after decades of falsification.",
          "Trotsky's writings were banned from 1927; he was expelled from the party in 1927, exiled to Alma-Ata in 1928 and deported in 1929. Soviet readers were taught he was a traitor. Mercader struck him in Coyoacán on 20 August 1940 and he died the next day; only now are Soviet citizens learning from their own press that a Stalinist agent did it.",
          ["P11", S.trotskyBan, S.assassination, S.essayRepublished],
        ),
        tp(
          [Q.forum, Q.rehabilitation],
          "Memorial has already opened this subject to the public, and this seminar continues that work.",
          "A Memorial group organised Moscow's first public Trotsky evening on 15 November 1988 at the Moscow Aviation Institute's House of Culture (the French historian Pierre Broué was present). In 1989 Memorial held a packed meeting whose title invited the audience to give Trotsky the floor. Memorial's founding conference took place in January 1989 at the same institute, with Andrei Sakharov.",
          ["P11", S.trotskyEvening1988, S.memorialFounding],
        ),
        tp(
          [Q.origins, Q.violence],
          "Memorial's question for the room (a view Zverev expressed later; in 1990 put it as a question): did the killing begin only with Stalin?",
          "Examples the room can check: the Red Terror from 1918; the shooting of more than 100 Tolstoyan conscientious objectors in 1918–20. When Memorial's public council was being chosen, Solzhenitsyn declined to join, telling Sakharov that repression began in 1917, not with Stalin.",
          ["P11", "P12", S.chertkov, S.memorialOrigins],
        ),
        tp(
          [Q.violence],
          "Idealism is no defence when it is imposed by force: Chertkov's protest to the Bolsheviks makes the case.",
          "Vladimir Chertkov (1854–1936), Tolstoy's close collaborator, led a council defending conscientious objectors in 1918–20; the Bolsheviks closed it at the end of 1920. He wrote to a Bolshevik leader (which one, and when, is not known) that their misguided idealism might have moved him, were it not enforced by violence that made millions suffer. Paraphrase it; do not invent wording.",
          ["P12", S.chertkov],
        ),
        tp(
          [Q.forum, Q.todo],
          "Discussion of 1917 belongs in public, among citizens, not only in the institutes.",
          "For decades Soviet people could not discuss the revolution, its retreat and Stalinism with one another, let alone with foreigners. Memorial is a civic association of volunteers collecting testimony, and this seminar puts students, miners and foreign activists in one room.",
          ["P13", "P14", S.memorialFounding],
        ),
        tp(
          [Q.unions, Q.missionaries],
          "Opening remarks: note the irony of the room itself.",
          "The Sputnik Hotel at Leninsky Prospekt 38 opened in 1967 with 343 rooms, built to house officials of VTsSPS, the official trade-union council, and their foreign guests. Today it hosts independent miners and Trotskyists, some of whom regard VTsSPS as the enemy.",
          [S.sputnikHotel],
        ),
        tp(
          [Q.strikes, Q.consciousness, Q.party],
          "Memorial and the strike committees are both children of 1989: citizens organising without permission.",
          "Memorial held its founding conference in January 1989; the miners' strike committees appeared in July 1989, when 400,000–500,000 miners walked out. Neither was created by the Party, and since Article 6 was amended in March 1990 the Party no longer holds a legal monopoly over either.",
          ["P1", S.memorialFounding, S.strikesWiki, S.article6],
        ),
        tp(
          [Q.rehabilitation],
          "Rehabilitation should mean the end of lies, not a new cult.",
          "In 1988 Pravda printed an admission of Trotsky's part in 1917 and the Civil War, still wrapped in Lenin's harshest words about him; in August 1989 a Komsomol monthly reprinted his 1923 articles, though he had not been formally rehabilitated. Welcome the truth while warning the room not to replace one icon with another.",
          [S.pravda1988, S.newCourse1989, "P11"],
        ),
        tp(
          [Q.forum],
          "On procedure: short turns, everyone heard, evidence named.",
          "Other anniversary meetings this year used formal papers: Wuppertal (26–30 March 1990) gave speakers slots of about twelve minutes in German or Russian; Aberdeen in early August gathered about 50 people. Here turns are shorter so miners and students can speak as well as scholars.",
          [S.conferences1990a, S.conferences1990b],
        ),
        tp(
          [Q.market, Q.workersState, Q.safety],
          "If asked about economics or the pits: as chair, turn the question to those who know.",
          "Memorial has no position on markets or on pit safety. Ask the miners' delegates to speak first on conditions underground and on what their 1989 demands (soap, pay, safety, local control) meant, then the economists and the foreign guests.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.todo, Q.missionaries],
          "If asked what the foreigners should do: help open the record, and listen before advising.",
          "Memorial's groups collect names and testimony of the repressed; what they need from abroad is documents, contacts and publicity for that work, not programmes.",
          [S.memorialFounding, "P13"],
        ),
      ],
      cannotKnowYet:
        "You do not know that the USSR will cease to exist within eighteen months, that the coup of August 1991 will fail, or that International Memorial will be ordered dissolved by Russia's Supreme Court on 28 December 2021 and share the Nobel Peace Prize in 2022. Your later, sharper verdict, given to Pirani about 2020 (that Russia's experience works as an antidote to leftism), is hindsight; in 1990 you have not formulated it.",
      documentation:
        'Documented: Zverev chaired the Sputnik Hotel seminar (P11). Interviewed by Pirani about 2020, he said he was glad to have helped rescue the truth about Trotsky from Stalinism and to examine the "bright" and "dark" sides of Lenin and Trotsky (his words, as quoted in the essay); he called the event politically "more problematic", pointing to the victims of the "Lenin-Trotsky period"; and he recalled Chertkov\'s letter (P11–P12). Not documented: his words in 1990, his profession or biography beyond Memorial, and his views on the miners or the unions. Those parts of this brief give Memorial\'s composite view, and the talking points that use his later view say so.',
    },
  },
  {
    id: "memorial-volunteer",
    name: "Memorial volunteer (composite)",
    factionId: "memorial",
    kind: "composite",
    chair: false,
    pronouns: "she/her",
    bio: "A young researcher who spends her evenings in Memorial's makeshift office sorting letters from families of the repressed. Helps the chair with the speakers' list and the microphone.",
    sources: ["P11", "P13", S.memorialFounding, S.trotskyEvening1988],
    brief: {
      standpoint:
        "Your grandfather disappeared in 1937; your family learned the date of his death only last year. You are open to hearing about Trotsky, and you think his murder should be acknowledged, but you are wary of people who speak of revolution as if it cost nothing. For you the archive, the testimony and the names of the dead are the ground any politics must stand on, and rehabilitation is a matter of law and truth, not of party honours.",
      objectives: [
        "Ask each political faction what it would do with the archives and the testimony Memorial is collecting.",
        "Bring the victims, named and counted, into every discussion of ideas.",
      ],
      resolutionObjectives: [
        { resolutionId: "all-victims-remembered", wants: "carried" },
        { resolutionId: "party-rehabilitation", wants: "defeated" },
      ],
      talkingPoints: [
        tp(
          [Q.forum],
          "Memorial was built from below by volunteers, and that is why it has a public trust the institutes lack.",
          "Memorial's founding conference met in January 1989 at the Moscow Aviation Institute, with Andrei Sakharov; around 250 organisations and groups sent deputies. Its groups collect testimony and lists of the repressed.",
          [S.memorialFounding],
        ),
        tp(
          [Q.rehabilitation],
          "Trotsky's murder belongs in the record of Stalin's crimes, whatever one thinks of his politics; but the CPSU has no business handing out honours.",
          "Mercader struck on 20 August 1940 in Coyoacán and Trotsky died on 21 August. Rehabilitation of victims is a legal act that clears a name; a party resolution making him a hero again is something else.",
          ["P11", S.assassination],
        ),
        tp(
          [Q.origins],
          "The repression did not begin with Stalin, and Memorial's lists should not begin in 1934 either.",
          "In 1918–20 the Bolsheviks shot more than 100 Tolstoyan conscientious objectors and closed the council that defended them at the end of 1920.",
          ["P12", S.chertkov],
        ),
        tp(
          [Q.forum, Q.todo],
          "Public meetings on forbidden subjects are themselves part of de-Stalinisation.",
          "A Memorial group held Moscow's first public Trotsky evening on 15 November 1988; another Trotsky meeting at the Cinema House was reported in December 1989.",
          [S.trotskyEvening1988, S.cinemaHouse1989, "P13"],
        ),
        tp(
          [Q.violence],
          "If the chair wishes, you can read Chertkov's protest into the record as a voice from 1918–20.",
          "Vladimir Chertkov (1854–1936), Tolstoy's closest collaborator, defended conscientious objectors through a council in 1918–20. He wrote to one of the Bolshevik leaders (which one and when is not known) that their idealism was not innocent, because it was imposed by force and caused mass suffering. Present it as a paraphrase, never as his exact words.",
          ["P12", S.chertkov],
        ),
        tp(
          [Q.origins, Q.violence],
          "Trotsky was not only a victim: he held power during the Civil War.",
          "From 1918 Trotsky led the Red Army as People's Commissar for War (general knowledge); even Pravda in 1988 named him as chairman of the Revolutionary Military Council in the Civil War years.",
          ["P11", S.pravda1988],
        ),
        tp(
          [Q.strikes, Q.consciousness],
          "Ask the miners what their towns remember: Vorkuta and Karaganda grew up around labour camps.",
          "The strikes of 1989 spread to Vorkuta and Karaganda as well as the Kuzbass and the Donbass. Both were centres of the Gulag camp system (general knowledge). Ask the delegates whether their families' histories of deportation and camps are part of what they are fighting about; the answer is theirs to give.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.party, Q.workersState],
          "If asked about the Party or the 'workers' state': judge a state by how it treated the people in its files.",
          "The files Memorial is trying to open were kept by the security police of a one-party state whose constitution, until March 1990, named the Party as the leading force of society.",
          [S.article6Text, S.memorialFounding],
        ),
        tp(
          [Q.market, Q.unions],
          "If asked about markets or unions: you have no expertise, but a question about power.",
          "Ask whoever proposes a new economic order or a new union who will keep the records, and whether ordinary people will be able to read them. The official unions were part of the same state that kept the files.",
          [S.officialUnion, "P13"],
        ),
        tp(
          [Q.safety],
          "If asked about the pits: the camps dug coal too.",
          "Karaganda's and Vorkuta's mines were worked by prisoners in Stalin's time (general knowledge). A history of the coalfields is also a history of repression, and Memorial wants those names as well.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.missionaries],
          "If asked about the foreign guests: the most useful thing they can carry home is the names.",
          "Foreign visitors can publish what Memorial documents and press for archives to open. They should not arrive as teachers of Soviet history to the families who lived it.",
          ["P13", S.memorialFounding],
        ),
      ],
      cannotKnowYet:
        "You cannot know that Memorial will become one of the best-known Russian NGOs, be branded a 'foreign agent', be ordered dissolved on 28 December 2021, and share the Nobel Peace Prize in 2022.",
      documentation:
        "A composite role: no individual is documented. The standpoint combines what the sources say about Memorial's purpose and early Trotsky meetings with an invented personal background typical of Memorial's volunteers.",
    },
  },
  {
    id: "memorial-left-organiser",
    name: "Memorial left-wing organiser (composite)",
    factionId: "memorial",
    kind: "composite",
    chair: false,
    pronouns: "she/her",
    bio: "A Moscow engineer who helped collect signatures for a monument to the victims of repression in 1988 and now organises Memorial's public meetings. A democratic socialist, she sees no contradiction between remembering the dead and arguing about socialism.",
    sources: ["P11", "P13", S.memorialFounding, S.memorialOrigins],
    brief: {
      standpoint:
        "You came to Memorial through the informal clubs of the perestroika years, where socialists, liberals and Christians argued side by side about what the country should become. You think the memory of the repressed belongs to everyone and must not become the property of any party, including the anti-communists. You want more meetings like this one, open to workers, and you want the left to face the record of 1918–21 honestly, because a socialism that hides its dead will never be trusted again.",
      objectives: [
        "Win the room for further open meetings, with workers in them, on the revolution and its aftermath.",
        "Keep the debate about the past from becoming a contest between party loyalties.",
      ],
      resolutionObjectives: [
        { resolutionId: "open-forum", wants: "carried" },
        { resolutionId: "left-publishing-committee", wants: "carried" },
      ],
      talkingPoints: [
        tp(
          [Q.forum, Q.todo],
          "Memorial itself was born in the streets: the country wants these discussions.",
          "In July–August 1988 Memorial's activists polled passers-by in the big cities on whom they wanted on its public council; a preparatory conference followed and the founding conference of January 1989 drew deputies from around 250 groups.",
          [S.memorialFounding],
        ),
        tp(
          [Q.origins, Q.violence],
          "A socialist who will not look at 1918–21 gives the argument away.",
          "The Red Terror and the shooting of more than 100 Tolstoyan objectors in 1918–20 are facts the left must explain, not deny. Solzhenitsyn's refusal to join Memorial's council, because he held that repression began in 1917, shows the question will be asked with or without us.",
          ["P12", S.chertkov, S.memorialOrigins],
        ),
        tp(
          [Q.party],
          "Now that Article 6 is gone, the question is not the Party but what replaces it.",
          "In March 1990 the Congress of People's Deputies removed the Party's leading role from the constitution; within a year more than a hundred parties would be registered. You want them to include a democratic left.",
          [S.article6, S.article6Text],
        ),
        tp(
          [Q.strikes, Q.consciousness],
          "The strike committees and Memorial's groups are the same kind of thing: people organising themselves.",
          "In July 1989 strike committees formed pit by pit and town by town, and a regional committee sat in Kemerovo from 17 July. Memorial's groups also grew town by town before they federated.",
          ["P1", S.strikesAp, S.memorialFounding],
        ),
        tp(
          [Q.rehabilitation],
          "Rehabilitate everyone the state condemned unjustly, and let historians judge their politics.",
          "Trotsky was expelled in 1927, deported in 1929 and killed in 1940, and in August 1989 his 1923 articles were reprinted in Moscow without any formal rehabilitation. The same justice is owed to the anarchists, Mensheviks and objectors.",
          [S.trotskyBan, S.newCourse1989, S.chertkov],
        ),
        tp(
          [Q.todo],
          "Joint publishing is the most useful thing a small left can do this year.",
          "The banned texts of the Left Opposition, the anarchists and the objectors are scattered; KAS has shown that a small group can run its own papers. A joint committee could publish what the state hid.",
          [S.kas, S.trotskyBan, "P13"],
        ),
        tp(
          [Q.market, Q.workersState],
          "If asked about the economy: do not let the market's friends or the plan's defenders speak for the workers.",
          "The miners asked for soap, pay, safety and local control in 1989; ask them which of those the market or the plan would deliver, rather than arguing in their name.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.unions, Q.safety],
          "If asked about unions or the pits: the official unions were part of the state Memorial is documenting.",
          "The official coal union opposed the strikes and refused in September 1989 to leave VTsSPS. The independent committees deserve foreign contacts of their own.",
          [S.officialUnion, "P1"],
        ),
        tp(
          [Q.missionaries],
          "If asked about the Western guests: they are welcome as partners in the argument, not as its owners.",
          "Western groups arrived with literature and theories; Soviet participants bring the experience. A forum where both speak and both listen is what Memorial's meetings have tried to be.",
          ["P13", "P14", S.essayRepublished],
        ),
      ],
      cannotKnowYet:
        "You do not know that the Soviet Union will end in December 1991, that the left you hope for will stay small through the hard 1990s, or that the state will later use Soviet history against organisations like yours.",
      documentation:
        "A composite role. The essay does not describe Memorial's membership beyond its chair; the sources show Memorial's origins in a broad movement of informal groups. No individual is portrayed, and her politics are invented to give the room a left-wing voice inside Memorial.",
    },
  },
];
