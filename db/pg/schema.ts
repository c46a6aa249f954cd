/**
 * The Hindsight ledger schema on PostgreSQL: the same tables, columns and indexes as db/schema.ts
 * (SQLite), in PostgreSQL's own types. Keep the two in step: a column added there is added here,
 * then `npm run db:generate:pg` writes the migration (db/pg/migrations); test/pg/schema-parity
 * fails while they differ.
 *
 * Types: instants are `timestamptz(3)` (SQLite keeps integer milliseconds, so milliseconds are
 * exact both ways), calendar dates are `date` read as "YYYY-MM-DD" strings, flags are `boolean`,
 * probabilities `double precision`, JSON `json` (kept as written, so exports match byte for byte),
 * integer ids are identity columns (BY DEFAULT, so db:copy can keep the SQLite ids).
 * Append-only tables, the app role's privileges and search are set up in the custom migration
 * (db/pg/migrations/*_append_only_roles_search.sql).
 */
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  json,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import {
  ATTRIBUTIONS,
  AUTHOR_ROLES,
  DEADLINE_BASES,
  LANGUAGES,
  MADE_ON_BASES,
  OUTCOME_STATUSES,
  PERSON_KINDS,
  POLARITIES,
  PROBABILITY_SOURCES,
  ROLES,
} from "@/lib/vocabulary";
import type { Evidence } from "../schema";

const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });
const createdAt = () => instant("created_at").notNull().defaultNow();
const updatedAt = () => instant("updated_at").notNull().defaultNow();
const day = (name: string) => date(name, { mode: "string" });
const id = () => integer("id").primaryKey().generatedByDefaultAsIdentity();

// ---------------------------------------------------------------------------------------------
// Accounts (better-auth core tables, with the admin plugin's role and ban columns)

export const users = pgTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  role: text("role", { enum: ROLES }).notNull().default("reader"),
  banned: boolean("banned").default(false),
  banReason: text("ban_reason"),
  banExpires: instant("ban_expires"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sessions = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: instant("expires_at").notNull(),
    token: text("token").notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    impersonatedBy: text("impersonated_by"),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const accounts = pgTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: instant("access_token_expires_at"),
    refreshTokenExpiresAt: instant("refresh_token_expires_at"),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const verifications = pgTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: instant("expires_at").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

export const rateLimits = pgTable("rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  /** Milliseconds since the epoch, as better-auth writes it. */
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
});

/** Failed sign-ins per account (db/schema.ts signInThrottle); times in milliseconds since the epoch. */
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: bigint("last_failure_at", { mode: "number" }).notNull(),
  lockedUntil: bigint("locked_until", { mode: "number" }).notNull(),
});

// ---------------------------------------------------------------------------------------------
// Sources: outlets, people and institutions, articles

export const outlets = pgTable("outlets", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  site: text("site"),
  language: text("language", { enum: LANGUAGES }),
  description: text("description"),
  createdAt: createdAt(),
});

export const people = pgTable("people", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  kind: text("kind", { enum: PERSON_KINDS }).notNull(),
  description: text("description"),
  createdAt: createdAt(),
});

export const articles = pgTable(
  "articles",
  {
    id: id(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    outletId: integer("outlet_id").references(() => outlets.id),
    language: text("language", { enum: LANGUAGES }).notNull(),
    url: text("url"),
    publishedOn: day("published_on"),
    firstPublishedOn: day("first_published_on"),
    originalOutletId: integer("original_outlet_id").references(() => outlets.id),
    provenanceNote: text("provenance_note"),
    body: text("body").notNull(),
    sourceFile: text("source_file"),
    createdAt: createdAt(),
  },
  (t) => [
    index("articles_outlet_idx").on(t.outletId),
    index("articles_original_outlet_idx").on(t.originalOutletId),
    // The newest articles (dashboard, /articles): by date on the page; those without one are few.
    index("articles_published_idx").on(t.publishedOn),
  ],
);

export const articleAuthors = pgTable(
  "article_authors",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    role: text("role", { enum: AUTHOR_ROLES }).notNull().default("author"),
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.personId] }), index("article_authors_person_idx").on(t.personId)],
);

// ---------------------------------------------------------------------------------------------
// Forecasts

