/**
 * The shape of the reviewed seed corpus (seeds/data/*.ts). The loader validates every record
 * with these schemas before writing anything.
 */
import { z } from "zod";
import { ATTRIBUTIONS, AUTHOR_ROLES, DEADLINE_BASES, LANGUAGES, MADE_ON_BASES, OUTCOME_STATUSES, PERSON_KINDS, POLARITIES } from "@/lib/vocabulary";
import { LEXICON_CLASSES } from "../lib/lexicon/lexicon";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lower-case words joined by hyphens");
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "not a calendar date");

export const seedOutlet = z.object({
  slug,
  name: z.string().min(1),
  site: z.string().nullable(),
  language: z.enum(LANGUAGES).nullable(),
  description: z.string().nullable(),
});

export const seedPerson = z.object({
  slug,
  name: z.string().min(1),
  kind: z.enum(PERSON_KINDS),
  description: z.string().nullable(),
});

export const seedArticle = z.object({
  slug,
  /** File name under seeds/texts/ (identical to ../shared/seeds/). */
  sourceFile: z.string().regex(/^[\w.-]+\.txt$/),
  title: z.string().min(1),
  outlet: slug.nullable(),
  authors: z.array(z.object({ person: slug, role: z.enum(AUTHOR_ROLES) })),
  language: z.enum(LANGUAGES),
  url: z.url().nullable(),
  publishedOn: isoDate.nullable(),
  firstPublishedOn: isoDate.nullable(),
  originalOutlet: slug.nullable(),
  provenanceNote: z.string().min(1),
});

export const seedEvent = z.object({ slug, title: z.string().min(1), description: z.string().nullable() });
export const seedTopic = z.object({ slug, name: z.string().min(1) });

const probability = z.discriminatedUnion("source", [
  z.object({
    source: z.literal("lexicon"),
    /** The words in the quote that carry the likelihood, verbatim. */
    expression: z.string().min(1),
    class: z.enum(LEXICON_CLASSES),
    /** Why this class, when the words are not a lexicon phrase as such. */
    note: z.string().optional(),
  }),
  z.object({
    source: z.literal("stated"),
    value: z.number().min(0).max(1),
    expression: z.string().min(1),
  }),
]);

export const seedForecast = z
  .object({
    key: slug,
    article: slug,
    forecaster: slug,
    attribution: z.enum(ATTRIBUTIONS),
    quote: z.string().min(1),
    question: z
      .string()
      .min(10)
      .refine((q) => q.trim().endsWith("?"), "a question ends with '?'"),
    polarity: z.enum(POLARITIES),
    resolutionCriteria: z.string().min(10),
    madeOn: isoDate,
    madeOnBasis: z.enum(MADE_ON_BASES),
    madeOnNote: z.string().nullable(),
    deadline: isoDate.nullable(),
    deadlineBasis: z.enum(DEADLINE_BASES),
    deadlineNote: z.string().nullable(),
    probability,
    condition: z.string().nullable(),
    event: slug.nullable(),
    topics: z.array(slug).min(1),
  })
  .superRefine((f, ctx) => {
    if (f.deadlineBasis === "none" && f.deadline !== null)
      ctx.addIssue({ code: "custom", path: ["deadline"], message: "deadlineBasis 'none' needs deadline null" });
    if (f.deadlineBasis !== "none" && f.deadline === null)
      ctx.addIssue({ code: "custom", path: ["deadline"], message: "a stated or inferred deadline needs a date" });
    if (f.deadlineBasis !== "stated" && !f.deadlineNote)
      ctx.addIssue({ code: "custom", path: ["deadlineNote"], message: "explain an inferred deadline or the lack of one" });
    if (f.madeOnBasis === "inferred" && !f.madeOnNote) ctx.addIssue({ code: "custom", path: ["madeOnNote"], message: "explain how the date was inferred" });
    if (f.deadline && f.deadline < f.madeOn) ctx.addIssue({ code: "custom", path: ["deadline"], message: "deadline before madeOn" });
  });

export const seedOutcome = z
  .object({
    forecast: slug,
    status: z.enum(OUTCOME_STATUSES),
    occurredOn: isoDate.nullable(),
    evidence: z.array(z.object({ url: z.url().optional(), citation: z.string().min(10) })),
    note: z.string().nullable(),
  })
  .superRefine((o, ctx) => {
    if ((o.status === "yes" || o.status === "no") && o.evidence.length === 0)
      ctx.addIssue({ code: "custom", path: ["evidence"], message: "yes and no need evidence" });
  });

export type SeedOutlet = z.input<typeof seedOutlet>;
export type SeedPerson = z.input<typeof seedPerson>;
export type SeedArticle = z.input<typeof seedArticle>;
export type SeedEvent = z.input<typeof seedEvent>;
export type SeedTopic = z.input<typeof seedTopic>;
export type SeedForecast = z.input<typeof seedForecast>;
export type SeedOutcome = z.input<typeof seedOutcome>;
