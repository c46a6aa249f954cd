/**
 * A ledger for ranking tests (lib/accuracy/leaderboard-sql.test.ts, test/pg/leaderboard.test.ts),
 * and the comparison of the leaderboard ranked in SQL with the reference (rankSources over the
 * same sums, sortLeaderboardRows, sliced into pages) through any engine's AppReader.
 */
import { expect } from "vitest";
import type { DB } from "@/db/client";
import { DEFAULT_ACCURACY_FILTERS } from "@/lib/accuracy/filters";
import { getLeaderboard, getLeaderboardPage, sortLeaderboardRows } from "@/lib/accuracy/leaderboard";
import { LEADERBOARD_SORTS } from "@/lib/accuracy/leaderboard-params";
import type { AppReader } from "@/lib/ledger/app-reader";
import { ledgerRebuilt } from "@/lib/ledger/forecasts-changed";

/** The kept sums are built as of this day; the reads are a later day, so deadlines in between are dated parts read beside the settled sums. */
export const BUILT = "2026-06-01";
export const NOW = "2026-09-15";

/**
 * 40 forecasters and 6 outlets. Forecaster i makes 2 + (i % 9) forecasts; every fifth forecaster
 * copies the one before it exactly (same probabilities, outcomes and deadlines), so their sums tie;
 * some forecasts are low-information, some unresolved or unscorable, some due between BUILT and NOW.
 */
export function buildBoardLedger(tx: DB) {
  const s = tx.$client;
  s.prepare("insert into user (id, name, email, role) values ('t-editor', 'Editor', 'editor@hindsight.invalid', 'editor')").run();
  for (let o = 1; o <= 6; o++)
    s.prepare("insert into outlets (slug, name, site, language) values (?, ?, ?, 'en')").run(`o-${o}`, `Outlet ${7 - o}`, `o${o}.example`);
  const probs = [0.05, 0.2, 0.4, 0.6, 0.8, 0.97];
  const deadlines = [null, "2015-05-01", "2026-07-10", "2026-08-30", "2027-03-01"];
  let article = 0;
  for (let i = 1; i <= 40; i++) {
    s.prepare("insert into people (slug, name, kind) values (?, ?, 'person')").run(
      `p-${String(i).padStart(2, "0")}`,
      i % 7 === 0 ? `ärzte ${i}` : `Person ${41 - i}`,
    );
    const src = i % 5 === 0 ? i - 1 : i;
    for (let j = 0; j < 2 + (src % 9); j++) {
      article++;
      s.prepare("insert into articles (slug, title, outlet_id, language, published_on, body) values (?, ?, ?, 'en', '2014-01-01', 'Text.')").run(
        `a-${article}`,
        `Article ${article}`,
        1 + ((i + j) % 6),
      );
      const p = probs[(src * 7 + j * 3) % probs.length]!;
      const deadline = deadlines[(src + j) % deadlines.length]!;
      const status = src % 11 === 3 ? null : (src + j) % 6 === 5 ? "ambiguous" : (src * 3 + j) % 4 === 0 ? "yes" : "no";
      const id = Number(
        s
          .prepare(`insert into forecasts (key, article_id, forecaster_id, attribution, quote, language, question, polarity, resolution_criteria, made_on, made_on_basis,
          deadline, deadline_basis, deadline_note, probability, probability_source, lexicon_version, low_information, outcome_status, outcome_occurred_on)
          values (?, ?, ?, 'own', 'Quote.', 'en', 'Question?', 'positive', 'Criteria.', '2014-01-01', 'published', ?, ?, ?, ?, 'stated', null, ?, ?, ?)`)
          .run(
            `f-${i}-${j}`,
            article,
            i,
            deadline,
            deadline ? "stated" : "none",
            deadline ? null : "none",
            p,
            j % 4 === 3 ? 1 : 0,
            status,
            status ? "2014-06-01" : null,
          ).lastInsertRowid,
      );
      if (status)
        s.prepare(
          "insert into outcomes (forecast_id, status, occurred_on, evidence, recorded_by) values (?, ?, '2014-06-01', '[{\"citation\":\"test\"}]', 't-editor')",
        ).run(id, status);
    }
  }
  s.prepare("update forecasts set current_outcome_id = o.id from outcomes o where o.forecast_id = forecasts.id").run();
  ledgerRebuilt(tx, BUILT);
}

export const near = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-12);

/** Every page of both boards, for every sort, low-information choice and a few settings, against the reference. */
export async function expectPagesMatchReference(r: AppReader) {
  let tied = 0;
  for (const by of ["forecaster", "outlet"] as const)
    for (const lowInfo of ["1", "0"] as const)
      for (const options of [
        { minResolved: 3, k: 10 },
        { minResolved: 1, k: 2.5 },
        { minResolved: 25, k: 10 },
      ]) {
        const filters = { ...DEFAULT_ACCURACY_FILTERS, lowInfo };
        const ref = await getLeaderboard(r, by, filters, options, NOW);
        const listed = ref.rows.filter((x) => x.n > 0);
        const unscored = ref.rows.filter((x) => x.n === 0);
        tied += listed.filter((x, i) => x.rank !== null && listed[i - 1]?.rank === x.rank).length;
        for (const sort of LEADERBOARD_SORTS) {
          const expected = sortLeaderboardRows(listed, sort);
          for (let page = 1; page <= Math.ceil(listed.length / 7) + 1; page++) {
            const got = await getLeaderboardPage(r, by, filters, options, { sort, page, pageSize: 7, unscoredLimit: 3 }, NOW);
            const what = `${by} ${lowInfo} ${JSON.stringify(options)} ${sort} page ${page}`;
            expect(near(got.populationMean, ref.populationMean), what).toBe(true);
            expect([got.ranked, got.listed, got.unscored], what).toEqual([listed.filter((x) => x.eligible).length, listed.length, unscored.length]);
            const want = expected.slice((page - 1) * 7, page * 7);
            expect(
              got.rows.map((x) => [x.key, x.rank, x.eligible, x.n, x.resolved, x.total, x.name, x.kind]),
              what,
            ).toEqual(want.map((x) => [x.key, x.rank, x.eligible, x.n, x.resolved, x.total, x.name, x.kind]));
            got.rows.forEach((x, i) => {
              const w = want[i]!;
              for (const f of ["shrunkBrier", "meanBrier", "standardError", "weight"] as const) expect(near(x[f], w[f]), `${what} ${x.key} ${f}`).toBe(true);
            });
            expect(
              got.unscoredRows.map((x) => x.key),
              what,
            ).toEqual(unscored.slice(0, 3).map((x) => x.key));
          }
        }
      }
  // The ledger has ties to share ranks, and sources below the minimum.
  expect(tied).toBeGreaterThan(0);
}
