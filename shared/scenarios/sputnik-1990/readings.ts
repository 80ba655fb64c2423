/**
 * The reading packet: two to four readings per seminar prompt, with a summary in our own words.
 * Later works (the 2020 essay) are marked as hindsight in their summaries.
 */
import type { Reading } from "../../scenario.js";
import { Q } from "./prompts.js";
import { S } from "./sources.js";

export const readings: Reading[] = [
  {
    promptIds: [Q.unions, Q.workersState, Q.safety, Q.missionaries, Q.consciousness, Q.violence, Q.forum, Q.todo],
    author: "Simon Pirani",
    title: "Moscow 1990: when Trotskyist travellers met Soviet reality (openDemocracy)",
    year: 2020,
    part: "the whole essay (short); its paragraphs are cited in this scenario as P1–P15",
    url: S.essay,
    summary:
      "Hindsight from thirty years on, by a Western participant: the seminar, the miners' suspicion of the NUM, the Durham visits that followed, the author's lost illusions about the 'workers' state', and Zverev's and Gusev's later verdicts. Read it for the questions, and remember that no role in 1990 knows its ending.",
  },
  {
    promptIds: [Q.strikes, Q.consciousness, Q.safety, Q.unions],
    author: "Theodore Friedgut and Lewis Siegelbaum",
    title: "Perestroika from below: the Soviet miners' strike and its aftermath (New Left Review I/181)",
    year: 1990,
    part: "the whole article",
    url: S.friedgutSiegelbaum,
    summary:
      "Two Western historians who spent three weeks in Donetsk just after the 1989 strike explain why the miners struck, what they demanded and why the strike committees stayed in being. Written in 1990, so it knows only what the room knows.",
  },
  {
    promptIds: [Q.strikes, Q.party],
    author: "Los Angeles Times",
    title: "Soviet miners strike, seek to end Communist rule",
    year: 1990,
    part: "the report of 12 July 1990",
    url: S.strikeJuly1990,
    summary:
      "A reporter in Donetsk describes the one-day strike of 11 July 1990: tens of thousands of miners at about 200 pits, an anti-Party rally, and the demand that the government resign.",
  },
  {
    promptIds: [Q.unions],
    author: "The Spectator",
    title: "Scargill goes international",
    year: 1985,
    part: "the article of 30 November 1985",
    url: S.numInternational,
    summary:
      "A hostile British report on the NUM's departure from the Miners' International Federation for an East–West miners' body with unions of the communist-aligned WFTU.",
  },
  {
    promptIds: [Q.party, Q.market, Q.todo],
    author: "Democratic Platform of the CPSU",
    title: "A declaration of the Democratic Platform group (New York Review of Books)",
    year: 1990,
    part: "the whole declaration",
    url: S.democraticPlatform,
    summary:
      "Communist reformers from 103 cities set out a programme inside the Party: power to elected soviets, an end to the Party's constitutional monopoly, democratic socialism with a market regulated by society.",
  },
  {
    promptIds: [Q.party],
    author: "Associated Press",
    title: "Yeltsin quits Communist Party (Roanoke Times)",
    year: 1990,
    part: "the report of 12 July 1990",
    url: S.yeltsinQuits,
    summary:
      "Yeltsin announces at the 28th Party Congress that he is leaving the Party to serve as the Russian republic's president; reformist delegates consider following.",
  },
  {
    promptIds: [Q.workersState, Q.market, Q.origins],
    author: "Leon Trotsky",
    title: "The Revolution Betrayed",
    year: 1936,
    part: "chapter 9, 'What is the USSR?'",
    url: "https://www.marxists.org/archive/trotsky/1936/revbet/",
    summary:
      "Trotsky's case that the USSR is a workers' state degenerated under a privileged bureaucracy: its nationalised property worth defending, its bureaucracy to be removed by the workers, and his reasons for rejecting the label 'state capitalism'.",
  },
  {
    promptIds: [Q.workersState, Q.market],
    author: "Tony Cliff",
    title: "State Capitalism in Russia",
    year: 1955,
    part: "the publisher's introduction to the 1974 edition",
    url: S.cliffStateCap,
    summary:
      "Why a follower of Trotsky concluded in 1947 that Stalin's Russia was a form of capitalism run by the state, and what that meant for socialists in the Cold War.",
  },
  {
    promptIds: [Q.market],
    author: "Jamestown Foundation Monitor",
    title: "Academician Shatalin dies",
    year: 1997,
    part: "the whole notice",
    url: S.shatalin,
    summary:
      "A short obituary of the economist who led the '500 days' team in August–September 1990: what the programme proposed (freed prices, fast privatisation, a looser union) and why Gorbachev drew back. Written later; the room knows only that the commission has been set up.",
  },
  {
    promptIds: [Q.origins, Q.todo],
    author: "Leon Trotsky",
    title: "The New Course",
    year: 1923,
    part: "the first articles, on bureaucratism in the party",
    url: S.newCourse1989,
    summary:
      "The articles that opened the Left Opposition's fight against the party bureaucracy, reprinted in Moscow in August 1989 (the link is the Los Angeles Times report of the reprint).",
  },
  {
    promptIds: [Q.origins, Q.violence],
    author: "Victor Serge",
    title: "Memoirs of a Revolutionary",
    year: 1951,
    part: "the pages on the Kronstadt rising of 1921 (excerpted on libcom)",
    url: S.sergeKronstadt,
    summary:
      "A Bolshevik of anarchist origins, later in the Left Opposition, describes the crushing of Kronstadt and his own divided loyalties: a witness for both sides of the Lenin-or-Stalin argument.",
  },
  {
    promptIds: [Q.origins, Q.rehabilitation],
    author: "NZPA-AP (The Press, Christchurch)",
    title: "Pravda acknowledges Trotsky's role",
    year: 1988,
    part: "the report of 12 September 1988",
    url: S.pravda1988,
    summary:
      "Pravda prints an excerpt from a Stalin biography that credits Trotsky's part in 1917 and the Civil War while recalling Lenin's harshest words about him: glasnost's first cautious step on Trotsky.",
  },
  {
    promptIds: [Q.rehabilitation],
    author: "Los Angeles Times",
    title: "The World: news from Aug. 18, 1989",
    year: 1989,
    part: "the item on Young Communist",
    url: S.newCourse1989,
    summary:
      "A Komsomol monthly reprints Trotsky's The New Course; the report notes that, unlike other Bolsheviks killed on Stalin's orders, he has not been rehabilitated.",
  },
  {
    promptIds: [Q.forum, Q.violence],
    author: "Rights in Russia (HRO.org)",
    title: "24th anniversary of the founding of Memorial Society",
    year: 2013,
    part: "the whole article",
    url: S.memorialFounding,
    summary:
      "How Memorial was founded in January 1989 by deputies of some 250 groups, after street polls in 1988 to choose its public council: civil society taking up history without waiting for the state.",
  },
  {
    promptIds: [Q.missionaries, Q.safety],
    author: "Gavin Havery (The Northern Echo)",
    title: "Miners' strike 1984: the Durham women behind the miners",
    year: 2024,
    part: "the whole article",
    url: S.durhamWomen,
    summary:
      "How the women of the East Durham coalfield fed and sustained the 1984–85 strike: the community solidarity that Durham's visitors would bring to any exchange.",
  },
];
