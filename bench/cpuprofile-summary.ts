/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): top functions by self time, and self time
 * by package / repo file. Usage: `npx tsx bench/cpuprofile-summary.ts FILE.cpuprofile [TOP]`.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Colyseus functions worth an inclusive figure beside this repository's own. */
const FRAMEWORK_ENTRY_POINTS = new Set(["broadcastPatch", "broadcastMessageType", "_onMessage", "_onJoin"]);

export interface ProfileSummary {
  file: string;
  totalMs: number;
  idleMs: number;
  busyMs: number;
  gcMs: number;
  programMs: number;
  top: { fn: string; where: string; selfMs: number; pctOfBusy: number }[];
  byModule: { module: string; selfMs: number; pctOfBusy: number }[];
  /** Functions of this repository (server/, shared/, bench/) and a few Colyseus entry points, with everything they call. */
  inclusive: { fn: string; where: string; totalMs: number; pctOfBusy: number }[];
}

/** "node_modules/@colyseus/core", "server/store/sqlite-session-store.ts", "node:internal/…". */
function moduleOf(url: string, root: string): string {
  if (!url) return "(native / V8)";
  const path = url.startsWith("file://") ? decodeURIComponent(url.slice(7)) : url;
  const nm = path.lastIndexOf("/node_modules/");
  if (nm >= 0) {
    const rest = path.slice(nm + 14).split("/");
    return `node_modules/${rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  if (path.startsWith(root)) return path.slice(root.length + 1);
  if (path.startsWith("node:")) return path.split("/").slice(0, 2).join("/");
  return path;
}

export function summarizeProfile(file: string, top = 25, root = process.cwd()): ProfileSummary {
  const p = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + dt);
  }
  let idleMs = 0;
  let gcMs = 0;
  let programMs = 0;
  const fns = new Map<string, { fn: string; where: string; selfMs: number }>();
  const mods = new Map<string, number>();
  for (const [id, ms] of self) {
    const cf = byId.get(id)!.callFrame;
    if (cf.functionName === "(idle)") {
      idleMs += ms;
      continue;
    }
    if (cf.functionName === "(garbage collector)") gcMs += ms;
    if (cf.functionName === "(program)") programMs += ms;
    const mod = moduleOf(cf.url, root);
    const where = cf.url ? `${mod}:${cf.lineNumber + 1}` : mod;
    const key = `${cf.functionName}@${where}`;
    const entry = fns.get(key) ?? { fn: cf.functionName || "(anonymous)", where, selfMs: 0 };
    entry.selfMs += ms;
    fns.set(key, entry);
    mods.set(mod, (mods.get(mod) ?? 0) + ms);
  }
  // Inclusive time of this repository's functions: self time of the node and all below it,
  // counted once per function even when it recurses.
  const inclusive = new Map<string, { fn: string; where: string; totalMs: number }>();
  const root0 = p.nodes[0];
  const walk = (id: number, open: Set<string>): number => {
    const node = byId.get(id)!;
    const cf = node.callFrame;
    let total = cf.functionName === "(idle)" ? 0 : (self.get(id) ?? 0);
    const mod = moduleOf(cf.url, root);
    const mine =
      (cf.url !== "" &&
        !mod.startsWith("node_modules/") &&
        !mod.startsWith("node:") &&
        mod !== cf.url.replace(/^file:\/\//, "")) ||
      (mod === "node_modules/@colyseus/core" && FRAMEWORK_ENTRY_POINTS.has(cf.functionName));
    const key = `${cf.functionName || "(anonymous)"}@${mod}`;
    const counted = mine && !open.has(key);
    if (counted) open.add(key);
    for (const c of node.children ?? []) total += walk(c, open);
    if (counted) {
      open.delete(key);
      const e = inclusive.get(key) ?? { fn: cf.functionName || "(anonymous)", where: mod, totalMs: 0 };
      e.totalMs += total;
      inclusive.set(key, e);
    }
    return total;
  };
  walk(root0.id, new Set());
  const totalMs = (p.endTime - p.startTime) / 1000;
  const busyMs = [...fns.values()].reduce((a, f) => a + f.selfMs, 0);
  const pct = (ms: number) => Number(((ms / (busyMs || 1)) * 100).toFixed(1));
  return {
    file,
    totalMs,
    idleMs,
    busyMs,
    gcMs,
    programMs,
    top: [...fns.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map((f) => ({ ...f, selfMs: Number(f.selfMs.toFixed(1)), pctOfBusy: pct(f.selfMs) })),
    byModule: [...mods.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([module, ms]) => ({ module, selfMs: Number(ms.toFixed(1)), pctOfBusy: pct(ms) })),
    inclusive: [...inclusive.values()]
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, top)
      .map((f) => ({ ...f, totalMs: Number(f.totalMs.toFixed(1)), pctOfBusy: pct(f.totalMs) })),
  };
}

export function formatProfile(s: ProfileSummary): string {
  const lines = [
    `${s.file}: ${(s.totalMs / 1000).toFixed(1)} s profiled, busy ${(s.busyMs / 1000).toFixed(2)} s ` +
      `(GC ${(s.gcMs / 1000).toFixed(2)} s, "(program)" ${(s.programMs / 1000).toFixed(2)} s), idle ${(s.idleMs / 1000).toFixed(2)} s`,
    "  top self time:",
    ...s.top.map(
      (f) => `    ${f.selfMs.toFixed(1).padStart(8)} ms ${f.pctOfBusy.toFixed(1).padStart(5)}%  ${f.fn}  ${f.where}`,
    ),
    "  by module:",
    ...s.byModule.map(
      (m) => `    ${m.selfMs.toFixed(1).padStart(8)} ms ${m.pctOfBusy.toFixed(1).padStart(5)}%  ${m.module}`,
    ),
    "  inclusive time (with what they call) of this repository's functions and Colyseus entry points:",
    ...s.inclusive.map(
      (f) => `    ${f.totalMs.toFixed(1).padStart(8)} ms ${f.pctOfBusy.toFixed(1).padStart(5)}%  ${f.fn}  ${f.where}`,
    ),
  ];
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: tsx bench/cpuprofile-summary.ts FILE.cpuprofile [TOP]");
    process.exit(2);
  }
  console.log(formatProfile(summarizeProfile(file, Number(process.argv[3] ?? 25))));
}
