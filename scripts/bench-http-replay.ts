/**
 * bench:http's second ceiling, per target: the same answer (its bytes as sent, compressed as
 * asked) replayed by a trivial server (bench-http-replay-server.mjs), driven by the same load.
 *
 * Why: autocannon decodes every response body into a string (its pipelinedRequestsQueue
 * addBody: `req.body += data`), and decoding compressed bytes as UTF-8 costs it more per byte
 * as the answer grows: in bench:http's replay rows on a 2-core machine (README), ~48,000
 * answers/s of 3.6 KB, ~35,000 of 8.3 KB, ~26,000 of 9.8 KB, ~14,500 of 16 KB and ~7,500 of
 * 19 KB. For a page of ~19 KB on the wire the generator alone fills a core, so requests/s against
 * the app then measure the generator. Against the replay the server does
 * nearly nothing: what autocannon reaches there is its own limit for that answer, and the app's
 * rate over it says how much of that limit the app leaves unused.
 */
import { fork } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { Result } from "./bench-http-load";

type Cannon = (base: string, target: string, url: string, duration: number) => Promise<Result>;

/** One answer of `url` as sent: status, headers, the body's bytes (not decoded). */
function record(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 200, headers: res.headers, body: Buffer.concat(chunks).toString("base64") }));
      })
      .on("error", reject);
  });
}

/** The generator's limit for the answer at `url`: autocannon against its replay for `duration` seconds (after 1 s unrecorded). */
export async function replayLimit(url: string, headers: Record<string, string>, port: number, duration: number, cannon: Cannon): Promise<Result> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-http-replay-")), "answer.json");
  fs.writeFileSync(file, JSON.stringify(await record(url, headers)));
  const server = fork(path.join(import.meta.dirname, "bench-http-replay-server.mjs"), [file, String(port)], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("message", () => resolve());
      server.once("exit", (code) => reject(new Error(`the replay server exited (${code})`)));
    });
    const base = `http://127.0.0.1:${port}`;
    await cannon(base, "replay", "/", 1);
    return await cannon(base, "replay", "/", duration);
  } finally {
    server.kill();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
