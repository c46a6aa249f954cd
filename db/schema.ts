/**
 * The Hindsight ledger schema (SQLite via drizzle-orm).
 *
 * Dates are ISO strings: calendar dates as "YYYY-MM-DD" (they sort and compare correctly as text),
 * instants as integer milliseconds. Probabilities are reals in [0, 1] and always the probability of
 * the positively defined event, whatever the forecast's polarity.
 */
import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
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

const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(cast(unixepoch('subsecond') * 1000 as integer))`);
const updatedAt = () => integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(cast(unixepoch('subsecond') * 1000 as integer))`);

// ---------------------------------------------------------------------------------------------
// Accounts (better-auth core tables, with the admin plugin's role and ban columns)

export const users = sqliteTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  image: text("image"),
  role: text("role", { enum: ROLES }).notNull().default("reader"),
  banned: integer("banned", { mode: "boolean" }).default(false),
  banReason: text("ban_reason"),
  banExpires: integer("ban_expires", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const sessions = sqliteTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
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

export const accounts = sqliteTable(
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
    accessTokenExpiresAt: integer("access_token_expires_at", { mode: "timestamp_ms" }),
    refreshTokenExpiresAt: integer("refresh_token_expires_at", { mode: "timestamp_ms" }),
    scope: text("scope"),
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const verifications = sqliteTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

export const rateLimits = sqliteTable("rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: integer("last_request").notNull(),
});

/**
 * Failed sign-ins per account (lib/auth/sign-in-throttle.ts): the count, and until when further
 * attempts are refused. `key` is "account:EMAIL" or "device:EMAIL" (a browser that signed in to
 * that account before). Mutable on purpose: a success clears the row.
 */
export const signInThrottle = sqliteTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: integer("last_failure_at").notNull(),
  lockedUntil: integer("locked_until").notNull(),
});

// ---------------------------------------------------------------------------------------------
// Sources: outlets, people and institutions, articles

export const outlets = sqliteTable("outlets", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  site: text("site"),
  language: text("language", { enum: LANGUAGES }),
  description: text("description"),
  createdAt: createdAt(),
});

export const people = sqliteTable("people", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  kind: text("kind", { enum: PERSON_KINDS }).notNull(),
  description: text("description"),
  createdAt: createdAt(),
});

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    /** Null when the text does not say where it appeared. */
    outletId: integer("outlet_id").references(() => outlets.id),
    language: text("language", { enum: LANGUAGES }).notNull(),
    url: text("url"),
    /** The date shown on the page; null when the page shows none. */
    publishedOn: text("published_on"),
    /** When the text first appeared, if earlier than publishedOn (translation, republication); null if unknown or the same. */
    firstPublishedOn: text("first_published_on"),
    originalOutletId: integer("original_outlet_id").references(() => outlets.id),
    /** How the dates and provenance were worked out from the text, and what stays unknown. */
    provenanceNote: text("provenance_note"),
    /** The article text, kept so every quote can be checked against it. */
    body: text("body").notNull(),
    /** Seed file name or upload name, for provenance. */
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

export const articleAuthors = sqliteTable(
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

/** One real-world event that several forecasts can be about (one quoted, another restating it). */
export const events = sqliteTable("events", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  description: text("description"),
  createdAt: createdAt(),
});

export const topics = sqliteTable("topics", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
});

