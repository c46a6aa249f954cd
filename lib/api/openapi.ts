/**
 * The OpenAPI 3.1 document of /api/v1 (served at /api/v1/openapi.json, rendered at /api): built
 * from the zod schemas the route handlers validate their queries and bodies with (z.toJSONSchema),
 * so a changed parameter changes the document. lib/api/openapi.test.ts checks that every route
 * handler file is described and that real answers validate against the document.
 */
import { z } from "zod";
import { accuracyFiltersSchema } from "@/lib/accuracy/filters";
import { leaderboardQuerySchema } from "@/lib/accuracy/leaderboard-params";
import { SCOPE_PATTERN } from "@/lib/accuracy/scope";
import { EXPORT_FORMATS } from "@/lib/export/format";
import { forecastFiltersSchema } from "@/lib/forecasts/filters";
import { sourceQuerySchema } from "@/lib/forecasts/source-query";
import { recordOutcomeSchema } from "@/lib/outcomes/outcome-input";
import { extractRequest, importRequest } from "./requests";
import * as R from "./responses";

type Method = "get" | "post";

export interface Operation {
  path: string;
  method: Method;
  /** The route handler file (checked by the test). */
  file: string;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  /** Fields of `query` the handler refuses (the export has no pages). */
  omitQuery?: string[];
  /** Query parameters the handler reads besides the schema's. */
  extraQuery?: Record<string, { schema: z.ZodType; description: string }>;
  pathParams?: Record<string, { schema: z.ZodType; description: string }>;
  body?: z.ZodType;
  editorsOnly?: boolean;
  responses: Record<string, { description: string; schema?: z.ZodType; contentType?: string }>;
}

const id = { schema: z.string().regex(/^[1-9]\d{0,14}$/), description: "the forecast's id" };
const bad = { description: "a bad or unknown parameter, named in `fields`", schema: R.errorResponse };
const notFound = { description: "nothing with this id or slug", schema: R.errorResponse };
const auth = {
  "401": { description: "no session, or an expired one", schema: R.errorResponse },
  "403": { description: "the account is not an editor", schema: R.errorResponse },
};
const unprocessable = { description: "bad input: `fields` names each problem", schema: R.errorResponse };

