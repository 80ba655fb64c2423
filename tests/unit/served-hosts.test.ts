/** The host names the server answers to, and PUBLIC_URL. */
import { networkInterfaces } from "node:os";
import { expect, it } from "vitest";
import { hostChecker, hostOfHeader, publicUrl, publicUrlFromEnv, servedHosts } from "../../server/http/served-hosts.js";

it("reads the host out of a Host header", () => {
  expect(hostOfHeader("Example.ORG:8080")).toBe("example.org");
  expect(hostOfHeader("[::1]:2567")).toBe("::1");
  expect(hostOfHeader("10.0.0.5")).toBe("10.0.0.5");
  expect(hostOfHeader(undefined)).toBe(null);
  expect(hostOfHeader("[broken")).toBe(null);
});

it("answers loopback always, the listening address, and every own address on a wildcard", () => {
  const local = hostChecker({ host: "127.0.0.1", port: 1 });
  for (const h of ["localhost", "127.0.0.1:1", "127.1.2.3", "[::1]:1", "x.localhost"]) expect(local(h), h).toBe(true);
  for (const h of ["attacker.example", "127.0.0.1.attacker.example", "localhost.attacker.example", "", undefined])
    expect(local(h), String(h)).toBe(false);
  const own = Object.values(networkInterfaces())
    .flatMap((l) => l ?? [])
    .map((a) => a.address.toLowerCase());
  const all = servedHosts({ host: "0.0.0.0", port: 1 });
  for (const a of own) expect(all.has(a), a).toBe(true);
  expect(servedHosts({ host: "127.0.0.1", port: 1 }).size).toBeLessThanOrEqual(3);
  expect(
    hostChecker({ host: "127.0.0.1", port: 1, publicUrl: "https://seminar.example.org" })("seminar.example.org"),
  ).toBe(true);
});

it("takes PUBLIC_URL as an http(s) URL and gives it as the public URL", () => {
  expect(publicUrlFromEnv({})).toBeUndefined();
  expect(publicUrlFromEnv({ PUBLIC_URL: "https://seminar.example.org/" })).toBe("https://seminar.example.org");
  expect(() => publicUrlFromEnv({ PUBLIC_URL: "seminar.example.org" })).toThrow(/PUBLIC_URL/);
  expect(() => publicUrlFromEnv({ PUBLIC_URL: "ftp://x" })).toThrow(/PUBLIC_URL/);
  expect(publicUrl({ host: "127.0.0.1", port: 2567 })).toBe("http://127.0.0.1:2567");
  expect(publicUrl({ host: "::1", port: 2567 })).toBe("http://[::1]:2567");
  expect(publicUrl({ host: "0.0.0.0", port: 2567, publicUrl: "https://a.example" })).toBe("https://a.example");
  expect(publicUrl({ host: "0.0.0.0", port: 2567 })).toMatch(/^http:\/\/[\d.]+:2567$/);
});
