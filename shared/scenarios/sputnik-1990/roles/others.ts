/**
 * Liberal democrats and anarcho-syndicalists: all composites, since the essay names no one
 * from either current, though it shows both shaping the left's situation in 1990–91.
 */
import type { Role } from "../../../scenario.js";
import { Q } from "../prompts.js";
import { S } from "../sources.js";
import { tp } from "./talking-point.js";

export const otherRoles: Role[] = [
  {
    id: "liberal-democrat",
    name: "Democratic-movement activist (composite)",
    factionId: "liberal-democrats",
    kind: "composite",
    chair: false,
    pronouns: "she/her",
    bio: "An engineer turned political activist in Moscow's democratic movement, a campaigner in the 1990 elections. Came out of curiosity, and to tell the Western leftists what Soviet people really think.",
    sources: ["P6", "P8", S.strikesWiki, S.donetskCongress],
    brief: {
      standpoint:
        "You want your country to become a normal one: free elections, a free press, private property, a market economy, the rule of law. You admire the miners for breaking the Party's grip and think the market will at last pay them what their coal is worth. Trotsky, to you, is one of the founders of the system you are trying to dismantle, and Western leftists who admire him strike you as tourists in your tragedy.",
      objectives: [
        "Convince the miners' delegates that their future lies with the democratic movement and the market.",
        "Challenge the Trotskyists to account for the Bolsheviks' own repression.",
      ],
      resolutionObjectives: [
        { resolutionId: "coal-autonomy", wants: "carried" },
        { resolutionId: "defend-nationalised-property", wants: "defeated" },
        { resolutionId: "left-publishing-committee", wants: "defeated" },
      ],
      talkingPoints: [
        tp(
          [Q.party, Q.strikes],
          "The miners have already chosen: they are leaving the Party.",
          "At the First Congress of Soviet Miners in Donetsk (June 1990) delegates voted 308 to 116 for a mass exit from the CPSU; on 11 July 1990 they struck for the government's resignation and an end to Party rule; the next day Yeltsin left the Party at its own congress.",
          [S.donetskCongress, S.strikeJuly1990, S.yeltsinQuits],
        ),
        tp(
          [Q.market],
          "The strikers asked for economic independence: that is the market.",
          "The Kuzbass demands of 1989 included local economic autonomy; miners wanted to sell coal at real prices. In August 1990 Gorbachev and Yeltsin agreed a joint commission to draft a programme for the market, the '500 days' plan.",
          ["P1", S.strikesWiki, S.fiveHundredDays],
        ),
        tp(
          [Q.origins, Q.violence],
          "Lenin and Trotsky built the machine that Stalin used.",
          "The Bolsheviks shot more than 100 Tolstoyan conscientious objectors in 1918–20; Solzhenitsyn refused a seat on Memorial's council because, he said, repression began in 1917.",
          ["P12", S.chertkov, S.memorialOrigins],
        ),
        tp(
          [Q.workersState, Q.strikes],
          "Socialism has been tried here for seventy years; the shops speak for themselves.",
          "The 1989 strikers had to demand soap, sugar, meat and tea. The official unions, part of the state, opposed them.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.forum],
          "Memorial and Sakharov are our movement's conscience.",
          "Memorial's founding conference in January 1989, at the Moscow Aviation Institute, was attended by Andrei Sakharov. Truth about the past and democracy now go together.",
          [S.memorialFounding, "P13"],
        ),
        tp(
          [Q.missionaries, Q.workersState],
          "Western leftists should try living here before praising a 'workers' state'.",
          "Crowded public transport, shortages of basic goods including sanitary products for women, and the callousness of officials are everyday life.",
          ["P9"],
        ),
        tp(
          [Q.rehabilitation],
          "Rehabilitate Trotsky as a victim, by all means, but not as a democrat.",
          "His murder by Stalin's agent in 1940 is now being admitted in the Soviet press. But he led the Red Army in the Civil War and defended the Bolshevik monopoly of power (general knowledge).",
          ["P11", S.assassination, S.pravda1988],
        ),
        tp(
          [Q.consciousness],
          "The miners are individuals who want a normal life, not a class with a mission.",
          "Their demands ran from soap to local autonomy; many want to be paid in real money for real coal.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.unions],
          "If asked about unions: Western unions should back the independent ones, and leave the official ones to the past.",
          "The official coal union opposed the strikes and stayed in VTsSPS; the independent miners are building their own union.",
          [S.officialUnion, S.donetskCongress],
        ),
        tp(
          [Q.safety],
          "If asked about safety: owners who must answer for accidents will invest in safety; a ministry never did.",
          "Safety was on the 1989 lists after decades of the planned economy. Your argument: responsibility needs owners and courts.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.todo],
          "If asked what the left should do: join the democratic movement, or stay irrelevant.",
          "Since Article 6 was amended in March 1990, new parties have begun to register; the democrats are the force in the big cities. A socialist committee publishing old texts changes nothing.",
          [S.article6Text, S.article6],
        ),
      ],
      cannotKnowYet:
        "You do not know that prices freed in January 1992 will rise about 26-fold within the year, that voucher privatisation (1992–94) and loans-for-shares (1995–96) will enrich a few, or that the economy will shrink to about half its 1989 size by 1996. Nor that, at the White House in August 1991, you will find Trotskyists with red flags defending the same parliament as you.",
      documentation:
        "A composite role for the broad democratic movement, which the essay shows as the liberal crowd at the White House in 1991 (P6) and as the force behind privatisation (P8). No individual is portrayed.",
    },
  },
  {
    id: "glasnost-historian",
    name: "Academy historian (composite)",
    factionId: "liberal-democrats",
    kind: "composite",
    chair: false,
    pronouns: "he/him",
    bio: "A historian at a Moscow research institute who has spent two years writing for the glasnost press about the 1920s. Sympathetic to the democrats, wary of activists writing history.",
    sources: ["P13", "P14", S.pravda1988, S.conferences1990a],
    brief: {
      standpoint:
        "For decades you wrote within the lines; now the archives are opening and the press prints what you could only whisper. You think the history of the revolution and of Trotsky needs documents, method and time, and you worry that activists of every kind (Trotskyist, nationalist, liberal) want a usable past rather than a true one. You support the democratic movement but believe scholarship must stand apart from it.",
      objectives: [
        "Insist on documentary evidence for every historical claim made in the room.",
        "Argue that history should not be handed over to political movements, however sympathetic.",
      ],
      resolutionObjectives: [
        { resolutionId: "open-forum", wants: "defeated" },
        { resolutionId: "party-rehabilitation", wants: "defeated" },
      ],
      talkingPoints: [
        tp(
          [Q.rehabilitation],
          "The official press is now doing what it refused to do for fifty years, but a party resolution is not history.",
          "In 1988 Pravda printed an excerpt from Volkogonov's Stalin biography acknowledging Trotsky's role in 1917 and the Civil War; in August 1989 Young Communist reprinted The New Course.",
          [S.pravda1988, S.newCourse1989],
        ),
        tp(
          [Q.forum],
          "Scholars abroad and at home are meeting on this subject this very year.",
          "Anniversary conferences were held in Wuppertal (26–30 March 1990, papers in German or Russian) and Aberdeen (early August, about 50 people including Soviet scholars).",
          [S.conferences1990a, S.conferences1990b],
        ),
        tp(
          [Q.forum, Q.todo],
          "Public meetings are welcome, but they can distort as well as reveal.",
          "This seminar tries to discuss 1917 in civil society rather than the academy, after decades of suppression (P13–P14). A standing activists' forum would write history by majority vote.",
          ["P13", "P14"],
        ),
        tp(
          [Q.origins, Q.violence],
          "Trotsky was banned, but he was not innocent: the record of 1918–21 must be read whole.",
          "His works were banned from 1927; as a Bolshevik leader in the Civil War he shares responsibility for its violence, including against objectors and other socialists.",
          ["P12", S.trotskyBan, S.chertkov],
        ),
        tp(
          [Q.workersState],
          "'Workers' state' is a political formula, not a historical category; test it against evidence.",
          "Ask what share of decisions workers made, what they earned, what they could buy. The 1989 strikers' demands for soap and meat are evidence too.",
          ["P1", S.strikesWiki],
        ),
        tp(
          [Q.forum],
          "Memorial's volunteer lists and the academy's archives need each other.",
          "Memorial was founded in January 1989 as a civic association, with Sakharov at its conference; its Trotsky evenings of 1988–89 drew large audiences. Historians bring method; Memorial brings testimony.",
          [S.memorialFounding, S.trotskyEvening1988, "P13"],
        ),
        tp(
          [Q.origins],
          "The question of where Stalinism came from cannot be settled by a vote.",
          "Continuity (Lenin–Trotsky–Stalin) versus rupture (Stalin's counter-revolution) is the central dispute of the room. Each side can cite real evidence: the Red Terror and the objectors of 1918–20, and the purges that destroyed the Bolshevik generation.",
          ["P12", S.chertkov],
        ),
        tp(
          [Q.violence],
          "Idealism is a motive, not an alibi.",
          "Historians explain actions by motives without excusing them; Chertkov, writing in 1918–20, judged the Bolsheviks by consequences. Both approaches belong in the discussion.",
          ["P12"],
        ),
        tp(
          [Q.strikes, Q.consciousness],
          "If asked about the strikes: historians will need the committees' own records.",
          "Western scholars who visited Donetsk just after the 1989 strike found the committees still meeting. Their minutes and leaflets are sources; keep them.",
          [S.friedgutSiegelbaum, S.strikesWiki],
        ),
        tp(
          [Q.market, Q.party],
          "If asked about the market or the Party: as a citizen you back reform; as a historian you note how often reformers promised quick results.",
          "The NEP of the 1920s, Khrushchev's reforms and now the '500 days' commission of August 1990 each promised a fast transformation (general knowledge for the first two).",
          [S.fiveHundredDays],
        ),
        tp(
          [Q.unions, Q.safety, Q.missionaries],
          "If asked about unions, safety or the foreigners: you are not the expert; ask for sources.",
          "Ask the foreign miners for documents on British pit safety and the Soviet delegates for their committees' records, so that what is said today can be checked.",
          ["P1", "P3"],
        ),
      ],
      cannotKnowYet:
        "You do not know how far the archives will open in the 1990s, nor that in later decades the state will use Soviet history to support nationalist, statist politics and that civil-society historians like Memorial will be closed down.",
      documentation:
        "A composite role for the glasnost-era academic historian; it gives a counterweight on the question of civil society versus academia (P13–P14). No individual is portrayed.",
    },
  },
  {
    id: "anarcho-syndicalist",
    name: "KAS anarcho-syndicalist (composite)",
    factionId: "anarcho-syndicalists",
    kind: "composite",
    chair: false,
    pronouns: "he/him",
    bio: "A member of the Confederation of Anarcho-Syndicalists, who writes for its labour newsletter and has travelled to the coalfields to report on the strike committees.",
    sources: ["P7", S.kas, S.kasKor],
    brief: {
      standpoint:
        "You believe in workers running their own affairs through elected, recallable committees and federated unions, without parties or states. The strike committees of 1989 were the best thing that has happened in your lifetime. You are happy to work with the Trotskyists on practical things, but you have not forgotten that Trotsky commanded the Red Army that crushed Kronstadt and the Makhnovists, and you will say so.",
      objectives: [
        "Defend the strike committees and workers' assemblies as the model for the new unions.",
        "Keep the Trotskyists honest about the Bolsheviks' treatment of anarchists and other socialists.",
        "Propose concrete joint work: labour news, strike support, publishing.",
      ],
      resolutionObjectives: [
        { resolutionId: "all-victims-remembered", wants: "carried" },
        { resolutionId: "party-rehabilitation", wants: "defeated" },
        { resolutionId: "defend-nationalised-property", wants: "defeated" },
      ],
      talkingPoints: [
        tp(
          [Q.strikes, Q.consciousness],
          "The 1989 strike committees were self-management in action.",
          "Committees formed in each pit and town; by 17 July 1989 a Kuzbass regional committee sat in Kemerovo. They ran towns for days while 400,000–500,000 miners struck.",
          ["P1", S.strikesWiki, S.strikesAp],
        ),
        tp(
          [Q.todo, Q.forum],
          "We are already doing the work: our newsletter reports what the official press will not.",
          "KAS was created in January 1989 and held its founding conference in May with delegates from 15 cities; its newsletter KAS-KOR reports on the workers' committees.",
          [S.kasFounding, S.kasKor],
        ),
        tp(
          [Q.origins],
          "The Bolsheviks destroyed independent unions and other socialists long before Stalin.",
          "Tolstoyan objectors were shot in 1918–20 and their defence council closed at the end of 1920.",
          ["P12", S.chertkov],
        ),
        tp(
          [Q.unions, Q.party],
          "A new union must not become a new party's transmission belt.",
          "The Donetsk congress (June 1990) voted to leave the CPSU and build an independent union; the official union remained tied to VTsSPS.",
          [S.donetskCongress, S.officialUnion],
        ),
        tp(
          [Q.workersState],
          "There is no workers' state here, only a state that employs workers.",
          "The official union, part of the state, opposed the 1989 strikes and refused to leave VTsSPS; a state whose own unions oppose strikes cannot be the workers'.",
          ["P1", S.officialUnion],
        ),
        tp(
          [Q.violence, Q.rehabilitation],
          "Trotsky crushed the anarchists before Stalin crushed Trotsky.",
          "As People's Commissar for War, Trotsky bore responsibility for the crushing of the Kronstadt sailors' rising in March 1921 and for the Red Army's campaigns against Makhno's anarchist movement in Ukraine (general knowledge; Victor Serge's memoirs describe Kronstadt). From the sources: Tolstoyan objectors were shot in 1918–20.",
          ["P12", S.chertkov, S.sergeKronstadt],
        ),
        tp(
          [Q.todo],
          "Joint work with the Trotskyists is possible on practical things.",
          "Strike support, labour news and publishing suppressed texts can be done jointly without anyone giving up their politics.",
          [S.kas],
        ),
        tp(
          [Q.missionaries, Q.consciousness],
          "No intellectuals should lead the miners, including us.",
          "The 1989 strike began in one Mezhdurechensk pit and spread through committees elected on the spot; nobody called it from Moscow.",
          ["P1", S.strikesAp],
        ),
        tp(
          [Q.market],
          "If asked about the market: neither the ministry nor the stock exchange; the mines to those who work them.",
          "The strikers' demand for local economic autonomy can mean self-management, not privatisation. KAS's founders say they came to their ideas through Bakunin's critique of state socialism.",
          ["P1", S.strikesAtc, S.kas],
        ),
        tp(
          [Q.safety],
          "If asked about safety: elected safety delegates with the power to stop work.",
          "Safety was on the 1989 lists. Committees that can halt a dangerous shift are worth more than any ministry inspector.",
          ["P1", S.strikesWiki],
        ),
      ],
      cannotKnowYet:
        "You do not know that anarchist and syndicalist groups will keep up parallel and sometimes joint activity with the Trotskyists throughout the 1990s, that KAS members will stand at a barricade at the White House in August 1991, or that the movement's independence will be tested by privatisation and unpaid wages.",
      documentation:
        "A composite role. The essay mentions anarchist and syndicalist groups working alongside the Trotskyists (P7); KAS and KAS-KOR are documented. No individual is portrayed, and no KAS member is known to have attended the seminar.",
    },
  },
];
