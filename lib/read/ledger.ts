/**
 * What the reading pages and the read API show of the ledger: forecasts, articles, people,
 * outlets and topics. The read side's one entry point (app -> lib/read -> lib/ledger's reader,
 * on SQLite or PostgreSQL: lib/ledger/engine.ts).
 */
import { fromReader } from "./bind";

export type { ForecastDTO } from "@/db/queries/forecasts";

export const listForecasts = fromReader("listForecasts");
export const exportForecasts = fromReader("exportForecasts");
export const pageOfForecasts = fromReader("pageOfForecasts");
export const getForecastById = fromReader("getForecastById");
export const getForecastRow = fromReader("getForecastRow");
export const getForecastContext = fromReader("getForecastContext");
export const listTopicNames = fromReader("listTopicNames");
export const getComingDue = fromReader("getComingDue");
export const getRecentlyResolved = fromReader("getRecentlyResolved");
export const getDueForecasts = fromReader("getDueForecasts");
export const countDueForecasts = fromReader("countDueForecasts");
export const countForecasts = fromReader("countForecasts");

export const getArticleBySlug = fromReader("getArticleBySlug");
export const listArticles = fromReader("listArticles");
export const countListed = fromReader("countListed");
export const getPersonBySlug = fromReader("getPersonBySlug");
export const listPeople = fromReader("listPeople");
export const getOutletBySlug = fromReader("getOutletBySlug");
export const listOutlets = fromReader("listOutlets");
export const listPersonNames = fromReader("listPersonNames");
