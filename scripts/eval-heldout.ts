/**
 * The held-out part of `npm run eval:extract`: the labelled articles in lib/extraction/eval/
 * (not in the seed corpus; labels written before the assistant was run on them), per language
 * and per half (development: may be tuned on; measurement: only measured).
 *
 * Core recall: core forecasts covered by a candidate (overlap >= 50% of the quote) / core forecasts.
 * Precision: candidates overlapping any labelled forecast (core or borderline) / candidates.
 * Attribution: recalled core forecasts whose best candidate names the labelled forecaster
 * (lib/extraction/evaluate.ts forecasterMatches) / recalled core forecasts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Candidate, extractCandidates, LANGUAGE_CODES, type Language } from "../lib/extraction";
import { covers, forecasterMatches, type LabelledForecaster, locate, overlap, type Span } from "../lib/extraction/evaluate";

const DIR = join(import.meta.dirname, "..", "lib", "extraction", "eval");

interface Label {
  quote: string;
  core: boolean;
  forecaster: LabelledForecaster;
}
interface Article {
  id: string;
  file: string;
  language: Language;
  half: "development" | "measurement";
  genre: string;
  referenceDate: string;
  forecasts: Label[];
}

export interface HeldOutCounts {
  core: number;
  coreFound: number;
  candidates: number;
  candidatesMatching: number;
  attributed: number;
}
const ZERO: HeldOutCounts = { core: 0, coreFound: 0, candidates: 0, candidatesMatching: 0, attributed: 0 };
const add = (a: HeldOutCounts, b: HeldOutCounts): HeldOutCounts => ({
  core: a.core + b.core,
  coreFound: a.coreFound + b.coreFound,
  candidates: a.candidates + b.candidates,
  candidatesMatching: a.candidatesMatching + b.candidatesMatching,
  attributed: a.attributed + b.attributed,
});
export const heldOutRates = (c: HeldOutCounts) => ({
  coreRecall: c.core ? c.coreFound / c.core : null,
  precision: c.candidates ? c.candidatesMatching / c.candidates : null,
  attribution: c.coreFound ? c.attributed / c.coreFound : null,
});

interface ArticleResult extends HeldOutCounts {
  id: string;
  language: Language;
  half: Article["half"];
  missed: string[];
  wrongForecaster: string[];
  falsePositives: string[];
}

function evaluateArticle(a: Article, minScore?: number): ArticleResult {
  const text = readFileSync(join(DIR, "articles", a.file), "utf8");
  const { candidates } = extractCandidates(text, { language: a.language, referenceDate: a.referenceDate, minScore });
  const located = a.forecasts.map((f) => ({ f, span: locate(text, f.quote) }));
  const missing = located.filter((l) => !l.span).map((l) => l.f.quote);
  if (missing.length) throw new Error(`${a.id}: labelled quotes not in the text: ${missing.join(" | ")}`);
  const spans = located as Array<{ f: Label; span: Span }>;
  const r: ArticleResult = { ...ZERO, id: a.id, language: a.language, half: a.half, missed: [], wrongForecaster: [], falsePositives: [] };
  for (const { f, span } of spans) {
    if (!f.core) continue;
    r.core++;
    const best = candidates.filter((c) => covers(c, span)).sort((x, y) => overlap(y, span) - overlap(x, span))[0];
    if (!best) {
      r.missed.push(f.quote);
      continue;
    }
    r.coreFound++;
    if (forecasterMatches(best.forecaster, f.forecaster)) r.attributed++;
    else
      r.wrongForecaster.push(
        `${f.quote.slice(0, 60)}… want ${f.forecaster.kind}${f.forecaster.name ? ` ${f.forecaster.name}` : ""}, got ${forecasterLabel(best)}`,
      );
  }
  r.candidates = candidates.length;
  for (const c of candidates) {
    if (spans.some(({ span }) => overlap(c, span) > 0)) r.candidatesMatching++;
    else r.falsePositives.push(`[${c.score}] ${c.quote}`);
  }
  return r;
}

function forecasterLabel(c: Candidate): string {
  const f = c.forecaster;
  return f ? `${f.kind} "${f.name}"` : "author";
}

export function heldOutReport(opts: { minScore?: number; verbose?: boolean }) {
  const labels = JSON.parse(readFileSync(join(DIR, "labels.json"), "utf8")) as { articles: Article[] };
  const results = labels.articles.map((a) => evaluateArticle(a, opts.minScore));
  const scopes: Record<string, HeldOutCounts> = {};
  for (const half of ["development", "measurement"] as const) {
    for (const l of LANGUAGE_CODES) {
      scopes[`${half} ${l}`] = results.filter((r) => r.half === half && r.language === l).reduce(add, ZERO);
    }
    scopes[`${half} all`] = results.filter((r) => r.half === half).reduce(add, ZERO);
  }
  return {
    rule: "core recall: core forecasts covered (overlap >= 50%); precision: candidates overlapping any labelled forecast (core or borderline); attribution: recalled core forecasts whose best candidate names the labelled forecaster",
    scopes: Object.fromEntries(Object.entries(scopes).map(([k, c]) => [k, { ...c, ...heldOutRates(c) }])),
    articles: results.map(({ falsePositives, missed, wrongForecaster, ...r }) => ({
      ...r,
      ...heldOutRates(r),
      ...(opts.verbose ? { missed, wrongForecaster, falsePositives } : {}),
    })),
  };
}

export function printHeldOut(report: ReturnType<typeof heldOutReport>): void {
  const pct = (x: number | null) => (x === null ? "  n/a" : `${(100 * x).toFixed(0).padStart(4)}%`);
  const row = (name: string, c: HeldOutCounts) => {
    const r = heldOutRates(c);
    return `${name.padEnd(34)} ${`${c.coreFound}/${c.core}`.padStart(6)} ${pct(r.coreRecall)}  ${`${c.candidatesMatching}/${c.candidates}`.padStart(6)} ${pct(r.precision)}  ${`${c.attributed}/${c.coreFound}`.padStart(6)} ${pct(r.attribution)}`;
  };
  console.log("\nHELD-OUT SET (lib/extraction/eval, not used to write the rules; tune on development only)");
  console.log(`${"scope".padEnd(34)} ${"core recall".padStart(12)}  ${"precision".padStart(12)}  ${"forecaster right".padStart(12)}`);
  for (const a of report.articles) console.log(row(`  ${a.half.slice(0, 4)} ${a.id}`, a));
  for (const [k, c] of Object.entries(report.scopes)) console.log(row(k, c));
}
