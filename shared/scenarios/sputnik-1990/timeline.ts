/**
 * From the revolution to the end of the USSR, for everyone in the room. Entries after the
 * seminar are marked, so players can see what their 1990 roles cannot know.
 */
import type { TimelineEntry } from "../../scenario.js";
import { S } from "./sources.js";

/** One entry maker per side of the seminar, so the flag is stated with each entry, not inferred. */
const entry =
  (afterSeminar: boolean) =>
  (date: string, text: string, sources: string[]): TimelineEntry => ({ date, text, sources, afterSeminar });
const before = entry(false);
const after = entry(true);

export const timeline: TimelineEntry[] = [
  before(
    "1917-11",
    "The Bolsheviks take power in Petrograd (25 October by the old calendar); Trotsky leads the insurrection's military committee (general knowledge).",
    [S.pravda1988],
  ),
  before(
    "1918",
    "Trotsky becomes People's Commissar for War and builds the Red Army; the Civil War and the Red Terror begin (general knowledge).",
    [S.pravda1988],
  ),
  before(
    "1918",
    "Vladimir Chertkov leads a council defending conscientious objectors; over 100 Tolstoyan objectors are shot in 1918–20.",
    [S.chertkov, "P12"],
  ),
  before("1920-12", "The Bolsheviks close Chertkov's council for the defence of objectors.", [S.chertkov]),
  before(
    "1921-03",
    "The Kronstadt sailors' rising is crushed (general knowledge; described in Victor Serge's memoirs).",
    [S.sergeKronstadt],
  ),
  before("1923", "Trotsky's articles The New Course criticise the party's bureaucracy; the Left Opposition forms.", [
    S.newCourse1989,
    S.revolutionBetrayed,
  ]),
  before("1927", "Trotsky is expelled from the party; his writings are banned in the USSR.", [S.trotskyBan]),
  before("1928", "Trotsky is exiled to Alma-Ata in Kazakhstan.", [S.trotskyBan]),
  before("1929", "Trotsky is deported from the USSR.", [S.trotskyBan]),
  before("1936", "Trotsky publishes The Revolution Betrayed, calling the USSR a degenerated workers' state.", [
    S.revolutionBetrayed,
  ]),
  before("1940-08-20", "Ramón Mercader strikes Trotsky in Coyoacán, Mexico; he dies the next day.", [S.assassination]),
  before("1947", "Tony Cliff writes State Capitalism in Russia, breaking with Trotsky's view of the USSR.", [
    S.cliffStateCap,
  ]),
  before("1967", "The Sputnik Hotel opens on Leninsky Prospekt, built for VTsSPS officials and their foreign guests.", [
    S.sputnikHotel,
  ]),
  before("1984-03", "The British miners' strike begins; it lasts a year. Women's support groups feed the coalfields.", [
    S.nwapc,
    S.wapc,
  ]),
  before(
    "1984-11",
    "A Soviet news agency reports £500,000 raised for the British strikers; Thatcher's government cannot stop the money.",
    [S.sovietAidNum],
  ),
  before(
    "1985",
    "The NUM leaves the Miners' International Federation for an East–West body with WFTU unions; David Hopper becomes Durham area general secretary.",
    [S.numInternational, S.hopper],
  ),
  before("1988-09", "Pravda prints an acknowledgement of Trotsky's role in 1917 and the Civil War.", [S.pravda1988]),
  before("1988-11-15", "A Memorial group holds Moscow's first public Trotsky evening.", [S.trotskyEvening1988]),
  before(
    "1989-01",
    "Memorial holds its founding conference at the Moscow Aviation Institute, with Andrei Sakharov; KAS is created.",
    [S.memorialFounding, S.kasFounding],
  ),
  before(
    "1989-07-10",
    "A strike begins in Mezhdurechensk and spreads across the Soviet coalfields: 400,000–500,000 miners.",
    [S.strikesAp, S.strikesWiki],
  ),
  before("1989-08", "Young Communist reprints Trotsky's The New Course.", [S.newCourse1989]),
  before("1989-09", "Strike leaders fail to make the official coal union leave VTsSPS.", [S.officialUnion]),
  before(
    "1990-03",
    "Article 6 is amended, ending the Party's constitutional monopoly; anniversary conference on Trotsky in Wuppertal.",
    [S.article6, S.conferences1990b],
  ),
  before("1990-06", "The First Congress of Soviet Miners in Donetsk votes 308 to 116 for a mass exit from the CPSU.", [
    S.donetskCongress,
  ]),
  before("1990-07-11", "A one-day miners' strike demands the government's resignation and an end to Party rule.", [
    S.strikeJuly1990,
  ]),
  before("1990-07-12", "Yeltsin leaves the Party at its 28th Congress.", [S.yeltsinQuits, S.congress28]),
  before("1990-07-16", "Ukraine's parliament declares state sovereignty.", [S.ukraineSovereignty]),
  before(
    "1990-08",
    "Gorbachev and Yeltsin set up a commission on the '500 days' move to the market; the Sputnik Hotel seminar on Trotsky meets in Moscow.",
    [S.fiveHundredDays, "P11"],
  ),
  after(
    "1990-10-26",
    "After the seminar: the second miners' congress in Donetsk founds the independent miners' union (NPG).",
    [S.npgFounding],
  ),
  after("1991-03", "After the seminar: miners strike again, demanding Gorbachev's resignation.", [S.strikesWiki]),
  after(
    "1991-08-19",
    "After the seminar: hardliners' coup attempt; crowds defend the Russian parliament, three defenders die, the coup collapses.",
    [S.coup1991, S.coupCasualties, "P6"],
  ),
  after("1991-12-26", "After the seminar: the Soviet Union is dissolved.", ["P8"]),
];
