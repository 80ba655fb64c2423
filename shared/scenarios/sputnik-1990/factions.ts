/**
 * The groups whose standpoints met (or, for the British officials, conspicuously did not meet)
 * at the seminar. Colours are mid-tone so nameplates read against the dark-wood room and
 * tests hold them apart (ΔE) and legible (WCAG contrast with white or #1a1a1a text).
 */
import type { Faction } from "../../scenario.js";

export const factions: Faction[] = [
  {
    id: "memorial",
    name: "Memorial",
    color: "#2a9d8f",
    standpoint:
      "Memorial grew out of the glasnost campaign to name and commemorate the victims of Stalin's terror; its founding conference met at the Moscow Aviation Institute in January 1989 with Andrei Sakharov. Its members are historians, archivists and volunteers collecting testimony, not a party. For them, returning Trotsky to history is part of returning the truth to the public: he was slandered for sixty years and murdered on Stalin's orders, and the Soviet public deserves to know it. But rehabilitation in the sense of a fair hearing is not endorsement. Many in Memorial see the violence of 1918–21 (the Red Terror, the shooting of hostages and objectors) as the beginning of the catastrophe, not a detour from a good road, and they are wary of any movement that promises revolution again.",
  },
  {
    id: "soviet-trotskyists",
    name: "Soviet Trotskyists",
    color: "#c0392b",
    standpoint:
      "A handful of young Moscow socialists, mostly students and researchers, who found in Trotsky's banned writings a communism that was not Stalin's: workers' democracy, internationalism, opposition to bureaucratic privilege. In 1990 they are forming small groups (one, the Committee for Workers' Democracy and International Socialism, was founded that year) and are eager to meet Western comrades whose literature they had only glimpsed. They want to take part in the independent labour movement and to recover the suppressed history of the Left Opposition. They hold that socialism and democratic rights belong together, a position that puts them at odds both with the Party apparatus and with the anti-communist mood of the democratic movement.",
  },
  {
    id: "western-trotskyists",
    name: "Western Trotskyists",
    color: "#e07b39",
    standpoint:
      "Activists from western European Trotskyist groups who came to Moscow for the anniversary. Most were raised on Trotsky's analysis of the USSR as a degenerated workers' state: a society whose nationalised property was worth defending against capitalism, whose bureaucracy had to be overthrown by a political revolution of the workers. They arrive expecting a Soviet working class with a shared consciousness ready to reclaim October. Which groups came is not recorded; by one hostile later account the essay's author came from the Workers Press current, which that year formed Workers International with Hungarian Trotskyists exiled in France. Beside them sits a dissenting tradition that broke with Trotsky's view: Tony Cliff's followers, for whom the USSR is state capitalist. Their challenge in 1990 is to test their theories against what they see.",
  },
  {
    id: "independent-miners",
    name: "Independent miners' movement",
    color: "#2f6db5",
    standpoint:
      "The strike committees born in July 1989 in the Kuzbass, the Donbass, Vorkuta and Karaganda. They began with demands for soap, sugar, meat, winter clothing, fair pay and safety, and moved fast to politics: local economic autonomy, a new constitution, an end to the Party's monopoly. The official coal union opposed the strikes and refused to leave VTsSPS, so the committees are building their own union; the First Congress of Soviet Miners in Donetsk (June 1990) voted for a mass exit from the CPSU. Many delegates see the market as the way to be paid properly for coal, and are suspicious of any Western union linked to the official Soviet unions. They want practical solidarity, not lectures.",
  },
  {
    id: "official-unions",
    name: "Official Soviet unions (VTsSPS)",
    color: "#8d8d8d",
    standpoint:
      "The state-sponsored trade unions grouped in VTsSPS, the all-union council for whose officials the very hotel where the seminar met was built. The official coal union worked hand in glove with the ministry, administered holidays, housing queues and social insurance, and opposed the 1989 strikes. In 1990 it is losing members and legitimacy and is trying to reinvent itself as an independent representative of workers, while keeping its property, its international affiliations through the World Federation of Trade Unions, and its friends abroad, including the British NUM, whose strike was helped by money raised in the USSR in 1984–85.",
  },
  {
    id: "num-national",
    name: "NUM national leadership",
    color: "#7a9e2a",
    standpoint:
      "The national leadership of Britain's National Union of Mineworkers, bruised by the defeat of the 1984–85 strike. Between 1983 and 1985 it left the Miners' International Federation to build an East–West miners' international with unions aligned with the communist World Federation of Trade Unions, including the official Soviet miners' union; during the strike money raised in the USSR reached it, which the British government tried and failed to stop. The essay's author, Simon Pirani, charges that its leaders offered no public support to Solidarność's miners or to the Soviet strikers of 1989. The simulation's composite view of this faction: a union keeps faith with those who stood by it and conducts its foreign relations through its elected national bodies.",
  },
  {
    id: "durham-miners",
    name: "Durham miners",
    color: "#7d3c98",
    standpoint:
      "Miners and union officers from the Durham coalfield who stood at the front of the 1984–85 strike: lodge militants, socialists of several kinds, including Trotskyists, and the area union led from 1985 by David Hopper. Unlike the NUM's national officers, they want direct, rank-and-file links with miners anywhere, in the Soviet Kuzbass and Donbass as in South Africa, judged by what miners themselves say rather than by which government their union is friends with.",
  },
  {
    id: "liberal-democrats",
    name: "Soviet liberal democrats",
    color: "#e2b93b",
    standpoint:
      "The broad democratic movement that grew under glasnost: intellectuals, journalists, some academics and many voters in the big cities who want an end to the Communist Party's monopoly, free elections, a free press, private property and a market economy, often on a Western model. They admire the miners for breaking the Party's grip and expect the market to deliver prosperity. For them, Trotsky is a founder of the Soviet system and no alternative to it, and red flags in any form signal the past they are trying to leave.",
  },
  {
    id: "anarcho-syndicalists",
    name: "Anarcho-syndicalists",
    color: "#e8739e",
    standpoint:
      "Activists around the Confederation of Anarcho-Syndicalists (KAS), founded in 1988–89, and its labour news service KAS-KOR, which reported on strikes and workers' committees across the country. They distrust every party, Leninist or liberal, and see the strike committees and workers' assemblies of 1989 as the real thing: self-organisation from below. They run activity alongside the Trotskyists and sometimes with them, but they remember the Kronstadt rising of 1921 and the Bolsheviks' suppression of the anarchists, in which Trotsky, as war commissar, had a leading part.",
  },
  {
    id: "party-reformers",
    name: "CPSU reformers",
    color: "#4a6741",
    standpoint:
      "Party members who still believe the CPSU can be renewed: historians and officials who, under glasnost, have recovered Lenin's last writings and the Bolsheviks Stalin destroyed, and who want a democratic socialism led by a reformed party. At the 28th Congress in July 1990 the party argued in open platforms for the first time; the Democratic Platform wanted a parliamentary party and a regulated market, and some of its leaders walked out with Yeltsin. The reformers are squeezed between the hardliners, the democrats and the miners, who are leaving the party in droves.",
  },
];
