/**
 * npm run bench:http: the production server under load, loopback only, bounded durations.
 * Builds (or reuses) the bench database (scripts/bench.ts) and the production build, starts
 * the production server as users do (`node server.mjs`, what `npm start` runs), then drives each
 * target with autocannon at 50 connections, after 2 s unrecorded to warm it up, while a writer
 * records outcomes through the API, and prints requests/s, p50, p99, errors, the page's size and
 * the ratio to a static file of the same server (the ceiling, measured first and again last: the
 * pages are compared with the mean). Each target's answer is then replayed by a trivial server
 * under the same load (scripts/bench-http-replay.ts): what autocannon reaches there is its own
 * limit for that many bytes, printed beside the page's rate. Afterwards every write must be
 * visible on its page.
 * Then the p99 of /api/health during a 10k-row import and during a maximal extraction request.
 *
 * Options: --forecasts 200000 --duration 10 --connections 50 --port 3219 --file bench/bench.db --writes-per-second 2
 *   --import-rows 10000 (the import's synthetic rows, scripts/synthetic-import.ts, sent as CSV)
 *   --only import (skip the pages: only /api/health during the import and the extraction)
 *   --generator autocannon|wrk: the load generator; autocannon (the default, in this process) or wrk
 *   (scripts/bench-http-wrk.ts; Debian's wrk package), which does not decode the bodies and so
 *   measures the server where autocannon measures itself (pages above ~12 KB on the wire)
 *   --encoding browser|identity: the Accept-Encoding every request sends; "browser" (the default) sends
 *   Chromium's ("gzip, deflate, br, zstd"), as a crowd of readers does; "identity" asks for no compression
 *   --engine postgres --instances 2: the bench ledger copied (db:copy) into a temporary database on
 *   PG_BENCH_URL / PG_TEST_URL's server (scripts/bench-pg.ts), N production servers on it (ports
 *   PORT, PORT+1, ...), each target's load split evenly across them, the writes through the first
 *   and every write checked through the last; /api/health is asked of the first instance, which runs the imports.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { formatRecords } from "@/lib/export/format";
import { MAX_BODY_LENGTH } from "@/lib/intake/intake-schema";
import { today } from "@/lib/vocabulary/calendar";
import { type Generator, loadSplit, type Result } from "./bench-http-load";
import { replayLimit } from "./bench-http-replay";
import { requireWrk } from "./bench-http-wrk";
import { pgCopyForBench } from "./bench-pg";
import { exitedChildrenCpuSeconds, processCpuSeconds } from "./proc-cpu";
import { syntheticRecords } from "./synthetic-import";

const { values } = parseArgs({
  options: {
    forecasts: { type: "string", default: "200000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    port: { type: "string", default: "3219" },
    file: { type: "string", default: "bench/bench.db" },
    "writes-per-second": { type: "string", default: "2" },
    "import-rows": { type: "string", default: "10000" },
    only: { type: "string" },
    encoding: { type: "string", default: "browser" },
    generator: { type: "string", default: "autocannon" },
    engine: { type: "string", default: "sqlite" },
    instances: { type: "string", default: "1" },
  },
});
if (!["sqlite", "postgres"].includes(values.engine!)) throw new Error(`--engine must be sqlite or postgres, got ${values.engine}`);
const INSTANCES = Number(values.instances);
if (!(INSTANCES >= 1) || (INSTANCES > 1 && values.engine !== "postgres"))
  throw new Error("--instances N (N >= 1) needs --engine postgres: several instances share one PostgreSQL database");
if (!["browser", "identity"].includes(values.encoding!)) throw new Error(`--encoding must be browser or identity, got ${values.encoding}`);
if (!["autocannon", "wrk"].includes(values.generator!)) throw new Error(`--generator must be autocannon or wrk, got ${values.generator}`);
const GENERATOR = values.generator as Generator;
if (GENERATOR === "wrk") requireWrk();
const ACCEPT_ENCODING = values.encoding === "browser" ? "gzip, deflate, br, zstd" : "identity";
const PORT = Number(values.port);
/** Seconds of each target's replay (its generator limit, scripts/bench-http-replay.ts). */
const REPLAY_SECONDS = Math.max(3, Math.round(Number(values.duration) / 2));
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const file = path.resolve(values.file!);
const EMAIL = "bench-http@hindsight.invalid";
const PASSWORD = "bench-http-password-1";
const env = { ...process.env, DATABASE_URL: `file:${file}`, BETTER_AUTH_URL: BASE, NODE_ENV: "production" as const };
const log = (...a: unknown[]) => console.error("[bench:http]", ...a);

