/**
 * What an editor submits from the intake form: the article's metadata and text, and the
 * forecasts accepted from the assistant's candidates (or added by hand), each with every field
 * the ledger requires. Shape and cross-field rules live here (no database); references to
 * existing records are checked by saveArticleWithForecasts inside its transaction.
 *
 * Field paths in errors follow the input: "article.publishedOn", "forecasts.2.question".
 */
import { z } from "zod";
import { detectLanguage } from "@/lib/extraction/language";
import { httpUrl, isIsoDate, isoDate, optionalText } from "@/lib/http/validation";
import { LEXICON_CLASSES } from "@/lib/lexicon/lexicon";
import { ATTRIBUTIONS, AUTHOR_ROLES, DEADLINE_BASES, LANGUAGES, type Language, MADE_ON_BASES, PERSON_KINDS, POLARITIES } from "@/lib/vocabulary";
import { slugify } from "./slug";

export const MAX_BODY_LENGTH = 400_000;
export const MAX_FORECASTS = 200;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Blank strings from form fields mean "not given". */
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const slugRef = z.preprocess(blank, z.string().regex(SLUG, { error: "expected a slug such as 'richard-palmer'" }).optional());
const name = z.preprocess(blank, z.string({ error: "expected text" }).trim().max(200, { error: "at most 200 characters" }).optional());

/** Line endings as the browser and the database keep them, so quotes match the stored text. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

const requiredText = (min: number, max: number, what: string) =>
  z
    .string({ error: `required: ${what}` })
    .trim()
    .min(min, { error: min > 1 ? `required: ${what} (at least ${min} characters)` : `required: ${what}` })
    .max(max, { error: `at most ${max} characters` });

const nullableDate = z.preprocess((v) => blank(v) ?? null, isoDate.nullable());

/** An existing person by slug, or a new one by name and kind. */
export const personRefSchema = z
  .strictObject(
    { slug: slugRef, name, kind: z.preprocess(blank, z.enum(PERSON_KINDS, { error: "expected person or institution" }).optional()) },
    { error: "expected {slug} for an existing person or {name, kind} for a new one" },
  )
  .superRefine((p, ctx) => {
    if (p.slug) return;
    if (!p.name) ctx.addIssue({ code: "custom", path: ["name"], message: "choose an existing person or institution, or give a new one's name" });
    if (!p.kind) ctx.addIssue({ code: "custom", path: ["kind"], message: "say whether the new one is a person or an institution" });
  })
  .transform((p): PersonRef => (p.slug ? { slug: p.slug } : { name: p.name!, kind: p.kind! }));
export type PersonRef = { slug: string } | { name: string; kind: (typeof PERSON_KINDS)[number] };

/** An existing outlet by slug, or a new one by name (and site). */
export const outletRefSchema = z
  .strictObject(
    { slug: slugRef, name, site: z.preprocess((v) => blank(v) ?? null, z.string().trim().max(200, { error: "at most 200 characters" }).nullable()).optional() },
    { error: "expected {slug} for an existing outlet or {name, site} for a new one" },
  )
  .superRefine((o, ctx) => {
    if (!o.slug && !o.name) ctx.addIssue({ code: "custom", path: ["name"], message: "choose an existing outlet or give the new one's name" });
  })
  .transform((o): OutletRef => (o.slug ? { slug: o.slug } : { name: o.name!, site: o.site ?? null }));
export type OutletRef = { slug: string } | { name: string; site: string | null };

/** An existing event by slug or a new one by title. */
const eventRefSchema = z
  .strictObject(
    { slug: slugRef, title: z.preprocess(blank, z.string().trim().min(10, { error: "describe the event in at least 10 characters" }).max(300).optional()) },
    { error: "expected {slug} or {title}" },
  )
  .superRefine((e, ctx) => {
    if (!e.slug && !e.title) ctx.addIssue({ code: "custom", path: ["title"], message: "choose an existing event or give the new one's title" });
  })
  .transform((e): EventRef => (e.slug ? { slug: e.slug } : { title: e.title! }));
