/**
 * Soviet miners' delegates. The essay names none, so both are composites: the Kuzbass, where
 * the 1989 strike began, and Pavlograd, where the Durham link later led.
 */
import type { Role } from "../../../scenario.js";
import { S } from "../sources.js";
import { tp } from "./helpers.js";

export const minerRoles: Role[] = [
  {
    id: "kuzbass-delegate",
    name: "Kuzbass strike-committee delegate (composite)",
    factionId: "independent-miners",
    kind: "composite",
    chair: false,
    bio: "A face worker from Mezhdurechensk in the Kuzbass, western Siberia, elected to his pit's strike committee in July 1989 and now a delegate of the independent miners' movement. Came to Moscow for union business and was told there would be foreigners here.",
    sources: ["P1", "P2", S.strikesWiki, S.strikesAp, S.donetskCongress],
    brief: {
      standpoint:
        "You are not a theorist. You struck because there was no soap to wash off the coal dust, because the pay did not buy anything and because men die underground. You have learned fast: the Party and the ministry will not fix this, and the official union sided with them. You want a union of your own, economic independence for your mine and region so the coal you dig pays for your town, and an end to the Party's rule. You are curious about the foreigners but suspicious of anyone, left or right, who wants to use the miners.",
      objectives: [
        "Get concrete help for the independent union: contacts, equipment, publicity, not speeches.",
        "Find out why the British miners' union is friends with the official union that opposed you.",
        "Keep the movement independent of every party, old or new.",
      ],
      talkingPoints: [
        tp(
          "We started it: the strike came from below, not from any party.",
          "It began at a Mezhdurechensk pit on 10–11 July 1989, about 12,000 men in that town alone; by 14 July at least eight Kuzbass towns were out and on 17 July a regional strike committee formed in Kemerovo. Within days the Donbass, Vorkuta, Karaganda, Rostov and Lviv-Volyn followed: 400,000–500,000 strikers.",
          ["P1", S.strikesAp, S.strikesWiki],
        ),
        tp(
          "Our demands were about living like human beings, and then about who decides.",
          "The Kuzbass list had about 40 items: soap, sugar, meat, tea, winter clothing, fair pay, safety, the environment and local economic autonomy. Political demands (a new constitution) followed quickly. Gorbachev conceded rather than send troops; miners complained that many promises were not kept, and struck again for a day on 11 July 1990.",
          ["P1", S.strikesWiki, S.strikesAtc],
        ),
        tp(
          "The official union was on the other side, so we are building our own.",
          "The official coal union opposed the strikes. In September 1989 strike leaders tried to make it leave VTsSPS and failed. In June 1990 the First Congress of Soviet Miners in Donetsk resolved to build an independent union.",
          ["P1", S.officialUnion, S.donetskCongress],
        ),
        tp(
          "We are finished with the Party.",
          "At Donetsk in June 1990 delegates voted 308 to 116 for a mass exit from the CPSU. On 11 July 1990 miners struck for a day demanding the Ryzhkov government's resignation and an end to Party rule.",
          [S.donetskCongress, S.strikeJuly1990],
        ),
        tp(
          "Why does the British NUM sit with our bosses' union?",
          "The NUM left the Miners' International Federation in 1983–85 for an East–West body that included the official Soviet union; its leaders said nothing for the 1989 strikers or for Polish miners in Solidarność.",
          ["P2", S.numInternational],
        ),
        tp(
          "Do not tell us this is a workers' state. Workers had to strike to get soap.",
          "The first Kuzbass demands were for soap, sugar, meat, tea and winter clothing. Gorbachev promised concessions; many were not honoured, which is why miners struck again for a day on 11 July 1990.",
          ["P1", "P5", S.strikesWiki, S.strikeJuly1990],
        ),
        tp(
          "Our coal should pay for our towns: we want economic independence.",
          "Local economic autonomy was among the Kuzbass demands: miners wanted pits able to sell coal at fair prices and to keep revenue in the region. You do not much care whether intellectuals call it market or socialism.",
          ["P1", S.strikesWiki, S.strikesAtc],
        ),
        tp(
          "What help we want from foreign miners.",
          "Concrete things: safety equipment and information, contacts between pits, publicity abroad when leaders are harassed, and a British union that stops endorsing the official union. Durham miners seem more promising than the NUM leaders.",
          ["P2", "P3", S.durhamPavlograd],
        ),
        tp(
          "Most miners care about 1920s history less than this room does, but they know the Party lied to them about everything.",
          "It took until January 1989 for the press to admit that Stalin's police killed Trotsky. The lies about history and the empty shops are, to miners, the same system.",
          ["P13", S.litGazeta],
        ),
      ],
      cannotKnowYet:
        "You do not know that the second congress in Donetsk (26 October 1990, about 900 delegates) will found the nationwide independent miners' union (NPG), that in March–May 1991 you will strike again to demand Gorbachev's resignation, or that after 1992 the market many of you hoped for will bring unpaid wages and pit closures.",
      documentation:
        "A composite role. The essay says independent-union representatives attended but names none. Facts come from reports on the 1989–90 strikes and congresses; the personal details are invented and typical.",
    },
  },
  {
    id: "pavlograd-delegate",
    name: "Western Donbass miners' delegate from Pavlograd (composite)",
    factionId: "independent-miners",
    kind: "composite",
    chair: false,
    bio: "An electrician from a pit near Pavlograd, in the western Donbass of eastern Ukraine, active in the local strike committee since July 1989. Dry sense of humour; has never met a foreign miner.",
    sources: ["P1", "P3", "P4", S.durhamPavlograd, S.strikesWiki],
    brief: {
      standpoint:
        "Your coalfield joined the strike in mid-July 1989, days after the Kuzbass. You are proud of it and wary of being lectured. You would like to meet British miners (you heard about their year-long strike) but you want them to see your pit, not just your congress hall. Ukrainian as well as Soviet, you notice when Moscow and foreigners assume everyone here is Russian.",
      objectives: [
        "Invite the British miners to come and see conditions underground for themselves.",
        "Insist that solidarity is between equals, not a mission from West to East.",
      ],
      talkingPoints: [
        tp(
          "The Donbass was out within days of the Kuzbass: this is a national movement.",
          "The Donbass joined the strike between 15 and 19 July 1989; in all 400,000–500,000 miners struck across the Kuzbass, the Donbass, Vorkuta, Karaganda, Rostov and the Lviv-Volyn coalfield.",
          ["P1", S.strikesWiki],
        ),
        tp(
          "Come down our pit before you tell us what a workers' state is.",
          "Safety was among the 1989 demands. Later, Durham's area general secretary was appalled by a Pavlograd-area pit and compared it with his grandfathers' time.",
          ["P4", "P5", S.durhamPavlograd],
        ),
        tp(
          "We will greet foreign friends with a joke, not with a banner.",
          "When Dave Temple of Durham reached Pavlograd, the miners there nicknamed him 'Columbus', teasing the visitor who 'discovers' a land full of people.",
          ["P4", S.durhamPavlograd],
        ),
        tp(
          "The congress in Donetsk, in our own region, showed that miners can organise across the whole Union.",
          "The First Congress of Soviet Miners met in Donetsk from 11 June 1990, voted 308 to 116 to leave the CPSU and set about building an independent union.",
          [S.donetskCongress],
        ),
        tp(
          "The official union tried to stop us and then refused to change.",
          "In September 1989 strike leaders asked the official coal union to break with VTsSPS; it refused. That is why the Donetsk congress decided to build a new union.",
          ["P1", S.officialUnion, S.donetskCongress],
        ),
        tp(
          "The movement spans the whole Union: Ukrainians, Russians, Kazakhs, everyone who goes underground.",
          "The strike spread from the Kuzbass to the Donbass, Vorkuta in the Arctic north, Karaganda in Kazakhstan, Rostov and the Lviv-Volyn coalfield in western Ukraine. Any foreign partner must deal with all of them, not only Moscow.",
          ["P1", "P3", S.strikesWiki],
        ),
        tp(
          "We have left the Party; we struck on 11 July against the government.",
          "The one-day strike of 11 July 1990 demanded that Prime Minister Ryzhkov resign and that Communist Party rule end.",
          [S.strikeJuly1990],
        ),
        tp(
          "A market for coal might pay better, but nobody here has seen one.",
          "Demands for economic autonomy came from pits that sold coal at state-fixed prices. You are open to the argument but ask the British miners what happened to their pits after 1985.",
          ["P1", "P3", S.beynon],
        ),
      ],
      cannotKnowYet:
        "You do not know that Durham miners will soon arrive in Pavlograd, that Ukraine will be independent by the end of 1991, or that the second Donetsk congress on 26 October 1990 will found the NPG.",
      documentation:
        "A composite role. The essay says Pavlograd miners later hosted Dave Temple and a Durham delegation, but it does not say any Pavlograd miner was at the seminar; this delegate stands for the western Donbass miners who became Durham's partners.",
    },
  },
  {
    id: "karaganda-delegate",
    name: "Karaganda miners' delegate (composite)",
    factionId: "independent-miners",
    kind: "composite",
    chair: false,
    bio: "A shift foreman from the Karaganda coalfield in Kazakhstan, elected to the regional strike committee in July 1989. Grew up in a family of deportees; speaks Russian and some Kazakh.",
    sources: ["P1", "P3", S.strikesWiki, S.donetskCongress],
    brief: {
      standpoint:
        "Karaganda joined the 1989 strike alongside the Russian and Ukrainian coalfields, and you want the movement to stay a union of all Soviet miners while each republic claims more say over its own affairs. Your family came to Karaganda under escort, not by choice, so the history Memorial collects is your own family's history. You are practical, cautious with foreigners and unwilling to be spoken for by Moscow delegates or by Western visitors.",
      objectives: [
        "Make sure Kazakh and other non-Russian coalfields are heard in any international link.",
        "Connect the history of repression to the miners' present grievances.",
      ],
      talkingPoints: [
        tp(
          "Kazakhstan's miners struck too: the movement is not only Russian or Ukrainian.",
          "After the Kuzbass and the Donbass, the July 1989 strike reached Vorkuta, Karaganda, Rostov and the Lviv-Volyn coalfield, 400,000–500,000 miners in all.",
          ["P1", S.strikesWiki],
        ),
        tp(
          "Foreign miners who want links should come to Karaganda as well as Moscow and Donetsk.",
          "The Durham militants spoke of working with Kazakh miners as well as Russian and Ukrainian ones; ask them to mean it.",
          ["P3", S.durhamPavlograd],
        ),
        tp(
          "Our town was built by prisoners and deportees; the repression is not an academic subject here.",
          "Karaganda was a centre of the Gulag camp system and of deportations (general knowledge, not in this scenario's sources). Memorial is collecting exactly these family histories.",
          ["P11", S.memorialFounding],
        ),
        tp(
          "We need our own union and our own say, and the Party's monopoly must end.",
          "The official union opposed the strikes and would not leave VTsSPS (September 1989); the Donetsk congress of June 1990 voted 308 to 116 for a mass exit from the CPSU and began building an independent union.",
          [S.officialUnion, S.donetskCongress],
        ),
        tp(
          "Whether a market or a plan, the miners must control what their coal earns.",
          "Local economic autonomy was among the 1989 demands, next to soap, meat, winter clothing, pay and safety.",
          ["P1", S.strikesWiki, S.strikesAtc],
        ),
      ],
      cannotKnowYet:
        "You do not know that the USSR will break up at the end of 1991, leaving Karaganda's miners in an independent Kazakhstan, or that the second Donetsk congress on 26 October 1990 will found the NPG as a union across the Soviet coalfields.",
      documentation:
        "A composite role. The essay mentions Kazakh miners as partners the Durham militants sought (P3); Karaganda's part in the 1989 strike is documented. No Karaganda delegate is known to have attended, and no individual is portrayed.",
    },
  },
];
