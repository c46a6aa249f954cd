/**
 * AppReader: LedgerReader (reader.ts) and the rest of what the app reads, on either engine: the
 * cache tags (the tagged data cache), the kept sums' 'past' boundary, a forecast's version and
 * histories, the due queue's outcome marks, accounts and the audit log, the intake form's
 * choices, reminders. lib/ledger/engine.ts hands the app the one for DATABASE_URL; lib/read and
 * lib/accuracy read through it. test/pg/app-reader.test.ts compares both engines' answers.
 */
import type { DB } from "@/db/client";
import type { PgDB } from "@/db/pg/client";
import * as pgApp from "@/db/pg/queries/app-reads";
import { currentCacheSeqPg, latestTagSeqPg } from "@/db/pg/queries/cache-tags";
import { getPastBeforePg } from "@/db/pg/queries/kept-sums";
import { getForecastRowPg, getOutcomeHistoryPg, getRevisionHistoryPg } from "@/db/pg/queries/outcomes";
import * as audit from "@/db/queries/audit";
import { currentCacheSeq, latestTagSeq } from "@/db/queries/cache-tags";
import { getForecastRow } from "@/db/queries/forecasts";
import { listIntakeChoices } from "@/db/queries/intake";
import { getPastBefore } from "@/db/queries/kept-sums";
import * as outcomes from "@/db/queries/outcomes";
import * as reminders from "@/db/queries/reminders";
import { getRevisionHistory } from "@/db/queries/revisions";
import { type SitemapRow, sitemapRows } from "@/db/queries/sitemap";
import { listUsers } from "@/db/queries/users";
import type { LedgerReader } from "./reader";
import { postgresLedgerReader } from "./reader-pg";
import { sqliteLedgerReader } from "./reader-sqlite";

type R<F extends (...args: never[]) => unknown> = Promise<Awaited<ReturnType<F>>>;

export interface AppReader extends LedgerReader {
  currentCacheSeq(): Promise<number>;
  latestTagSeq(tags: readonly string[]): Promise<number>;
  /** The first day of the kept sums' current month, or null before they were built (db:rebuild-sums). */
  getPastBefore(): Promise<string | null>;
  getForecastRow(id: number): Promise<{ version: number; currentOutcomeId: number | null } | null>;
  getOutcomeHistory(forecastId: number): R<typeof outcomes.getOutcomeHistory>;
  getRevisionHistory(forecastId: number): R<typeof getRevisionHistory>;
  forecastsWithOutcomeRecords(forecastIds: number[]): Promise<Set<number>>;
  listUsers(): R<typeof listUsers>;
  listAuditEntries(q: audit.AuditPageQuery): R<typeof audit.listAuditEntries>;
  listAuditActions(): Promise<string[]>;
  listIntakeChoices(): R<typeof listIntakeChoices>;
  getSubscription(userId: string): R<typeof reminders.getSubscription>;
  listFollows(userId: string): R<typeof reminders.listFollows>;
  sitemapRows(): Promise<SitemapRow[]>;
}

export function sqliteAppReader(db: DB): AppReader {
  return {
    ...sqliteLedgerReader(db),
    currentCacheSeq: async () => currentCacheSeq(db),
    latestTagSeq: async (tags) => latestTagSeq(db, tags),
    getPastBefore: async () => getPastBefore(db),
    getForecastRow: async (id) => getForecastRow(db, id),
    getOutcomeHistory: async (id) => outcomes.getOutcomeHistory(db, id),
    getRevisionHistory: async (id) => getRevisionHistory(db, id),
    forecastsWithOutcomeRecords: async (ids) => outcomes.forecastsWithOutcomeRecords(db, ids),
    listUsers: async () => listUsers(db),
    listAuditEntries: async (q) => audit.listAuditEntries(db, q),
    listAuditActions: async () => audit.listAuditActions(db),
    listIntakeChoices: async () => listIntakeChoices(db),
    getSubscription: async (userId) => reminders.getSubscription(db, userId),
    listFollows: async (userId) => reminders.listFollows(db, userId),
    sitemapRows: async () => sitemapRows(db),
  };
}

export function postgresAppReader(db: PgDB): AppReader {
  return {
    ...postgresLedgerReader(db),
    currentCacheSeq: () => currentCacheSeqPg(db),
    latestTagSeq: (tags) => latestTagSeqPg(db, tags),
    getPastBefore: () => getPastBeforePg(db),
    getForecastRow: (id) => getForecastRowPg(db, id),
    getOutcomeHistory: (id) => getOutcomeHistoryPg(db, id),
    getRevisionHistory: (id) => getRevisionHistoryPg(db, id),
    forecastsWithOutcomeRecords: (ids) => pgApp.forecastsWithOutcomeRecordsPg(db, ids),
    listUsers: () => pgApp.listUsersPg(db),
    listAuditEntries: (q) => pgApp.listAuditEntriesPg(db, q),
    listAuditActions: () => pgApp.listAuditActionsPg(db),
    listIntakeChoices: () => pgApp.listIntakeChoicesPg(db),
    getSubscription: (userId) => pgApp.getSubscriptionPg(db, userId),
    listFollows: (userId) => pgApp.listFollowsPg(db, userId),
    sitemapRows: () => pgApp.sitemapRowsPg(db),
  };
}
