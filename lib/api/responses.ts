/**
 * The JSON answers of /api/v1 as zod schemas, for the OpenAPI document (lib/api/openapi.ts). The
 * test in lib/api/openapi.test.ts validates real answers of the route handlers against the
 * document, so these cannot drift from what the handlers send.
 */
import { z } from "zod";
import { OUTCOME_STATUSES } from "@/lib/vocabulary";

const nullableString = z.string().nullable();
const evidence = z.object({ url: z.string().optional(), citation: z.string() });

export const errorResponse = z.object({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

export const forecastResponse = z.object({
  id: z.int(),
  quote: z.string(),
  language: z.string(),
  question: z.string(),
  polarity: z.enum(["positive", "negative"]),
  resolutionCriteria: z.string(),
  forecaster: z.object({ name: z.string(), kind: z.enum(["person", "institution"]), slug: z.string() }),
  attribution: z.enum(["own", "quoted", "reported"]),
  article: z.object({
    slug: z.string(),
    title: z.string(),
    outlet: nullableString,
    outletSlug: nullableString,
    authors: z.array(z.object({ name: z.string(), slug: z.string(), role: z.string() })),
    url: nullableString,
    publishedOn: nullableString,
    firstPublishedOn: nullableString,
    originalOutlet: nullableString,
  }),
  madeOn: z.string(),
  madeOnBasis: z.string(),
  deadline: nullableString,
  deadlineBasis: z.enum(["stated", "inferred", "none"]),
  deadlineNote: nullableString,
  probability: z.number().min(0).max(1),
  probabilityRange: z.tuple([z.number(), z.number()]).nullable(),
  probabilitySource: z.enum(["stated", "lexicon"]),
  verbalExpression: nullableString,
  lexiconClass: nullableString,
  lexiconVersion: nullableString,
  lowInformation: z.boolean(),
  condition: nullableString,
  eventId: z.int().nullable(),
  topics: z.array(z.string()),
  version: z.int(),
  outcome: z
    .object({
      status: z.enum(OUTCOME_STATUSES),
      occurredOn: nullableString,
      evidence: z.array(evidence),
      note: nullableString,
      recordedBy: z.string(),
      recordedAt: z.string(),
    })
    .nullable(),
});

export const forecastListResponse = z.object({
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
  pages: z.int(),
  items: z.array(forecastResponse),
});

/** The export's JSON records: the forecast without its navigation fields. */
export const exportJsonResponse = z.array(
  z.looseObject({ id: z.int(), quote: z.string(), question: z.string(), forecaster: z.looseObject({ name: z.string() }) }),
);

export const outcomeRecordResponse = z.object({
  id: z.int(),
  forecastId: z.int(),
  status: z.enum(OUTCOME_STATUSES),
  occurredOn: nullableString,
  evidence: z.array(evidence),
  note: nullableString,
  reason: nullableString,
  supersedesId: z.int().nullable(),
  retraction: z.boolean(),
  version: z.int().nullable(),
  recordedBy: z.object({ name: z.string() }),
  recordedAt: z.string(),
});

export const outcomeHistoryResponse = z.object({
  forecastId: z.int(),
  version: z.int(),
  current: outcomeRecordResponse.nullable(),
  history: z.array(outcomeRecordResponse),
});

const nullableNumber = z.number().nullable();

export const accuracyResponse = z.object({
  asOf: z.string(),
  filters: z.looseObject({ bins: z.string() }),
  accuracy: z.looseObject({
    counts: z.looseObject({ total: z.int(), resolved: z.int(), scored: z.int() }),
    shareScorable: nullableNumber,
    summary: z.looseObject({ n: z.int(), brier: nullableNumber, baseRate: nullableNumber, logScore: nullableNumber, hitRate: nullableNumber }),
    standardError: nullableNumber,
    binStyle: z.string(),
    bins: z.array(z.looseObject({ lo: z.number(), hi: z.number(), n: z.int(), label: z.string() })),
  }),
  binMembers: z.array(z.looseObject({})),
  timeline: z.array(z.looseObject({})),
  scoreOverTime: z.array(z.object({ month: z.string(), resolvedThisMonth: z.int(), cumulativeN: z.int(), brier: z.number() })),
});

export const leaderboardResponse = z.object({
  by: z.enum(["forecaster", "outlet"]),
  populationMean: nullableNumber,
  k: z.number(),
  minResolved: z.int(),
  rows: z.array(z.looseObject({ key: z.union([z.string(), z.number()]), name: z.string(), n: z.int(), meanBrier: nullableNumber, eligible: z.boolean() })),
});

export const sourcesResponse = z.object({
  kind: z.enum(["forecaster", "author", "outlet"]),
  q: z.string(),
  matched: z.int(),
  items: z.array(z.object({ slug: z.string(), name: z.string(), forecasts: z.int() })),
});

export const extractResponse = z.looseObject({
  language: z.string(),
  detected: z.boolean(),
  referenceDate: z.string().nullable(),
  candidates: z.array(z.looseObject({ start: z.int(), end: z.int() })),
});

export const meResponse = z.object({
  user: z
    .object({
      name: z.string(),
      role: z.string(),
      may: z.object({ recordOutcome: z.boolean(), correctForecast: z.boolean(), addArticles: z.boolean(), manageUsers: z.boolean() }),
    })
    .nullable(),
  due: z.number().int(),
});

export const openApiResponse = z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) });
