/** How a candidate's forecaster and draft read on a closed card. */
import { type ArticleDraft, type CandidateDraft, type Choices, lexiconSummary, NEW } from "@/lib/intake/draft";

export function authorName(article: ArticleDraft, choices: Choices, i: number): string {
  const a = article.authors[i];
  if (!a) return "?";
  return a.choice === NEW ? a.name || "new author" : (choices.people.find((p) => p.slug === a.choice)?.name ?? a.choice);
}

export function forecasterLabel(d: CandidateDraft, article: ArticleDraft, choices: Choices): string {
  const f = d.forecaster;
  if (f.kind === "author") return authorName(article, choices, f.index);
  if (f.kind === "person") return choices.people.find((p) => p.slug === f.slug)?.name ?? f.slug;
  if (f.kind === "new") return d.forecasterName || "new person";
  return "not chosen";
}

/** One line on what the draft says, for a closed card. */
export function draftSummary(d: CandidateDraft, article: ArticleDraft, choices: Choices): string {
  const p =
    d.probabilitySource === "stated"
      ? `stated ${d.statedPercent || "?"}%`
      : d.lexiconClass
        ? `${d.lexiconClass.toLowerCase().replace(/_/g, " ")} ${lexiconSummary(d.lexiconClass)}`
        : "class not chosen";
  const deadline = d.deadlineBasis === "none" ? "no deadline" : `deadline ${d.deadline || "?"} (${d.deadlineBasis})`;
  return [forecasterLabel(d, article, choices), p, deadline, d.polarity === "negative" ? "says it will not happen" : null, d.condition ? "conditional" : null]
    .filter(Boolean)
    .join(" · ");
}