function run(cmd: string, args: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { env: { ...env, ...extra }, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed`);
}

// 1. The bench database and an editor account.
// The generated forecasts (keys bench-N), not those earlier runs imported.
const count = fs.existsSync(file)
  ? (new Database(file, { readonly: true }).prepare("select count(*) as n from forecasts where key like 'bench-%'").get() as { n: number }).n
  : 0;
if (count !== Number(values.forecasts)) {
  log(`building the bench database (${values.forecasts} forecasts) ...`);
  run("npx", ["tsx", "--conditions=react-server", "scripts/bench.ts", "--forecasts", values.forecasts!, "--runs", "1", "--file", file, "--fresh"]);
}
// A reused file gets the migrations of this version (db:setup is idempotent; nothing stored is lost).
run("npm", ["run", "db:setup"]);
const probe = new Database(file);
if (!probe.prepare("select 1 from user where email = ?").get(EMAIL)) {
  run("npx", ["tsx", "--conditions=react-server", "scripts/user-create.ts", "--email", EMAIL, "--role", "editor", "--name", "Bench writer"], {
    HINDSIGHT_PASSWORD: PASSWORD,
  });
}
// The PostgreSQL copy (taken after the account exists, so it holds it).
const onPg = values.engine === "postgres" ? await pgCopyForBench(probe) : null;
const BASES = Array.from({ length: INSTANCES }, (_, i) => `http://127.0.0.1:${PORT + i}`);
// 2. The production build.
if (!fs.existsSync(".next/BUILD_ID") || !fs.existsSync(".workers/import.mjs")) {
  log("building ...");
  run("npm", ["run", "build"]);
}

async function waitFor(url: string, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer`);
}

const cannon = loadSplit(BASES, CONNECTIONS, DURATION, { "accept-encoding": ACCEPT_ENCODING }, GENERATOR);

/** The bytes of one answer as sent (compressed when asked), and its encoding. */
function onTheWire(url: string): Promise<{ bytesSent: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": ACCEPT_ENCODING } }, (res) => {
        let bytesSent = 0;
        res.on("data", (c: Buffer) => {
          bytesSent += c.length;
        });
        res.on("end", () => resolve({ bytesSent, encoding: String(res.headers["content-encoding"] ?? "identity") }));
      })
      .on("error", reject);
  });
}

const servers: ChildProcess[] = BASES.map((_, i) =>
  spawn("node", ["server.mjs", "-p", String(PORT + i), "-H", "127.0.0.1"], {
    env: onPg ? { ...env, DATABASE_URL: onPg.url } : env,
    stdio: ["ignore", "ignore", "inherit"],
  }),
);
const stop = () => {
  for (const s of servers) s.kill();
};
process.on("exit", stop);
/** Where the writes are checked: the last instance (another one than they went through, with --instances 2). */
const CHECK = BASES.at(-1)!;

try {
  for (const base of BASES) await waitFor(`${base}/api/health`);
  const signIn = await fetch(`${BASE}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

  const pick = (q: string) => (probe.prepare(q).get() as { v: string | number }).v;
  const person = pick("select p.slug as v from people p join kept_totals t on t.scope_kind = 'forecaster' and t.scope_id = p.id order by t.total desc limit 1");
  const outlet = pick("select u.slug as v from outlets u join kept_totals t on t.scope_kind = 'outlet' and t.scope_id = u.id order by t.total desc limit 1");
  const forecast = pick("select id as v from forecasts where outcome_status in ('yes', 'no') order by id limit 1");
  const home = await (await fetch(`${BASE}/`)).text();
  const css = home.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  if (!css) throw new Error("no stylesheet found on the dashboard");

  // The writer: outcomes on forecasts past their deadline, through the API, during every page's run.
  const due = probe
    .prepare(
      "select id, version, deadline, made_on as madeOn from forecasts where outcome_status is null and deadline < date('now') and deadline >= made_on order by random() limit 2000",
    )
    .all() as { id: number; version: number; deadline: string }[];
  const written: { id: number; citation: string }[] = [];
  let writeErrors = 0;
  const writeFailures: Record<string, number> = {};
  let writer: NodeJS.Timeout | null = null;
  const startWriter = () => {
    writer = setInterval(async () => {
      const f = due.shift();
      if (!f) return;
      const citation = `bench-http write ${f.id} ${Date.now()}`;
      const failed = (why: string) => {
        writeErrors++;
        writeFailures[why] = (writeFailures[why] ?? 0) + 1;
      };
      try {
        const res = await fetch(`${BASE}/api/v1/forecasts/${f.id}/outcomes`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie, origin: BASE },
          body: JSON.stringify({ status: "no", occurredOn: f.deadline, evidence: [{ citation }], expectedVersion: f.version }),
        });
        if (res.ok) written.push({ id: f.id, citation });
        else failed(`${res.status} ${((await res.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code ?? ""}`);
      } catch (err) {
        failed((err as Error).message);
      }
    }, 1000 / Number(values["writes-per-second"]));
  };

  const targets: [string, string][] = [
    ["static file (ceiling)", css],
    ["person page", `/people/${person}`],
    ["outlet page", `/outlets/${outlet}`],
    ["dashboard", "/"],
    ["leaderboard", "/leaderboard"],
    ["forecast page", `/forecasts/${forecast}`],
    ["static file (ceiling, again)", css],
  ];
  if (values.only === "import") targets.length = 0;
  type Measured = Result & {
    bytes: number;
    bytesSent: number;
    encoding: string;
    ratioToCeiling?: number;
    serverCpuUsPerRequest: number | null;
    loadGeneratorCpuUsPerRequest: number;
    serverCostRatioToCeiling?: number | null;
    /** Requests/s the load generator reaches against this answer replayed by a trivial server (scripts/bench-http-replay.ts). */
    generatorLimitRps?: number;
    ratioToGeneratorLimit?: number;
  };
  const results: Measured[] = [];
  const serverCpu = () => {
    let sum = 0;
    for (const s of servers) {
      const n = processCpuSeconds(s.pid);
      if (n === null) return null;
      sum += n;
    }
    return sum;
  };
  for (const [name, url] of targets) {
    const bytes = (await (await fetch(BASE + url, { headers: { "accept-encoding": "identity" } })).arrayBuffer()).byteLength; // first render
    // 2 s unrecorded first, so no target (the ceiling runs first, on a server just started) is measured cold.
    await cannon(name, url, { duration: 2 });
    startWriter();
    log(`${name}: ${url}`);
    // CPU of the servers (the writes and the re-renders they cause included) and of the load: this process (autocannon, the writer) and wrk's (an exited child).
    const [server0, client0, wrk0] = [serverCpu(), process.cpuUsage(), exitedChildrenCpuSeconds() ?? 0];
    const result = await cannon(name, url);
    const [server1, client, wrk] = [serverCpu(), process.cpuUsage(client0), (exitedChildrenCpuSeconds() ?? 0) - wrk0];
    const perRequest = (seconds: number) => Math.round((seconds * 1e6) / Math.max(1, result.requests));
    results.push({
      ...result,
      serverCpuUsPerRequest: server0 === null || server1 === null ? null : perRequest(server1 - server0),
      loadGeneratorCpuUsPerRequest: perRequest((client.user + client.system) / 1e6 + wrk),
      bytes,
      ...(await onTheWire(BASE + url)),
    });
    if (writer) clearInterval(writer);
    if (!name.includes("again")) {
      const replayed = await replayLimit(BASE + url, { "accept-encoding": ACCEPT_ENCODING }, PORT + INSTANCES, REPLAY_SECONDS, (base, target, path, duration) =>
        loadSplit([base], CONNECTIONS, duration, { "accept-encoding": ACCEPT_ENCODING }, GENERATOR)(target, path),
      );
      const measured = results.at(-1)!;
      measured.generatorLimitRps = replayed.requestsPerSecond;
      measured.ratioToGeneratorLimit = Number((measured.requestsPerSecond / replayed.requestsPerSecond).toFixed(3));
      log(`${name}: the same answer replayed: ${replayed.requestsPerSecond} requests/s`);
    }
  }
  // The ceiling is measured first and again last; the pages are compared with the mean of the two
  // (on a shared machine the same file's rate drifts 10-20% over a run; both rows show by how much).
  const ceilings = results.filter((r) => r.path === css);
  const mean = (values: (number | null)[]) => (values.some((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0) / values.length);
  const ceilingRate = mean(ceilings.map((r) => r.requestsPerSecond)) ?? 0;
  const ceilingCost = mean(ceilings.map((r) => r.serverCpuUsPerRequest));
  for (const r of results) {
    r.ratioToCeiling = Number((r.requestsPerSecond / ceilingRate).toFixed(3));
    // What the server can carry per CPU-second, relative to the static file: the ceiling's cost over the page's.
    r.serverCostRatioToCeiling = r.serverCpuUsPerRequest && ceilingCost ? Number((ceilingCost / r.serverCpuUsPerRequest).toFixed(3)) : null;
  }

  // Every write visible afterwards: its page shows the recorded evidence.
  await new Promise((r) => setTimeout(r, 500));
  let invisible = 0;
  for (const w of written) if (!(await (await fetch(`${CHECK}/forecasts/${w.id}`)).text()).includes(w.citation)) invisible++;

  // /api/health while a 10k-row import is written and while the longest text is extracted.
  const IMPORT_ROWS = Number(values["import-rows"]);
  const tag = Date.now().toString(36);
  const importBody = (t: string) =>
    JSON.stringify({
      format: "csv",
      fileName: `bench-${t}.csv`,
      content: formatRecords(syntheticRecords({ rows: IMPORT_ROWS, tag: t, now: today() }), "csv"),
      commit: true,
    });
  /** POST /api/v1/import, reading its progress lines as they come; `onWrite` runs when the write transaction starts. */
  const postImport = async (body: string, onWrite?: () => void) => {
    const res = await fetch(`${BASE}/api/v1/import`, { method: "POST", headers: { "content-type": "application/json", cookie, origin: BASE }, body });
    let text = "";
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      if (onWrite && text.includes('"phase":"write"')) {
        onWrite();
        onWrite = undefined;
      }
    }
    const last = JSON.parse(text.trim().split("\n").at(-1)!);
    return { status: res.status, committed: last.report?.committed ?? false, forecasts: last.report?.created?.forecasts ?? null, error: last.error ?? null };
  };
  const during = async (name: string, work: () => Promise<unknown>) => {
    let done = false;
    const started = Date.now();
    const job = work().finally(() => {
      done = true;
    });
    const lat: number[] = [];
    let failures = 0;
    while (!done) {
      const t = performance.now();
      try {
        const res = await fetch(`${BASE}/api/health`);
        if (!res.ok) failures++;
        await res.text();
      } catch {
        failures++;
      }
      lat.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
    const outcome = await job;
    lat.sort((a, b) => a - b);
    return {
      name,
      workMs: Date.now() - started,
      healthRequests: lat.length,
      healthP99Ms: Math.round(lat[Math.min(lat.length - 1, Math.ceil(lat.length * 0.99) - 1)] ?? 0),
      healthMaxMs: Math.round(lat.at(-1) ?? 0),
      failures,
      outcome,
    };
  };
  const importRun = await during(`a ${IMPORT_ROWS.toLocaleString("en")}-row import`, () => postImport(importBody(tag)));
  // Every imported row stored, and found by search.
  const present = onPg
    ? Number((await onPg.db.$client.query("select count(*) as n from forecasts where quote like $1", [`Forecast % of run ${tag}:%`])).rows[0].n)
    : (probe.prepare("select count(*) as n from forecasts where quote like ?").get(`Forecast % of run ${tag}:%`) as { n: number }).n;
  const searchable = (await (await fetch(`${BASE}/api/v1/forecasts?q=${encodeURIComponent(`run ${tag}`)}&pageSize=1`)).json()) as { total?: number };
  Object.assign(importRun, {
    rowsPerSecond: Math.round(IMPORT_ROWS / (importRun.workMs / 1000)),
    rowsPresentAfterwards: present,
    foundBySearch: searchable.total ?? null,
  });
  const extractRun = await during(`an extraction of ${MAX_BODY_LENGTH.toLocaleString("en")} characters`, async () => {
    const text = "will probably ".repeat(Math.floor(MAX_BODY_LENGTH / 14));
    const res = await fetch(`${BASE}/api/v1/extract`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: BASE },
      body: JSON.stringify({ text, language: "en" }),
    });
    const body = (await res.json()) as { candidates?: unknown[]; error?: { code: string; message: string } };
    return { status: res.status, candidates: body.candidates?.length ?? null, error: body.error ?? null };
  });

  // An editor records an outcome while another import holds the write lock: it waits its bound
  // (HINDSIGHT_DB_BUSY_TIMEOUT_MS) and gets 201, or 503 with Retry-After; never 500.
  const f = due.pop()!;
  let editorWrite: Promise<{ status: number; retryAfter: string | null; ms: number }> | null = null;
  const lockedRun = await during(`an editor's outcome POST while a second ${IMPORT_ROWS.toLocaleString("en")}-row import writes`, async () => {
    const outcome = await postImport(importBody(`${tag}b`), () => {
      const t = performance.now();
      editorWrite = fetch(`${BASE}/api/v1/forecasts/${f.id}/outcomes`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, origin: BASE },
        body: JSON.stringify({ status: "no", occurredOn: f.deadline, evidence: [{ citation: "bench-http during import" }], expectedVersion: f.version }),
      }).then((r) => ({ status: r.status, retryAfter: r.headers.get("retry-after"), ms: Math.round(performance.now() - t) }));
    });
    return { import: outcome, editorOutcomePost: await editorWrite };
  });

  console.log(
    JSON.stringify(
      {
        machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))), node: process.version },
        ...(onPg ? { engine: "postgres", instances: BASES } : {}),
        corpus: { forecasts: count || Number(values.forecasts), file },
        connections: CONNECTIONS,
        generator: GENERATOR,
        acceptEncoding: ACCEPT_ENCODING,
        durationSeconds: DURATION,
        results,
        writes: {
          recorded: written.length,
          failed: writeErrors,
          failures: writeFailures,
          writtenThrough: BASE,
          invisibleAfterwardsThrough: { [CHECK]: invisible },
        },
        healthDuring: [importRun, extractRun, lockedRun],
      },
      null,
      2,
    ),
  );
} finally {
  stop();
  probe.close();
  await onPg?.drop();
}
