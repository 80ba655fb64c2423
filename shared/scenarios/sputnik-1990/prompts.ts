/**
 * The agenda. Seminar prompts are questions the sources show were live in August 1990; the
 * programme of the real seminar is not known, so these are not a reconstruction of it.
 * Epilogue prompts come after the seminar and say so in their context, because players
 * speaking "in 1990" must not be asked to know them.
 */
import type { Prompt } from "../../scenario.js";
import { S } from "./sources.js";

export const prompts: Prompt[] = [
  {
    id: "strikes-and-socialism",
    question:
      "Were the miners who struck in July 1989 rising against socialism, or demanding what socialism had promised them?",
    context:
      "The walkout that began in Mezhdurechensk on 10–11 July 1989 spread until 400,000–500,000 miners were out. The Kuzbass list of about 40 demands began with soap, sugar, meat and fair pay, and within days added local economic autonomy and a new constitution. Liberals read this as a revolt against the system; Trotskyists as workers reclaiming it; the strikers themselves often wanted both markets and social guarantees.",
    sources: ["P1", S.strikesWiki, S.strikesAp, S.strikesAtc],
    divides: [
      "independent-miners",
      "soviet-trotskyists",
      "western-trotskyists",
      "liberal-democrats",
      "official-unions",
    ],
    period: "seminar",
  },
  {
    id: "which-unions",
    question: "Should Western trade unions deal with the official Soviet unions, the new independent ones, or both?",
    context:
      "The official coal union opposed the 1989 strikes and in September 1989 refused the strike leaders' demand to leave VTsSPS. Britain's NUM had left the Miners' International Federation in 1983–85 for an East–West body including the official Soviet union, and its leaders had said nothing for the Soviet strikers or for Solidarność. The independent delegates therefore see the NUM as standing with their bosses.",
    sources: ["P1", "P2", S.officialUnion, S.numInternational],
    divides: ["independent-miners", "official-unions", "num-national", "durham-miners", "western-trotskyists"],
    period: "seminar",
  },
  {
    id: "party-and-democracy",
    question:
      "The miners are leaving the Communist Party in droves. Can anyone who still calls themselves a communist speak to them?",
    context:
      "In June 1990 the First Congress of Soviet Miners in Donetsk voted 308 to 116 for a mass exit from the CPSU, and on 11 July 1990 a one-day strike demanded the Ryzhkov government's resignation and an end to Party rule. The young Moscow Trotskyists call themselves communists who stand for democracy and civil rights; liberals and many miners hear only the word 'communist'.",
    sources: ["P1", "P6", S.donetskCongress, S.strikeJuly1990],
    divides: ["soviet-trotskyists", "independent-miners", "liberal-democrats", "memorial", "anarcho-syndicalists"],
    period: "seminar",
  },
  {
    id: "market-or-plan",
    question: "Should the independent unions back the move to a market economy, or resist it?",
    context:
      "Many 1989 strikers demanded that their mines be free to sell coal at real prices and that their regions control their own economies; liberal democrats promise that the market will pay them properly. Trotskyists warn that capitalism restored would mean unemployment and pit closures, as British miners learned after 1985. Nobody in the room yet knows what the 1990s will bring.",
    sources: ["P1", "P8", S.strikesWiki, S.strikesAtc],
    divides: ["liberal-democrats", "independent-miners", "western-trotskyists", "soviet-trotskyists", "durham-miners"],
    period: "seminar",
  },
  {
    id: "workers-state",
    question: "Is the USSR a 'workers' state', degenerated or otherwise, that socialists should defend?",
    context:
      "Trotsky called the USSR a degenerated workers' state: nationalised property worth defending, a bureaucracy to be overthrown. Many Western visitors arrive holding that view; Soviet participants live with queues, crowded transport, missing basic goods and unsafe workplaces. The essay's author later wrote that his illusions were broken not by Stalin's crimes, which he already knew, but by the everyday indifference of the state to its citizens.",
    sources: ["P5", "P9", S.essay],
    divides: [
      "western-trotskyists",
      "soviet-trotskyists",
      "liberal-democrats",
      "official-unions",
      "anarcho-syndicalists",
    ],
    period: "seminar",
  },
  {
    id: "safety-underground",
    question: "What should foreign miners do about conditions underground in Soviet pits?",
    context:
      "Safety was on the 1989 strikers' list of demands. When Durham miners later went down a pit near Pavlograd, their area general secretary David Hopper was appalled by what he saw and compared it with the conditions of his grandfathers' day. The question for the seminar is what solidarity means in practice: delegations, equipment, exposure in the Western press, or joint union action.",
    sources: ["P1", "P4", "P5", S.durhamPavlograd, S.hopper],
    divides: ["durham-miners", "independent-miners", "num-national", "official-unions"],
    period: "seminar",
  },
  {
    id: "solidarity-and-empire",
    question: "How do Western militants offer solidarity without arriving as missionaries?",
    context:
      "When Dave Temple of Durham reached Pavlograd, local miners nicknamed him 'Columbus', a dry joke about explorers who discover people already living there. Western Trotskyists bring literature, programmes and a theory of the USSR; the Soviet activists bring experience the visitors lack. The essay says each side learned from the other.",
    sources: ["P3", "P4", "P5", S.durhamPavlograd],
    divides: [
      "western-trotskyists",
      "durham-miners",
      "independent-miners",
      "soviet-trotskyists",
      "anarcho-syndicalists",
    ],
    period: "seminar",
  },
  {
    id: "working-class-consciousness",
    question: "Is there a Soviet working class with a shared consciousness, ready to act for itself?",
    context:
      "Western Trotskyists assumed a common class consciousness among Soviet workers. The strike committees of 1989 showed great capacity for self-organisation, but the essay's author later concluded that three generations of repression and atomisation had left no such shared outlook. Was 1989 the awakening of a class, or a set of local revolts with different aims?",
    sources: ["P10", "P1", S.strikesAtc],
    divides: ["western-trotskyists", "independent-miners", "anarcho-syndicalists", "liberal-democrats", "memorial"],
    period: "seminar",
  },
  {
    id: "lenin-trotsky-or-stalin",
    question: "Did the mass killing begin with Stalin, or with Lenin and Trotsky?",
    context:
      "Trotskyists see Stalinism as a counter-revolution that murdered the Bolshevik old guard, Trotsky included. Memorial's chair, Alexei Zverev, has said that he wanted both the bright and the dark sides of Lenin and Trotsky examined, and he points to the enormous number of victims of the Civil War years before Stalin. Glasnost had only just made this debatable in public.",
    sources: ["P11", S.assassination, S.litGazeta],
    divides: ["memorial", "soviet-trotskyists", "western-trotskyists", "liberal-democrats", "anarcho-syndicalists"],
    period: "seminar",
  },
  {
    id: "idealism-and-violence",
    question: "Does revolutionary idealism excuse, or explain, revolutionary violence?",
    context:
      "Vladimir Chertkov, Tolstoy's collaborator, defended conscientious objectors in 1918–20; the Bolsheviks shot more than 100 Tolstoyan objectors and closed his council at the end of 1920. In a letter to a Bolshevik leader he judged their idealism by the suffering it caused. Zverev recalls that letter; Chertkov himself died in 1936 and speaks here only through it.",
    sources: ["P12", S.chertkov],
    divides: ["memorial", "soviet-trotskyists", "western-trotskyists", "anarcho-syndicalists"],
    period: "seminar",
  },
  {
    id: "trotsky-rehabilitation",
    question: "What would it mean to rehabilitate Trotsky, and who has the right to do it?",
    context:
      "Trotsky's writings were banned from 1927; he was deported in 1929 and murdered in 1940. In January 1989 Literaturnaya Gazeta admitted that Stalin's secret police killed him, and Pravda reportedly treated him as rehabilitated in August 1990. Is rehabilitation a legal act, a matter for historians, a political endorsement, or simply an end to lies?",
    sources: ["P11", S.trotskyBan, S.litGazeta, S.pravda1990, S.trotskyEvening1988],
    divides: ["memorial", "soviet-trotskyists", "western-trotskyists", "liberal-democrats", "official-unions"],
    period: "seminar",
  },
  {
    id: "who-discusses-1917",
    question: "Who should carry the argument about 1917: universities and institutes, or civil society?",
    context:
      "For decades Soviet citizens could not discuss the revolution, its retreat and Stalinism freely among themselves, still less with foreigners. This seminar is an attempt to do it in public, outside the academy, with students, miners and foreign activists side by side. Academics have sources and method; activists have urgency and a stake.",
    sources: ["P13", "P14", S.memorialFounding, S.conferences1990a],
    divides: ["memorial", "liberal-democrats", "soviet-trotskyists", "western-trotskyists", "anarcho-syndicalists"],
    period: "seminar",
  },
  {
    id: "what-is-to-be-done",
    question:
      "What useful work can a small Soviet left do now: build parties, work in the unions, or recover hidden history?",
    context:
      "In 1990 the Moscow Trotskyists number a few dozen at most. Options include joining the independent union movement, publishing banned texts, researching the Left Opposition and other suppressed dissidents, or building a party. Anarcho-syndicalists of KAS already run a labour news service and want self-organised unions, not parties.",
    sources: ["P7", S.kas, S.moscowTrotskyists],
    divides: ["soviet-trotskyists", "anarcho-syndicalists", "western-trotskyists", "independent-miners"],
    period: "seminar",
  },
  {
    id: "epilogue-white-house-1991",
    question:
      "After the seminar, August 1991: what are communists doing at the barricades defending the Russian parliament?",
    context:
      "After the seminar: one year later, on 19–21 August 1991, hardliners of the emergency committee (GKChP) tried to reverse Gorbachev's reforms. Crowds defended the White House, three defenders died on the night of 20–21 August, and the coup collapsed after three days. Moscow Trotskyists joined the crowd with red flags, unsettling the liberal majority, and answered that they were communists for democracy and civil rights.",
    sources: ["P6", S.coup1991, S.coupCasualties],
    divides: ["soviet-trotskyists", "liberal-democrats", "official-unions", "memorial", "independent-miners"],
    period: "epilogue",
  },
  {
    id: "epilogue-privatisation-red-brown",
    question:
      "After the seminar, the 1990s: is there a way to resist privatisation without joining the statists and nationalists?",
    context:
      "After the seminar: the USSR was dissolved in December 1991, prices were freed on 2 January 1992 and rose about 26-fold that year, voucher privatisation ran to mid-1994 and loans-for-shares followed in 1995–96; GDP fell by more than 40% between 1989 and 1996. The Communist Party of the Russian Federation (founded February 1993) allied with nationalists in a 'red-brown' front. A small independent left tried to oppose the reforms on other grounds.",
    sources: ["P8", S.prices1992, S.privatisation, S.gdpFall, S.cprf],
    divides: [
      "soviet-trotskyists",
      "liberal-democrats",
      "independent-miners",
      "official-unions",
      "anarcho-syndicalists",
    ],
    period: "epilogue",
  },
  {
    id: "epilogue-putin-winter",
    question:
      "After the seminar, the Putin years: how can an honest history be defended when the state uses the Soviet past as a weapon?",
    context:
      "After the seminar: the essay's author writes of a long 'Putin winter' in which Soviet history serves nationalist and statist reaction. Russia's Supreme Court ordered Memorial International dissolved on 28 December 2021; Memorial shared the Nobel Peace Prize in 2022. Looking back, the author suggests the seminar was an unknowing preparation for this.",
    sources: ["P15", S.memorialDissolution],
    divides: ["memorial", "soviet-trotskyists", "western-trotskyists", "liberal-democrats"],
    period: "epilogue",
  },
];