export type EventRef = { slug: string } | { title: string };

/**
 * A topic: an existing slug, or the name of a new topic ("Arctic shipping" -> slug
 * "arctic-shipping"). A slug that does not exist yet becomes a new topic named after it.
 */
export const topicRefSchema = z
  .string({ error: "expected a topic" })
  .trim()
  .min(1, { error: "expected a topic" })
  .max(100, { error: "at most 100 characters" })
  .transform((t): TopicRef => (SLUG.test(t) ? { slug: t, name: null } : { slug: slugify(t, 60), name: t }));
export type TopicRef = { slug: string; name: string | null };

export const intakeProbabilitySchema = z.discriminatedUnion(
  "source",
  [
    z.strictObject({
      source: z.literal("lexicon"),
      class: z.enum(LEXICON_CLASSES, { error: "choose the lexicon class that matches the words" }),
      expression: requiredText(1, 200, "the words that carry the likelihood"),
    }),
    z.strictObject({
      source: z.literal("stated"),
      value: z
        .number({ error: "expected a probability between 0 and 1" })
        .min(0, { error: "expected a probability between 0 and 1" })
        .max(1, { error: "expected a probability between 0 and 1" }),
      expression: requiredText(1, 200, "the words that state the number"),
    }),
  ],
  { error: 'choose how the probability is given: {source: "lexicon", class, expression} or {source: "stated", value, expression}' },
);

const forecastSchema = z
  .strictObject(
    {
      forecaster: personRefSchema,
      attribution: z.enum(ATTRIBUTIONS, { error: `expected one of ${ATTRIBUTIONS.join(", ")}` }),
      quote: z
        .string({ error: "required: the forecast's words, verbatim" })
        .transform(normalizeText)
        .pipe(z.string().trim().min(1, { error: "required: the forecast's words, verbatim" }).max(5000, { error: "at most 5000 characters" })),
      question: requiredText(10, 500, "an English yes/no question").refine((q) => q.endsWith("?"), { error: "write it as a yes/no question ending with “?”" }),
      polarity: z.enum(POLARITIES, { error: "expected positive (it will happen) or negative (it will not)" }),
      resolutionCriteria: requiredText(10, 2000, "how the question will be resolved"),
      madeOn: z.preprocess((v) => blank(v) ?? null, isoDate.nullable()).optional(),
      madeOnBasis: z.preprocess((v) => blank(v) ?? null, z.enum(MADE_ON_BASES, { error: `expected one of ${MADE_ON_BASES.join(", ")}` }).nullable()).optional(),
      madeOnNote: optionalText(1000),
      deadline: nullableDate.optional(),
      deadlineBasis: z.enum(DEADLINE_BASES, { error: `expected one of ${DEADLINE_BASES.join(", ")}` }),
      deadlineNote: optionalText(1000),
      probability: intakeProbabilitySchema,
      condition: optionalText(1000),
      topics: z
        .array(topicRefSchema, { error: "expected a list of topics" })
        .min(1, { error: "choose at least one topic" })
        .max(10, { error: "at most 10 topics" }),
      event: z.preprocess((v) => v ?? null, eventRefSchema.nullable()).optional(),
    },
    { error: "expected a forecast object" },
  )
  .superRefine((f, ctx) => {
    const deadline = f.deadline ?? null;
    if (f.deadlineBasis === "none" && deadline !== null)
      ctx.addIssue({ code: "custom", path: ["deadline"], message: "leave the deadline empty when the basis is “none”" });
    if (f.deadlineBasis !== "none" && deadline === null)
      ctx.addIssue({ code: "custom", path: ["deadline"], message: `required: a ${f.deadlineBasis} deadline needs a date` });
    if (f.deadlineBasis !== "stated" && !f.deadlineNote) {
      ctx.addIssue({
        code: "custom",
        path: ["deadlineNote"],
        message: f.deadlineBasis === "inferred" ? "required: explain how the deadline was inferred" : "required: say why there is no deadline",
      });
    }
    if (f.madeOnBasis === "inferred" && !f.madeOnNote)
      ctx.addIssue({ code: "custom", path: ["madeOnNote"], message: "required: explain how the date was inferred" });
    const words = f.probability.expression.replace(/\s+/g, " ").toLowerCase();
    if (words && !f.quote.replace(/\s+/g, " ").toLowerCase().includes(words)) {
      ctx.addIssue({ code: "custom", path: ["probability", "expression"], message: "these words must appear in the quote" });
    }
  });

