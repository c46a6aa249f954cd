/** LedgerReader on SQLite: the synchronous queries of db/queries, each answered as a resolved promise. */
import type { DB } from "@/db/client";
import * as accuracy from "@/db/queries/accuracy";
import * as feeds from "@/db/queries/feeds";
import * as forecasts from "@/db/queries/forecasts";
import { getPastBefore } from "@/db/queries/kept-sums";
import * as kept from "@/db/queries/kept-sums-read";
import { getBoardPage } from "@/db/queries/leaderboard";
import * as outcomes from "@/db/queries/outcomes";
import * as revisions from "@/db/queries/revisions";
import { sitemapRows } from "@/db/queries/sitemap";
import * as sources from "@/db/queries/sources";
import * as list from "@/lib/forecasts/list";
import type { LedgerReader } from "./reader";

export function sqliteLedgerReader(db: DB): LedgerReader {
  return {
    engine: "sqlite",
    listForecasts: async (filters) => list.listForecasts(db, filters),
    exportForecasts: async (filters) => list.exportForecasts(db, filters),
    getForecastById: async (id) => forecasts.getForecastById(db, id),
    getForecastContext: async (id) => forecasts.getForecastContext(db, id),
    getComingDue: async (limit, now) => forecasts.getComingDue(db, limit, now),
    getRecentlyResolved: async (limit) => forecasts.getRecentlyResolved(db, limit),
    getForecastCounts: async (now) => forecasts.getForecastCounts(db, now),
    getDueForecasts: async (now) => forecasts.getDueForecasts(db, now),
    countDueForecasts: async (now) => forecasts.countDueForecasts(db, now),
    countForecasts: async () => forecasts.countForecasts(db),

    getForecastRow: async (id) => forecasts.getForecastRow(db, id),
    getOutcomeHistory: async (id) => outcomes.getOutcomeHistory(db, id),
    forecastsWithOutcomeRecords: async (ids) => outcomes.forecastsWithOutcomeRecords(db, ids),
    getRevisionHistory: async (id) => revisions.getRevisionHistory(db, id),

    getArticleBySlug: async (slug) => sources.getArticleBySlug(db, slug),
    listArticles: async (limit, offset) => sources.listArticles(db, limit, offset),
    countListed: async () => sources.countListed(db),
    getPersonBySlug: async (slug) => sources.getPersonBySlug(db, slug),
    listPeople: async (window) => sources.listPeople(db, window),
    getOutletBySlug: async (slug) => sources.getOutletBySlug(db, slug),
    listOutlets: async (window) => sources.listOutlets(db, window),
    listPersonNames: async () => sources.listPersonNames(db),
    listSourceNames: async (kind) => sources.listSourceNames(db, kind),

    feedNewest: async (scope, limit) => feeds.feedNewest(db, scope, limit),
    feedComingDue: async (until, limit) => feeds.feedComingDue(db, until, limit),
    feedResolved: async (limit) => feeds.feedResolved(db, limit),
    getTopicBySlug: async (slug) => feeds.getTopicBySlug(db, slug),
    sitemapRows: async () => sitemapRows(db),

    getAccuracyCounts: async (scope, filters, now) => accuracy.getAccuracyCounts(db, scope, filters, now),
    getScoredSums: async (scope, filters, now, binCount) => accuracy.getScoredSums(db, scope, filters, now, binCount),
    getBinMembers: async (scope, filters, now, binCount, perBin) => accuracy.getBinMembers(db, scope, filters, now, binCount, perBin),
    getTimeline: async (scope, filters, limit) => accuracy.getTimeline(db, scope, filters, limit),
    getLeaderboardSums: async (by, filters, now) => accuracy.getLeaderboardSums(db, by, filters, now),
    getScoredForecastIds: async (scope, filters, now) => accuracy.getScoredForecastIds(db, scope, filters, now),
    getForecastScoring: async (id, now) => accuracy.getForecastScoring(db, id, now),
    getClaimRepresentatives: async (ids) => accuracy.getClaimRepresentatives(db, ids),
    getScopeOwnerId: async (table, slug) => accuracy.getScopeOwnerId(db, table, slug),

    getPastBefore: async () => getPastBefore(db),
    getKeptCounts: async (scope, lowInfo, now) => kept.getKeptCounts(db, scope, lowInfo, now),
    getKeptBinSums: async (scope, lowInfo, now, bins) => kept.getKeptBinSums(db, scope, lowInfo, now, bins),
    getKeptMonthSums: async (scope, lowInfo, now) => kept.getKeptMonthSums(db, scope, lowInfo, now),
    getKeptBoardSums: async (by, lowInfo, now) => kept.getKeptBoardSums(db, by, lowInfo, now),
    getKeptLedgerCounts: async (now) => kept.getKeptLedgerCounts(db, now),
    getBoardPage: async (query) => getBoardPage(db, query),
  };
}