export const forecasts = sqliteTable(
  "forecasts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stable key from the seed corpus or intake, so reloading never doubles a forecast. */
    key: text("key").notNull().unique(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id),
    forecasterId: integer("forecaster_id")
      .notNull()
      .references(() => people.id),
    attribution: text("attribution", { enum: ATTRIBUTIONS }).notNull(),
    /** Verbatim, in the article's language (markdown markup removed). */
    quote: text("quote").notNull(),
    language: text("language", { enum: LANGUAGES }).notNull(),
    /** English yes/no question about a positively defined event. */
    question: text("question").notNull(),
    /** negative: the forecaster said the event will NOT happen (probability is still of the event). */
    polarity: text("polarity", { enum: POLARITIES }).notNull(),
    resolutionCriteria: text("resolution_criteria").notNull(),
    madeOn: text("made_on").notNull(),
    madeOnBasis: text("made_on_basis", { enum: MADE_ON_BASES }).notNull(),
    madeOnNote: text("made_on_note"),
    deadline: text("deadline"),
    deadlineBasis: text("deadline_basis", { enum: DEADLINE_BASES }).notNull(),
    /** Why this deadline (the phrase, the default horizon applied) or why there is none. */
    deadlineNote: text("deadline_note"),
    probability: real("probability").notNull(),
    probabilityLow: real("probability_low"),
    probabilityHigh: real("probability_high"),
    probabilitySource: text("probability_source", { enum: PROBABILITY_SOURCES }).notNull(),
    verbalExpression: text("verbal_expression"),
    lexiconClass: text("lexicon_class"),
    lexiconVersion: text("lexicon_version"),
    lowInformation: integer("low_information", { mode: "boolean" }).notNull().default(false),
    condition: text("condition"),
    eventId: integer("event_id").references(() => events.id),
    /** Optimistic-concurrency counter: bumped by every correction or outcome record. */
    version: integer("version").notNull().default(1),
    /**
     * The latest outcome record, kept in step with the append-only outcomes table inside the same
     * transaction so accuracy queries join one row instead of ranking the history each time.
     */
    currentOutcomeId: integer("current_outcome_id").references((): AnySQLiteColumn => outcomes.id),
    /**
     * Copies of the current outcome's status and date, written with current_outcome_id in the same
     * transaction (db/queries/outcomes.ts appendOutcome), so accuracy aggregates scan one covering
     * index instead of looking up an outcome row per forecast (npm run bench).
     */
    outcomeStatus: text("outcome_status", { enum: OUTCOME_STATUSES }),
    outcomeOccurredOn: text("outcome_occurred_on"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("forecasts_article_idx").on(t.articleId),
    index("forecasts_forecaster_idx").on(t.forecasterId),
    // (event, forecaster, id) answers "is this the forecaster's first forecast about the event?"
    index("forecasts_event_claim_idx").on(t.eventId, t.forecasterId, t.id),
    // max(updated_at) stamps the ledger's state for the accuracy cache (lib/accuracy/cache.ts).
    index("forecasts_updated_idx").on(t.updatedAt),
    // Covering index of the accuracy aggregates: by forecaster, or scanned whole for the dashboard.
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

export const forecastTopics = sqliteTable(
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

/**
 * Append-only outcome history (UPDATE and DELETE are refused by triggers in the migration).
 * A correction is a new row that supersedes the previous one and says why.
 */
export const outcomes = sqliteTable(
  "outcomes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    forecastId: integer("forecast_id")
      .notNull()
      .references(() => forecasts.id),
    status: text("status", { enum: OUTCOME_STATUSES }).notNull(),
    /** When the event happened (or was settled); may be before the deadline. */
    occurredOn: text("occurred_on"),
    /** JSON array of { url?: string, citation: string }. */
    evidence: text("evidence", { mode: "json" }).$type<Evidence[]>().notNull(),
    note: text("note"),
    supersedesId: integer("supersedes_id").references((): AnySQLiteColumn => outcomes.id),
    /** Why a record supersedes the previous one; required for corrections and retractions. */
    reason: text("reason"),
    /**
     * true: this record withdraws the one it supersedes and leaves the forecast without a current
     * outcome (unresolved again); its status repeats the withdrawn record's.
     */
    retraction: integer("retraction", { mode: "boolean" }).notNull().default(false),
    /** The forecast's version this record produced (null on records made before versions were kept). */
    version: integer("version"),
    recordedBy: text("recorded_by")
      .notNull()
      .references(() => users.id),
    /** The recorder's name when they recorded: the history shows it, whatever the account is called later. */
    recordedByName: text("recorded_by_name").notNull().default(""),
    recordedAt: createdAt(),
  },
  (t) => [index("outcomes_forecast_idx").on(t.forecastId, t.id), index("outcomes_recorded_by_idx").on(t.recordedBy)],
);

export interface Evidence {
  url?: string;
  citation: string;
}

// ---------------------------------------------------------------------------------------------
// Inferred row types

export type Outlet = typeof outlets.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type ForecastEvent = typeof events.$inferSelect;
export type Topic = typeof topics.$inferSelect;
export type Forecast = typeof forecasts.$inferSelect;
export type NewForecast = typeof forecasts.$inferInsert;
export type Outcome = typeof outcomes.$inferSelect;
export type User = typeof users.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Corrections and the audit trail

/** Every correction of a forecast's fields, kept with who, when, why and the before/after values. */
export const forecastRevisions = sqliteTable(
  "forecast_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    forecastId: integer("forecast_id")
      .notNull()
      .references(() => forecasts.id),
    /** The forecast's version this revision produced. */
    version: integer("version").notNull(),
    changes: text("changes", { mode: "json" }).$type<Record<string, { from: unknown; to: unknown }>>().notNull(),
    reason: text("reason").notNull(),
    editedBy: text("edited_by")
      .notNull()
      .references(() => users.id),
    /** The editor's name when they corrected (as outcomes.recorded_by_name). */
    editedByName: text("edited_by_name").notNull().default(""),
    editedAt: createdAt(),
  },
  (t) => [index("forecast_revisions_forecast_idx").on(t.forecastId, t.id), index("forecast_revisions_editor_idx").on(t.editedBy)],
);

/** One row per write made through the app or its scripts (admin-only view). */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: createdAt(),
    userId: text("user_id").references(() => users.id),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_log_at_idx").on(t.at), index("audit_log_user_idx").on(t.userId)],
);

