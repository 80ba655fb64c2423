/**
 * The debrief's three charts, drawn with Chart.js (pinned in package.json), which is imported
 * here dynamically so that only the debrief page ever loads it. Colours are the factions' own;
 * animation is off so the page prints as it is shown.
 */
import type { Debrief } from "../../shared/debrief/debrief.js";

export interface ChartLabels {
  seconds: string;
  minutesAxis: string;
}

export interface ChartInput {
  debrief: Debrief;
  /** Display names by participant id and faction (null: no role), and each faction's colour. */
  personName(id: string): string;
  factionName(id: string | null): string;
  factionColor(id: string | null): string;
  labels: ChartLabels;
}

export interface ChartCanvases {
  factions: HTMLCanvasElement;
  participants: HTMLCanvasElement;
  strip: HTMLCanvasElement;
}

/** Draws the charts; resolves once all three are on their canvases. Returns a function that removes them. */
export async function drawDebriefCharts(canvases: ChartCanvases, input: ChartInput): Promise<() => void> {
  const { Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend } = await import("chart.js");
  Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
  const { debrief, labels } = input;
  const common = { animation: false as const, responsive: true, maintainAspectRatio: false };

  const factions = debrief.factions.filter((f) => f.floorSeconds > 0 || f.factionId !== null);
  const byFaction = new Chart(canvases.factions, {
    type: "bar",
    data: {
      labels: factions.map((f) => input.factionName(f.factionId)),
      datasets: [
        {
          label: labels.seconds,
          data: factions.map((f) => f.floorSeconds),
          backgroundColor: factions.map((f) => input.factionColor(f.factionId)),
        },
      ],
    },
    // Horizontal, every label shown: faction names are long, and a skipped label hides a faction.
    options: {
      ...common,
      indexAxis: "y",
      scales: { y: { ticks: { autoSkip: false } } },
      plugins: { legend: { display: false } },
    },
  });

  const people = [...debrief.participants].sort((a, b) => b.floorSeconds - a.floorSeconds);
  const byPerson = new Chart(canvases.participants, {
    type: "bar",
    data: {
      labels: people.map((p) => input.personName(p.id)),
      datasets: [
        {
          label: labels.seconds,
          data: people.map((p) => p.floorSeconds),
          backgroundColor: people.map((p) => input.factionColor(p.factionId)),
        },
      ],
    },
    options: {
      ...common,
      indexAxis: "y",
      scales: { y: { ticks: { autoSkip: false } } },
      plugins: { legend: { display: false } },
    },
  });

  // One floating bar per turn, on the row of its holder, coloured by the faction held then.
  const start = debrief.startedAt ?? debrief.turns[0]?.from ?? 0;
  const minutes = (ms: number) => Math.round(((ms - start) / 60_000) * 100) / 100;
  const holders = [...new Set(debrief.turns.map((tn) => tn.holder))];
  const factionIds = [...new Set(debrief.turns.map((tn) => tn.factionId))];
  const strip = new Chart(canvases.strip, {
    type: "bar",
    data: {
      labels: holders.map((id) => input.personName(id)),
      datasets: factionIds.map((fid) => ({
        label: input.factionName(fid),
        backgroundColor: input.factionColor(fid),
        // Every faction's turns share their holder's row instead of sitting side by side.
        grouped: false,
        data: debrief.turns
          .filter((tn) => tn.factionId === fid)
          .map((tn) => ({ y: input.personName(tn.holder), x: [minutes(tn.from), minutes(tn.to)] as [number, number] })),
      })),
    },
    options: {
      ...common,
      indexAxis: "y",
      scales: {
        x: { type: "linear", min: 0, title: { display: true, text: labels.minutesAxis } },
        y: { ticks: { autoSkip: false } },
      },
    },
  });
  return () => {
    byFaction.destroy();
    byPerson.destroy();
    strip.destroy();
  };
}
