/**
 * Saving an article with its forecasts on PostgreSQL: the same validation (parseIntake, the
 * reference and duplicate checks, the columns and audit entries of save-article.ts) and the same
 * steps over db/pg/queries, in one write transaction with the kept sums and cache tags; the
 * search documents follow after the commit.
 */
import type { PgDB } from "@/db/pg/client";
import { existingSlugsPg, findArticleByTitleAndBodyPg, forecastKeysStartingWithPg, insertArticlePg, insertForecastPg } from "@/db/pg/queries/intake";
import { withWriteTransaction, writeAuditPg } from "@/db/pg/queries/outcomes";
import { type Actor, authorize } from "@/lib/auth/actor";
import { unprocessable } from "@/lib/http/validation";
import { forecastsChangedPg, tagsChangedPg } from "@/lib/ledger/forecasts-changed-pg";
import { indexAfterCommitPg } from "@/lib/search/indexer-pg";
import { today } from "@/lib/vocabulary/calendar";
import type { PersonRef } from "./intake-schema";
import { INTAKE_PERMISSION } from "./permission";
import {
  articleAudit,
  articleColumns,
  forecastAudit,
  forecastColumns,
  keyMaker,
  parseIntake,
  referencedSlugs,
  referenceProblems,
  type SavedArticle,
  type SaveOptions,
  twinProblem,
  vanished,
} from "./save-article";
import { SourceResolverPg } from "./sources-pg";

export async function saveArticleWithForecastsPg(db: PgDB, actor: Actor | null, input: unknown, opts: SaveOptions = {}): Promise<SavedArticle> {
  const editor = authorize(actor, INTAKE_PERMISSION);
  const now = opts.now ?? today();
  const v = parseIntake(input, now);
  const saved = await withWriteTransaction(db, async (tx) => {
    const slugs = referencedSlugs(v);
    const problems = referenceProblems(v, {
      people: await existingSlugsPg(tx, "people", slugs.people),
      outlets: await existingSlugsPg(tx, "outlets", slugs.outlets),
      events: await existingSlugsPg(tx, "events", slugs.events),
    });
    const twin = await findArticleByTitleAndBodyPg(tx, v.article.title, v.article.body);
    if (twin) problems.push(twinProblem(twin));
    if (problems.length) throw unprocessable(problems);

    const sources = new SourceResolverPg(tx);
    const must = (id: number | null, what: string) => {
      if (id === null) throw vanished(what);
      return id;
    };
    const person = async (ref: PersonRef) => must(await sources.person(ref), "A person");
    const a = v.article;
    const slug = await sources.articleSlug(a.title);
    const outletId = a.outlet ? must(await sources.outlet(a.outlet, a.language), "The outlet") : null;
    const originalOutletId = a.originalOutlet ? must(await sources.outlet(a.originalOutlet), "The original outlet") : null;
    // The same person listed twice is one author (resolved in order, as on SQLite).
    const authors = new Map<number, "author" | "translator">();
    for (const au of a.authors) authors.set(await person(au.person), au.role);
    const article = await insertArticlePg(
      tx,
      articleColumns(v, editor, now, { slug, outletId, originalOutletId }),
      [...authors.entries()].map(([personId, role]) => ({ personId, role })),
    );

    const nextKey = keyMaker(`intake-${slug}-`, await forecastKeysStartingWithPg(tx, `intake-${slug}-`));
    const written: { id: number; key: string }[] = [];
    for (const f of v.forecasts) {
      const key = nextKey();
      const forecasterId = await person(f.forecaster);
      const eventId = f.event ? must(await sources.event(f.event), "The shared event") : null;
      const topicIds: number[] = [];
      for (const t of f.topics) topicIds.push(await sources.topic(t));
      const row = await insertForecastPg(tx, forecastColumns(f, a, { key, articleId: article.id, forecasterId, eventId }), topicIds);
      await writeAuditPg(tx, forecastAudit(editor, row, slug));
      written.push(row);
    }
    await forecastsChangedPg(
      tx,
      written.map((s) => s.id),
    );
    await tagsChangedPg(tx, ["topics"]);
    await writeAuditPg(tx, articleAudit(editor, article.id, v, slug, written, sources.created));
    return { article: { id: article.id, slug, language: a.language }, forecasts: written };
  });
  await indexAfterCommitPg(db);
  return saved;
}
