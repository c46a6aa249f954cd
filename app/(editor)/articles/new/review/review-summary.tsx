"use client";
/** Step 2's header: the article's details in one line, the candidates' tally, and the server's answer to a failed save. */
import { FormMessage } from "@/app/_components/editor/field";
import type { ActionError } from "@/lib/http/action-result";
import type { ArticleDraft, Choices } from "@/lib/intake/draft";
import { LANGUAGE_LABEL } from "@/lib/vocabulary";
import type { Extraction } from "./extract-request";

/** Article errors ("article.title") get a human name in the summary at the top of step 2. */
const ARTICLE_FIELD: Record<string, string> = {
  "article.title": "Title",
  "article.body": "Text",
  "article.url": "URL",
  "article.publishedOn": "Date on the page",
  "article.firstPublishedOn": "First published",
  "article.language": "Language",
  "article.outlet": "Outlet",
  "article.originalOutlet": "Where it first appeared",
};
function articleFieldName(field: string): string {
  const key = Object.keys(ARTICLE_FIELD).find((k) => field === k || field.startsWith(`${k}.`));
  if (key) return ARTICLE_FIELD[key]!;
  const author = /^article\.authors\.(\d+)/.exec(field);
  return author ? `Author ${Number(author[1]) + 1}` : field;
}

export function ReviewSummary({
  article,
  choices,
  extraction,
  referenceDate,
  total,
  counts,
  serverError,
  onChangeDetails,
  onCorrectDetails,
}: {
  article: ArticleDraft;
  choices: Choices;
  extraction: Omit<Extraction, "candidates"> | null;
  referenceDate: string;
  total: number;
  counts: { pending: number; accepted: number };
  serverError: ActionError | null;
  onChangeDetails: () => void;
  onCorrectDetails: (error: ActionError) => void;
}) {
  const articleErrors = serverError?.fields?.filter((f) => f.field.startsWith("article.")) ?? [];
  const language = extraction?.language ?? "en";
  const outletName =
    article.outlet.choice === ""
      ? "no outlet"
      : article.outlet.choice === "__new"
        ? `${article.outlet.name} (new)`
        : choices.outlets.find((o) => o.slug === article.outlet.choice)?.name;
  return (
    <>
      <section className="panel intake-summary" aria-label="Article details">
        <p>
          <strong lang={language}>{article.title || "(no title)"}</strong> · {outletName} · {article.publishedOn || "no date on the page"}
          {article.firstPublishedOn ? ` (first published ${article.firstPublishedOn})` : ""} ·{" "}
          {extraction ? `${LANGUAGE_LABEL[extraction.language]}${extraction.detected ? " (detected)" : ""}` : ""}
          {" · "}
          <button type="button" className="secondary small-button" onClick={onChangeDetails}>
            Change details
          </button>
        </p>
        <p className="small muted">
          Relative deadlines (“within five years”) count from {referenceDate}. {total} candidate{total === 1 ? "" : "s"}: {counts.accepted} accepted,{" "}
          {counts.pending} to review.
        </p>
      </section>
      {serverError ? (
        <FormMessage error={serverError}>
          {articleErrors.length ? (
            <ul>
              {articleErrors.map((f, i) => (
                <li key={i}>
                  {articleFieldName(f.field)}: {f.message}
                </li>
              ))}
            </ul>
          ) : null}
          {articleErrors.length ? (
            <button type="button" className="secondary small-button" onClick={() => onCorrectDetails(serverError)}>
              Correct the details
            </button>
          ) : null}
        </FormMessage>
      ) : null}
    </>
  );
}
