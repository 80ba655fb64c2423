/**
 * Where and when the seminar happened, and, as plainly, what nobody has recorded about it:
 * players should be able to tell the documented frame from what the simulation supplies.
 */
import type { Setting } from "../../scenario.js";

export const setting: Setting = {
  place:
    "The Sputnik Hotel, Leninsky Prospekt 38, Moscow. The hotel went up in 1967 (343 rooms) to lodge officials of VTsSPS, the state-run trade-union council, and their foreign visitors, so independent miners and Trotskyists were meeting under the roof of the official union apparatus they opposed. The building has since closed for redevelopment.",
  date: "August 1990, around the fiftieth anniversary of Trotsky's death: Ramón Mercader struck him in Coyoacán, Mexico, on 20 August 1940 and he died the next day. The precise day or days of the seminar are not recorded in the sources we have.",
  occasion:
    "A seminar on Leon Trotsky marking the half-century since his assassination, chaired by Alexei Zverev of Memorial, the association that commemorates the victims of Stalinist repression (its founding conference met in January 1989). It was one of several anniversary meetings that year (others were held in Wuppertal in March and Aberdeen in August); in Moscow the ground had been broken by Memorial's public Trotsky evenings of 1988 and 1989.",
  whoCame:
    "According to the essay that is our main source, the room held Russian students, researchers and political activists, delegates from the newly formed independent mineworkers' movement, and Trotskyists who had travelled from western Europe, among them the British writer Simon Pirani, who arrived with a suitcase of pamphlets that Sheremetyevo customs took for black-market goods. Beyond Zverev, Pirani and a young Moscow Trotskyist named Gusev, the individuals are not named. Several roles in this simulation (the Durham miners and the Women Against Pit Closures activist, the official-union and NUM officials, the Party reformer, the liberal democrat, the state-capitalist socialist) are people who, as far as we know, were not in the room; they are invited here because the essay shows their positions shaping what came after.",
  moment:
    "Summer 1990 was a hinge. Glasnost had opened the archives and the press: in 1988 Pravda conceded Trotsky's part in the revolution, in August 1989 a Komsomol monthly reprinted his 1923 articles, Memorial groups had staged Moscow's first public Trotsky evenings (November 1988, and a 1989 meeting whose title invited the audience to let Trotsky speak), and Trotsky's writings, banned since 1927, were starting to circulate. The year before, in July 1989, a walkout in Mezhdurechensk had spread across the Kuzbass, the Donbass, Vorkuta and Karaganda until 400,000–500,000 miners were out, asking first for soap, meat and fair pay, then for political change; the state-sponsored coal union opposed them and the strike committees became the seed of an independent union. In March 1990 Article 6 was amended, ending the Party's legal monopoly. In June 1990 the First Congress of Soviet Miners in Donetsk voted 308 to 116 for a mass exit from the Communist Party, and on 11 July 1990 miners struck for a day demanding the government's resignation; the next day Yeltsin left the Party at its 28th Congress, on 16 July Ukraine declared its sovereignty, and in early August Gorbachev and Yeltsin set up a commission on a '500 days' move to the market. Gorbachev still ruled; nobody in the room knew that a coup, the end of the USSR and shock privatisation lay twelve to eighteen months ahead.",
  unknowns: [
    "The exact date or dates of the seminar: the essay dates it only to August 1990.",
    "Who organised it beyond Zverev's role as chair, and what the programme, speakers, languages and interpreting arrangements were.",
    "How many people attended.",
    "Which Western Trotskyist groups sent people, other than Pirani's own current; the simulation's 'other Western Trotskyist' is a composite.",
    "Whether any named Soviet miners' leader attended: the essay speaks only of representatives of the independent union.",
    "Whether Dave Temple or David Hopper were present: the essay places their Soviet visits after the seminar, made possible by links formed there. They appear here as invited voices.",
    "There is no evidence that Pierre Broué (present at the 1988 Moscow Trotsky evening) or Trotsky's grandson Esteban Volkov took part, so neither is a role.",
    "The middle of the essay, where Pirani describes the discussion itself, is missing from every stored copy we could find, so what was actually said on the day is largely unknown. The prompts are questions the sources show were live, not a reconstruction of the agenda.",
  ],
};
