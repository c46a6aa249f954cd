/**
 * Corrections of a forecast's own fields (quote, question, deadline, probability). Nothing is
 * overwritten silently: each correction names its reason, is checked against the version the
 * editor saw, and is kept in forecast_revisions with the before/after values. A new lexicon
 * class brings its point, range and low-information flag from the current lexicon.
 */

import { z } from "zod";
import type { DB } from "@/db/client";
import { getForecastArticleBody, getForecastRow } from "@/db/queries/forecasts";
import {
  appendForecastRevision,
  CORRECTABLE_COLUMNS,
  type CorrectableColumn,
  type ForecastChanges,
  getRevisionHistory,
  type RevisionHistoryRow,
} from "@/db/queries/revisions";
import type { Forecast } from "@/db/schema";
import { type Actor, authorize } from "@/lib/auth/actor";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/format/dates";
import { AppError, type FieldError } from "@/lib/http/errors";
import { isoDate, parseInput, unprocessable } from "@/lib/http/validation";
import { forecastsChanged } from "@/lib/ledger/forecasts-changed";
import { LEXICON, LEXICON_CLASSES, LEXICON_VERSION } from "@/lib/lexicon/lexicon";
import { staleVersion } from "@/lib/outcomes/history";
import { expectedVersionSchema } from "@/lib/outcomes/outcome-input";
import { indexAfterCommit } from "@/lib/search/indexer";
import { DEADLINE_BASES } from "@/lib/vocabulary";

/** Text that may be cleared: undefined keeps the current value, "" or null clears it. */
function clearableText(max: number) {
  return z
    .string({ error: "expected text" })
    .trim()
    .max(max, { error: `at most ${max} characters` })
    .nullable()
    .optional()
    .transform((v) => (v === undefined ? undefined : v ? v : null));
}

export const probabilityInputSchema = z.discriminatedUnion(
  "source",
  [
    z.strictObject({ source: z.literal("lexicon"), class: z.enum(LEXICON_CLASSES, { error: "expected a lexicon class (see the methods page)" }) }),
    z.strictObject({
      source: z.literal("stated"),
      value: z
        .number({ error: "expected a probability between 0 and 1" })
        .min(0, { error: "expected a probability between 0 and 1" })
        .max(1, { error: "expected a probability between 0 and 1" }),
    }),
  ],
  { error: 'expected {source: "lexicon", class} or {source: "stated", value}' },
);

export const correctForecastSchema = z.strictObject(
  {
    quote: z.string({ error: "expected text" }).trim().min(1, { error: "must not be empty" }).max(5000, { error: "at most 5000 characters" }).optional(),
    question: z
      .string({ error: "expected text" })
      .trim()
      .min(10, { error: "write the yes/no question in full (at least 10 characters)" })
      .max(500, { error: "at most 500 characters" })
      .refine((q) => q.endsWith("?"), { error: "write it as a yes/no question ending with “?”" })
      .optional(),
    deadline: isoDate.nullable().optional(),
    deadlineBasis: z.enum(DEADLINE_BASES, { error: `expected one of ${DEADLINE_BASES.join(", ")}` }).optional(),
    deadlineNote: clearableText(1000),
    probability: probabilityInputSchema.optional(),
    verbalExpression: clearableText(200),
    reason: z
      .string({ error: "required: say why this correction is made" })
      .trim()
      .min(1, { error: "required: say why this correction is made" })
      .max(1000, { error: "at most 1000 characters" }),
    expectedVersion: expectedVersionSchema,
  },
  { error: "expected an object" },
);

export type CorrectForecastInput = z.output<typeof correctForecastSchema>;

type Values = Pick<Forecast, CorrectableColumn>;

function probabilityColumns(p: NonNullable<CorrectForecastInput["probability"]>): Partial<Values> {
  if (p.source === "stated") {
    return {
      probability: p.value,
      probabilityLow: p.value,
      probabilityHigh: p.value,
      probabilitySource: "stated",
      lexiconClass: null,
      lexiconVersion: null,
      lowInformation: false,
    };
  }
  const e = LEXICON[p.class];
  return {
    probability: e.p,
    probabilityLow: e.lo,
    probabilityHigh: e.hi,
    probabilitySource: "lexicon",
    lexiconClass: p.class,
    lexiconVersion: LEXICON_VERSION,
    lowInformation: e.lowInformation,
  };
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return a === b;
}

