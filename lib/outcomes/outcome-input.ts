/**
 * What an editor submits to record an outcome, for one forecast or for several about a shared
 * event. Shape rules live in the zod schemas; rules that need the forecast (its made-on date,
 * deadline, condition, existing history) are checked by checkAgainstForecast inside the write
 * transaction.
 */
import { z } from "zod";
import type { Forecast } from "@/db/schema";
import { formatDate } from "@/lib/format/dates";
import type { FieldError } from "@/lib/http/errors";
import { httpUrl, isIsoDate, isoDate, optionalText } from "@/lib/http/validation";
import { OUTCOME_STATUSES, type OutcomeStatus } from "@/lib/vocabulary";

export const MAX_EVIDENCE = 20;

export const evidenceItemSchema = z
  .strictObject(
    {
      url: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), httpUrl.optional()),
      citation: z.string({ error: "expected text" }).trim().max(1000, { error: "at most 1000 characters" }).optional(),
    },
    { error: "expected a source: {url, citation}" },
  )
  .superRefine((e, ctx) => {
    if (!e.url && !e.citation) ctx.addIssue({ code: "custom", path: ["citation"], message: "give a URL or a citation for this source" });
  })
  .transform((e) => (e.url ? { url: e.url, citation: e.citation ?? "" } : { citation: e.citation ?? "" }));

/** Plain words that name no option: which ones a form offers depends on the forecast (a condition). */
export const statusSchema = z.enum(OUTCOME_STATUSES, { error: "choose what happened from the list" });

export const expectedVersionSchema = z
  .number({ error: "expected the forecast's version number as you saw it (a whole number)" })
  .int({ error: "expected a whole number" })
  .min(1, { error: "expected a version of 1 or more" });

const outcomeFields = {
  status: statusSchema,
  occurredOn: isoDate.nullish().transform((v) => v ?? null),
  evidence: z
    .array(evidenceItemSchema, { error: "expected a list of sources" })
    .max(MAX_EVIDENCE, { error: `at most ${MAX_EVIDENCE} sources` })
    .default([]),
  note: optionalText(2000),
  reason: optionalText(1000),
};

type OutcomeFields = { status: OutcomeStatus; occurredOn: string | null; evidence: unknown[] };

/** Rules between fields that need no database: evidence and a date for yes/no, no future dates. */
function crossFieldRules(now: string) {
  // Runs even when another field failed (see ALWAYS), so one submit reports every problem: the
  // value may then be partly unparsed, hence the guards.
  return (v: OutcomeFields, ctx: z.RefinementCtx) => {
    const decisive = v.status === "yes" || v.status === "no";
    if (decisive && Array.isArray(v.evidence) && v.evidence.length === 0) {
      ctx.addIssue({ code: "custom", path: ["evidence"], message: "at least one source (a URL or a citation) is required for yes and no" });
    }
    if (decisive && !v.occurredOn) {
      ctx.addIssue({ code: "custom", path: ["occurredOn"], message: "required for yes and no: the date the event happened (yes) or was settled (no)" });
    }
    if (typeof v.occurredOn === "string" && isIsoDate(v.occurredOn) && v.occurredOn > now) {
      ctx.addIssue({ code: "custom", path: ["occurredOn"], message: `cannot be in the future (today is ${now})` });
    }
  };
}

/** Run the cross-field rules whenever the input is an object, not only when every field parsed. */
const ALWAYS = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

export function recordOutcomeSchema(now: string) {
  return z
    .strictObject({ ...outcomeFields, expectedVersion: expectedVersionSchema }, { error: "expected a JSON object" })
    .superRefine(crossFieldRules(now), ALWAYS);
}
export type RecordOutcomeInput = z.output<ReturnType<typeof recordOutcomeSchema>>;

export function resolveEventSchema(now: string) {
  return z
    .strictObject(
      {
        ...outcomeFields,
        forecasts: z
          .array(z.strictObject({ id: z.number({ error: "expected a forecast id" }).int().positive(), expectedVersion: expectedVersionSchema }), {
            error: "expected a list of forecasts",
          })
          .min(1, { error: "select at least one forecast" })
          .max(100)
          .refine((fs) => new Set(fs.map((f) => f.id)).size === fs.length, { error: "a forecast is listed twice" }),
      },
      { error: "expected an object" },
    )
    .superRefine(crossFieldRules(now), ALWAYS);
}
export type ResolveEventInput = z.output<ReturnType<typeof resolveEventSchema>>;

export const retractOutcomeSchema = z.strictObject(
  {
    reason: z
      .string({ error: "required: say why the outcome is withdrawn" })
      .trim()
      .min(1, { error: "required: say why the outcome is withdrawn" })
      .max(1000, { error: "at most 1000 characters" }),
    note: optionalText(2000),
    expectedVersion: expectedVersionSchema,
  },
  { error: "expected an object" },
);

/**
 * Rules that need the forecast: a reason whenever a record is superseded, no date before the
 * forecast was made, no "yes" after its deadline, "condition not met" only with a condition.
 * `prefix` names the forecast in a multi-forecast form ("forecasts.2.").
 */
export function checkAgainstForecast(
  f: Pick<Forecast, "id" | "madeOn" | "deadline" | "condition">,
  v: { status: OutcomeStatus; occurredOn: string | null; reason: string | null },
  hasHistory: boolean,
  prefix = "",
): FieldError[] {
  const out: FieldError[] = [];
  const who = prefix ? `forecast #${f.id}: ` : "";
  if (hasHistory && !v.reason)
    out.push({ field: "reason", message: `${who}required: this forecast already has an outcome record, so say why the new one supersedes it` });
  if (v.occurredOn && v.occurredOn < f.madeOn) {
    out.push({ field: `${prefix}occurredOn`, message: `${who}cannot be before the forecast was made (${formatDate(f.madeOn)})` });
  }
  if (v.status === "yes" && v.occurredOn && f.deadline && v.occurredOn > f.deadline) {
    out.push({
      field: `${prefix}occurredOn`,
      message: `${who}after the deadline (${formatDate(f.deadline)}): by its deadline the event had not happened, so the outcome is "no". If the deadline is wrong, correct the forecast first.`,
    });
  }
  if (v.status === "condition_not_met" && !f.condition)
    out.push({ field: `${prefix}status`, message: `${who}this forecast has no condition, so "condition not met" does not apply` });
  return out;
}
