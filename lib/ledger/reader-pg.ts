/** LedgerReader on PostgreSQL: the asynchronous queries of db/pg/queries (the search through lib/forecasts/list-pg.ts). */
import type { PgDB } from "@/db/pg/client";
import * as accuracy from "@/db/pg/queries/accuracy";
import * as feeds from "@/db/pg/queries/feeds";
import * as forecasts from "@/db/pg/queries/forecasts";
import * as history from "@/db/pg/queries/history";
import * as kept from "@/db/pg/queries/kept-sums-read";
import { getBoardPagePg } from "@/db/pg/queries/leaderboard";
import * as sources from "@/db/pg/queries/sources";
import * as list from "@/lib/forecasts/list-pg";
import type { LedgerReader } from "./reader";

export function postgresLedgerReader(db: PgDB): LedgerReader {
  return {
    engine: "postgres",
    listForecasts: (filters) => list.listForecastsPg(db, filters),
    exportForecasts: (filters) => list.exportForecastsPg(db, filters),
    getForecastById: (id) => forecasts.getForecastByIdPg(db, id),
    getForecastContext: (id) => forecasts.getForecastContextPg(db, id),
    getComingDue: (limit, now) => forecasts.getComingDuePg(db, limit, now),
    getRecentlyResolved: (limit) => forecasts.getRecentlyResolvedPg(db, limit),
    getForecastCounts: (now) => forecasts.getForecastCountsPg(db, now),
    getDueForecasts: (now) => forecasts.getDueForecastsPg(db, now),
    countDueForecasts: (now) => forecasts.countDueForecastsPg(db, now),
    countForecasts: () => forecasts.countForecastsPg(db),

    getForecastRow: (id) => history.getForecastRowPg(db, id),
    getOutcomeHistory: (id) => history.getOutcomeHistoryPg(db, id),
    forecastsWithOutcomeRecords: (ids) => history.forecastsWithOutcomeRecordsPg(db, ids),
    getRevisionHistory: (id) => history.getRevisionHistoryPg(db, id),

    getArticleBySlug: (slug) => sources.getArticleBySlugPg(db, slug),
    listArticles: (limit, offset) => sources.listArticlesPg(db, limit, offset),
    countListed: () => sources.countListedPg(db),
    getPersonBySlug: (slug) => sources.getPersonBySlugPg(db, slug),
    listPeople: (window) => sources.listPeoplePg(db, window),
    getOutletBySlug: (slug) => sources.getOutletBySlugPg(db, slug),
    listOutlets: (window) => sources.listOutletsPg(db, window),
    listPersonNames: () => sources.listPersonNamesPg(db),
    listSourceNames: (kind) => sources.listSourceNamesPg(db, kind),

    feedNewest: (scope, limit) => feeds.feedNewestPg(db, scope, limit),
    feedComingDue: (until, limit) => feeds.feedComingDuePg(db, until, limit),
    feedResolved: (limit) => feeds.feedResolvedPg(db, limit),
    getTopicBySlug: (slug) => feeds.getTopicBySlugPg(db, slug),
    sitemapRows: () => feeds.sitemapRowsPg(db),

    getAccuracyCounts: (scope, filters, now) => accuracy.getAccuracyCountsPg(db, scope, filters, now),
    getScoredSums: (scope, filters, now, binCount) => accuracy.getScoredSumsPg(db, scope, filters, now, binCount),
    getBinMembers: (scope, filters, now, binCount, perBin) => accuracy.getBinMembersPg(db, scope, filters, now, binCount, perBin),
    getTimeline: (scope, filters, limit) => accuracy.getTimelinePg(db, scope, filters, limit),
    getLeaderboardSums: (by, filters, now) => accuracy.getLeaderboardSumsPg(db, by, filters, now),
    getScoredForecastIds: (scope, filters, now) => accuracy.getScoredForecastIdsPg(db, scope, filters, now),
    getForecastScoring: (id, now) => accuracy.getForecastScoringPg(db, id, now),
    getClaimRepresentatives: (ids) => accuracy.getClaimRepresentativesPg(db, ids),
    getScopeOwnerId: (table, slug) => accuracy.getScopeOwnerIdPg(db, table, slug),

    getPastBefore: () => kept.getPastBeforePg(db),
    getKeptCounts: (scope, lowInfo, now) => kept.getKeptCountsPg(db, scope, lowInfo, now),
    getKeptBinSums: (scope, lowInfo, now, bins) => kept.getKeptBinSumsPg(db, scope, lowInfo, now, bins),
    getKeptMonthSums: (scope, lowInfo, now) => kept.getKeptMonthSumsPg(db, scope, lowInfo, now),
    getKeptBoardSums: (by, lowInfo, now) => kept.getKeptBoardSumsPg(db, by, lowInfo, now),
    getKeptLedgerCounts: (now) => kept.getKeptLedgerCountsPg(db, now),
    getBoardPage: (query) => getBoardPagePg(db, query),
  };
}
