/** bench:http's load: autocannon (or wrk, scripts/bench-http-wrk.ts) on a target, split evenly across the app instances (scripts/bench-http.ts). */
import autocannon from "autocannon";
import { type LoadFigures, wrkOne } from "./bench-http-wrk";

export type Generator = "autocannon" | "wrk";

/** A target's figures (wrk's or autocannon's). */
export type Result = { target: string; path: string } & LoadFigures;

/** The target's load split evenly across the instances: requests/s, errors summed; p50 and p99 the worst instance's. */
export function loadSplit(BASES: string[], CONNECTIONS: number, DURATION: number, headers: Record<string, string> = {}, generator: Generator = "autocannon") {
  return (target: string, url: string, opts: { duration?: number } = {}) =>
    cannon(BASES, CONNECTIONS, opts.duration ?? DURATION, target, url, headers, generator);
}

async function cannon(
  BASES: string[],
  CONNECTIONS: number,
  DURATION: number,
  target: string,
  url: string,
  headers: Record<string, string>,
  generator: Generator,
): Promise<Result> {
  const connections = Math.ceil(CONNECTIONS / BASES.length);
  const parts = await Promise.all(
    BASES.map((base) =>
      generator === "wrk"
        ? wrkOne(connections, DURATION, base, url, headers).then((figures) => ({ target, path: url, ...figures }))
        : cannonOne(connections, DURATION, target, base, url, { connections, headers }),
    ),
  );
  if (parts.length === 1) return parts[0]!;
  const sum = (k: "requests" | "requestsPerSecond" | "errors" | "non2xx") => parts.reduce((a, p) => a + p[k], 0);
  const max = (k: "p50Ms" | "p99Ms") => Math.max(...parts.map((p) => p[k]));
  return {
    target,
    path: url,
    requests: sum("requests"),
    requestsPerSecond: sum("requestsPerSecond"),
    p50Ms: max("p50Ms"),
    p99Ms: max("p99Ms"),
    errors: sum("errors"),
    non2xx: sum("non2xx"),
  };
}

function cannonOne(CONNECTIONS: number, DURATION: number, target: string, base: string, url: string, opts: Partial<autocannon.Options> = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon({ url: base + url, connections: CONNECTIONS, duration: DURATION, ...opts }, (err, r) => {
      if (err) return reject(err);
      resolve({
        target,
        path: url,
        requests: r.requests.total,
        requestsPerSecond: Math.round(r.requests.average),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
      });
    });
  });
}
