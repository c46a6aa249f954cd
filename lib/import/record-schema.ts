/**
 * One record of an import file, in the export format, with the ledger's rules: an English
 * yes/no question, deadline and made-on rules, and a probability that agrees with the lexicon.
 * A lexicon probability is recomputed from its class (the file's numbers must match it, or be
 * left out); derived fields (lowInformation, the outcome's recordedBy/recordedAt) are not trusted.
 *
 * The fields are checked without transforms of their own: absent values become null (or []) and
 * quotes get their line endings in one function for the whole record (`normalized`), used by the
 * cross-field rules and the result alike. A `.nullish().transform()` per field made each a zod
 * pipe: with ~18 of them 50,000 records took 1.2-1.8 s to validate, without them 0.9-1.1 s. The
 * result and every issue (code, path, message) are the same as with the pipes: compared on
 * 75,000 valid records and 200,000 randomly damaged ones.
 */
import { z } from "zod";
import { httpUrl, isIsoDate, isoDate } from "@/lib/http/validation";
import type { ProbabilityChoice } from "@/lib/intake/probability";
import { LEXICON, LEXICON_CLASSES, LEXICON_VERSION } from "@/lib/lexicon/lexicon";
import { evidenceItemSchema } from "@/lib/outcomes/outcome-input";
import { ATTRIBUTIONS, DEADLINE_BASES, LANGUAGES, MADE_ON_BASES, OUTCOME_STATUSES, PERSON_KINDS, POLARITIES, PROBABILITY_SOURCES } from "@/lib/vocabulary";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = (max: number, what: string) =>
  z
    .string({ error: `required: ${what}` })
    .trim()
    .min(1, { error: `required: ${what}` })
    .max(max, { error: `at most ${max} characters` });
/** Text or null; blank means null (in `normalized`). */
const nullableText = (max: number) =>
  z
    .string({ error: "expected text or null" })
    .trim()
    .max(max, { error: `at most ${max} characters` })
    .nullish();
const nullableDate = isoDate.nullish();
const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `expected one of ${values.join(", ")}` });
const unit = z
  .number({ error: "expected a number between 0 and 1" })
  .min(0, { error: "expected a number between 0 and 1" })
  .max(1, { error: "expected a number between 0 and 1" });
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

const outcomeSchema = z.strictObject(
  {
    status: enumOf(OUTCOME_STATUSES),
    occurredOn: nullableDate,
    evidence: z.array(evidenceItemSchema, { error: "expected a list of sources [{url?, citation}]" }).max(20, { error: "at most 20 sources" }).nullish(),
    note: nullableText(2000),
    // Written by the export; the import records the outcome anew (see README "Bulk import").
    recordedBy: z.string().nullish(),
    recordedAt: z.string().nullish(),
  },
  { error: "expected an outcome {status, occurredOn, evidence, note} or null" },
);

const recordShape = z.strictObject(
  {
    id: z.unknown().optional(),
    quote: z
      .string({ error: "required: the forecast's words, verbatim" })
      .refine((q) => q.trim().length > 0, { error: "required: the forecast's words, verbatim" }),
    language: enumOf(LANGUAGES),
    question: text(500, "an English yes/no question").refine((q) => q.length >= 10 && q.endsWith("?"), {
      error: "write it as a yes/no question of at least 10 characters ending with “?”",
    }),
    polarity: enumOf(POLARITIES),
    resolutionCriteria: text(2000, "how the question is resolved").refine((t) => t.length >= 10, { error: "at least 10 characters" }),
    forecaster: z.strictObject({ name: text(200, "the forecaster's name"), kind: enumOf(PERSON_KINDS) }, { error: "expected {name, kind}" }),
    attribution: enumOf(ATTRIBUTIONS),
    article: z.strictObject(
      {
        title: text(300, "the article's title"),
        outlet: nullableText(200),
        authors: z
          .array(text(200, "an author's name"), { error: "expected a list of names" })
          .max(20)
          .nullish()
          .transform((v) => v ?? []),
        url: httpUrl.nullish().transform((v) => v ?? null),
        publishedOn: nullableDate,
        firstPublishedOn: nullableDate,
        originalOutlet: nullableText(200),
      },
      { error: "expected the article {title, outlet, authors, url, publishedOn, firstPublishedOn, originalOutlet}" },
    ),
    madeOn: isoDate,
    madeOnBasis: enumOf(MADE_ON_BASES),
    deadline: nullableDate,
    deadlineBasis: enumOf(DEADLINE_BASES),
    deadlineNote: nullableText(1000),
    probability: unit.nullish(),
    probabilityRange: z.tuple([unit, unit], { error: "expected [low, high]" }).nullish(),
    probabilitySource: enumOf(PROBABILITY_SOURCES),
    verbalExpression: nullableText(200),
    lexiconClass: enumOf(LEXICON_CLASSES).nullish(),
    lexiconVersion: z.string().nullish(),
    lowInformation: z.boolean({ error: "expected true or false" }).nullish(),
    condition: nullableText(1000),
    eventId: z.number({ error: "expected a whole number or null" }).int({ error: "expected a whole number" }).positive().nullish(),
    topics: z
      .array(z.string().regex(SLUG, { error: "expected topic slugs such as 'us-russia'" }), { error: "expected a list of topic slugs" })
      .max(10)
      .nullish(),
    outcome: outcomeSchema.nullish(),
  },
  { error: "expected a forecast record (an object)" },
);

type RecordShape = z.output<typeof recordShape>;

