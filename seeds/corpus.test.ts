/**
 * Checks the reviewed seed corpus (seeds/data) against its schemas, its source texts and its own
 * cross-references. Each check collects every problem as "<record>: <why>" and expects the list to
 * be empty, so a failure names the forecast key (or slug) and the reason.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { locateQuote, plainText } from "@/lib/text/plain-text";
import { LEXICON } from "../lib/lexicon/lexicon";
import { CORPUS_DATE, corpus, forecasts000, forecasts001, forecasts002, forecasts003, forecasts004 } from "./data";
import {
  type SeedArticle,
  type SeedEvent,
  type SeedForecast,
  type SeedOutcome,
  type SeedOutlet,
  type SeedPerson,
  type SeedTopic,
  seedArticle,
  seedEvent,
  seedForecast,
  seedOutcome,
  seedOutlet,
  seedPerson,
  seedTopic,
} from "./schema";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const textsDir = path.join(repoRoot, "seeds", "texts");
const sharedDir = path.resolve(repoRoot, "..", "shared", "seeds");

// Read the data as the schemas' general input types: the data files keep literal types (satisfies), which would
// let TypeScript "prove" some checks unnecessary.
const outlets: SeedOutlet[] = corpus.outlets;
const people: SeedPerson[] = corpus.people;
const articles: SeedArticle[] = corpus.articles;
const events: SeedEvent[] = corpus.events;
const topics: SeedTopic[] = corpus.topics;
const forecasts: SeedForecast[] = corpus.forecasts;
const outcomes: SeedOutcome[] = corpus.outcomes;

const MIN_FORECASTS = 40;
const MIN_PER_ARTICLE = 3;

/** Probability of the event for a forecast, whatever its source. */
function probabilityOf(f: SeedForecast): number {
  return f.probability.source === "lexicon" ? LEXICON[f.probability.class].p : f.probability.value;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

const articleBySlug = new Map(articles.map((a) => [a.slug, a] as const));
const forecastByKey = new Map(forecasts.map((f) => [f.key, f] as const));

describe("seed corpus: schemas", () => {
  const cases = [
    ["outlet", outlets, seedOutlet, (r: { slug: string }) => r.slug],
    ["person", people, seedPerson, (r: { slug: string }) => r.slug],
    ["article", articles, seedArticle, (r: { slug: string }) => r.slug],
    ["event", events, seedEvent, (r: { slug: string }) => r.slug],
    ["topic", topics, seedTopic, (r: { slug: string }) => r.slug],
    ["forecast", forecasts, seedForecast, (r: { key: string }) => r.key],
    ["outcome", outcomes, seedOutcome, (r: { forecast: string }) => r.forecast],
  ] as const;

  for (const [kind, records, schema, name] of cases) {
    it(`every ${kind} parses`, () => {
      const problems: string[] = [];
      for (const record of records as readonly unknown[]) {
        const result = schema.safeParse(record);
        if (!result.success) {
          const why = result.error.issues.map((i) => `${i.path.join(".") || "(record)"}: ${i.message}`).join("; ");
          problems.push(`${kind} ${(name as (r: unknown) => string)(record)}: ${why}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("seed corpus: source texts", () => {
  it("every article's text exists and matches the shared copy byte for byte", () => {
    const problems: string[] = [];
    for (const a of articles) {
      const local = path.join(textsDir, a.sourceFile);
      if (!existsSync(local)) {
        problems.push(`article ${a.slug}: seeds/texts/${a.sourceFile} is missing`);
        continue;
      }
      const shared = path.join(sharedDir, a.sourceFile);
      if (existsSync(shared) && !readFileSync(local).equals(readFileSync(shared))) {
        problems.push(`article ${a.slug}: seeds/texts/${a.sourceFile} differs from ../shared/seeds/${a.sourceFile}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every quote is verbatim in the plain text of its article", () => {
    const plain = new Map<string, string>();
    for (const a of articles) {
      const file = path.join(textsDir, a.sourceFile);
      if (existsSync(file)) plain.set(a.slug, plainText(readFileSync(file, "utf8")));
    }
    const problems: string[] = [];
    for (const f of forecasts) {
      const text = plain.get(f.article);
      if (text === undefined) {
        problems.push(`${f.key}: no text for article '${f.article}'`);
        continue;
      }
      if (/\*/.test(f.quote)) problems.push(`${f.key}: quote contains markdown asterisks`);
      if (f.quote !== f.quote.trim()) problems.push(`${f.key}: quote has leading or trailing whitespace`);
      if (!locateQuote(text, f.quote)) problems.push(`${f.key}: quote not found verbatim in ${articleBySlug.get(f.article)?.sourceFile}: "${f.quote}"`);
    }
    expect(problems).toEqual([]);
  });

  it("the verbal expression of a lexicon probability is inside the quote", () => {
    const problems: string[] = [];
    for (const f of forecasts) {
      if (f.probability.source === "lexicon" && !f.quote.includes(f.probability.expression)) {
        problems.push(`${f.key}: expression "${f.probability.expression}" is not in the quote`);
      }
      if (f.probability.source === "stated" && !f.quote.includes(f.probability.expression)) {
        problems.push(`${f.key}: stated expression "${f.probability.expression}" is not in the quote`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("seed corpus: identity and references", () => {
  it("keys and slugs are unique", () => {
    const problems = [
      ...duplicates(outlets.map((o) => o.slug)).map((s) => `outlet slug ${s} is duplicated`),
      ...duplicates(people.map((p) => p.slug)).map((s) => `person slug ${s} is duplicated`),
      ...duplicates(articles.map((a) => a.slug)).map((s) => `article slug ${s} is duplicated`),
      ...duplicates(articles.map((a) => a.sourceFile)).map((s) => `article sourceFile ${s} is used twice`),
      ...duplicates(events.map((e) => e.slug)).map((s) => `event slug ${s} is duplicated`),
      ...duplicates(topics.map((t) => t.slug)).map((s) => `topic slug ${s} is duplicated`),
      ...duplicates(forecasts.map((f) => f.key)).map((s) => `forecast key ${s} is duplicated`),
      ...duplicates(outcomes.map((o) => o.forecast)).map((s) => `forecast ${s} has more than one seed outcome`),
    ];
    expect(problems).toEqual([]);
  });

  it("every reference resolves", () => {
    const outletSlugs = new Set(outlets.map((o) => o.slug));
    const personSlugs = new Set(people.map((p) => p.slug));
    const eventSlugs = new Set(events.map((e) => e.slug));
    const topicSlugs = new Set(topics.map((t) => t.slug));
    const problems: string[] = [];
    for (const a of articles) {
      if (a.outlet !== null && !outletSlugs.has(a.outlet)) problems.push(`article ${a.slug}: unknown outlet '${a.outlet}'`);
      if (a.originalOutlet !== null && !outletSlugs.has(a.originalOutlet)) problems.push(`article ${a.slug}: unknown original outlet '${a.originalOutlet}'`);
      for (const au of a.authors) if (!personSlugs.has(au.person)) problems.push(`article ${a.slug}: unknown author '${au.person}'`);
    }
    for (const f of forecasts) {
      if (!articleBySlug.has(f.article)) problems.push(`${f.key}: unknown article '${f.article}'`);
      if (!personSlugs.has(f.forecaster)) problems.push(`${f.key}: unknown forecaster '${f.forecaster}'`);
      if (f.event !== null && !eventSlugs.has(f.event)) problems.push(`${f.key}: unknown event '${f.event}'`);
      for (const t of f.topics) if (!topicSlugs.has(t)) problems.push(`${f.key}: unknown topic '${t}'`);
      if (new Set(f.topics).size !== f.topics.length) problems.push(`${f.key}: a topic is listed twice`);
    }
    for (const o of outcomes) if (!forecastByKey.has(o.forecast)) problems.push(`outcome: unknown forecast '${o.forecast}'`);
    expect(problems).toEqual([]);
  });

  it("every event, topic, outlet and person is used", () => {
    const used = {
      event: new Set(forecasts.map((f) => f.event).filter((e): e is string => e !== null)),
      topic: new Set(forecasts.flatMap((f) => f.topics)),
      outlet: new Set(articles.flatMap((a) => [a.outlet, a.originalOutlet]).filter((o): o is string => o !== null)),
      person: new Set([...forecasts.map((f) => f.forecaster), ...articles.flatMap((a) => a.authors.map((au) => au.person))]),
    };
    const problems = [
      ...events.filter((e) => !used.event.has(e.slug)).map((e) => `event ${e.slug}: no forecast refers to it`),
      ...topics.filter((t) => !used.topic.has(t.slug)).map((t) => `topic ${t.slug}: no forecast refers to it`),
      ...outlets.filter((o) => !used.outlet.has(o.slug)).map((o) => `outlet ${o.slug}: no article refers to it`),
      ...people.filter((p) => !used.person.has(p.slug)).map((p) => `person ${p.slug}: neither author nor forecaster`),
    ];
    expect(problems).toEqual([]);
  });
});

describe("seed corpus: forecasts", () => {
  it(`holds at least ${MIN_FORECASTS} forecasts and at least ${MIN_PER_ARTICLE} per article`, () => {
    const problems: string[] = [];
    if (forecasts.length < MIN_FORECASTS) problems.push(`only ${forecasts.length} forecasts (need ${MIN_FORECASTS})`);
    for (const a of articles) {
      const n = forecasts.filter((f) => f.article === a.slug).length;
      if (n < MIN_PER_ARTICLE) problems.push(`article ${a.slug}: only ${n} forecasts (need ${MIN_PER_ARTICLE})`);
    }
    expect(problems).toEqual([]);
  });

  it("each forecasts-NNN file holds the forecasts of article NNN only", () => {
    const files: Record<string, SeedForecast[]> = { "000": forecasts000, "001": forecasts001, "002": forecasts002, "003": forecasts003, "004": forecasts004 };
    const problems: string[] = [];
    for (const [nnn, list] of Object.entries(files)) {
      for (const f of list) {
        const file = articleBySlug.get(f.article)?.sourceFile ?? "";
        if (!file.startsWith(`${nnn}_`)) problems.push(`${f.key}: in forecasts-${nnn}.ts but its article's text is ${file || "unknown"}`);
        if (!f.key.startsWith(`${nnn}-`)) problems.push(`${f.key}: key should start with '${nnn}-'`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every forecast has a question, a made-on date, a deadline or a reason for none, and a sourced probability", () => {
    const problems: string[] = [];
    for (const f of forecasts) {
      if (!f.question.trim().endsWith("?")) problems.push(`${f.key}: the question does not end with '?'`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(f.madeOn)) problems.push(`${f.key}: madeOn '${f.madeOn}' is not a date`);
      if (f.madeOn > CORPUS_DATE) problems.push(`${f.key}: madeOn ${f.madeOn} is after the corpus date ${CORPUS_DATE}`);
      if (f.madeOnBasis === "inferred" && !f.madeOnNote?.trim()) problems.push(`${f.key}: an inferred madeOn needs a note`);
      if (f.deadlineBasis === "none") {
        if (f.deadline !== null) problems.push(`${f.key}: deadlineBasis 'none' but a deadline is set`);
        if (!f.deadlineNote?.trim()) problems.push(`${f.key}: deadlineBasis 'none' needs a reason in deadlineNote`);
      } else {
        if (f.deadline === null) problems.push(`${f.key}: deadlineBasis '${f.deadlineBasis}' but no deadline`);
        else if (f.deadline < f.madeOn) problems.push(`${f.key}: deadline ${f.deadline} is before madeOn ${f.madeOn}`);
        if (f.deadlineBasis === "inferred" && !f.deadlineNote?.trim()) problems.push(`${f.key}: an inferred deadline needs a note`);
      }
      if (f.probability.source !== "lexicon" && f.probability.source !== "stated") problems.push(`${f.key}: probability has no source`);
      if (f.probability.source === "lexicon" && !(f.probability.class in LEXICON)) problems.push(`${f.key}: unknown lexicon class '${f.probability.class}'`);
    }
    expect(problems).toEqual([]);
  });

  it("made-on dates agree with the article's dates", () => {
    const problems: string[] = [];
    for (const f of forecasts) {
      const a = articleBySlug.get(f.article);
      if (!a) continue;
      const latest = a.firstPublishedOn ?? a.publishedOn;
      if (latest && f.madeOn > latest) problems.push(`${f.key}: madeOn ${f.madeOn} is after the article appeared (${latest})`);
      if (f.madeOnBasis === "published" && f.madeOn !== a.publishedOn)
        problems.push(`${f.key}: madeOnBasis 'published' but the article's date is ${a.publishedOn}`);
      if (f.madeOnBasis === "first_published" && f.madeOn !== a.firstPublishedOn) {
        problems.push(`${f.key}: madeOnBasis 'first_published' but the article first appeared on ${a.firstPublishedOn}`);
      }
    }
    for (const a of articles) {
      if (a.firstPublishedOn && a.publishedOn && a.firstPublishedOn > a.publishedOn) problems.push(`article ${a.slug}: firstPublishedOn is after publishedOn`);
    }
    expect(problems).toEqual([]);
  });

  it("polarity agrees with the probability (a 'will not' forecast gives the event a low probability)", () => {
    const problems: string[] = [];
    for (const f of forecasts) {
      const p = probabilityOf(f);
      if (f.polarity === "negative" && p >= 0.5) problems.push(`${f.key}: polarity negative but p(event) = ${p}`);
      if (f.polarity === "positive" && p < 0.3)
        problems.push(`${f.key}: polarity positive but p(event) = ${p}; define the event positively and mark it negative`);
    }
    expect(problems).toEqual([]);
  });

  it("forecasts linked to the same event share their topic area", () => {
    const problems: string[] = [];
    for (const e of events) {
      const linked = forecasts.filter((f) => f.event === e.slug);
      const shared = linked.reduce<string[] | null>(
        (acc, f) => (acc === null ? [...f.topics] : acc.filter((t) => (f.topics as readonly string[]).includes(t))),
        null,
      );
      if (linked.length > 0 && shared !== null && shared.length === 0)
        problems.push(`event ${e.slug}: its forecasts (${linked.map((f) => f.key).join(", ")}) have no topic in common`);
    }
    expect(problems).toEqual([]);
  });
});

describe("seed corpus: outcomes", () => {
  it("outcomes are dated no later than the corpus date and agree with their forecasts", () => {
    const problems: string[] = [];
    for (const o of outcomes) {
      const f = forecastByKey.get(o.forecast);
      const who = `outcome of ${o.forecast}`;
      if (o.occurredOn !== null && o.occurredOn > CORPUS_DATE) problems.push(`${who}: occurredOn ${o.occurredOn} is after the corpus date ${CORPUS_DATE}`);
      if ((o.status === "yes" || o.status === "no" || o.status === "condition_not_met") && o.evidence.length === 0)
        problems.push(`${who}: status '${o.status}' needs evidence`);
      if (!f) continue;
      if (o.occurredOn !== null && o.occurredOn < f.madeOn) problems.push(`${who}: occurredOn ${o.occurredOn} is before the forecast was made (${f.madeOn})`);
      if (o.status === "yes" && o.occurredOn === null) problems.push(`${who}: a 'yes' needs the date it happened`);
      if (o.status === "yes" && f.deadline !== null && o.occurredOn !== null && o.occurredOn > f.deadline) {
        problems.push(`${who}: happened on ${o.occurredOn}, after the deadline ${f.deadline}, so it is not a 'yes'`);
      }
      if (o.status === "condition_not_met" && f.condition === null) problems.push(`${who}: 'condition_not_met' but the forecast has no condition`);
      // 'no' (or a condition that never came) is only known once the deadline has passed, unless a note says why it is settled early.
      const settledEarly = o.status === "no" || o.status === "condition_not_met";
      if (settledEarly && (f.deadline === null || f.deadline > CORPUS_DATE) && !o.note?.trim()) {
        problems.push(`${who}: '${o.status}' before the deadline (${f.deadline ?? "none"}) needs a note saying why it is already settled`);
      }
    }
    expect(problems).toEqual([]);
  });
});
