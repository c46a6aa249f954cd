/**
 * AppReader: LedgerReader (reader.ts) and the rest of what the app reads, on either engine: a page
 * of forecasts and the topic names (source pages), the cache tags (the tagged data cache), accounts and the audit log (admin pages), the intake form's
 * choices, an account's reminders. lib/ledger/engine.ts hands the app the one for DATABASE_URL;
 * lib/read and lib/accuracy read through it. test/pg/app-reader.test.ts compares both engines'
 * answers for every method added here.
 */
import type { DB } from "@/db/client";
import type { PgDB } from "@/db/pg/client";
import * as pgApp from "@/db/pg/queries/app-reads";
import { currentCacheSeqPg, latestTagSeqPg } from "@/db/pg/queries/cache-tags";
import * as audit from "@/db/queries/audit";
import { currentCacheSeq, latestTagSeq } from "@/db/queries/cache-tags";
import * as forecasts from "@/db/queries/forecasts";
import { listIntakeChoices } from "@/db/queries/intake";
import * as reminders from "@/db/queries/reminders";
import { listUsers } from "@/db/queries/users";
import type { LedgerReader } from "./reader";
import { postgresLedgerReader } from "./reader-pg";
import { sqliteLedgerReader } from "./reader-sqlite";

type R<F extends (...args: never[]) => unknown> = Promise<Awaited<ReturnType<F>>>;

export interface AppReader extends LedgerReader {
  pageOfForecasts(filters: Partial<forecasts.ForecastFilters>, page: number, pageSize: number): R<typeof forecasts.pageOfForecasts>;
  listTopicNames(): R<typeof forecasts.listTopicNames>;
  currentCacheSeq(): Promise<number>;
  latestTagSeq(tags: readonly string[]): Promise<number>;
  listUsers(): R<typeof listUsers>;
  listAuditEntries(q: audit.AuditPageQuery): R<typeof audit.listAuditEntries>;
  listAuditActions(): Promise<string[]>;
  listIntakeChoices(): R<typeof listIntakeChoices>;
  getSubscription(userId: string): R<typeof reminders.getSubscription>;
  listFollows(userId: string): R<typeof reminders.listFollows>;
}

export function sqliteAppReader(db: DB): AppReader {
  return {
    ...sqliteLedgerReader(db),
    pageOfForecasts: async (filters, page, pageSize) => forecasts.pageOfForecasts(db, filters, page, pageSize),
    listTopicNames: async () => forecasts.listTopicNames(db),
    currentCacheSeq: async () => currentCacheSeq(db),
    latestTagSeq: async (tags) => latestTagSeq(db, tags),
    listUsers: async () => listUsers(db),
    listAuditEntries: async (q) => audit.listAuditEntries(db, q),
    listAuditActions: async () => audit.listAuditActions(db),
    listIntakeChoices: async () => listIntakeChoices(db),
    getSubscription: async (userId) => reminders.getSubscription(db, userId),
    listFollows: async (userId) => reminders.listFollows(db, userId),
  };
}

export function postgresAppReader(db: PgDB): AppReader {
  return {
    ...postgresLedgerReader(db),
    pageOfForecasts: (filters, page, pageSize) => pgApp.pageOfForecastsPg(db, filters, page, pageSize),
    listTopicNames: () => pgApp.listTopicNamesPg(db),
    currentCacheSeq: () => currentCacheSeqPg(db),
    latestTagSeq: (tags) => latestTagSeqPg(db, tags),
    listUsers: () => pgApp.listUsersPg(db),
    listAuditEntries: (q) => pgApp.listAuditEntriesPg(db, q),
    listAuditActions: () => pgApp.listAuditActionsPg(db),
    listIntakeChoices: () => pgApp.listIntakeChoicesPg(db),
    getSubscription: (userId) => pgApp.getSubscriptionPg(db, userId),
    listFollows: (userId) => pgApp.listFollowsPg(db, userId),
  };
}
