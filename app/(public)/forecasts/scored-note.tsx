import Link from "next/link";
import type { ForecastFilters } from "@/lib/forecasts/filters";

const SCOPE_WORDS: Record<string, string> = {
  all: "all sources",
  person: "the forecaster",
  "published-by": "the forecasts of others published by",
  outlet: "the outlet",
  article: "the article",
};
const SCOPE_PAGE: Record<string, string> = { person: "/people/", "published-by": "/people/", outlet: "/outlets/", article: "/articles/" };

/** Said above a list of exactly the forecasts behind a scope's figures (?scored=SCOPE). */
export function ScoredNote({ filters }: { filters: ForecastFilters }) {
  const [kind, slug] = (filters.scored ?? "all").split(":") as [string, string | undefined];
  return (
    <p className="note-box" data-testid="scored-note">
      Only the forecasts that count in the accuracy figures of {SCOPE_WORDS[kind] ?? kind}{" "}
      {slug ? <Link href={`${SCOPE_PAGE[kind] ?? "/"}${slug}`}>{slug}</Link> : null}
      {filters.lowInfo === "0" ? ", low-information forecasts left out" : ""}
      {filters.madeFrom || filters.madeTo ? `, made ${filters.madeFrom ?? "…"} to ${filters.madeTo ?? "…"}` : ""}: resolved yes or no, deadline passed, one per
      claim (<Link href="/methods#what-counts">what counts</Link>). <Link href="/forecasts">Show all forecasts</Link>
    </p>
  );
}