const articleSchema = z.strictObject(
  {
    title: requiredText(1, 300, "the article's title"),
    body: z
      .string({ error: "required: the article's text" })
      .transform(normalizeText)
      .pipe(
        z
          .string()
          .trim()
          .min(1, { error: "required: the article's text" })
          .max(MAX_BODY_LENGTH, { error: `at most ${MAX_BODY_LENGTH} characters` }),
      ),
    language: z.preprocess((v) => blank(v) ?? null, z.enum(LANGUAGES, { error: `expected one of ${LANGUAGES.join(", ")}` }).nullable()).optional(),
    url: z.preprocess((v) => blank(v) ?? null, httpUrl.nullable()).optional(),
    publishedOn: nullableDate.optional(),
    firstPublishedOn: nullableDate.optional(),
    outlet: z.preprocess((v) => v ?? null, outletRefSchema.nullable()).optional(),
    originalOutlet: z.preprocess((v) => v ?? null, outletRefSchema.nullable()).optional(),
    authors: z
      .array(z.strictObject({ person: personRefSchema, role: z.enum(AUTHOR_ROLES, { error: "expected author or translator" }).default("author") }), {
        error: "expected a list of authors",
      })
      .max(20, { error: "at most 20 authors" })
      .default([]),
    provenanceNote: optionalText(2000),
    sourceFile: optionalText(200),
  },
  { error: "expected the article's fields" },
);

export interface IntakeForecast extends Omit<z.output<typeof forecastSchema>, "madeOn" | "madeOnBasis" | "deadline" | "event"> {
  madeOn: string;
  madeOnBasis: (typeof MADE_ON_BASES)[number];
  deadline: string | null;
  event: EventRef | null;
}

export interface IntakeSubmission {
  article: Omit<z.output<typeof articleSchema>, "language" | "url" | "publishedOn" | "firstPublishedOn" | "outlet" | "originalOutlet"> & {
    language: Language;
    /** true when the language came from detection rather than the editor. */
    languageDetected: boolean;
    url: string | null;
    publishedOn: string | null;
    firstPublishedOn: string | null;
    outlet: OutletRef | null;
    originalOutlet: OutletRef | null;
  };
  forecasts: IntakeForecast[];
}

/**
 * The whole submission. `now` (YYYY-MM-DD) bounds the dates: nothing published or forecast in
 * the future. madeOn defaults to the first-published date, else the date on the page.
 */
