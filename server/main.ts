/** `npm start`: reads the environment, starts the server, stops cleanly on SIGINT/SIGTERM. */
import { DEFAULTS, startSeminarServer } from "./app.js";
import { clusterConfigFromEnv } from "./cluster/cluster-config.js";
import { networkAddresses } from "./network-addresses.js";
import { publicUrlFromEnv } from "./http/served-hosts.js";
import { DEFAULT_RATE_LIMIT } from "./session/rate-limiter.js";

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`${name} must be a whole number, got '${raw}'`);
    process.exit(2);
  }
  return n;
}

const cluster = clusterConfigFromEnv(process.env);
if (!cluster.ok) {
  console.error(`sputnik-seminar cannot start: ${cluster.reason}`);
  process.exit(2);
}

const server = await startSeminarServer({
  cluster: cluster.config,
  port: intFromEnv("PORT", DEFAULTS.port),
  // Every interface by default, so the class's own devices can open the invitation (HOST=127.0.0.1: this machine only).
  host: process.env.HOST || "0.0.0.0",
  dataDir: process.env.DATA_DIR || DEFAULTS.dataDir,
  publicUrl: publicUrlFromEnv(),
  // Where the built client is (default dist/client); tests point it at a private build.
  clientDir: process.env.CLIENT_DIR || undefined,
  reconnectSeconds: intFromEnv("RECONNECT_SECONDS", DEFAULTS.reconnectSeconds),
  maxPayloadBytes: intFromEnv("MAX_MESSAGE_BYTES", DEFAULTS.maxPayloadBytes),
  rateLimit: {
    perSecond: intFromEnv("RATE_LIMIT_PER_SECOND", DEFAULT_RATE_LIMIT.perSecond),
    burst: intFromEnv("RATE_LIMIT_BURST", DEFAULT_RATE_LIMIT.burst),
  },
});
console.log(`sputnik-seminar listening on ${server.url}`);
const reachable = networkAddresses(server.port);
if (reachable.length && (process.env.HOST || "0.0.0.0") === "0.0.0.0")
  console.log(`other machines on this network can open:\n${reachable.map((u) => `  ${u}`).join("\n")}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
}