export const events = pgTable("events", {
  id: id(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  description: text("description"),
  createdAt: createdAt(),
});

export const topics = pgTable("topics", {
  id: id(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
});

export const forecasts = pgTable(
  "forecasts",
  {
    id: id(),
    key: text("key").notNull().unique(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id),
    forecasterId: integer("forecaster_id")
      .notNull()
      .references(() => people.id),
    attribution: text("attribution", { enum: ATTRIBUTIONS }).notNull(),
    quote: text("quote").notNull(),
    language: text("language", { enum: LANGUAGES }).notNull(),
    question: text("question").notNull(),
    polarity: text("polarity", { enum: POLARITIES }).notNull(),
    resolutionCriteria: text("resolution_criteria").notNull(),
    madeOn: day("made_on").notNull(),
    madeOnBasis: text("made_on_basis", { enum: MADE_ON_BASES }).notNull(),
    madeOnNote: text("made_on_note"),
    deadline: day("deadline"),
    deadlineBasis: text("deadline_basis", { enum: DEADLINE_BASES }).notNull(),
    deadlineNote: text("deadline_note"),
    probability: doublePrecision("probability").notNull(),
    probabilityLow: doublePrecision("probability_low"),
    probabilityHigh: doublePrecision("probability_high"),
    probabilitySource: text("probability_source", { enum: PROBABILITY_SOURCES }).notNull(),
    verbalExpression: text("verbal_expression"),
    lexiconClass: text("lexicon_class"),
    lexiconVersion: text("lexicon_version"),
    lowInformation: boolean("low_information").notNull().default(false),
    condition: text("condition"),
    eventId: integer("event_id").references(() => events.id),
    version: integer("version").notNull().default(1),
    /** Deferrable (custom migration): db:copy inserts forecasts before the outcomes they point at. */
    currentOutcomeId: integer("current_outcome_id").references((): AnyPgColumn => outcomes.id),
    outcomeStatus: text("outcome_status", { enum: OUTCOME_STATUSES }),
    outcomeOccurredOn: day("outcome_occurred_on"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("forecasts_article_idx").on(t.articleId),
    index("forecasts_forecaster_idx").on(t.forecasterId),
    index("forecasts_event_claim_idx").on(t.eventId, t.forecasterId, t.id),
    index("forecasts_updated_idx").on(t.updatedAt),
    index("forecasts_scoring_idx").on(
      t.forecasterId,
      t.outcomeStatus,
      t.deadline,
      t.probability,
      t.probabilityLow,
      t.probabilityHigh,
      t.lowInformation,
      t.eventId,
      t.madeOn,
      t.language,
      t.outcomeOccurredOn,
      t.lexiconClass,
      t.articleId,
    ),
    index("forecasts_deadline_idx").on(t.deadline),
    index("forecasts_made_on_idx").on(t.madeOn),
    index("forecasts_current_outcome_idx").on(t.currentOutcomeId),
  ],
);

export const forecastTopics = pgTable(
  "forecast_topics",
  {
    forecastId: integer("forecast_id")
      .notNull()
      .references(() => forecasts.id, { onDelete: "cascade" }),
    topicId: integer("topic_id")
      .notNull()
      .references(() => topics.id),
  },
  (t) => [primaryKey({ columns: [t.forecastId, t.topicId] }), index("forecast_topics_topic_idx").on(t.topicId)],
);

/** Append-only outcome history (UPDATE, DELETE and TRUNCATE refused by triggers and privileges). */
export const outcomes = pgTable(
  "outcomes",
  {
    id: id(),
    forecastId: integer("forecast_id")
      .notNull()
      .references(() => forecasts.id),
    status: text("status", { enum: OUTCOME_STATUSES }).notNull(),
    occurredOn: day("occurred_on"),
    evidence: json("evidence").$type<Evidence[]>().notNull(),
    note: text("note"),
    supersedesId: integer("supersedes_id").references((): AnyPgColumn => outcomes.id),
    reason: text("reason"),
    retraction: boolean("retraction").notNull().default(false),
    version: integer("version"),
    recordedBy: text("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedByName: text("recorded_by_name").notNull().default(""),
    recordedAt: createdAt(),
  },
  (t) => [index("outcomes_forecast_idx").on(t.forecastId, t.id), index("outcomes_recorded_by_idx").on(t.recordedBy)],
);

// ---------------------------------------------------------------------------------------------
// Corrections and the audit trail (append-only)

export const forecastRevisions = pgTable(
  "forecast_revisions",
  {
    id: id(),
    forecastId: integer("forecast_id")
      .notNull()
      .references(() => forecasts.id),
    version: integer("version").notNull(),
    changes: json("changes").$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
    reason: text("reason").notNull(),
    editedBy: text("edited_by")
      .notNull()
      .references(() => users.id),
    editedByName: text("edited_by_name").notNull().default(""),
    editedAt: createdAt(),
  },
  (t) => [index("forecast_revisions_forecast_idx").on(t.forecastId, t.id), index("forecast_revisions_editor_idx").on(t.editedBy)],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: id(),
    at: createdAt(),
    userId: text("user_id").references(() => users.id),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    detail: json("detail").$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_user_idx").on(t.userId)],
);

// ---------------------------------------------------------------------------------------------
// Reminders (db/schema.ts: reminderSubscriptions, follows)

export const reminderSubscriptions = pgTable("reminder_subscriptions", {
  id: id(),
  userId: text("user_id")
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: "cascade" }),
  email: text("email").notNull(),
  allDue: boolean("all_due").notNull().default(true),
  dueSentThrough: day("due_sent_through").notNull(),
  outcomesSentThrough: integer("outcomes_sent_through").notNull().default(0),
  lastSentAt: instant("last_sent_at"),
  lastError: text("last_error"),
  lastAttemptAt: instant("last_attempt_at"),
  createdAt: createdAt(),
});

export const follows = pgTable(
  "follows",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    personId: integer("person_id").references(() => people.id),
    outletId: integer("outlet_id").references(() => outlets.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("follows_user_person_idx").on(t.userId, t.personId), uniqueIndex("follows_user_outlet_idx").on(t.userId, t.outletId)],
);

// ---------------------------------------------------------------------------------------------
// Search (PostgreSQL only): one folded document per forecast, searched by trigrams and full text

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** The five folded fields of a search document, joined (what the trigram index and the full-text vector cover). */
const SEARCH_FIELDS = sql.raw(`quote || E'\\n' || question || E'\\n' || details || E'\\n' || names || E'\\n' || titles`);

/**
 * The folded search document of each forecast, in the same five fields as SQLite's FTS5 table
 * (quote, question, details = resolution criteria and condition, names = forecaster and authors,
 * titles = article title and outlets): lower case, diacritics stripped, and ä/ö/ü also as
 * ae/oe/ue, written by the same TypeScript folding function that fills SQLite's index
 * (lib/search/indexer-pg.ts), so both engines find the same forecasts. `search_text` (generated)
 * joins the fields for the trigram index (substring queries: parts of compound words);
 * `search_vector` (generated) answers whole-word full-text queries (the relevance order's bonus).
 */
export const forecastsSearch = pgTable(
  "forecasts_search",
  {
    forecastId: integer("forecast_id")
      .primaryKey()
      .references(() => forecasts.id, { onDelete: "cascade" }),
    quote: text("quote").notNull(),
    question: text("question").notNull(),
    details: text("details").notNull(),
    names: text("names").notNull(),
    titles: text("titles").notNull(),
    searchText: text("search_text").generatedAlwaysAs(sql`${SEARCH_FIELDS}`),
    searchVector: tsvector("search_vector").generatedAlwaysAs(sql`to_tsvector('simple'::regconfig, ${SEARCH_FIELDS})`),
  },
  (t) => [index("forecasts_search_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")), index("forecasts_search_vector_idx").using("gin", t.searchVector)],
);

/**
 * Forecasts whose search document is out of date: triggers (db/pg/migrations, search_marks) add a
 * row inside every writing transaction that changes a searched text; the indexer folds and writes
 * the documents and deletes exactly the marks it read (by id), so a mark added meanwhile by
 * another transaction is never lost. Several marks per forecast are harmless.
 */
export const searchDirty = pgTable(
  "search_dirty",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    forecastId: integer("forecast_id")
      .notNull()
      .references(() => forecasts.id, { onDelete: "cascade" }),
  },
  (t) => [index("search_dirty_forecast_idx").on(t.forecastId)],
);

