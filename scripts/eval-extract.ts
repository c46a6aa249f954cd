/**
 * Evaluates the forecast extractor on the seed articles against the reviewed seed corpus.
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
import { corpus } from "../seeds/data";
import { plainText } from "../seeds/text";
import { extractCandidates, type Candidate, type Language } from "../lib/extraction";
import { addCounts, countMatches, locate, rates, ZERO, type Counts, type Span } from "../lib/extraction/evaluate";

const args = process.argv.slice(2);
const jsonOnly = args.includes("--json-only");
const verbose = args.includes("--verbose");
const minScoreArg = args.indexOf("--min-score");
const minScore = minScoreArg >= 0 ? Number(args[minScoreArg + 1]) : undefined;

const textsDir = join(import.meta.dirname, "..", "seeds", "texts");

function referenceDate(slug: string): string {
  const article = corpus.articles.find((a) => a.slug === slug)!;
  if (article.firstPublishedOn) return article.firstPublishedOn;
  const own = corpus.forecasts.filter((f) => f.article === slug && f.attribution === "own").map((f) => f.madeOn).sort();
  return own[0] ?? article.publishedOn ?? corpus.forecasts.filter((f) => f.article === slug).map((f) => f.madeOn).sort()[0]!;
}

interface ArticleResult extends Counts {
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
  const m = countMatches(candidates, located.map((l) => l.span));
  perArticle.push({
    slug: article.slug,
    language: article.language,
    referenceDate: ref,
    keys: seeds.length, // unlocated seed quotes count as missed
    keysCovered: m.keysCovered,
    candidates: m.candidates,
    candidatesMatching: m.candidatesMatching,
    unlocated,
    missed: located.filter((_, i) => !m.coveredKeys[i]).map((l) => l.key),
    falsePositives: candidates.filter((_, i) => !m.matchingCandidates[i]).map((c: Candidate) => `[${c.score}] ${c.quote}`),
  });
}

const languages = [...new Set(perArticle.map((a) => a.language))].sort();
const byLanguage = Object.fromEntries(
  languages.map((l) => {
    const c = perArticle.filter((a) => a.language === l).reduce<Counts>((acc, a) => addCounts(acc, a), ZERO);
    return [l, { ...c, ...rates(c) }];
  }),
);
const overallCounts = perArticle.reduce<Counts>((acc, a) => addCounts(acc, a), ZERO);
const report = {
  rule: "recall: a seed quote is covered when one candidate span overlaps >= 50% of it; precision: a candidate counts when it overlaps any seed quote",
  minScore: minScore ?? "default",
  byLanguage,
  overall: { ...overallCounts, ...rates(overallCounts) },
  articles: perArticle.map(({ falsePositives, missed, ...a }) => ({ ...a, ...rates(a), missed, ...(verbose ? { falsePositives } : {}) })),
};

console.log(JSON.stringify(report, null, 2));
if (!jsonOnly) {
  const pct = (x: number | null) => (x === null ? "  n/a" : `${(100 * x).toFixed(1).padStart(5)}%`);
  const row = (name: string, c: Counts) => {
    const r = rates(c);
    return `${name.padEnd(34)} ${String(c.keysCovered).padStart(3)}/${String(c.keys).padEnd(3)} ${pct(r.recall)}   ${String(c.candidatesMatching).padStart(3)}/${String(c.candidates).padEnd(3)} ${pct(r.precision)}`;
  };
  console.log("\nscope                              recall            precision");
  for (const a of perArticle) console.log(row(`${a.language} ${a.slug}`, a));
  for (const l of languages) console.log(row(`language ${l}`, byLanguage[l]!));
  console.log(row("overall", overallCounts));
}