export type ForecastRevision = typeof forecastRevisions.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;

// ---------------------------------------------------------------------------------------------
// Reminders: an editor's digest of forecasts that fell due and of new outcomes on followed sources

/**
 * One digest subscription per account. The watermarks say what has been sent: forecasts whose
 * deadline is on or before `dueSentThrough` and outcome records up to `outcomesSentThrough`;
 * they move only after the mail server accepted the digest (lib/reminders/notify.ts), so a failed
 * send is retried on the next run.
 */
export const reminderSubscriptions = sqliteTable("reminder_subscriptions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  userId: text("user_id")
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: "cascade" }),
  email: text("email").notNull(),
  /** true: every forecast that fell due; false: only those of followed sources. */
  allDue: integer("all_due", { mode: "boolean" }).notNull().default(true),
  dueSentThrough: text("due_sent_through").notNull(),
  outcomesSentThrough: integer("outcomes_sent_through").notNull().default(0),
  lastSentAt: integer("last_sent_at", { mode: "timestamp_ms" }),
  lastError: text("last_error"),
  lastAttemptAt: integer("last_attempt_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

/** A person or an outlet an account follows (exactly one of the two is set). */
export const follows = sqliteTable(
  "follows",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    personId: integer("person_id").references(() => people.id),
    outletId: integer("outlet_id").references(() => outlets.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("follows_user_person_idx").on(t.userId, t.personId), uniqueIndex("follows_user_outlet_idx").on(t.userId, t.outletId)],
);

export type ReminderSubscription = typeof reminderSubscriptions.$inferSelect;
// Kept accuracy sums (lib/accuracy/kept-sums.ts, db/queries/kept-sums.ts; docs/scoring.md 6.1)
//
// The sums behind every accuracy figure, per scope (all / forecaster / published-by / outlet),
// updated in the same transaction as every write that changes a forecast's scored state, so a
// page reads a handful of rows instead of scanning the forecasts. `part` places a forecast on
// the calendar without depending on today: 'none' (no deadline), 'past' (deadline before
// kept_sums_meta.past_before, the first day of a month) or the deadline itself; a read sums the
// parts before today. `npm run db:rebuild-sums` rebuilds every table from the ledger.

const scopeKey = () => ({ scopeKind: text("scope_kind").notNull(), scopeId: integer("scope_id").notNull() });
const sumCols = () => ({
  n: integer("n").notNull().default(0),
  sumF: real("sum_f").notNull().default(0),
  sumO: real("sum_o").notNull().default(0),
  sumF2: real("sum_f2").notNull().default(0),
  sumFO: real("sum_fo").notNull().default(0),
  sumLogScore: real("sum_log_score").notNull().default(0),
  sumHit: real("sum_hit").notNull().default(0),
  sumBrier: real("sum_brier").notNull().default(0),
  sumBrierSquares: real("sum_brier_squares").notNull().default(0),
  sumBest: real("sum_best").notNull().default(0),
  sumWorst: real("sum_worst").notNull().default(0),
});

/** The scored state each forecast last contributed to the kept sums: what a write subtracts before it adds the new state. */
export const keptContributions = sqliteTable(
  "kept_contributions",
  {
    forecastId: integer("forecast_id").primaryKey(),
    forecasterId: integer("forecaster_id").notNull(),
    articleId: integer("article_id").notNull(),
    eventId: integer("event_id"),
    /** The current outcome's status (null: unresolved), as on forecasts, so the SQL terms of db/queries/accuracy.ts apply unchanged. */
    outcomeStatus: text("outcome_status", { enum: OUTCOME_STATUSES }),
    deadline: text("deadline"),
    part: text("part").notNull(),
    lowInformation: integer("low_information").notNull(),
    countsForClaim: integer("counts_for_claim").notNull(),
    binDecile: integer("bin_decile").notNull(),
    binClass: text("bin_class").notNull(),
    month: text("month").notNull(),
    probability: real("probability").notNull(),
    probabilityLow: real("probability_low"),
    probabilityHigh: real("probability_high"),
  },
  (t) => [index("kept_contributions_claim_idx").on(t.eventId, t.forecasterId)],
);

/** Counts that do not depend on today: one row per scope. */
export const keptTotals = sqliteTable(
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
    boardSumBrier: real("board_sum_brier").notNull().default(0),
    boardSumBrierSquares: real("board_sum_brier_squares").notNull().default(0),
    boardNInformative: integer("board_n_informative").notNull().default(0),
    boardSumBrierInformative: real("board_sum_brier_informative").notNull().default(0),
    boardSumBrierSquaresInformative: real("board_sum_brier_squares_informative").notNull().default(0),
  },
  // Ranking reads sources by their count of scored forecasts (eligible, listed, unscored) and their Brier sum, from the index alone.
  (t) => [
    primaryKey({ columns: [t.scopeKind, t.scopeId] }),
    index("kept_totals_board_idx").on(t.scopeKind, t.boardN, t.boardSumBrier, t.scopeId),
    index("kept_totals_board_informative_idx").on(t.scopeKind, t.boardNInformative, t.boardSumBrierInformative, t.scopeId),
  ],
);

