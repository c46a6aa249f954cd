/**
 * A source's scorecard in a few numbers, for share images and embeds: the Brier score of its
 * scored forecasts with a plain reading (lib/accuracy/plain-words.ts), how many were scored and resolved, and the calibration
 * bins. The figures are lib/accuracy's (docs/scoring.md), with the default filters of the pages.
 */
import { getAccuracy } from "@/lib/accuracy/figures";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { brierInShort } from "@/lib/accuracy/plain-words";
import type { AppReader } from "@/lib/ledger/app-reader";

export type ScorecardKind = "people" | "outlets";

export interface Scorecard {
  kind: ScorecardKind;
  slug: string;
  name: string;
  path: string;
  n: number;
  resolved: number;
  total: number;
  brier: number | null;
  reading: string;
  bins: { lo: number; hi: number; n: number; meanForecast: number | null; observed: number | null }[];
}

export async function getScorecard(db: AppReader, kind: ScorecardKind, slug: string): Promise<Scorecard | null> {
  let name: string;
  let accuracy: Awaited<ReturnType<typeof getAccuracy>>;
  if (kind === "people") {
    const p = await db.getPersonBySlug(slug);
    if (!p) return null;
    name = p.person.name;
    accuracy = await getAccuracy(db, { kind: "forecaster", personId: p.person.id }, DEFAULT_ACCURACY_FILTERS);
  } else {
    const o = await db.getOutletBySlug(slug);
    if (!o) return null;
    name = o.outlet.name;
    accuracy = await getAccuracy(db, { kind: "outlet", outletId: o.outlet.id }, DEFAULT_ACCURACY_FILTERS);
  }
  const n = accuracy.counts.scored;
  const brier = n ? accuracy.summary.brier : null;
  return {
    kind,
    slug,
    name,
    path: `/${kind}/${slug}`,
    n,
    resolved: accuracy.counts.resolved,
    total: accuracy.counts.total,
    brier,
    reading: brierInShort(brier, n),
    bins: accuracy.bins.map((b) => ({ lo: b.lo, hi: b.hi, n: b.n, meanForecast: b.meanForecast, observed: b.observed })),
  };
}
