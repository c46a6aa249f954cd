/**
 * What the reading pages and the read API show of the ledger: forecasts, articles, people,
 * outlets and topics. The read side's one entry point (app -> lib/read -> db/queries).
 */
import * as forecasts from "@/db/queries/forecasts";
import * as sources from "@/db/queries/sources";
import * as list from "@/lib/forecasts/list";
import { withDb } from "./bind";

export type { ForecastDTO } from "@/db/queries/forecasts";

export const listForecasts = withDb(list.listForecasts);
export const exportForecasts = withDb(list.exportForecasts);
export const pageOfForecasts = withDb(forecasts.pageOfForecasts);
export const getForecastById = withDb(forecasts.getForecastById);
export const getForecastRow = withDb(forecasts.getForecastRow);
export const getForecastContext = withDb(forecasts.getForecastContext);
export const listTopics = withDb(forecasts.listTopics);
export const listTopicNames = withDb(forecasts.listTopicNames);
export const getComingDue = withDb(forecasts.getComingDue);
export const getRecentlyResolved = withDb(forecasts.getRecentlyResolved);
export const getDueForecasts = withDb(forecasts.getDueForecasts);
export const countDueForecasts = withDb(forecasts.countDueForecasts);
export const countForecasts = withDb(forecasts.countForecasts);

export const getArticleBySlug = withDb(sources.getArticleBySlug);
export const listArticles = withDb(sources.listArticles);
export const getPersonBySlug = withDb(sources.getPersonBySlug);
export const listPeople = withDb(sources.listPeople);
export const getOutletBySlug = withDb(sources.getOutletBySlug);
export const listOutlets = withDb(sources.listOutlets);
export const listPersonNames = withDb(sources.listPersonNames);
