/** Terms a student meets in the briefs, in plain words, each with a source to check it against. */
import type { GlossaryEntry } from "../../scenario.js";
import { S } from "./sources.js";

const g = (term: string, definition: string, sources: string[]): GlossaryEntry => ({ term, definition, sources });

export const glossary: GlossaryEntry[] = [
  g(
    "VTsSPS",
    "The All-Union Central Council of Trade Unions: the state-sponsored federation of official Soviet unions, which ran holidays, housing lists and social insurance. The Sputnik Hotel was built for its officials.",
    [S.sputnikHotel, S.officialUnion],
  ),
  g("NUM", "The National Union of Mineworkers of Great Britain, which led the 1984–85 strike.", [
    S.numInternational,
    S.nwapc,
  ]),
  g(
    "Memorial",
    "A society founded in January 1989 to remember the victims of Soviet repression, collect their names and testimony, and open the archives.",
    [S.memorialFounding],
  ),
  g(
    "glasnost",
    "'Openness': Gorbachev's policy of loosening censorship, which let the press and historians discuss banned subjects such as Stalin's crimes and Trotsky.",
    [S.pravda1988, S.newCourse1989],
  ),
  g(
    "perestroika",
    "'Restructuring': Gorbachev's programme of economic and political reform from 1985 (general knowledge).",
    [S.article6],
  ),
  g(
    "Article 6",
    "The article of the 1977 Soviet constitution naming the Communist Party as the leading and guiding force of society; amended in March 1990 to end the Party's monopoly.",
    [S.article6, S.article6Text],
  ),
  g("CPSU", "The Communist Party of the Soviet Union, the ruling party since 1917 (under earlier names).", [
    S.congress28,
  ]),
  g(
    "28th Party Congress",
    "The CPSU congress of 2–13 July 1990, the first with open rival platforms, at which Yeltsin left the Party.",
    [S.congress28, S.yeltsinQuits],
  ),
  g(
    "Democratic Platform",
    "A reform group inside the CPSU in 1990 that wanted a parliamentary party, multi-party politics and a regulated market.",
    [S.democraticPlatform, S.democraticPlatformJune],
  ),
  g(
    "Left Opposition",
    "The faction led by Trotsky from 1923 that fought the growing party bureaucracy and Stalin; its members were expelled, exiled and later mostly killed.",
    [S.newCourse1989, S.revolutionBetrayed],
  ),
  g(
    "workers' state",
    "A state in which the working class rules. Trotsky held that the USSR remained one, though degenerated, because property was nationalised.",
    [S.revolutionBetrayed],
  ),
  g(
    "degenerated workers' state",
    "Trotsky's term for the USSR under Stalin: nationalised property worth defending, ruled by a privileged bureaucracy that workers should overthrow.",
    [S.revolutionBetrayed],
  ),
  g(
    "state capitalism",
    "The view, argued by Tony Cliff from 1947, that the Soviet bureaucracy acted as a ruling class accumulating capital, so the USSR was a form of capitalism run by the state.",
    [S.cliffStateCap, S.cliffReview],
  ),
  g(
    "bureaucracy",
    "In Trotskyist usage, the privileged layer of Party and state officials who, they argue, took power from the workers after the revolution.",
    [S.revolutionBetrayed],
  ),
  g("Bolsheviks", "Lenin's party, which took power in October 1917; later the Communist Party.", [S.pravda1988]),
  g(
    "Red Terror",
    "The Bolsheviks' campaign of mass arrests and executions against opponents during the Civil War, from 1918 (general knowledge).",
    [S.chertkov, "P12"],
  ),
  g(
    "Civil War",
    "The war of 1918–21 between the Bolshevik government, led militarily by Trotsky's Red Army, and its enemies (general knowledge).",
    [S.pravda1988],
  ),
  g(
    "Kronstadt",
    "The naval base near Petrograd whose sailors rose against the Bolshevik government in March 1921 and were crushed (general knowledge).",
    [S.sergeKronstadt],
  ),
  g(
    "Tolstoyans",
    "Followers of Leo Tolstoy's Christian pacifism; more than 100 who refused military service were shot in 1918–20.",
    [S.chertkov, "P12"],
  ),
  g(
    "conscientious objector",
    "Someone who refuses military service on grounds of conscience; Chertkov's council defended them in 1918–20.",
    [S.chertkov],
  ),
  g(
    "rehabilitation",
    "The official clearing of the name of someone condemned by the Soviet state; under glasnost many of Stalin's victims were rehabilitated, but not Trotsky by 1990.",
    [S.newCourse1989],
  ),
  g(
    "samizdat",
    "'Self-published': texts copied by hand or typewriter and passed around to evade censorship; the first anarchist circles of the perestroika years published samizdat journals.",
    [S.kasFounding],
  ),
  g(
    "Komsomol",
    "The Communist youth organisation; its monthly Young Communist reprinted Trotsky's The New Course in 1989.",
    [S.newCourse1989],
  ),
  g(
    "strike committee",
    "A committee elected by striking miners at a pit or town in 1989; many stayed in being afterwards as workers' committees.",
    [S.strikesAp, S.friedgutSiegelbaum],
  ),
  g("Kuzbass", "The Kuznetsk coal basin in western Siberia, where the July 1989 strike began in Mezhdurechensk.", [
    S.strikesAp,
    S.strikesWiki,
  ]),
  g(
    "Donbass",
    "The Donets coal basin in eastern Ukraine and southern Russia; its miners joined the 1989 strike within days and hosted the June 1990 miners' congress in Donetsk.",
    [S.strikesWiki, S.donetskCongress],
  ),
  g("Vorkuta", "A coal town in the Arctic north of Russia, built around labour camps, whose miners struck in 1989.", [
    S.strikesWiki,
  ]),
  g("Karaganda", "A coal basin in Kazakhstan whose miners struck in 1989 and demanded an end to nuclear testing.", [
    S.strikesWiki,
  ]),
  g("Pavlograd", "A mining town in the western Donbass in eastern Ukraine.", ["P4", S.durhamPavlograd]),
  g("lodge", "The local branch of the NUM at a colliery.", [S.beynon]),
  g(
    "Miners' International Federation",
    "The international of miners' unions in the Western-aligned trade-union world, which the NUM left in 1983–85.",
    [S.numInternational],
  ),
  g(
    "WFTU",
    "The World Federation of Trade Unions, the communist-aligned international to which the official Soviet unions belonged.",
    [S.numInternational],
  ),
  g(
    "Women Against Pit Closures",
    "The movement of women's support groups in the British coalfields during and after the 1984–85 strike.",
    [S.wapc, S.nwapc],
  ),
  g(
    "Solidarność",
    "The independent Polish trade union born in 1980 (general knowledge), whose miners' struggles the NUM leadership did not support, according to the essay's author.",
    ["P2"],
  ),
  g("KAS", "The Confederation of Anarcho-Syndicalists, created in January 1989, with groups in many Soviet cities.", [
    S.kas,
    S.kasFounding,
  ]),
  g("KAS-KOR", "A Moscow anarchist labour newsletter that reported on the workers' committees.", [S.kasKor]),
  g(
    "500 Days",
    "A programme for a fast move to a market economy; in August 1990 Gorbachev and Yeltsin set up a joint commission to draft it.",
    [S.fiveHundredDays, S.shatalin],
  ),
  g(
    "sovereignty declaration",
    "A republic's declaration that its laws take precedence over the union's, such as Ukraine's of 16 July 1990; not yet independence.",
    [S.ukraineSovereignty],
  ),
  g(
    "Gulag",
    "The Soviet system of forced-labour camps; Vorkuta and Karaganda grew up around camps (general knowledge).",
    [S.strikesWiki],
  ),
  g(
    "NPG",
    "The Independent Miners' Union, founded after the seminar, at the second Donetsk congress of October 1990.",
    [S.npgFounding],
  ),
];
