/** The addresses other machines on the network can reach this server at (for `npm start` and invitations). */
import { networkInterfaces } from "node:os";

/** `http://<address>:<port>/` for every external IPv4 address of this machine, first found first. */
export function networkAddresses(port: number): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) out.push(`http://${a.address}:${port}/`);
  return out;
}