/** The new values after the correction, and the problems only the forecast can reveal. */
export function plan(f: Forecast, v: CorrectForecastInput, body: string | null): { next: Values; problems: FieldError[] } {
  const next: Values = Object.fromEntries(CORRECTABLE_COLUMNS.map((c) => [c, f[c]])) as Values;
  if (v.quote !== undefined) next.quote = v.quote;
  if (v.question !== undefined) next.question = v.question;
  if (v.deadline !== undefined) next.deadline = v.deadline;
  if (v.deadlineBasis !== undefined) next.deadlineBasis = v.deadlineBasis;
  if (v.deadlineNote !== undefined) next.deadlineNote = v.deadlineNote;
  if (v.verbalExpression !== undefined) next.verbalExpression = v.verbalExpression;
  // Re-deriving unchanged lexicon values is harmless: same() finds no change.
  if (v.probability) Object.assign(next, probabilityColumns(v.probability));

  // Only what changes is checked, so an old record's quirks never block an unrelated correction.
  const problems: FieldError[] = [];
  if (next.quote !== f.quote && body !== null && !body.includes(next.quote)) {
    problems.push({ field: "quote", message: "not found verbatim in the article's text: copy the words exactly as published" });
  }
  const deadlineChanged = next.deadline !== f.deadline || next.deadlineBasis !== f.deadlineBasis || next.deadlineNote !== f.deadlineNote;
  if (deadlineChanged) {
    if (next.deadline === null && next.deadlineBasis !== "none") problems.push({ field: "deadlineBasis", message: 'without a deadline the basis is "none"' });
    if (next.deadline !== null && next.deadlineBasis === "none")
      problems.push({ field: "deadlineBasis", message: 'a deadline needs its basis: "stated" in the text or "inferred"' });
    if (next.deadline !== null && next.deadline < f.madeOn)
      problems.push({ field: "deadline", message: `cannot be before the forecast was made (${formatDate(f.madeOn)})` });
    if (next.deadlineBasis !== "stated" && !next.deadlineNote)
      problems.push({ field: "deadlineNote", message: "say how the deadline was inferred, or why there is none" });
  }
  return { next, problems };
}

/** The columns whose value the correction changes, with both values; 422 when none does. */
export function changesOrRefuse(f: Forecast, next: Values): ForecastChanges {
  const changes: ForecastChanges = {};
  for (const column of CORRECTABLE_COLUMNS) {
    if (!same(f[column], next[column])) (changes as Record<string, { from: unknown; to: unknown }>)[column] = { from: f[column], to: next[column] };
  }
  if (Object.keys(changes).length === 0)
    throw new AppError("unprocessable", "Nothing to correct: every field already has that value.", [
      { field: "input", message: "no field differs from the current forecast" },
    ]);
  return changes;
}

/** The correction as the API answers it. */
export function revisionDTO(forecastId: number, row: RevisionHistoryRow) {
  return {
    id: row.id,
    forecastId,
    version: row.version,
    changes: row.changes,
    reason: row.reason,
    editedBy: { name: row.editedBy.name },
    editedAt: row.editedAt.toISOString(),
  };
}

export function correctForecast(db: DB, actor: Actor | null, forecastId: number, input: unknown) {
  const editor = authorize(actor, PERMISSIONS.correctForecast);
  if (!getForecastRow(db, forecastId)) throw new AppError("not_found", `No forecast with id ${forecastId}`);
  const v = parseInput(correctForecastSchema, input);
  const revision = db.transaction(
    (tx) => {
      const f = getForecastRow(tx, forecastId);
      if (!f) throw new AppError("not_found", `No forecast with id ${forecastId}`);
      if (f.version !== v.expectedVersion) throw staleVersion(tx, f, v.expectedVersion);
      const { next, problems } = plan(f, v, getForecastArticleBody(tx, forecastId));
      if (problems.length) throw unprocessable(problems);
      const changes = changesOrRefuse(f, next);
      const revision = appendForecastRevision(tx, { forecastId, changes, reason: v.reason, editedBy: editor.id });
      forecastsChanged(tx, [forecastId]);
      return revisionDTO(forecastId, getRevisionHistory(tx, forecastId).find((r) => r.id === revision.id)!);
    },
    { behavior: "immediate" },
  );
  indexAfterCommit(db);
  return revision;
}
