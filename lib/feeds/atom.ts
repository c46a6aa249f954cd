/**
 * Atom documents of forecasts through the `feed` library: one entry per forecast (or per outcome
 * record in the resolved feed), with the question as title and the quote, forecaster,
 * probability, deadline and outcome as content. Pure apart from the library.
 */
import { Feed } from "feed";
import type { FeedRow } from "@/db/queries/feeds";
import { POLARITY_LABEL } from "@/lib/vocabulary";

export type EntryKind = "forecast" | "due" | "resolved";

export interface AtomOptions {
  origin: string;
  title: string;
  description: string;
  /** The feed's own path (rel=self) and the page it follows (rel=alternate). */
  selfPath: string;
  pagePath: string;
  kind: EntryKind;
  rows: FeedRow[];
  /** The feed's updated instant when it has no entries (the ledger's state, not the clock). */
  emptyUpdated?: Date;
}

const OUTCOME_WORDS: Record<string, string> = {
  yes: "happened",
  no: "did not happen",
  ambiguous: "ambiguous",
  annulled: "annulled",
  condition_not_met: "condition not met",
};

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function pct(p: number): string {
  return `${Math.round(p * 100)}%`;
}

/** The instant an entry is dated by. */
export function entryDate(row: FeedRow, kind: EntryKind): Date {
  if (kind === "resolved" && row.recordedAt) return row.recordedAt;
  if (kind === "due" && row.forecast.deadline) return new Date(`${row.forecast.deadline}T00:00:00Z`);
  return row.recordedAt && row.recordedAt > row.addedAt ? row.recordedAt : row.addedAt;
}

function entryTitle(row: FeedRow, kind: EntryKind): string {
  const f = row.forecast;
  if (kind === "due") return `Due ${f.deadline}: ${f.question}`;
  if (f.outcome && kind === "resolved") return `${OUTCOME_WORDS[f.outcome.status] ?? f.outcome.status}: ${f.question}`;
  return f.question;
}

function entryContent(row: FeedRow): string {
  const f = row.forecast;
  const lines = [
    `<blockquote lang="${f.language}">${escapeHtml(f.quote)}</blockquote>`,
    `<p>${escapeHtml(f.forecaster.name)} in <cite>${escapeHtml(f.article.title)}</cite>${f.article.outlet ? ` (${escapeHtml(f.article.outlet)})` : ""}, made ${f.madeOn}.</p>`,
    `<p>Probability of the event: ${pct(f.probability)}${f.lexiconClass ? ` (${escapeHtml(f.lexiconClass.toLowerCase().replace(/_/g, " "))}, lexicon ${escapeHtml(f.lexiconVersion ?? "")})` : " (stated)"}; the forecaster said ${POLARITY_LABEL[f.polarity]}.</p>`,
    `<p>Deadline: ${f.deadline ?? "none"}${f.deadlineBasis === "inferred" ? " (inferred)" : ""}.</p>`,
    `<p>Outcome: ${f.outcome ? `${escapeHtml(OUTCOME_WORDS[f.outcome.status] ?? f.outcome.status)}${f.outcome.occurredOn ? ` on ${f.outcome.occurredOn}` : ""}` : "not yet recorded"}.</p>`,
  ];
  return lines.join("\n");
}

export function buildAtom(o: AtomOptions): string {
  const dates = o.rows.map((r) => entryDate(r, o.kind).getTime());
  const updated = dates.length ? new Date(Math.max(...dates)) : (o.emptyUpdated ?? new Date(0));
  const feed = new Feed({
    id: `${o.origin}${o.selfPath}`,
    title: o.title,
    description: o.description,
    link: `${o.origin}${o.pagePath}`,
    updated,
    generator: "Hindsight (feed)",
    feedLinks: { atom: `${o.origin}${o.selfPath}` },
    copyright: "Quotes belong to their authors and publishers; records by Hindsight.",
  });
  for (const row of o.rows) {
    const f = row.forecast;
    const link = `${o.origin}/forecasts/${f.id}`;
    feed.addItem({
      title: entryTitle(row, o.kind),
      id: o.kind === "resolved" && row.outcomeId ? `${link}#outcome-${row.outcomeId}` : o.kind === "due" ? `${link}#due-${f.deadline}` : link,
      link,
      date: entryDate(row, o.kind),
      published: row.addedAt,
      description: `${f.forecaster.name}: “${f.quote}”`,
      content: entryContent(row),
      author: [{ name: f.forecaster.name }],
      category: f.topics.map((t) => ({ term: t, name: t })),
    });
  }
  return feed.atom1();
}
