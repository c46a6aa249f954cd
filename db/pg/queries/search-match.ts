/**
 * The search's SQL on PostgreSQL (used by db/pg/queries/forecasts.ts). Terms come folded
 * (lib/search/query.ts): each long word as its folds (a document matches when it contains one of
 * them), short words (under three characters) as substrings checked on the rows the long words
 * found, as on SQLite (db/queries/forecasts.ts searchCondition).
 */
import { type SQL, sql } from "drizzle-orm";

export interface PgSearchTerms {
  long: string[][];
  contains: string[][];
}

/** Fields and weights of SQLite's bm25 call (quote, question, details, names, titles). */
const FIELDS: [string, number][] = [
  ["quote", 1],
  ["question", 1],
  ["details", 0.5],
  ["names", 2],
  ["titles", 1],
];

/** A LIKE pattern for a substring (the terms are letters and digits, but the wildcards are escaped anyway). */
const contains = (form: string) => `%${form.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const anyForm = (forms: string[]) =>
  sql`(${sql.join(
    forms.map((f) => sql`s.search_text like ${contains(f)}`),
    sql` or `,
  )})`;

/** The ids of the forecasts whose document holds every word (the long words through the trigram index). */
export function searchCondition(search: PgSearchTerms): SQL {
  const all = [...search.long, ...search.contains].map(anyForm);
  return sql`select s.forecast_id from forecasts_search s where ${sql.join(all, sql` and `)}`;
}

/**
 * The matching forecasts with a relevance (higher is better), joined once as `hits`: per long
 * word and field, the occurrences of its folds, saturated as bm25 does (tf / (tf + 1.2)) and
 * weighted as SQLite weighs the fields; plus the full-text rank (ts_rank) of whole-word matches,
 * so "bündnis" as a word ranks before "bündnis" inside a compound with the same counts.
 * SQLite's bm25 also weighs rare words and short fields up: the orders agree on which fields
 * count most, not row for row.
 */
export function searchRank(search: PgSearchTerms): SQL {
  // Each (word, field) occurrence count once, in a lateral subquery kept apart by OFFSET 0 (else
  // the planner would copy each count into the formula twice and compute it twice).
  const counts: SQL[] = [];
  const parts: SQL[] = [];
  search.long.forEach((forms, w) => {
    for (const [field, weight] of FIELDS) {
      const col = sql.raw(`s.${field}`);
      const name = sql.raw(`tf_${w}_${field}`);
      counts.push(
        sql`${sql.join(
          forms.map((f) => sql`(length(${col}) - length(replace(${col}, ${f}, ''))) / ${f.length}::float8`),
          sql` + `,
        )} as ${name}`,
      );
      parts.push(sql`${weight}::float8 * tf.${name} / (tf.${name} + 1.2)`);
    }
  });
  const query = sql.join(
    search.long.flat().map((w) => sql`plainto_tsquery('simple', ${w})`),
    sql` || `,
  );
  return sql`(select s.forecast_id as rid, ${sql.join(parts, sql` + `)} + ts_rank(s.search_vector, ${query}) as rank
    from forecasts_search s cross join lateral (select ${sql.join(counts, sql`, `)} offset 0) as tf
    where ${sql.join([...search.long, ...search.contains].map(anyForm), sql` and `)}) as hits`;
}
