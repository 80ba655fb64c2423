/**
 * Liberal democrats and anarcho-syndicalists: all composites, since the essay names no one
 * from either current, though it shows both shaping the left's situation in 1990–91.
 */
import type { Role } from "../../../scenario.js";
import { S } from "../sources.js";
import { tp } from "./helpers.js";

export const otherRoles: Role[] = [
  {
    id: "liberal-democrat",
    name: "Democratic-movement activist (composite)",
    factionId: "liberal-democrats",
    kind: "composite",
    chair: false,
    bio: "An engineer turned political activist in Moscow's democratic movement, a campaigner in the 1990 elections. Came out of curiosity, and to tell the Western leftists what Soviet people really think.",
    sources: ["P6", "P8", S.strikesWiki, S.donetskCongress],
    brief: {
      standpoint:
        "You want Russia to become a normal country: free elections, a free press, private property, a market economy, the rule of law. You admire the miners for breaking the Party's grip and think the market will at last pay them what their coal is worth. Trotsky, to you, is one of the founders of the system you are trying to dismantle, and Western leftists who admire him strike you as tourists in your tragedy.",
      objectives: [
        "Convince the miners' delegates that their future lies with the democratic movement and the market.",
        "Challenge the Trotskyists to account for the Bolsheviks' own repression.",
      ],
      talkingPoints: [
        tp(
          "The miners have already chosen: they are leaving the Party.",
          "At the First Congress of Soviet Miners in Donetsk (June 1990) delegates voted 308 to 116 for a mass exit from the CPSU; on 11 July 1990 they struck for the government's resignation and an end to Party rule.",
          [S.donetskCongress, S.strikeJuly1990],
        ),
        tp(
          "The strikers asked for economic independence: that is the market.",
          "The Kuzbass demands of 1989 included local economic autonomy; miners wanted to sell coal at real prices.",
          ["P1", S.strikesWiki, S.strikesAtc],
        ),
        tp(
          "Lenin and Trotsky built the machine that Stalin used.",
          "The Bolsheviks shot more than 100 Tolstoyan conscientious objectors in 1918–20; even Memorial's chair points to the Civil War's huge toll before Stalin.",
          ["P11", "P12", S.chertkov],
        ),
        tp(
          "Socialism has been tried here for seventy years; the shops speak for themselves.",
          "The 1989 strikers had to demand soap, sugar, meat and tea. The official unions, part of the state, opposed them.",
          ["P1", S.strikesWiki],
        ),
        tp(
          "Memorial and Sakharov are our movement's conscience.",
          "Memorial's founding conference in January 1989, at the Moscow Aviation Institute, was attended by Andrei Sakharov. Truth about the past and democracy now go together.",
          [S.memorialFounding, "P13"],
        ),
        tp(
          "Western leftists should try living here before praising a 'workers' state'.",
          "Crowded public transport, shortages of basic goods including sanitary products for women, and the callousness of officials are everyday life.",
          ["P9"],
        ),
        tp(
          "Rehabilitate Trotsky as a victim, by all means, but not as a democrat.",
          "His murder by Stalin's agent in 1940 is now admitted (Literaturnaya Gazeta, January 1989). But he led the Red Army in the Civil War and defended the Bolshevik monopoly of power (general knowledge, not in this scenario's sources).",
          ["P11", S.litGazeta, S.assassination],
        ),
        tp(
          "The miners are individuals who want a normal life, not a class with a mission.",
          "Their demands ran from soap to local autonomy; many want to be paid in real money for real coal.",
          ["P1", "P10", S.strikesWiki],
        ),
      ],
      cannotKnowYet:
        "You do not know that prices freed on 2 January 1992 will rise about 26-fold within the year, that voucher privatisation (1992–94) and loans-for-shares (1995–96) will enrich a few, or that GDP will fall by more than 40% between 1989 and 1996. Nor that, at the White House in August 1991, you will find Trotskyists with red flags defending the same parliament as you.",
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
    bio: "A historian at a Moscow research institute who has spent two years writing for the glasnost press about the 1920s. Sympathetic to the democrats, wary of activists writing history.",
    sources: ["P13", "P14", S.litGazeta, S.conferences1990a],
    brief: {
      standpoint:
        "For decades you wrote within the lines; now the archives are opening and the press prints what you could only whisper. You think the history of the revolution and of Trotsky needs documents, method and time, and you worry that activists of every kind (Trotskyist, nationalist, liberal) want a usable past rather than a true one. You support the democratic movement but believe scholarship must stand apart from it.",
      objectives: [
        "Insist on documentary evidence for every historical claim made in the room.",
        "Argue that history should not be handed over to political movements, however sympathetic.",
      ],
      talkingPoints: [
        tp(
          "The official press is now doing what it refused to do for fifty years.",
          "In January 1989 Literaturnaya Gazeta admitted that Stalin's secret police killed Trotsky; Pravda reportedly treated him as rehabilitated in August 1990.",
          [S.litGazeta, S.pravda1990],
        ),
        tp(
          "Scholars abroad and at home are meeting on this subject this very year.",
          "Anniversary conferences were held in Wuppertal (26–30 March 1990, papers in German or Russian) and Aberdeen (early August, about 50 people including Soviet scholars).",
          [S.conferences1990a, S.conferences1990b],
        ),
        tp(
          "Public meetings are welcome, but they can distort as well as reveal.",
          "This seminar is an attempt to discuss 1917 in civil society rather than the academy; suppression of the subject lasted decades.",
          ["P13", "P14"],
        ),
        tp(
          "Trotsky was banned, but he was not innocent: the record of 1918–21 must be read whole.",
          "His works were banned from 1927; as a Bolshevik leader in the Civil War he shares responsibility for its violence, including against objectors and other socialists.",
          ["P11", "P12", S.trotskyBan, S.chertkov],
        ),
        tp(
          "'Workers' state' is a political formula, not a historical category; test it against evidence.",
          "Ask what share of decisions workers made, what they earned, what they could buy. The 1989 strikers' demands for soap and meat are evidence too.",
          ["P1", "P5"],
        ),
        tp(
          "Memorial's volunteer lists and the academy's archives need each other.",
          "Memorial was founded in January 1989 as a civic association, with Sakharov at its conference; its Trotsky evenings of 1988–89 drew large audiences. Historians bring method; Memorial brings testimony.",
          [S.memorialFounding, S.trotskyEvening1988, "P13"],
        ),
        tp(
          "The question of where Stalinism came from cannot be settled by a vote.",
          "Continuity (Lenin–Trotsky–Stalin) versus rupture (Stalin's counter-revolution) is the central dispute of the room. Each side can cite real evidence: the Red Terror and the objectors of 1918–20, and the purges that destroyed the Bolshevik generation.",
          ["P11", "P12", S.chertkov],
        ),
        tp(
          "Idealism is a motive, not an alibi.",
          "Historians explain actions by motives without excusing them; Chertkov, writing in 1918–20, judged the Bolsheviks by consequences. Both approaches belong in the discussion.",
          ["P12"],
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
    bio: "A member of the Confederation of Anarcho-Syndicalists, who writes for its KAS-KOR labour news service and has travelled to the coalfields to report on the strike committees.",
    sources: ["P7", S.kas, S.strikesAtc],
    brief: {
      standpoint:
        "You believe in workers running their own affairs through elected, recallable committees and federated unions, without parties or states. The strike committees of 1989 were the best thing that has happened in your lifetime. You are happy to work with the Trotskyists on practical things, but you have not forgotten that Trotsky commanded the Red Army that crushed Kronstadt and the Makhnovists, and you will say so.",
      objectives: [
        "Defend the strike committees and workers' assemblies as the model for the new unions.",
        "Keep the Trotskyists honest about the Bolsheviks' treatment of anarchists and other socialists.",
        "Propose concrete joint work: labour news, strike support, publishing.",
      ],
      talkingPoints: [
        tp(
          "The 1989 strike committees were self-management in action.",
          "Committees formed in each pit and town; by 17 July 1989 a Kuzbass regional committee sat in Kemerovo. They ran towns for days while 400,000–500,000 miners struck.",
          ["P1", S.strikesWiki, S.strikesAp],
        ),
        tp(
          "We are already doing the work: KAS-KOR reports what the official press will not.",
          "KAS was founded in 1988–89; its KAS-KOR service gathered news of strikes and workers' committees.",
          [S.kas],
        ),
        tp(
          "The Bolsheviks destroyed independent unions and other socialists long before Stalin.",
          "Tolstoyan objectors were shot in 1918–20 and their defence council closed at the end of 1920.",
          ["P12", S.chertkov],
        ),
        tp(
          "A new union must not become a new party's transmission belt.",
          "The Donetsk congress (June 1990) voted to leave the CPSU and build an independent union; the official union remained tied to VTsSPS.",
          [S.donetskCongress, S.officialUnion],
        ),
        tp(
          "There is no workers' state here, only a state that employs workers.",
          "The official union, part of the state, opposed the 1989 strikes and refused to leave VTsSPS; a state whose own unions oppose strikes cannot be the workers'.",
          ["P1", "P5", S.officialUnion],
        ),
        tp(
          "Trotsky crushed the anarchists before Stalin crushed Trotsky.",
          "As People's Commissar for War, Trotsky bore responsibility for the crushing of the Kronstadt sailors' rising in March 1921 and for the Red Army's campaigns against Makhno's anarchist movement in Ukraine (general knowledge, not in this scenario's sources). From the sources: Tolstoyan objectors were shot in 1918–20.",
          ["P11", "P12", S.chertkov],
        ),
        tp(
          "Joint work with the Trotskyists is possible on practical things.",
          "Anarchist and syndicalist groups ran activity in parallel with the Trotskyists and at times jointly: strike support, labour news, publishing.",
          ["P7", S.kas],
        ),
        tp(
          "No intellectuals should lead the miners, including us.",
          "The 1989 strike began in one Mezhdurechensk pit and spread through committees elected on the spot; nobody called it from Moscow.",
          ["P1", S.strikesAp, "P10"],
        ),
      ],
      cannotKnowYet:
        "You do not know that anarchist and syndicalist groups will keep up parallel and sometimes joint activity with the Trotskyists throughout the 1990s, or that the movement's independence will be tested by privatisation and unpaid wages.",
      documentation:
        "A composite role. The essay mentions anarchist and syndicalist groups working alongside the Trotskyists (P7); KAS and KAS-KOR are documented. No individual is portrayed, and no KAS member is known to have attended the seminar.",
    },
  },
];
