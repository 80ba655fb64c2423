/**
 * Memorial: the chair (a real person, partly documented through the essay's 2020 interview)
 * and a composite volunteer.
 */
import type { Role } from "../../../scenario.js";
import { S } from "../sources.js";
import { tp } from "./helpers.js";

export const memorialRoles: Role[] = [
  {
    id: "alexei-zverev",
    name: "Alexei Zverev",
    factionId: "memorial",
    kind: "historical",
    chair: true,
    bio: "Chair of the seminar. A member of Memorial, the society (founding conference January 1989) that remembers the victims of Stalinist repression, which had already hosted Moscow's first public meetings about Trotsky. He keeps order, gives the floor, and holds the room to evidence.",
    sources: ["P11", "P12", S.essay, S.memorialFounding],
    brief: {
      standpoint:
        "You are a historian of repression, not a Trotskyist. You want the truth about Trotsky salvaged from sixty years of Stalinist slander: who he was, how he was expelled, deported and murdered, and what he did in power. Equally, you want the dark pages examined along with the bright ones, including the Red Terror and the Civil War, when Lenin and Trotsky led the state. You welcome the foreign guests and the miners, but you are uneasy about anyone who treats this as a recruiting meeting for a new revolution.",
      objectives: [
        "Run a fair meeting: every faction present gets the floor, speakers keep to time, and claims are tied to evidence.",
        "Make sure the victims of the Lenin–Trotsky years are not left out of a meeting about Trotsky.",
        "Close each item by naming what the room agrees on and what remains disputed, so the discussion can continue after today.",
      ],
      talkingPoints: [
        tp(
          "Rescuing the historical Trotsky is part of Memorial's work of restoring truth after decades of falsification.",
          "Trotsky's writings were banned from 1927; he was expelled from the party in 1927, exiled to Alma-Ata in 1928 and deported in 1929. Soviet readers were taught he was an imperialist agent. Only in January 1989 did Literaturnaya Gazeta admit that Stalin's secret police had him killed; Mercader struck him in Coyoacán on 20 August 1940 and he died the next day.",
          ["P11", S.trotskyBan, S.litGazeta, S.assassination],
        ),
        tp(
          "Memorial has already opened this subject to the public, and this seminar continues that work.",
          "A Memorial group organised Moscow's first public Trotsky evening on 15 November 1988 at the Moscow Aviation Institute's House of Culture (the French historian Pierre Broué was present). In 1989 Memorial held a crowded meeting whose title asked that Trotsky be given the floor. Memorial's founding conference took place in January 1989 at the same institute, with Andrei Sakharov.",
          ["P11", S.trotskyEvening1988, S.memorialFounding],
        ),
        tp(
          "The mass killing did not begin in 1934 or 1937: the Civil War years under Lenin and Trotsky produced huge numbers of victims, and Stalinism followed on from them.",
          "Talking to Pirani in 2020 you stressed how vast the death toll already was under Lenin and Trotsky, before Stalinism even began. Examples the room can check: the Red Terror from 1918; the shooting of more than 100 Tolstoyan conscientious objectors in 1918–20.",
          ["P11", "P12", S.chertkov],
        ),
        tp(
          "Idealism is no defence when it is imposed by force: Chertkov's letter to the Bolsheviks says so better than any of us.",
          "Vladimir Chertkov (1854–1936), Tolstoy's close collaborator, led a council defending conscientious objectors in 1918–20; the Bolsheviks closed it at the end of 1920. He wrote to a Bolshevik leader (which one, and when, is not known) that the Bolsheviks' misguided idealism might have moved him, were it not enforced by violence that made millions suffer. Paraphrase it; do not invent wording.",
          ["P12", S.chertkov],
        ),
        tp(
          "Discussion of 1917 belongs in public, among citizens, not only in the institutes.",
          "For decades Soviet people could not discuss the revolution, its retreat and Stalinism with one another, let alone with foreigners. Memorial is a civic association built by volunteers collecting testimony, and this seminar brings students, miners and foreign activists into one room.",
          ["P13", "P14", S.memorialFounding],
        ),
        tp(
          "Opening remarks: note the irony of the room itself.",
          "The Sputnik Hotel at Leninsky Prospekt 38 opened in 1967 with 343 rooms, built to house officials of VTsSPS, the official trade-union council, and their foreign guests. Today it hosts independent miners and Trotskyists, some of whom regard VTsSPS as the enemy.",
          [S.sputnikHotel],
        ),
        tp(
          "Memorial and the strike committees are both children of 1989: citizens organising without permission.",
          "Memorial held its founding conference in January 1989; the miners' strike committees appeared in July 1989, when 400,000–500,000 miners walked out. Neither was created by the Party, and both are now building national organisations.",
          ["P1", S.memorialFounding, S.strikesWiki],
        ),
        tp(
          "Rehabilitation should mean the end of lies, not a new cult.",
          "Pravda reportedly treated Trotsky as rehabilitated in practice this very month (August 1990), after Literaturnaya Gazeta's admission of January 1989. You can welcome the truth while warning the room not to replace one icon with another.",
          [S.pravda1990, S.litGazeta, "P11"],
        ),
        tp(
          "On procedure: short turns, everyone heard, evidence named.",
          "Other anniversary meetings this year used formal papers: Wuppertal (26–30 March 1990) gave speakers slots of about twelve minutes in German or Russian; Aberdeen in early August gathered about 50 people. Here you give shorter turns so miners and students can speak as well as scholars.",
          [S.conferences1990a, S.conferences1990b],
        ),
      ],
      cannotKnowYet:
        "You do not know that the USSR will cease to exist within eighteen months, that the coup of August 1991 will fail, or that Memorial will be ordered dissolved by Russia's Supreme Court in December 2021 and win the Nobel Peace Prize in 2022. Your later, sharper verdict (that Russia's experience is a cure for leftism) is hindsight from 2020; in 1990 you may feel it, but you have not yet formulated it.",
      documentation:
        "Documented: Zverev chaired the Sputnik Hotel seminar and, interviewed by Pirani about 2020, said he was glad to have helped rescue the truth about Trotsky from Stalinism and to examine the bright and dark sides of Lenin and Trotsky; he found the event politically more problematic, citing the victims of the Lenin–Trotsky period, and recalled Chertkov's letter (P11–P12). Not documented: his words in 1990, his biography beyond Memorial, and his views on the miners or the unions. Those parts of this brief give Memorial's composite view.",
    },
  },
  {
    id: "memorial-volunteer",
    name: "Memorial volunteer (composite)",
    factionId: "memorial",
    kind: "composite",
    chair: false,
    bio: "A young researcher who spends evenings in Memorial's makeshift office sorting letters from families of the repressed. Helps the chair with the speakers' list and the microphone.",
    sources: ["P11", "P13", S.memorialFounding, S.trotskyEvening1988],
    brief: {
      standpoint:
        "Your grandfather disappeared in 1937; your family learned the date of his death only last year. You are open to hearing about Trotsky, and you think his murder should be acknowledged, but you are wary of people who speak of revolution as if it cost nothing. You believe the archive, the testimony and the names of the dead are the ground on which any politics must stand.",
      objectives: [
        "Ask each political faction what it would do with the archives and the testimony Memorial is collecting.",
        "Bring the victims, named and counted, into every discussion of ideas.",
      ],
      talkingPoints: [
        tp(
          "Memorial was built from below by volunteers, and that is why it has public trust the institutes lack.",
          "Memorial's founding conference met in January 1989 at the Moscow Aviation Institute, with Andrei Sakharov; its groups collect testimony and lists of the repressed.",
          [S.memorialFounding],
        ),
        tp(
          "Trotsky's murder belongs in the record of Stalin's crimes, whatever one thinks of his politics.",
          "Literaturnaya Gazeta admitted in January 1989 that Stalin's secret police carried out the killing; Mercader struck on 20 August 1940 in Coyoacán and Trotsky died on 21 August.",
          ["P11", S.litGazeta, S.assassination],
        ),
        tp(
          "The repression did not begin with Stalin, and Memorial's lists should not begin in 1934 either.",
          "In 1918–20 the Bolsheviks shot more than 100 Tolstoyan conscientious objectors and closed the council that defended them at the end of 1920.",
          ["P12", S.chertkov],
        ),
        tp(
          "Public meetings on forbidden subjects are themselves part of de-Stalinisation.",
          "A Memorial group held Moscow's first public Trotsky evening on 15 November 1988; another Trotsky meeting at the Cinema House was reported in December 1989.",
          [S.trotskyEvening1988, S.cinemaHouse1989, "P13"],
        ),
        tp(
          "If the chair wishes, you can read Chertkov's protest into the record as a voice from 1918–20.",
          "Vladimir Chertkov (1854–1936), Tolstoy's closest collaborator, defended conscientious objectors through a council in 1918–20. He wrote to one of the Bolshevik leaders (which one and when is not known) that their idealism was not innocent, because it was imposed by force and caused mass suffering. Present it as a paraphrase, never as his exact words.",
          ["P12", S.chertkov],
        ),
        tp(
          "Trotsky was not only a victim: he held power during the Civil War.",
          "From 1918 Trotsky led the Red Army as People's Commissar for War (general knowledge, not in this scenario's sources); the Civil War years are those Memorial's chair calls the Lenin–Trotsky period, with an enormous toll of victims before Stalin's rise.",
          ["P11"],
        ),
        tp(
          "Civil society has to do this work because the state would not, and the academy could not.",
          "For decades the revolution and Stalinism could not be freely discussed in the USSR; Memorial's lists of the repressed are compiled by volunteers and families, not institutes.",
          ["P13", "P14", S.memorialFounding],
        ),
        tp(
          "Ask the miners what their towns remember: Vorkuta and Karaganda grew up around labour camps.",
          "The strikes of 1989 spread to Vorkuta and Karaganda as well as the Kuzbass and the Donbass. Vorkuta and Karaganda were centres of the Gulag camp system (general knowledge, not in this scenario's sources). Ask the delegates whether their families' histories of deportation and labour camps are part of what they are fighting about; the answer is theirs to give.",
          ["P1", S.strikesWiki],
        ),
      ],
      cannotKnowYet:
        "You cannot know that Memorial will become one of the best-known Russian NGOs, be branded a 'foreign agent', be ordered dissolved on 28 December 2021, and receive the Nobel Peace Prize in 2022.",
      documentation:
        "A composite role: no individual is documented. The standpoint combines what the sources say about Memorial's purpose and early Trotsky meetings with an invented personal background typical of Memorial's volunteers.",
    },
  },
];
