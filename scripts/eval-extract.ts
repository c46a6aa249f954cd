/**
 * Evaluates the forecast extractor (1) on the held-out labelled articles of lib/extraction/eval
 * (scripts/eval-heldout.ts: per language and per half, core recall, precision, attribution) and
 * (2) on the seed articles against the reviewed seed corpus: the TUNING SET, the articles the
 * rules were written against, so its figures are optimistic.
 *
 *   npx tsx scripts/eval-extract.ts [--json-only] [--min-score 0.35] [--verbose]
 *
 * Rule (lib/extraction/evaluate.ts): a seed forecast is recalled when one candidate's span
 * overlaps at least half of the seed quote; a candidate is precise when it overlaps some seed
 * quote. Reference date per article: its first publication date, else the earliest date of its
 * author's own forecasts (when the page date is a later republication), else its page date.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { plainText } from "@/lib/text/plain-text";
import { type Candidate, extractCandidates, LANGUAGE_CODES, type Language } from "../lib/extraction";
import { addCounts, type Counts, countMatches, covers, locate, overlap, rates, type Span, ZERO } from "../lib/extraction/evaluate";
import { corpus } from "../seeds/data";
import { heldOutReport, printHeldOut } from "./eval-heldout";

const args = process.argv.slice(2);
const jsonOnly = args.includes("--json-only");
const verbose = args.includes("--verbose");
const minScoreArg = args.indexOf("--min-score");
const minScore = minScoreArg >= 0 ? Number(args[minScoreArg + 1]) : undefined;

const textsDir = join(import.meta.dirname, "..", "seeds", "texts");

function referenceDate(slug: string): string {
  const article = corpus.articles.find((a) => a.slug === slug)!;
  if (article.firstPublishedOn) return article.firstPublishedOn;
  const own = corpus.forecasts
    .filter((f) => f.article === slug && f.attribution === "own")
    .map((f) => f.madeOn)
    .sort();
  return (
    own[0] ??
    article.publishedOn ??
    corpus.forecasts
      .filter((f) => f.article === slug)
      .map((f) => f.madeOn)
      .sort()[0]!
  );
}

/** For recalled seed forecasts: does the best-overlapping candidate agree on each field? */
interface Agreement {
  compared: number;
  lexiconClass: number;
  polarity: number;
  /** Conditional or not (the seed states the condition in its own words). */
  condition: number;
  /** Someone other than the author (seed attribution quoted/reported) or not. */
  forecaster: number;
  /** Seeds with a stated deadline: same date. */
  statedDeadlines: number;
  statedDeadlineDate: number;
}
const NO_AGREEMENT: Agreement = { compared: 0, lexiconClass: 0, polarity: 0, condition: 0, forecaster: 0, statedDeadlines: 0, statedDeadlineDate: 0 };
function addAgreement(a: Agreement, b: Agreement): Agreement {
  return Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof Agreement] + b[k as keyof Agreement]])) as unknown as Agreement;
}

interface ArticleResult extends Counts {
  agreement: Agreement;
  slug: string;
  language: Language;
  referenceDate: string;
  unlocated: string[];
  missed: string[];
  falsePositives: string[];
}