/** Unresolved forecasts per deadline: open or past due depending on today. */
export const keptPending = sqliteTable("kept_pending", { ...scopeKey(), deadline: text("deadline").notNull(), n: integer("n").notNull().default(0) }, (t) => [
  primaryKey({ columns: [t.scopeKind, t.scopeId, t.deadline] }),
]);

/** Resolved yes/no forecasts: the scoring sums by calibration bin (decile and lexicon class). */
export const keptScored = sqliteTable(
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

/** Scored forecasts per source without bins: what the leaderboard ranks (one or two rows per source). */
export const keptBoard = sqliteTable(
  "kept_board",
  {
    ...scopeKey(),
    part: text("part").notNull(),
    lowInformation: integer("low_information").notNull(),
    n: integer("n").notNull().default(0),
    sumBrier: real("sum_brier").notNull().default(0),
    sumBrierSquares: real("sum_brier_squares").notNull().default(0),
  },
  // The dated parts before today (deadlines since the last write's day) are found by range.
  (t) => [primaryKey({ columns: [t.scopeKind, t.scopeId, t.part, t.lowInformation] }), index("kept_board_part_idx").on(t.scopeKind, t.part)],
);

/** Scored forecasts per month resolved: the score over time. */
export const keptMonths = sqliteTable(
  "kept_months",
  {
    ...scopeKey(),
    part: text("part").notNull(),
    lowInformation: integer("low_information").notNull(),
    month: text("month").notNull(),
    n: integer("n").notNull().default(0),
    sumBrier: real("sum_brier").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.scopeKind, t.scopeId, t.part, t.lowInformation, t.month] })],
);

/** One row: deadlines before `past_before` (a month's first day) are kept under part 'past'. */
export const keptSumsMeta = sqliteTable("kept_sums_meta", {
  id: integer("id").primaryKey(),
  pastBefore: text("past_before").notNull(),
});

// ---------------------------------------------------------------------------------------------
// Cache invalidation shared by every process on this database (lib/cache/, docs/ARCHITECTURE.md)

/** Each tag's sequence number of its latest change; a cached value older than one of its tags is stale. */
export const cacheTags = sqliteTable("cache_tags", {
  tag: text("tag").primaryKey(),
  seq: integer("seq").notNull(),
});