// ---------------------------------------------------------------------------------------------
// Kept accuracy sums and cache tags (db/schema.ts; docs/scoring.md 6.1). Derived from the ledger
// (npm run db:rebuild-sums rebuilds them); mirrored here so db:copy carries them over. The
// maintaining SQL is SQLite's for now (issue 13).

const scopeKey = () => ({ scopeKind: text("scope_kind").notNull(), scopeId: integer("scope_id").notNull() });
const sumCols = () => ({
  n: integer("n").notNull().default(0),
  sumF: doublePrecision("sum_f").notNull().default(0),
  sumO: doublePrecision("sum_o").notNull().default(0),
  sumF2: doublePrecision("sum_f2").notNull().default(0),
  sumFO: doublePrecision("sum_fo").notNull().default(0),
  sumLogScore: doublePrecision("sum_log_score").notNull().default(0),
  sumHit: doublePrecision("sum_hit").notNull().default(0),
  sumBrier: doublePrecision("sum_brier").notNull().default(0),
  sumBrierSquares: doublePrecision("sum_brier_squares").notNull().default(0),
  sumBest: doublePrecision("sum_best").notNull().default(0),
  sumWorst: doublePrecision("sum_worst").notNull().default(0),
});

export const keptContributions = pgTable(
  "kept_contributions",
  {
    forecastId: integer("forecast_id").primaryKey(),
    forecasterId: integer("forecaster_id").notNull(),
    articleId: integer("article_id").notNull(),
    eventId: integer("event_id"),
    outcomeStatus: text("outcome_status", { enum: OUTCOME_STATUSES }),
    deadline: text("deadline"),
    part: text("part").notNull(),
    lowInformation: integer("low_information").notNull(),
    countsForClaim: integer("counts_for_claim").notNull(),
    binDecile: integer("bin_decile").notNull(),
    binClass: text("bin_class").notNull(),
    month: text("month").notNull(),
    probability: doublePrecision("probability").notNull(),
    probabilityLow: doublePrecision("probability_low"),
    probabilityHigh: doublePrecision("probability_high"),
  },
  (t) => [index("kept_contributions_claim_idx").on(t.eventId, t.forecasterId)],
);

