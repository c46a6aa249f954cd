/**
 * Synthetic import files for the benchmarks (npm run bench:import, npm run bench:http): N valid
 * records in the export format, deterministic for a given tag, spread over articles (10 rows
 * each), forecasters, outlets, authors and topics, about 60% of the past-deadline ones resolved,
 * 5% sharing an event. Every row passes the import's validation (lib/import/record-schema.ts).
 * Short texts, so that 50,000 rows fit the import's limit of 20 million characters as CSV or as
 * compact JSON (`compactJson`: nulls and derived fields left out, as the format allows).
 */
import type { ExportRecord } from "@/lib/export/format";
import { LEXICON, LEXICON_CLASSES, LEXICON_VERSION } from "@/lib/lexicon/lexicon";
import { LANGUAGES } from "@/lib/vocabulary";

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface SyntheticOptions {
  rows: number;
  /** Makes titles and quotes unique to one run, so a second run imports again instead of finding duplicates. */
  tag: string;
  /** Today for the validation (madeOn and outcome dates are before it). */
  now: string;
  people?: number;
  outlets?: number;
}

export function syntheticRecords(o: SyntheticOptions): ExportRecord[] {
  const r = rng(7);
  const people = o.people ?? Math.max(10, Math.ceil(o.rows / 50));
  const outlets = o.outlets ?? Math.max(5, Math.ceil(o.rows / 500));
  const now = Date.parse(`${o.now}T00:00:00Z`);
  const start = now - 12 * 365 * DAY;
  const out: ExportRecord[] = [];
  let article: ExportRecord["article"] | null = null;
  let language: ExportRecord["language"] = "en";
  let madeOnMs = start;
  for (let i = 0; i < o.rows; i++) {
    if (i % 10 === 0) {
      const a = i / 10;
      language = LANGUAGES[a % LANGUAGES.length]!;
      madeOnMs = start + Math.floor((r() * (now - start - DAY)) / DAY) * DAY;
      article = {
        title: `Article ${a} of run ${o.tag}`,
        outlet: `Outlet ${1 + Math.floor(r() * outlets)}`,
        authors: [`Author ${1 + Math.floor(r() * people)}`],
        url: null,
        publishedOn: iso(madeOnMs),
        firstPublishedOn: null,
        originalOutlet: null,
      };
    }
    const cls = LEXICON_CLASSES[Math.floor(r() * LEXICON_CLASSES.length)]!;
    const e = LEXICON[cls];
    const forecaster = 1 + Math.floor(r() * people);
    const hasDeadline = r() < 0.9;
    const deadlineMs = madeOnMs + Math.floor(30 + r() * 4 * 365) * DAY;
    const deadline = hasDeadline ? iso(deadlineMs) : null;
    const resolved = hasDeadline && deadlineMs < now && r() < 0.6;
    const happened = r() < e.p;
    out.push({
      id: i + 1,
      quote: `Forecast ${i} of run ${o.tag}: it will probably happen.`,
      language,
      question: `Will event ${o.tag}-${i} happen?`,
      polarity: "positive",
      resolutionCriteria: "Resolved from the record.",
      forecaster: { name: `Forecaster ${forecaster}`, kind: forecaster % 10 === 0 ? "institution" : "person" },
      attribution: (["own", "quoted", "reported"] as const)[i % 3]!,
      article: article!,
      madeOn: iso(madeOnMs),
      madeOnBasis: "published",
      deadline,
      deadlineBasis: hasDeadline ? "stated" : "none",
      deadlineNote: hasDeadline ? null : "No deadline given.",
      probability: e.p,
      probabilityRange: [e.lo, e.hi],
      probabilitySource: "lexicon",
      verbalExpression: "probably",
      lexiconClass: cls,
      lexiconVersion: LEXICON_VERSION,
      lowInformation: e.lowInformation,
      condition: null,
      eventId: r() < 0.05 ? 1 + Math.floor(r() * Math.max(1, o.rows / 100)) : null,
      topics: [`topic-${1 + (i % 20)}`],
      outcome: resolved
        ? { status: happened ? "yes" : "no", occurredOn: deadline, evidence: [{ citation: "benchmark" }], note: null, recordedBy: null, recordedAt: null }
        : null,
    } as ExportRecord);
  }
  return out;
}

/** JSON without the fields an import may leave out (nulls; a lexicon class's numbers and version, recomputed on import). */
export function compactJson(records: ExportRecord[]): string {
  return JSON.stringify(
    records.map((r) => ({ ...r, id: undefined, probability: undefined, probabilityRange: undefined, lexiconVersion: undefined, lowInformation: undefined })),
    (_k, v) => (v === null ? undefined : v),
  );
}