export const OPERATIONS: Operation[] = [
  {
    path: "/api/v1/forecasts",
    method: "get",
    file: "app/api/v1/forecasts/route.ts",
    summary: "Forecasts: search, filter, sort, paginated",
    description:
      "q searches quotes, questions, forecaster and author names, article titles and outlets (parts of words, ä/ae, ß/ss and diacritics alike; each word needs 3 or more letters unless a longer word is given too). sort: relevance (default with q), made, deadline (default), score. outcome: happened, not-happened, other, open.",
    query: forecastFiltersSchema,
    responses: { "200": { description: "one page of forecasts", schema: R.forecastListResponse }, "400": bad },
  },
  {
    path: "/api/v1/forecasts/{id}",
    method: "get",
    file: "app/api/v1/forecasts/[id]/route.ts",
    summary: "One forecast",
    pathParams: { id },
    responses: { "200": { description: "the forecast", schema: R.forecastResponse }, "400": bad, "404": notFound },
  },
  {
    path: "/api/v1/forecasts/{id}/outcomes",
    method: "get",
    file: "app/api/v1/forecasts/[id]/outcomes/route.ts",
    summary: "A forecast's outcome history, newest first",
    pathParams: { id },
    responses: { "200": { description: "the history", schema: R.outcomeHistoryResponse }, "400": bad, "404": notFound },
  },
  {
    path: "/api/v1/forecasts/{id}/outcomes",
    method: "post",
    file: "app/api/v1/forecasts/[id]/outcomes/route.ts",
    summary: "Record an outcome (editors)",
    pathParams: { id },
    body: recordOutcomeSchema("2100-01-01"),
    editorsOnly: true,
    responses: {
      "201": { description: "the new record", schema: R.outcomeRecordResponse },
      "400": bad,
      ...auth,
      "404": notFound,
      "409": { description: "expectedVersion is stale: `current` holds the forecast as it is now", schema: R.errorResponse },
      "422": unprocessable,
    },
  },
  {
    path: "/api/v1/export",
    method: "get",
    file: "app/api/v1/export/route.ts",
    summary: "Every forecast matching the list filters, as a JSON or CSV download",
    query: forecastFiltersSchema,
    omitQuery: ["page", "pageSize"],
    extraQuery: { format: { schema: z.enum(EXPORT_FORMATS).default("json"), description: "json (default) or csv" } },
    responses: {
      "200": { description: "the forecasts in the export format (README, Export format); text/csv for format=csv", schema: R.exportJsonResponse },
      "400": bad,
    },
  },
  {
    path: "/api/v1/accuracy",
    method: "get",
    file: "app/api/v1/accuracy/route.ts",
    summary: "Accuracy figures for a scope: counts, scores, calibration bins, timeline, score over time",
    query: accuracyFiltersSchema,
    extraQuery: { scope: { schema: z.string().regex(SCOPE_PATTERN).default("all"), description: "all, person:SLUG, published-by:SLUG or outlet:SLUG" } },
    responses: { "200": { description: "the figures", schema: R.accuracyResponse }, "400": bad, "404": notFound },
  },
  {
    path: "/api/v1/leaderboard",
    method: "get",
    file: "app/api/v1/leaderboard/route.ts",
    summary: "Forecasters or outlets ranked by shrunk Brier score",
    query: leaderboardQuerySchema,
    responses: { "200": { description: "the ranking", schema: R.leaderboardResponse }, "400": bad },
  },
  {
    path: "/api/v1/sources",
    method: "get",
    file: "app/api/v1/sources/route.ts",
    summary: "Forecasters, authors or outlets whose name holds every word typed (the forecast list's filters)",
    description:
      "Folded as the search folds (case, diacritics, ß/ss, ä/ae). Names where each word starts a word first, then most forecasts first. `forecasts`: made (forecaster), made by others in their articles (author), counted for the outlet (outlet); kept totals.",
    query: sourceQuerySchema,
    responses: { "200": { description: "the first `limit` matches and how many match in all", schema: R.sourcesResponse }, "400": bad },
  },
  {
    path: "/api/v1/extract",
    method: "post",
    file: "app/api/v1/extract/route.ts",
    summary: "Candidate forecasts in an article's text (editors; reads and writes nothing)",
    body: extractRequest,
    editorsOnly: true,
    responses: { "200": { description: "the candidates with offsets", schema: R.extractResponse }, "400": bad, ...auth, "413": bad, "422": unprocessable },
  },
  {
    path: "/api/v1/import",
    method: "post",
    file: "app/api/v1/import/route.ts",
    summary: "Check or import a file in the export format (editors)",
    description:
      'Answers newline-delimited JSON: {"type":"progress","phase","done","total"} lines, then one {"type":"report","report"} line (or {"type":"error","error"}).',
    body: importRequest,
    editorsOnly: true,
    responses: {
      "200": { description: "progress lines, then the report", schema: z.string(), contentType: "application/x-ndjson" },
      "400": bad,
      ...auth,
      "413": bad,
      "422": unprocessable,
    },
  },
  {
    path: "/api/v1/me",
    method: "get",
    file: "app/api/v1/me/route.ts",
    summary: "Who is reading (from the session cookie, if any), what they may do, and the due queue's count; never cached",
    responses: { "200": { description: "the visitor's state", schema: R.meResponse } },
  },
  {
    path: "/api/v1/openapi.json",
    method: "get",
    file: "app/api/v1/openapi.json/route.ts",
    summary: "This document",
    responses: { "200": { description: "the OpenAPI 3.1 document", schema: R.openApiResponse } },
  },
];

const toSchema = (s: z.ZodType, io: "input" | "output") =>
  z.toJSONSchema(s, { target: "draft-2020-12", io, unrepresentable: "any", reused: "inline" }) as Record<string, unknown>;

function stripDialect(s: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = s;
  return rest;
}

/** A zod object's fields as OpenAPI query parameters (blank values count as absent, as the parser does). */
export function queryParameters(op: Operation) {
  const params: Record<string, unknown>[] = [];
  if (op.query)
    for (const [name, field] of Object.entries(op.query.shape as Record<string, z.ZodType>)) {
      if (op.omitQuery?.includes(name)) continue;
      const schema = stripDialect(toSchema(field, "input"));
      params.push({ name, in: "query", required: !field.safeParse(undefined).success, schema, description: field.description });
    }
  for (const [name, p] of Object.entries(op.extraQuery ?? {}))
    params.push({ name, in: "query", required: false, schema: stripDialect(toSchema(p.schema, "input")), description: p.description });
  for (const [name, p] of Object.entries(op.pathParams ?? {}))
    params.push({ name, in: "path", required: true, schema: stripDialect(toSchema(p.schema, "input")), description: p.description });
  return params;
}

export function openApiDocument(origin: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      operationId: `${op.method}${op.path
        .replace(/^\/api\/v1/, "")
        .replace(/[{}]/g, "")
        .replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      parameters: queryParameters(op),
      ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: stripDialect(toSchema(op.body, "input")) } } } } : {}),
      ...(op.editorsOnly ? { security: [{ session: [] }] } : {}),
      responses: Object.fromEntries(
        Object.entries(op.responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            ...(r.schema ? { content: { [r.contentType ?? "application/json"]: { schema: stripDialect(toSchema(r.schema, "output")) } } } : {}),
          },
        ]),
      ),
    };
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Hindsight API",
      version: "1",
      description:
        "Published forecasts, their outcomes and scores. Reading needs no account; writes need an editor's session cookie (POST /api/auth/sign-in/email).",
    },
    servers: [{ url: origin }],
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "hindsight.session_token", description: "__Secure- prefixed over https" } },
    },
    paths,
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
