/**
 * LedgerReader: the one asynchronous read interface both engines implement (docs/ARCHITECTURE.md
 * "Two engines"): what the public pages show (forecasts with their filters and search, articles,
 * people, outlets, topics, the dashboard and the due queue) and the SQL half of the accuracy
 * figures (the scans and the kept sums). `sqliteLedgerReader` (reader-sqlite.ts) wraps the
 * synchronous queries of db/queries; `postgresLedgerReader` (reader-pg.ts) calls db/pg/queries.
 * test/pg/ledger-reader.test.ts calls every method on both for one ledger and expects the same
 * answers. The app reads through it (lib/read, via lib/ledger/engine.ts appReader).
 */
import type * as accuracy from "@/db/queries/accuracy";
import type * as feeds from "@/db/queries/feeds";
import type * as forecasts from "@/db/queries/forecasts";
import type * as kept from "@/db/queries/kept-sums-read";
import type * as board from "@/db/queries/leaderboard";
import type * as outcomes from "@/db/queries/outcomes";
import type * as revisions from "@/db/queries/revisions";
import type { SitemapRow } from "@/db/queries/sitemap";
import type * as sources from "@/db/queries/sources";
import type { ForecastFilters } from "@/lib/forecasts/filters";

type R<F extends (...args: never[]) => unknown> = Promise<Awaited<ReturnType<F>>>;
type Scope = accuracy.AccuracyScope;
type Filters = accuracy.AccuracyFilters;
type LowInfo = "0" | "1";

export interface LedgerReader {
  readonly engine: "sqlite" | "postgres";

  // Forecasts (the `q` search is parsed and the search index brought up to date first).
  listForecasts(filters: ForecastFilters): R<typeof forecasts.listForecasts>;
  exportForecasts(filters?: Partial<Omit<ForecastFilters, "page" | "pageSize">>): Promise<forecasts.ForecastDTO[]>;
  getForecastById(id: number): Promise<forecasts.ForecastDTO | null>;
  getForecastContext(id: number): R<typeof forecasts.getForecastContext>;
  getComingDue(limit?: number, now?: string): Promise<forecasts.ForecastDTO[]>;
  getRecentlyResolved(limit?: number): Promise<forecasts.ForecastDTO[]>;
  getForecastCounts(now?: string): R<typeof forecasts.getForecastCounts>;
  getDueForecasts(now?: string): Promise<forecasts.ForecastDTO[]>;
  countDueForecasts(now?: string): Promise<number>;
  countForecasts(): Promise<number>;

  // A forecast's stored row and history (the forecast page).
  getForecastRow(id: number): R<typeof forecasts.getForecastRow>;
  getOutcomeHistory(forecastId: number): R<typeof outcomes.getOutcomeHistory>;
  forecastsWithOutcomeRecords(forecastIds: number[]): Promise<Set<number>>;
  getRevisionHistory(forecastId: number): R<typeof revisions.getRevisionHistory>;

  // Articles, people and outlets.
  getArticleBySlug(slug: string): R<typeof sources.getArticleBySlug>;
  listArticles(limit?: number, offset?: number): R<typeof sources.listArticles>;
  countListed(): R<typeof sources.countListed>;
  getPersonBySlug(slug: string): R<typeof sources.getPersonBySlug>;
  listPeople(window?: sources.ListWindow): R<typeof sources.listPeople>;
  getOutletBySlug(slug: string): R<typeof sources.getOutletBySlug>;
  listOutlets(window?: sources.ListWindow): R<typeof sources.listOutlets>;
  listPersonNames(): R<typeof sources.listPersonNames>;
  /** One kind's sources for the list filters, most forecasts first (matched by name in lib/forecasts/source-match.ts). */
  listSourceNames(kind: sources.SourceKind): Promise<sources.SourceName[]>;

  // The Atom feeds and the sitemap.
  feedNewest(scope: feeds.FeedScope, limit: number): Promise<feeds.FeedRow[]>;
  feedComingDue(until: string, limit: number): Promise<feeds.FeedRow[]>;
  feedResolved(limit: number): Promise<feeds.FeedRow[]>;
  getTopicBySlug(slug: string): R<typeof feeds.getTopicBySlug>;
  sitemapRows(): Promise<SitemapRow[]>;

  // The accuracy scans (db/queries/accuracy.ts).
  getAccuracyCounts(scope: Scope, filters: Filters, now: string): R<typeof accuracy.getAccuracyCounts>;
  getScoredSums(scope: Scope, filters: Filters, now: string, binCount: number): R<typeof accuracy.getScoredSums>;
  getBinMembers(scope: Scope, filters: Filters, now: string, binCount: number, perBin?: number): R<typeof accuracy.getBinMembers>;
  getTimeline(scope: Scope, filters: Filters, limit?: number): R<typeof accuracy.getTimeline>;
  getLeaderboardSums(by: "forecaster" | "outlet", filters: Filters, now: string): Promise<accuracy.LeaderboardSumsRow[]>;
  getScoredForecastIds(scope: Scope, filters: Filters, now: string): Promise<number[]>;
  getForecastScoring(id: number, now: string): Promise<Awaited<ReturnType<typeof accuracy.getForecastScoring>> | null>;
  getClaimRepresentatives(forecastIds: number[]): Promise<Map<number, number>>;
  getScopeOwnerId(table: "people" | "outlets" | "articles", slug: string): Promise<number | null>;

  // The kept accuracy sums (db/queries/kept-sums-read.ts; getPastBefore from kept-sums.ts: null until they are built).
  getPastBefore(): Promise<string | null>;
  getKeptCounts(scope: Scope, lowInfo: LowInfo, now: string): Promise<accuracy.AccuracyCounts>;
  getKeptBinSums(scope: Scope, lowInfo: LowInfo, now: string, bins: "decile" | "lexicon"): R<typeof kept.getKeptBinSums>;
  getKeptMonthSums(scope: Scope, lowInfo: LowInfo, now: string): R<typeof kept.getKeptMonthSums>;
  getKeptBoardSums(by: "forecaster" | "outlet", lowInfo: LowInfo, now: string): Promise<accuracy.LeaderboardSumsRow[]>;
  getKeptLedgerCounts(now: string): R<typeof kept.getKeptLedgerCounts>;
  /** One page of the leaderboard ranked in SQL from the kept sums (db/queries/leaderboard.ts). */
  getBoardPage(query: board.BoardPageQuery): Promise<board.BoardPage>;
}
