/**
 * The agenda. Seminar prompts are questions the sources show were live in August 1990; the
 * programme of the real seminar is not known, so these are not a reconstruction of it.
 * Epilogue prompts come after the seminar and say so in their context, because players
 * speaking "in 1990" must not be asked to know them.
 */
import type { Prompt } from "../../scenario.js";
import { S } from "./sources.js";

/** Prompt ids by topic, so talking points, resolutions and cards name prompts without typos. */
export const Q = {
  strikes: "strikes-and-socialism",
  unions: "which-unions",
  party: "party-and-democracy",
  market: "market-or-plan",
  workersState: "workers-state",
  safety: "safety-underground",
  missionaries: "solidarity-and-empire",
  consciousness: "working-class-consciousness",
  origins: "lenin-trotsky-or-stalin",
  violence: "idealism-and-violence",
  rehabilitation: "trotsky-rehabilitation",
  forum: "who-discusses-1917",
  todo: "what-is-to-be-done",
} as const;

/** The seminar prompts every brief must answer, in agenda order. */
export const SEMINAR_PROMPT_IDS: readonly string[] = Object.values(Q);

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
      "The official coal union opposed the 1989 strikes and in September 1989 refused the strike leaders' demand to leave VTsSPS. Britain's NUM had left the Miners' International Federation in 1983–85 for an East–West body including the official Soviet union; money raised in the USSR had reached the striking NUM in 1984–85 (a Soviet news agency reported £500,000). The essay's author, Simon Pirani, charges that the NUM's leaders offered no public support to the Soviet strikers or to Solidarność's miners, and that the independent delegates saw the NUM as standing with their bosses.",
    sources: ["P1", "P2", S.officialUnion, S.numInternational, S.sovietAidNum],
    divides: ["independent-miners", "official-unions", "num-national", "durham-miners", "western-trotskyists"],
    period: "seminar",
  },
  {
    id: "party-and-democracy",
    question:
      "The miners are leaving the Communist Party in droves. Can anyone who still calls themselves a communist speak to them?",
    context:
      "In March 1990 the Congress of People's Deputies amended Article 6 of the constitution, ending the Party's legal monopoly. In June 1990 the First Congress of Soviet Miners in Donetsk voted 308 to 116 for a mass exit from the CPSU; on 11 July 1990 a one-day strike demanded the Ryzhkov government's resignation and an end to Party rule, and on 12 July Boris Yeltsin walked out of the 28th Party Congress. Small groups of young Moscow socialists insist that communism and democracy belong together; liberals and many miners hear only the word 'communist'.",
    sources: ["P1", S.article6, S.donetskCongress, S.strikeJuly1990, S.yeltsinQuits],
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
      "Trotsky called the USSR a degenerated workers' state: nationalised property worth defending, a bureaucracy to be overthrown. Many Western visitors arrive holding that view; Soviet participants live with queues, crowded transport, missing basic goods and unsafe workplaces. Some Western socialists, following Tony Cliff, reject the formula and call the USSR state capitalist. The official coal union opposed the strikers; in 1990 the Party's own Democratic Platform calls for a market regulated by society.",
    sources: ["P1", S.revolutionBetrayed, S.cliffStateCap, S.democraticPlatform],
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
      "Safety and pollution were on the 1989 strikers' list of demands, beside pay, soap and local control; the strike committees still sit. The question for the seminar is what solidarity means in practice: an invitation to see the pits, safety information and equipment, exposure in the Western press, or joint union action, and who should arrange it.",
    sources: ["P1", S.strikesWiki, S.strikesAtc],
    divides: ["durham-miners", "independent-miners", "num-national", "official-unions"],
    period: "seminar",
  },
  {
    id: "solidarity-and-empire",
    question: "How do Western militants offer solidarity without arriving as missionaries?",
    context:
      "Western Trotskyists have come with suitcases of pamphlets (customs at Sheremetyevo took one for black-market goods), programmes and a theory of the USSR; the Soviet activists and the miners bring experience the visitors lack, and many distrust foreign unions tied to their own officials. Who teaches whom?",
    sources: ["P2", S.essayRepublished, S.strikesAtc],
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
      "Western Trotskyists assumed a common class consciousness among Soviet workers. The strike committees of 1989 showed great capacity for self-organisation, yet their demands ran from soap and pay to regional autonomy and a new constitution, and the committees differ from town to town. Was 1989 the awakening of a class, or a set of local revolts with different aims?",
    sources: ["P1", S.strikesAtc, S.friedgutSiegelbaum],
    divides: ["western-trotskyists", "independent-miners", "anarcho-syndicalists", "liberal-democrats", "memorial"],
    period: "seminar",
  },
  {
    id: "lenin-trotsky-or-stalin",
    question: "Did the mass killing begin with Stalin, or with Lenin and Trotsky?",
    context:
      "Trotskyists see Stalinism as a counter-revolution that murdered the Bolshevik old guard, Trotsky included. Others, in Memorial and beyond, point to the victims of the years when Lenin and Trotsky led the state, before Stalin: the Red Terror, the shooting of Tolstoyan objectors. Solzhenitsyn declined a place on Memorial's council because, he told Sakharov, repression began in 1917. Glasnost has only just made this debatable in public.",
    sources: ["P11", "P12", S.assassination, S.chertkov, S.memorialOrigins],
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
      "Trotsky's writings were banned from 1927; he was deported in 1929 and murdered in 1940. In 1988 Pravda admitted his part in 1917 and the Civil War; in August 1989 the Komsomol monthly Young Communist reprinted his 1923 articles The New Course, while the press noted he had not been rehabilitated like other Bolsheviks Stalin killed. Is rehabilitation a legal act, a matter for historians, a political endorsement, or simply an end to lies?",
    sources: ["P11", S.trotskyBan, S.pravda1988, S.newCourse1989, S.trotskyEvening1988],
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
      "Moscow's Trotskyist circles are small and new (one was founded this year). Options include joining the independent union movement, publishing banned texts, researching the Left Opposition and other suppressed dissidents, or building a party. Anarcho-syndicalists of KAS, with groups in many cities, publish their own papers and want self-organised unions, not parties.",
    sources: [S.kas, S.kasFounding, S.moscowTrotskyists],
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
