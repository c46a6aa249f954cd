/**
 * The bench corpus (npm run bench, npm run bench:http): a deterministic synthetic ledger of
 * `forecasts` forecasts, 10 an article, by `people` forecasters in `outlets` outlets, written in
 * bulk (see generateBenchLedger).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { batchedInsert } from "@/db/queries/batched-insert";
import { withDeferredIndexes } from "@/db/queries/bulk";
import { applyLedgerRebuild, computeLedgerRebuild } from "@/lib/ledger/forecasts-changed";
import { LEXICON, LEXICON_CLASSES, LEXICON_VERSION } from "@/lib/lexicon/lexicon";
import { today } from "@/lib/vocabulary/calendar";
import { exitedChildrenCpuSeconds } from "./proc-cpu";

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same corpus. */
export function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates the bench corpus into `file` (replacing it) and returns the open database. The rows
 * go in one transaction with deferred indexes; then the kept sums are computed on this thread
 * while a child process (`search-reindex` from its bundle, scripts/run-bundled.mjs) folds and
 * writes the search index on the other core, and the sums are stored once it is done. Prints the
 * time and CPU of each step (the child's CPU from /proc, scripts/proc-cpu.ts).
 */
export async function generateBenchLedger(file: string, size: { forecasts: number; people: number; outlets: number }) {
  const { forecasts: N, people: P, outlets: O } = size;
  const cpuAt = (from?: NodeJS.CpuUsage) => {
    const u = process.cpuUsage(from);
    return (u.user + u.system) / 1e6;
  };
  const cpuStart = process.cpuUsage();
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  const db = openDatabase(file);
  migrateDatabase(db);
  const s = db.$client;
  const r = rng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const day = (start: number, spanDays: number) => new Date(start + Math.floor(r() * spanDays) * 86_400_000).toISOString().slice(0, 10);
  const t0 = Date.parse("2010-01-01T00:00:00Z");
  /** Deadlines before this day have passed: outcomes are recorded as of the day the corpus is generated. */
  const generatedOn = today();
  const started = Date.now();
  s.pragma("cache_size = -262144");
  db.transaction((tx) =>
    withDeferredIndexes(tx, ["forecasts", "outcomes", "forecast_topics", "articles", "article_authors"], () => {
      s.prepare("insert into user (id, name, email, role) values ('bench-editor', 'Bench editor', 'bench@hindsight.invalid', 'editor')").run();
      const insOutlet = s.prepare("insert into outlets (slug, name, site, language) values (?, ?, ?, ?)");
      for (let i = 1; i <= O; i++) insOutlet.run(`outlet-${i}`, `Outlet ${i}`, `outlet${i}.example`, pick(["de", "nl", "en"]));
      const insPerson = s.prepare("insert into people (slug, name, kind) values (?, ?, ?)");
      for (let i = 1; i <= P; i++) insPerson.run(`person-${i}`, `Person ${i}`, r() < 0.1 ? "institution" : "person");
      const insTopic = s.prepare("insert into topics (slug, name) values (?, ?)");
      for (let i = 1; i <= 20; i++) insTopic.run(`topic-${i}`, `Topic ${i}`);
      const insEvent = s.prepare("insert into events (slug, title) values (?, ?)");
      const EVENTS = Math.ceil(N / 50);
      for (let i = 1; i <= EVENTS; i++) insEvent.run(`event-${i}`, `Event ${i}`);
      const ARTICLES = Math.ceil(N / 10);
      const insArticle = s.prepare("insert into articles (slug, title, outlet_id, language, published_on, body) values (?, ?, ?, ?, ?, ?)");
      const insAuthor = s.prepare("insert into article_authors (article_id, person_id, role, position) values (?, ?, 'author', 0)");
      const articleDates: string[] = [];
      const articleMs: number[] = [];
      for (let i = 1; i <= ARTICLES; i++) {
        const d = day(t0, 16 * 365);
        articleDates.push(d);
        articleMs.push(Date.parse(`${d}T00:00:00Z`));
        insArticle.run(`article-${i}`, `Article ${i}`, 1 + Math.floor(r() * O), pick(["de", "nl", "en"]), d, "Synthetic benchmark article.");
        insAuthor.run(i, 1 + Math.floor(r() * P));
      }
      const forecasts = batchedInsert(
        s,
        `insert into forecasts (key, article_id, forecaster_id, attribution, quote, language, question, polarity, resolution_criteria,
      made_on, made_on_basis, deadline, deadline_basis, deadline_note, probability, probability_low, probability_high, probability_source, verbal_expression,
      lexicon_class, lexicon_version, low_information, event_id, outcome_status, outcome_occurred_on)`,
        25,
      );
      const topicLinks = batchedInsert(s, "insert into forecast_topics (forecast_id, topic_id)", 2);
      const outcomes = batchedInsert(s, "insert into outcomes (forecast_id, status, occurred_on, evidence, recorded_by)", 5);
      const generatedMs = Date.parse(`${generatedOn}T00:00:00Z`);
      let outcomeId = 0;
      // A fresh database: AUTOINCREMENT gives the forecasts the ids 1..N and the outcomes 1.. in the order written.
      for (let i = 1; i <= N; i++) {
        const article = 1 + Math.floor(r() * ARTICLES);
        const madeOn = articleDates[article - 1]!;
        const madeMs = articleMs[article - 1]!;
        const cls = pick(LEXICON_CLASSES);
        const e = LEXICON[cls];
        const deadline = r() < 0.1 ? null : new Date(madeMs + Math.floor(365 + r() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
        // As on a real ledger: outcomes are recorded once the deadline has passed (75% of those, the
        // rest wait in the due queue); before it, only a YES can be known, and only 2% are resolved early.
        const due = deadline === null || deadline < generatedOn;
        const u = r();
        const yes = r() < e.p;
        const status = due ? (u < 0.75 ? (u < 0.03 ? "ambiguous" : u < 0.045 ? "annulled" : yes ? "yes" : "no") : null) : u < 0.02 && yes ? "yes" : null;
        // An early YES happened some day between the statement and today.
        const occurredOn = !status ? null : due ? (deadline ?? madeOn) : day(madeMs, (generatedMs - madeMs) / 86_400_000);
        forecasts.push([
          `bench-${i}`,
          article,
          1 + Math.floor(r() * P),
          pick(["own", "quoted", "reported"]),
          `Synthetic quote ${i} about event ${i % 997}.`,
          pick(["de", "nl", "en"]),
          `Will synthetic event ${i} happen?`,
          "positive",
          "Synthetic.",
          madeOn,
          "published",
          deadline,
          deadline ? "stated" : "none",
          deadline ? null : "none given",
          e.p,
          e.lo,
          e.hi,
          "lexicon",
          cls,
          cls,
          LEXICON_VERSION,
          e.lowInformation ? 1 : 0,
          r() < 0.05 ? 1 + Math.floor(r() * EVENTS) : null,
          status,
          occurredOn,
        ]);
        topicLinks.push([i, 1 + Math.floor(r() * 20)]);
        if (status) {
          outcomes.push([i, status, occurredOn, '[{"citation":"synthetic"}]', "bench-editor"]);
          outcomeId++;
        }
        if (i % 4096 === 0) for (const b of [forecasts, topicLinks, outcomes]) b.flush(false);
      }
      for (const b of [forecasts, topicLinks, outcomes]) b.flush(true);
      const written = s.prepare("select max(id) as f, (select max(id) from outcomes) as o from forecasts").get() as { f: number; o: number | null };
      if (written.f !== N || (written.o ?? 0) !== outcomeId) throw new Error(`expected ids up to ${N} and ${outcomeId}, got ${written.f} and ${written.o}`);
      // Each forecast has at most one outcome here: point at it in one statement.
      s.prepare("update forecasts set current_outcome_id = o.id from outcomes o where o.forecast_id = forecasts.id").run();
    }),
  );
  const written = Date.now();
  const writtenCpu = cpuAt(cpuStart);
  const indexer = indexInChild(file);
  // Only the child writes meanwhile, and only the search index: the ledger the sums read stays as
  // written, so they are computed without a transaction around them (each statement reads the same
  // ledger), and the child's commits can copy its pages from the write-ahead log into the database
  // file meanwhile (a checkpoint stops at the oldest open read transaction). The sums are stored
  // once the child is done: its batches read before they write, and SQLite refuses a reader's
  // upgrade to writer at once (no waiting) while another connection writes.
  const pastBefore = computeLedgerRebuild(db);
  const computed = Date.now();
  const computedCpu = cpuAt(cpuStart);
  const child = await indexer;
  const indexed = Date.now();
  db.transaction((tx) => applyLedgerRebuild(tx, pastBefore), { behavior: "immediate" });
  const summed = Date.now();
  const summedCpu = cpuAt(cpuStart);
  console.error(`kept sums computed in ${((computed - written) / 1000).toFixed(1)} s (${(computedCpu - writtenCpu).toFixed(1)} s CPU)`);
  console.error(
    `search index folded and written by the child process alongside: ${child.said}; done ${((indexed - computed) / 1000).toFixed(1)} s after the sums (${child.cpuS.toFixed(1)} s CPU, start-up included)`,
  );
  console.error(`kept sums stored in ${((summed - indexed) / 1000).toFixed(1)} s (${(summedCpu - computedCpu).toFixed(1)} s CPU)`);
  s.pragma("optimize");
  s.exec("analyze");
  const seconds = (written - started) / 1000;
  const total = (Date.now() - started) / 1000;
  const cpu = cpuAt(cpuStart) + child.cpuS;
  console.error(
    `generated ${N} forecasts in ${seconds.toFixed(1)} s (${writtenCpu.toFixed(1)} s CPU; ${Math.round(N / seconds)} forecasts/s, indexes included) into ${file}`,
  );
  console.error(
    `with the kept sums and the search index: ${total.toFixed(1)} s (${cpu.toFixed(1)} s CPU in both processes; ${Math.round(N / total)} forecasts/s, ${Math.round(N / cpu)} per CPU-second)`,
  );
  return db;
}

/** Runs search-reindex on `file` in a child process; resolves when it has indexed everything, rejects if it fails. */
function indexInChild(file: string): Promise<{ cpuS: number; said: string }> {
  const cpuBefore = exitedChildrenCpuSeconds() ?? 0;
  const runBundled = fileURLToPath(new URL("./run-bundled.mjs", import.meta.url));
  const child = spawn(process.execPath, [runBundled, "search-reindex", "--batch", "100000"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let said = "";
  child.stdout.on("data", (d: Buffer) => {
    said += d.toString();
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    // "close": the child has exited and its output has been read to the end.
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`search-reindex exited with ${code}`));
      else resolve({ cpuS: (exitedChildrenCpuSeconds() ?? 0) - cpuBefore, said: said.trim() });
    });
  });
}