/** Absent values as null (or []), blank text as null, the quote's line endings as \n: the record the rules and the import read. */
function normalized(r: RecordShape) {
  const a = r.article;
  const o = r.outcome;
  return {
    id: r.id,
    quote: r.quote.replace(/\r\n?/g, "\n").trim(),
    language: r.language,
    question: r.question,
    polarity: r.polarity,
    resolutionCriteria: r.resolutionCriteria,
    forecaster: r.forecaster,
    attribution: r.attribution,
    article: {
      title: a.title,
      outlet: a.outlet ? a.outlet : null,
      authors: a.authors ?? [],
      url: a.url ?? null,
      publishedOn: a.publishedOn ?? null,
      firstPublishedOn: a.firstPublishedOn ?? null,
      originalOutlet: a.originalOutlet ? a.originalOutlet : null,
    },
    madeOn: r.madeOn,
    madeOnBasis: r.madeOnBasis,
    deadline: r.deadline ?? null,
    deadlineBasis: r.deadlineBasis,
    deadlineNote: r.deadlineNote ? r.deadlineNote : null,
    probability: r.probability,
    probabilityRange: r.probabilityRange,
    probabilitySource: r.probabilitySource,
    verbalExpression: r.verbalExpression ? r.verbalExpression : null,
    lexiconClass: r.lexiconClass,
    lexiconVersion: r.lexiconVersion,
    lowInformation: r.lowInformation,
    condition: r.condition ? r.condition : null,
    eventId: r.eventId ?? null,
    topics: r.topics ?? [],
    outcome: o
      ? {
          status: o.status,
          occurredOn: o.occurredOn ?? null,
          evidence: o.evidence ?? [],
          note: o.note ? o.note : null,
          recordedBy: o.recordedBy,
          recordedAt: o.recordedAt,
        }
      : null,
  };
}

export function importRecordSchema(now: string) {
  return recordShape
    .superRefine((raw, ctx) => {
      const r = normalized(raw);
      const at = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
      if (r.deadlineBasis === "none" && r.deadline !== null) at(["deadline"], "must be empty when deadlineBasis is “none”");
      if (r.deadlineBasis !== "none" && r.deadline === null) at(["deadline"], `required: a ${r.deadlineBasis} deadline needs a date`);
      if (r.deadlineBasis !== "stated" && !r.deadlineNote) at(["deadlineNote"], "required: explain an inferred deadline or the lack of one");
      if (r.deadline && r.deadline < r.madeOn) at(["deadline"], `is before madeOn (${r.madeOn})`);
      if (isIsoDate(r.madeOn) && r.madeOn > now) at(["madeOn"], `cannot be in the future (today is ${now})`);
      if (r.article.firstPublishedOn && r.article.publishedOn && r.article.firstPublishedOn > r.article.publishedOn)
        at(["article", "firstPublishedOn"], "is after the date on the page");
      if (r.probabilityRange && r.probabilityRange[0] > r.probabilityRange[1]) at(["probabilityRange"], "low is above high");

      if (r.probabilitySource === "lexicon") {
        if (!r.lexiconClass) at(["lexiconClass"], "required when probabilitySource is “lexicon”");
        else {
          const e = LEXICON[r.lexiconClass];
          if (r.lexiconVersion && r.lexiconVersion !== LEXICON_VERSION) at(["lexiconVersion"], `unknown lexicon version; this ledger uses ${LEXICON_VERSION}`);
          if (r.probability != null && !same(r.probability, e.p))
            at(["probability"], `${r.probability} is not the lexicon's ${e.p} for ${r.lexiconClass} (${LEXICON_VERSION}); leave it empty or correct the class`);
          if (r.probabilityRange && (!same(r.probabilityRange[0], e.lo) || !same(r.probabilityRange[1], e.hi)))
            at(["probabilityRange"], `is not the lexicon's [${e.lo}, ${e.hi}] for ${r.lexiconClass}`);
        }
        if (!r.verbalExpression) at(["verbalExpression"], "required: the words that carry the likelihood");
      } else {
        if (r.probability == null) at(["probability"], "required when probabilitySource is “stated”");
        else if (r.probabilityRange && (r.probability < r.probabilityRange[0] || r.probability > r.probabilityRange[1]))
          at(["probabilityRange"], "does not contain the probability");
        if (r.lexiconClass) at(["lexiconClass"], "must be empty when the probability is stated");
      }

      const o = r.outcome;
      if (o) {
        const decisive = o.status === "yes" || o.status === "no";
        if (decisive && o.evidence.length === 0) at(["outcome", "evidence"], "at least one source is required for yes and no");
        if (decisive && !o.occurredOn) at(["outcome", "occurredOn"], "required for yes and no");
        if (o.occurredOn && o.occurredOn > now) at(["outcome", "occurredOn"], `cannot be in the future (today is ${now})`);
        if (o.occurredOn && o.occurredOn < r.madeOn) at(["outcome", "occurredOn"], `is before the forecast was made (${r.madeOn})`);
        if (o.status === "yes" && o.occurredOn && r.deadline && o.occurredOn > r.deadline)
          at(["outcome", "occurredOn"], `after the deadline (${r.deadline}): by its deadline the event had not happened, so the outcome is “no”`);
        if (o.status === "condition_not_met" && !r.condition) at(["outcome", "status"], "“condition_not_met” needs a condition");
      }
    })
    .transform((raw) => {
      const r = normalized(raw);
      const probability: ProbabilityChoice =
        r.probabilitySource === "lexicon"
          ? { source: "lexicon", class: r.lexiconClass!, expression: r.verbalExpression! }
          : { source: "stated", value: r.probability!, expression: r.verbalExpression ?? "", range: r.probabilityRange ?? null };
      return { ...r, probability };
    });
}

export type ImportRecord = z.output<ReturnType<typeof importRecordSchema>>;
