/**
 * bench:http's second load generator, `--generator wrk`: wrk (C, Debian's `wrk` package) at the
 * same connections and duration as autocannon, for the same Result. wrk counts a response's bytes
 * without decoding them, so a 19 KB page costs it about what a 3.6 KB file does; autocannon
 * decodes every body into a string and becomes the bottleneck above ~12 KB on the wire
 * (scripts/bench-http-replay.ts). wrk is what the first measurements were taken with.
 *
 * The figures come from wrk's own summary, written by a Lua `done` hook as one JSON line:
 * requests, duration, the 50th and 99th latency percentiles, socket errors (connect, read, write,
 * timeout) and responses with a status of 400 or more (wrk's status errors).
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SUMMARY = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('\\nWRK-SUMMARY {"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"socketErrors":%d,"nonSuccess":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
`;

/** A load run's figures, whichever generator ran it (scripts/bench-http-load.ts's Result adds the target and path). */
export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

let script: string | null = null;

/** Throws with what to install when wrk is not on the PATH. */
export function requireWrk(): void {
  if (spawnSync("wrk", ["--version"]).error) throw new Error("--generator wrk needs wrk on the PATH (Debian: apt-get install wrk)");
}

/** wrk against base+url with `connections` for `duration` seconds, on as many threads as there are cores (at most the connections). */
export function wrkOne(connections: number, duration: number, base: string, url: string, headers: Record<string, string>): Promise<LoadFigures> {
  if (!script) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-http-wrk-"));
    process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
    script = path.join(dir, "summary.lua");
    fs.writeFileSync(script, SUMMARY);
  }
  const threads = Math.max(1, Math.min(os.cpus().length, connections));
  const args = ["-t", String(threads), "-c", String(connections), "-d", `${duration}s`, "-s", script];
  for (const [k, v] of Object.entries(headers)) args.push("-H", `${k}: ${v}`);
  args.push(base + url);
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("WRK-SUMMARY "));
      if (code !== 0 || !line) return reject(new Error(`wrk exited with ${code} and no summary:\n${out}`));
      const s = JSON.parse(line.slice("WRK-SUMMARY ".length)) as {
        requests: number;
        durationUs: number;
        p50Us: number;
        p99Us: number;
        socketErrors: number;
        nonSuccess: number;
      };
      resolve({
        requests: s.requests,
        requestsPerSecond: Math.round(s.requests / (s.durationUs / 1e6)),
        p50Ms: Number((s.p50Us / 1000).toFixed(2)),
        p99Ms: Number((s.p99Us / 1000).toFixed(2)),
        errors: s.socketErrors,
        non2xx: s.nonSuccess,
      });
    });
  });
}
