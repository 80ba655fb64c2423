/**
 * Motions the seminar can put to the vote. Each is something a one-day seminar of private
 * citizens could honestly resolve: a statement, an appeal, an invitation, a publication. Roles'
 * private objectives name these ids; the miners' delegates are left undecided on most of them.
 */
import type { Resolution } from "../../scenario.js";
import { Q } from "./prompts.js";
import { S } from "./sources.js";

export const resolutions: Resolution[] = [
  {
    id: "direct-links-appeal",
    text: "This seminar appeals to British and other Western miners' unions to make direct links with the Soviet miners' strike committees and the independent union they are building, and not to treat the official coal union as the only voice of Soviet miners.",
    context:
      "The official coal union opposed the 1989 strikes and stayed in VTsSPS; the NUM belongs to an East–West international with it. Durham militants want pit-to-pit links; the NUM's national officers and the official union will oppose.",
    promptId: Q.unions,
    sources: ["P2", "P3", S.officialUnion, S.numInternational],
  },
  {
    id: "defend-nationalised-property",
    text: "This seminar holds that the nationalised economy is a gain of the October revolution to be defended against capitalist restoration, and that the bureaucracy must give way to the democratic rule of working people.",
    context:
      "The classic Trotskyist position (The Revolution Betrayed). The state-capitalist socialist, the liberal democrat and the anarcho-syndicalist reject it for different reasons; the miners must decide whether it speaks for them.",
    promptId: Q.workersState,
    sources: [S.revolutionBetrayed, S.cliffStateCap, "P5"],
  },
  {
    id: "coal-autonomy",
    text: "This seminar supports the miners' demand that each mine and coalfield be free to sell its coal at market prices and keep its earnings for its workers and towns.",
    context:
      "Local economic autonomy was a 1989 Kuzbass demand; the '500 days' commission of August 1990 points towards the market. British miners warn that the market brought closures after 1985.",
    promptId: Q.market,
    sources: ["P1", S.strikesWiki, S.fiveHundredDays, S.beynon],
  },
  {
    id: "all-victims-remembered",
    text: "This seminar asks that the victims of 1917–1922, among them executed hostages, conscientious objectors and persecuted socialists and anarchists, be researched and commemorated beside the victims of Stalin, with no period of Soviet history exempt.",
    context:
      "Memorial's founding purpose was the victims of Stalinism; Chertkov's council and the shot Tolstoyans show earlier victims. Party reformers fear equating Lenin with Stalin.",
    promptId: Q.origins,
    sources: ["P11", "P12", S.chertkov, S.memorialOrigins],
  },
  {
    id: "party-rehabilitation",
    text: "This seminar calls on the Central Committee of the CPSU to rehabilitate Leon Trotsky and the Left Opposition and restore them to the party's history as Bolshevik leaders wrongly condemned.",
    context:
      "Pravda acknowledged Trotsky's role in 1988 and his 1923 articles were reprinted in 1989, but he was not rehabilitated. Memorial's volunteers see rehabilitation as a matter of law, not party honour; some Trotskyists refuse a rehabilitation from above.",
    promptId: Q.rehabilitation,
    sources: [S.pravda1988, S.newCourse1989, S.trotskyBan],
  },
  {
    id: "open-forum",
    text: "This seminar resolves to meet again as an open forum on the revolution and its aftermath, with workers' delegates beside scholars, and to publish its proceedings.",
    context:
      "Discussion of 1917 was suppressed for decades; this meeting tries to carry it on in civil society. Academy historians doubt that activists can write history.",
    promptId: Q.forum,
    sources: ["P13", "P14", S.memorialFounding],
  },
  {
    id: "support-july-demands",
    text: "This seminar supports the demands of the miners' strike of 11 July 1990: the resignation of the Ryzhkov government and the removal of Communist Party committees from workplaces, the army and the KGB.",
    context:
      "The one-day strike of 11 July 1990 made these demands; Donetsk mines had voted to expel Party committees. The official union and the Party's reformers oppose.",
    promptId: Q.party,
    sources: [S.strikeJuly1990, S.strikeJuly1990Tribune, S.partyCommitteesOut],
  },
  {
    id: "left-publishing-committee",
    text: "This seminar sets up a joint committee of socialists and anarcho-syndicalists to publish suppressed writings of the Left Opposition, Victor Serge, the anarchists and other Soviet dissidents, and to circulate the labour movement's news.",
    context:
      "Trotsky's writings were banned from 1927; KAS already publishes papers and labour news. The democrats see no point in another socialist committee.",
    promptId: Q.todo,
    sources: [S.trotskyBan, S.kas, S.kasKor],
  },
  {
    id: "pit-exchange",
    text: "This seminar invites British miners and their families' support groups to visit Soviet coalfields at the invitation of the strike committees, to see conditions underground and exchange safety information, and invites Soviet miners' delegates to the British coalfields in return.",
    context:
      "Safety was on the 1989 lists; the Durham militants want direct exchanges. The NUM's national officers want international contact through the national union.",
    promptId: Q.safety,
    sources: ["P1", "P3", S.strikesWiki, S.nwapc],
  },
];
