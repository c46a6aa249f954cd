/** Who said it and who published it; when it was made, its deadline and its probability. */
import Link from "next/link";
import { DateText } from "@/app/_components/date-text";
import type { ForecastDTO } from "@/lib/read/ledger";
import { ProbabilityText } from "../../../_components/badges";
import { ATTRIBUTION } from "../../../_components/forecast-list";

const DEADLINE_BASIS: Record<string, string> = { stated: "stated in the text", inferred: "inferred", none: "no deadline" };
const MADE_ON_BASIS: Record<string, string> = {
  published: "the article's date",
  first_published: "first publication",
  statement: "when the forecaster said it",
  inferred: "inferred from the text",
};

export function ForecastFacts({ f, provenanceNote, madeOnNote }: { f: ForecastDTO; provenanceNote: string | null; madeOnNote: string | null }) {
  return (
    <div className="grid-2">
      <section className="panel" aria-labelledby="who-h">
        <h2 id="who-h">Who said it, who published it</h2>
        <dl className="facts">
          <dt>Forecaster</dt>
          <dd>
            <Link href={`/people/${f.forecaster.slug}`}>{f.forecaster.name}</Link> ({f.forecaster.kind}, {ATTRIBUTION[f.attribution]})
          </dd>
          <dt>Published in</dt>
          <dd>
            <Link href={`/articles/${f.article.slug}#forecast-${f.id}`}>{f.article.title}</Link>
          </dd>
          <dt>Author</dt>
          <dd>
            {f.article.authors.length ? (
              f.article.authors.map((a, i) => (
                <span key={a.slug}>
                  {i ? ", " : ""}
                  <Link href={`/people/${a.slug}`}>{a.name}</Link>
                  {a.role !== "author" ? ` (${a.role})` : ""}
                </span>
              ))
            ) : (
              <span className="muted">not named</span>
            )}
          </dd>
          <dt>Outlet</dt>
          <dd>
            {f.article.outletSlug ? (
              <Link href={`/outlets/${f.article.outletSlug}`}>{f.article.outlet}</Link>
            ) : (
              <span className="muted">not named in the text</span>
            )}
          </dd>
          <dt>Original outlet</dt>
          <dd>{f.article.originalOutlet ?? <span className="muted">none or unknown</span>}</dd>
        </dl>
        {provenanceNote ? <p className="small muted">{provenanceNote}</p> : null}
      </section>
      <section className="panel" aria-labelledby="when-h">
        <h2 id="when-h">When</h2>
        <dl className="facts">
          <dt>Made on</dt>
          <dd>
            <DateText iso={f.madeOn} /> <span className="muted">({MADE_ON_BASIS[f.madeOnBasis] ?? f.madeOnBasis})</span>
          </dd>
          <dt>Deadline</dt>
          <dd data-testid="deadline">
            <DateText iso={f.deadline} fallback="none" /> <span className="muted">({DEADLINE_BASIS[f.deadlineBasis]})</span>
          </dd>
          <dt>Article date</dt>
          <dd>
            <DateText iso={f.article.publishedOn} fallback="none shown" />
          </dd>
          {f.article.firstPublishedOn ? (
            <>
              <dt>First published</dt>
              <dd>
                <DateText iso={f.article.firstPublishedOn} />
              </dd>
            </>
          ) : null}
        </dl>
        {madeOnNote ? <p className="small muted">Made-on date: {madeOnNote}</p> : null}
        {f.deadlineNote ? <p className="small muted">Deadline: {f.deadlineNote}</p> : null}
        <h3>Probability</h3>
        <p className="small">
          <ProbabilityText forecast={f} />
          {f.probabilitySource === "lexicon" && f.lexiconClass ? (
            <>
              {" "}
              from the words <q lang={f.language}>{f.verbalExpression}</q> via{" "}
              <Link href={`/methods#${f.lexiconClass}`}>
                lexicon {f.lexiconVersion}, class {f.lexiconClass}
              </Link>
              .
            </>
          ) : (
            " stated as a number in the text."
          )}
        </p>
      </section>
    </div>
  );
}