const perArticle: ArticleResult[] = [];
for (const article of corpus.articles) {
  const text = plainText(readFileSync(join(textsDir, article.sourceFile), "utf8"));
  const ref = referenceDate(article.slug);
  const { candidates } = extractCandidates(text, { language: article.language, referenceDate: ref, minScore });
  const seeds = corpus.forecasts.filter((f) => f.article === article.slug);
  const located: Array<{ key: string; span: Span }> = [];
  const unlocated: string[] = [];
  for (const f of seeds) {
    const span = locate(text, f.quote);
    if (span) located.push({ key: f.key, span });
    else unlocated.push(f.key);
  }
  const m = countMatches(
    candidates,
    located.map((l) => l.span),
  );
  let agreement = NO_AGREEMENT;
  for (const l of located) {
    const best = candidates.filter((c) => covers(c, l.span)).sort((a, b) => overlap(b, l.span) - overlap(a, l.span))[0];
    if (!best) continue;
    const f = seeds.find((x) => x.key === l.key)!;
    const stated = f.deadlineBasis === "stated";
    agreement = addAgreement(agreement, {
      compared: 1,
      lexiconClass: f.probability.source === "lexicon" && f.probability.class === best.lexiconClass ? 1 : 0,
      polarity: f.polarity === best.polarity ? 1 : 0,
      condition: (f.condition !== null) === (best.condition !== null) ? 1 : 0,
      forecaster: (f.attribution !== "own") === (best.forecaster !== null) ? 1 : 0,
      statedDeadlines: stated ? 1 : 0,
      statedDeadlineDate: stated && best.deadline?.date === f.deadline ? 1 : 0,
    });
  }
  perArticle.push({
    slug: article.slug,
    language: article.language,
    referenceDate: ref,
    keys: seeds.length, // unlocated seed quotes count as missed
    agreement,
    keysCovered: m.keysCovered,
    candidates: m.candidates,
    candidatesMatching: m.candidatesMatching,
    unlocated,
    missed: located.filter((_, i) => !m.coveredKeys[i]).map((l) => l.key),
    falsePositives: candidates.filter((_, i) => !m.matchingCandidates[i]).map((c: Candidate) => `[${c.score}] ${c.quote}`),
  });
}

// All three languages, so a language without seed articles shows as "n/a" instead of vanishing.
const languages = LANGUAGE_CODES;
const byLanguage = Object.fromEntries(
  languages.map((l) => {
    const c = perArticle.filter((a) => a.language === l).reduce<Counts>((acc, a) => addCounts(acc, a), ZERO);
    return [l, { ...c, ...rates(c) }];
  }),
);
const overallCounts = perArticle.reduce<Counts>((acc, a) => addCounts(acc, a), ZERO);
const overallAgreement = perArticle.reduce((acc, a) => addAgreement(acc, a.agreement), NO_AGREEMENT);
const heldOut = heldOutReport({ minScore, verbose });
const report = {
  heldOut,
  tuningSet: "the seed articles below are the tuning set: the rules were written against them",
  rule: "recall: a seed quote is covered when one candidate span overlaps >= 50% of it; precision: a candidate counts when it overlaps any seed quote",
  minScore: minScore ?? "default",
  byLanguage,
  overall: { ...overallCounts, ...rates(overallCounts) },
  fieldAgreementOnRecalled: overallAgreement,
  articles: perArticle.map(({ falsePositives, missed, ...a }) => ({ ...a, ...rates(a), missed, ...(verbose ? { falsePositives } : {}) })),
};

console.log(JSON.stringify(report, null, 2));
if (!jsonOnly) {
  const pct = (x: number | null) => (x === null ? "  n/a" : `${(100 * x).toFixed(1).padStart(5)}%`);
  const row = (name: string, c: Counts) => {
    const r = rates(c);
    return `${name.padEnd(34)} ${String(c.keysCovered).padStart(3)}/${String(c.keys).padEnd(3)} ${pct(r.recall)}   ${String(c.candidatesMatching).padStart(3)}/${String(c.candidates).padEnd(3)} ${pct(r.precision)}`;
  };
  printHeldOut(heldOut);
  console.log("\nTUNING SET (the seed articles the rules were written against)");
  console.log("scope                              recall            precision");
  for (const a of perArticle) console.log(row(`${a.language} ${a.slug}`, a));
  for (const l of languages) console.log(row(`language ${l}`, byLanguage[l]!));
  console.log(row("overall", overallCounts));
  const a = overallAgreement;
  const share = (n: number, d: number) => `${n}/${d}`;
  console.log(
    `\nfields of the best candidate for each recalled seed forecast (${a.compared}): lexicon class ${share(a.lexiconClass, a.compared)}, ` +
      `polarity ${share(a.polarity, a.compared)}, conditional or not ${share(a.condition, a.compared)}, ` +
      `attributed or not ${share(a.forecaster, a.compared)}, stated deadline date ${share(a.statedDeadlineDate, a.statedDeadlines)}`,
  );
}
