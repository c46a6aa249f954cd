/**
 * One forecast's own score and whether it counts (docs/scoring.md 2.1, 2.7): the facts come from
 * the same SQL terms as the scored set (getForecastScoring, getClaimRepresentatives in
 * db/queries/accuracy.ts); this module says them in words. `verdictFromFacts` is pure.
 */
import { formatDate } from "@/lib/format/dates";
import type { LedgerReader } from "@/lib/ledger/reader";
import { rangeBrier } from "@/lib/scoring";
import { today } from "@/lib/vocabulary/calendar";

/** What the claim rule compares (claimPriority in db/queries/accuracy.ts). */
export interface ClaimWords {
  id: number;
  attribution: "own" | "quoted" | "reported";
  quote: string;
  condition: string | null;
  deadlineBasis: "stated" | "inferred" | "none";
  lowInformation: boolean;
  madeOn: string;
}

export interface VerdictFacts extends ClaimWords {
  forecasterName: string;
  probability: number;
  probabilityRange: [number, number] | null;
  deadline: string | null;
  outcome: { status: string; occurredOn: string | null } | null;
  /** Rules of the scored set, as SQL evaluated them for this forecast. */
  deadlinePassed: boolean;
  firstClaim: boolean;
  /** The forecast that counts for this claim instead, when this one does not. */
  representative: ClaimWords | null;
  article: { outletName: string | null; outletSlug: string | null };
  countsForOutlet: { name: string; slug: string } | null;
}

export type VerdictReason = { code: "pending" | "unscorable" | "deadline" | "same-claim" | "low-information"; text: string; forecastId?: number };

export interface ForecastVerdict {
  /** The forecast's own Brier term, with the best and worst case over its probability range; null until yes/no. */
  brier: { point: number; best: number; worst: number; low: number; high: number } | null;
  counts: boolean;
  /** Why it does not count (empty when it counts). */
  reasons: VerdictReason[];
  /** A note that does not stop it counting (low information). */
  note: string | null;
  /** Which outlet's figures it counts toward, in words. */
  outletLine: string;
}

const hasQuotedWords = (w: ClaimWords) => w.attribution !== "reported" || /["“„«»]/.test(w.quote);

/** The first rule of "which words count" on which `winner` beats `other`, in words (scoring.md 2.1). */
export function claimRuleInWords(winner: ClaimWords, other: ClaimWords, forecasterName: string): string {
  if (hasQuotedWords(winner) && !hasQuotedWords(other)) return `it carries ${forecasterName}'s own words, this one a paraphrase of them`;
  if (!winner.condition && other.condition) return "it is unconditional, this one conditional";
  const dated = { stated: 0, inferred: 1, none: 2 } as const;
  if (dated[winner.deadlineBasis] < dated[other.deadlineBasis])
    return winner.deadlineBasis === "stated" ? "its deadline is stated in the text" : "it has a deadline, this one none";
  if (!winner.lowInformation && other.lowInformation) return "its likelihood words are definite, this one's a low-information hedge";
  if (winner.madeOn < other.madeOn) return "it was said earlier";
  return "it was recorded first";
}

const STATUS_WHY: Record<string, string> = {
  ambiguous: "the outcome is ambiguous: only yes or no can be scored",
  annulled: "the outcome was annulled: only yes or no can be scored",
  condition_not_met: "condition not met: the forecast was conditional, the condition did not happen, so it is annulled",
};

export function verdictFromFacts(f: VerdictFacts, now: string): ForecastVerdict {
  const reasons: VerdictReason[] = [];
  const status = f.outcome?.status ?? null;
  const yesNo = status === "yes" || status === "no";
  if (!status)
    reasons.push({
      code: "pending",
      text: f.deadline && f.deadline < now ? `not resolved yet: its deadline passed on ${formatDate(f.deadline)} and it awaits an outcome` : "not resolved yet",
    });
  else if (!yesNo) reasons.push({ code: "unscorable", text: STATUS_WHY[status] ?? `outcome ${status} cannot be scored` });
  if (yesNo && !f.deadlinePassed)
    reasons.push({
      code: "deadline",
      text: `deadline not passed: resolved early, it counts once its deadline (${formatDate(f.deadline)}) has passed, so that early yeses do not bias the figures`,
    });
  if (!f.firstClaim && f.representative)
    reasons.push({
      code: "same-claim",
      forecastId: f.representative.id,
      text: `repeats #${f.representative.id}: ${f.forecasterName} is scored once per claim, and #${f.representative.id} counts because ${claimRuleInWords(f.representative, f, f.forecasterName)}`,
    });
  let brier: ForecastVerdict["brier"] = null;
  if (yesNo) {
    const [low, high] = f.probabilityRange ?? [f.probability, f.probability];
    const r = rangeBrier({ low, high, point: f.probability }, status === "yes" ? 1 : 0);
    brier = { ...r, low: Math.min(low, f.probability), high: Math.max(high, f.probability) };
  }
  const counts = reasons.length === 0;
  const note = f.lowInformation
    ? counts
      ? "low information: it counts by default, and is left out when a page's filter leaves out low-information forecasts (hedges such as “possible”)"
      : "low information: even once scored, it is left out when a page's filter leaves out hedged wording"
    : null;
  return { brier, counts, reasons, note, outletLine: outletLine(f, counts) };
}

function outletLine(f: VerdictFacts, counts: boolean): string {
  const verb = counts ? "counts" : "would count";
  if (!f.countsForOutlet) return "No outlet is named for its article, so it counts for no outlet.";
  const { name } = f.countsForOutlet;
  if (f.article.outletSlug && f.article.outletSlug !== f.countsForOutlet.slug)
    return `It ${verb} for ${name}, where the article first appeared; ${f.article.outletName} republished it and is not counted for it (a republication counts once).`;
  return `It ${verb} for ${name}.`;
}

/** The verdict of one forecast as the pages show it, or null when there is no such forecast. */
export async function getForecastVerdict(db: LedgerReader, id: number, now = today()): Promise<ForecastVerdict | null> {
  const [f, scoring] = await Promise.all([db.getForecastById(id), db.getForecastScoring(id, now)]);
  if (!f || !scoring) return null;
  const repId = (await db.getClaimRepresentatives([id])).get(id);
  const rep = repId ? await db.getForecastById(repId) : null;
  return verdictFromFacts(
    {
      ...f,
      forecasterName: f.forecaster.name,
      deadlinePassed: !!scoring.deadlinePassed,
      firstClaim: !!scoring.firstClaim,
      representative: rep,
      article: { outletName: f.article.outlet, outletSlug: f.article.outletSlug },
      countsForOutlet: scoring.countsForOutletSlug
        ? { slug: scoring.countsForOutletSlug, name: scoring.countsForOutletName ?? scoring.countsForOutletSlug }
        : null,
    },
    now,
  );
}
