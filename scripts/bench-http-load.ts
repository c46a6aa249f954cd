/** bench:http's load: autocannon on a target, split evenly across the app instances (scripts/bench-http.ts). */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import autocannon from "autocannon";

export type Result = {
  target: string;
  path: string;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
};

/** The target's load split evenly across the instances: requests/s, errors summed; p50 and p99 the worst instance's. */
export function loadSplit(BASES: string[], CONNECTIONS: number, DURATION: number, headers: Record<string, string> = {}) {
  return (target: string, url: string, opts: Partial<autocannon.Options> = {}) => cannon(BASES, CONNECTIONS, DURATION, target, url, { headers, ...opts });
}

async function cannon(BASES: string[], CONNECTIONS: number, DURATION: number, target: string, url: string, opts: Partial<autocannon.Options>): Promise<Result> {
  const parts = await Promise.all(
    BASES.map((base) => cannonOne(CONNECTIONS, DURATION, target, base, url, { connections: Math.ceil(CONNECTIONS / BASES.length), ...opts })),
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

const CLOCK_TICKS = (() => {
  const r = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
  return Number(r.stdout) || 100;
})();

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux; null elsewhere). The
 * server's CPU per request says what a page costs the server whatever the load generator costs:
 * on one machine autocannon shares the cores, and it decodes every response body into a string
 * (autocannon issue #485), so bigger answers cost the client more than the server.
 */
export function processCpuSeconds(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS; // utime, stime (fields 14 and 15 of stat)
  } catch {
    return null;
  }
}