export const keptTotals = pgTable(
  "kept_totals",
  {
    ...scopeKey(),
    total: integer("total").notNull().default(0),
    resolved: integer("resolved").notNull().default(0),
    open: integer("open").notNull().default(0),
    yesNo: integer("yes_no").notNull().default(0),
    unscorable: integer("unscorable").notNull().default(0),
    /**
     * The leaderboard's settled sums: kept_board's rows of parts 'none' and 'past' added up (they do
     * not depend on today), with and without low-information forecasts, so ranking every source reads
     * one row per source (db/queries/leaderboard.ts).
     */
    boardN: integer("board_n").notNull().default(0),
    boardSumBrier: doublePrecision("board_sum_brier").notNull().default(0),
    boardSumBrierSquares: doublePrecision("board_sum_brier_squares").notNull().default(0),
    boardNInformative: integer("board_n_informative").notNull().default(0),
    boardSumBrierInformative: doublePrecision("board_sum_brier_informative").notNull().default(0),
    boardSumBrierSquaresInformative: doublePrecision("board_sum_brier_squares_informative").notNull().default(0),
  },
  // Ranking reads sources by their count of scored forecasts (eligible, listed, unscored) and their Brier sum, from the index alone.
  (t) => [
    primaryKey({ columns: [t.scopeKind, t.scopeId] }),
    index("kept_totals_board_idx").on(t.scopeKind, t.boardN, t.boardSumBrier, t.scopeId),
    index("kept_totals_board_informative_idx").on(t.scopeKind, t.boardNInformative, t.boardSumBrierInformative, t.scopeId),
  ],
);

export const keptPending = pgTable("kept_pending", { ...scopeKey(), deadline: text("deadline").notNull(), n: integer("n").notNull().default(0) }, (t) => [
  primaryKey({ columns: [t.scopeKind, t.scopeId, t.deadline] }),
]);

export const keptScored = pgTable(
  "kept_scored",
  {
    ...scopeKey(),
    part: text("part").notNull(),
    lowInformation: integer("low_information").notNull(),
    countsForClaim: integer("counts_for_claim").notNull(),
    binDecile: integer("bin_decile").notNull(),
    binClass: text("bin_class").notNull(),
    ...sumCols(),
  },
  (t) => [primaryKey({ columns: [t.scopeKind, t.scopeId, t.part, t.lowInformation, t.countsForClaim, t.binDecile, t.binClass] })],
);

export const keptBoard = pgTable(
  "kept_board",
  {
    ...scopeKey(),
    part: text("part").notNull(),
    lowInformation: integer("low_information").notNull(),
    n: integer("n").notNull().default(0),
    sumBrier: doublePrecision("sum_brier").notNull().default(0),
    sumBrierSquares: doublePrecision("sum_brier_squares").notNull().default(0),
  },
  // The dated parts before today (deadlines since the last write's day) are found by range.
  (t) => [primaryKey({ columns: [t.scopeKind, t.scopeId, t.part, t.lowInformation] }), index("kept_board_part_idx").on(t.scopeKind, t.part)],
);

export const keptMonths = pgTable(
  "kept_months",
  {
    ...scopeKey(),
    part: text("part").notNull(),
    lowInformation: integer("low_information").notNull(),
    month: text("month").notNull(),
    n: integer("n").notNull().default(0),
    sumBrier: doublePrecision("sum_brier").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scopeKind, t.scopeId, t.part, t.lowInformation, t.month] })],
);

export const keptSumsMeta = pgTable("kept_sums_meta", {
  id: integer("id").primaryKey(),
  pastBefore: text("past_before").notNull(),
});

export const cacheTags = pgTable("cache_tags", {
  tag: text("tag").primaryKey(),
  seq: integer("seq").notNull(),
});