export function intakeSchema(now: string) {
  return z
    .strictObject(
      {
        article: articleSchema,
        forecasts: z
          .array(forecastSchema, { error: "expected a list of forecasts" })
          .max(MAX_FORECASTS, { error: `at most ${MAX_FORECASTS} forecasts per article` }),
      },
      { error: "expected {article, forecasts}" },
    )
    .transform((v, ctx): IntakeSubmission => {
      const a = v.article;
      const publishedOn = a.publishedOn ?? null;
      let firstPublishedOn = a.firstPublishedOn ?? null;
      if (publishedOn && publishedOn > now)
        ctx.addIssue({ code: "custom", path: ["article", "publishedOn"], message: `cannot be in the future (today is ${now})` });
      if (firstPublishedOn && firstPublishedOn > now)
        ctx.addIssue({ code: "custom", path: ["article", "firstPublishedOn"], message: `cannot be in the future (today is ${now})` });
      if (firstPublishedOn && publishedOn && firstPublishedOn > publishedOn) {
        ctx.addIssue({
          code: "custom",
          path: ["article", "firstPublishedOn"],
          message: "is after the date on the page: give it only when the text first appeared earlier",
        });
      }
      // The same date twice says nothing more: the ledger keeps firstPublishedOn only when earlier.
      if (firstPublishedOn && firstPublishedOn === publishedOn) firstPublishedOn = null;
      if (a.originalOutlet && !firstPublishedOn)
        ctx.addIssue({ code: "custom", path: ["article", "originalOutlet"], message: "give the first-published date with the original outlet" });

      const detected = a.language ? null : detectLanguage(a.body);
      const language = a.language ?? detected;
      if (!language)
        ctx.addIssue({
          code: "custom",
          path: ["article", "language"],
          message: "could not tell the language (German, Dutch or English) from the text: choose it",
        });

      const defaultMadeOn = firstPublishedOn ?? publishedOn;
      const defaultBasis = firstPublishedOn ? ("first_published" as const) : ("published" as const);
      const seenQuotes = new Map<string, number>();
      const forecasts = v.forecasts.map((f, i): IntakeForecast => {
        const at = (field: string, message: string) => ctx.addIssue({ code: "custom", path: ["forecasts", i, field], message });
        if (!a.body.includes(f.quote)) at("quote", "not found verbatim in the article text: select it in the text or copy it exactly");
        const earlier = seenQuotes.get(f.quote);
        if (earlier !== undefined) at("quote", `the same quote is already forecast ${earlier + 1} of this submission`);
        else seenQuotes.set(f.quote, i);

        let madeOn = f.madeOn ?? null;
        let madeOnBasis = f.madeOnBasis ?? null;
        if (!madeOn) {
          if (!defaultMadeOn) at("madeOn", "required: the article has no date, so give the date the forecast was made");
          madeOn = defaultMadeOn;
          madeOnBasis ??= defaultBasis;
        } else if (!madeOnBasis) {
          if (madeOn === firstPublishedOn) madeOnBasis = "first_published";
          else if (madeOn === publishedOn) madeOnBasis = "published";
          else at("madeOnBasis", "required: say how this date was found (statement, inferred, ...)");
        }
        if (madeOn && isIsoDate(madeOn) && madeOn > now) at("madeOn", `cannot be in the future (today is ${now})`);
        const deadline = f.deadline ?? null;
        if (deadline && madeOn && deadline < madeOn) at("deadline", `is before the forecast was made (${madeOn})`);
        return { ...f, madeOn: madeOn ?? "", madeOnBasis: madeOnBasis ?? "published", deadline, event: f.event ?? null };
      });
      if (!language) return z.NEVER;
      return {
        article: {
          ...a,
          language,
          languageDetected: !a.language,
          url: a.url ?? null,
          publishedOn,
          firstPublishedOn,
          outlet: a.outlet ?? null,
          originalOutlet: a.originalOutlet ?? null,
        },
        forecasts,
      };
    });
}

/** What the form sends (before parsing): the schema's input type. */
export type IntakeInput = z.input<ReturnType<typeof intakeSchema>>;

/**
 * Quotes not found in the text, read from the raw input. zod skips the submission-wide rules
 * while any field is invalid; this check runs regardless, so the editor sees every problem at once.
 */
export function unverifiedQuotes(input: unknown): { field: string; message: string }[] {
  if (!input || typeof input !== "object") return [];
  const { article, forecasts } = input as { article?: { body?: unknown }; forecasts?: unknown };
  if (typeof article?.body !== "string" || !Array.isArray(forecasts)) return [];
  const body = normalizeText(article.body);
  return forecasts.flatMap((f, i) => {
    const quote = f && typeof f === "object" ? (f as { quote?: unknown }).quote : undefined;
    if (typeof quote !== "string" || !quote.trim() || body.includes(normalizeText(quote).trim())) return [];
    return [{ field: `forecasts.${i}.quote`, message: "not found verbatim in the article text: select it in the text or copy it exactly" }];
  });
}
