/**
 * The host names this server answers to, and the address people use to reach it. Checking the
 * Host header on every request and WebSocket upgrade closes DNS rebinding: a web page on
 * attacker.example that re-points its own name at 127.0.0.1 still sends `Host: attacker.example`,
 * and is answered 421 instead of being served the teacher's loopback server.
 *
 * Answered: loopback names and addresses (localhost, *.localhost, 127.0.0.0/8, ::1); the address
 * the server listens on, and when it listens on every interface (0.0.0.0, ::) each of the
 * machine's own addresses and its host name; the host of PUBLIC_URL when that is set; and in a
 * cluster the host of this process's PUBLIC_ADDRESS.
 */
import type { IncomingMessage, Server as HttpServer, ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { hostname, networkInterfaces } from "node:os";

export interface ReachConfig {
  /** The address the server listens on (HOST). */
  host: string;
  port: number;
  /** PUBLIC_URL: the address people use to reach this server (a proxy, a DNS name), if set. */
  publicUrl?: string;
  /** Other addresses (host[:port][/path]) this process is reached at, e.g. a cluster's PUBLIC_ADDRESS. */
  alsoAnswer?: readonly string[];
}

const WILDCARDS = new Set(["", "0.0.0.0", "::", "[::]"]);

/** PUBLIC_URL from the environment as an http(s) URL, or undefined; a bad value is refused loudly. */
export function publicUrlFromEnv(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.PUBLIC_URL;
  if (raw === undefined || raw.trim() === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`PUBLIC_URL must be an http:// or https:// URL, got '${raw}'`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`PUBLIC_URL must be an http:// or https:// URL, got '${raw}'`);
  return url.href.replace(/\/$/, "");
}

/** `[::1]` for IPv6 literals in URLs and Host headers; names and IPv4 as they are. */
const inUrl = (address: string) => (address.includes(":") && !address.startsWith("[") ? `[${address}]` : address);

/** The machine's own addresses (every interface), lowercased, IPv6 without brackets. */
function ownAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .map((a) => a.address.toLowerCase());
}

/** The host names and addresses (lowercase, IPv6 without brackets) besides loopback that are answered. */
export function servedHosts(config: ReachConfig): Set<string> {
  const hosts = new Set<string>(["localhost", "127.0.0.1", "::1"]);
  const host = config.host.toLowerCase().replace(/^\[|\]$/g, "");
  if (WILDCARDS.has(config.host)) {
    for (const a of ownAddresses()) hosts.add(a);
    hosts.add(hostname().toLowerCase());
  } else {
    hosts.add(host);
  }
  if (config.publicUrl) hosts.add(new URL(config.publicUrl).hostname.toLowerCase().replace(/^\[|\]$/g, ""));
  for (const address of config.alsoAnswer ?? []) {
    const host = hostOfHeader(address.split("/")[0]);
    if (host) hosts.add(host);
  }
  return hosts;
}

/**
 * The URL to give people (invitation links): PUBLIC_URL when set; else, when listening on every
 * interface, the machine's first external IPv4 address (what another machine in the classroom
 * can reach); else the listening address.
 */
export function publicUrl(config: ReachConfig): string {
  if (config.publicUrl) return config.publicUrl;
  let host = config.host;
  if (WILDCARDS.has(host)) {
    const external = Object.values(networkInterfaces())
      .flatMap((list) => list ?? [])
      .find((a) => a.family === "IPv4" && !a.internal);
    host = external?.address ?? "127.0.0.1";
  }
  return `http://${inUrl(host)}:${config.port}`;
}

/** The host part of a Host header ("[::1]:80" → "::1", "Example.org:80" → "example.org"). */
export function hostOfHeader(header: string | undefined): string | null {
  if (!header) return null;
  const h = header.trim().toLowerCase();
  if (h.startsWith("[")) {
    const end = h.indexOf("]");
    return end > 0 ? h.slice(1, end) : null;
  }
  const colon = h.indexOf(":");
  return colon === -1 ? h : h.slice(0, colon);
}

/** Whether a Host header names this server. Interfaces can change (Wi-Fi), so wildcards re-read them. */
export function hostChecker(config: ReachConfig): (hostHeader: string | undefined) => boolean {
  let served = servedHosts(config);
  let readAt = Date.now();
  return (hostHeader) => {
    const host = hostOfHeader(hostHeader);
    if (!host) return false;
    if (host === "localhost" || host.endsWith(".localhost") || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host))
      return true;
    if (served.has(host)) return true;
    if (WILDCARDS.has(config.host) && Date.now() - readAt > 5_000) {
      served = servedHosts(config);
      readAt = Date.now();
      return served.has(host);
    }
    return false;
  };
}

const MISDIRECTED = "this server does not answer to that host name (set PUBLIC_URL to the address people use)";

/**
 * Answers 421 to every HTTP request and WebSocket upgrade whose Host is not served, before any
 * other listener sees it. Colyseus takes over the server's "request" listeners in `listen` (its
 * matchmaking routes never reach Express), so this wraps the listeners once they are all in place.
 */
export function guardHosts(server: HttpServer, config: ReachConfig): void {
  const allowed = hostChecker(config);
  const requests = server.listeners("request").slice() as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (!allowed(req.headers.host)) {
      res.writeHead(421, { "Content-Type": "application/json", Connection: "close" });
      res.end(JSON.stringify({ error: { code: "MISDIRECTED", message: MISDIRECTED } }));
      return;
    }
    for (const listener of requests) listener.call(server, req, res);
  });
  const upgrades = server.listeners("upgrade").slice() as ((
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ) => void)[];
  server.removeAllListeners("upgrade");
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!allowed(req.headers.host)) {
      socket.end(`HTTP/1.1 421 Misdirected Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    for (const listener of upgrades) listener.call(server, req, socket, head);
  });
}
