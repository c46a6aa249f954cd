import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DB } from "@/db/client";
import { exportForecasts } from "@/db/queries/forecasts";
import { articleAuthors, articles, auditLog, events, forecasts, outlets, people, topics } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/http/errors";
import { LEXICON, LEXICON_VERSION } from "@/lib/lexicon/lexicon";
import { seededWithAccounts } from "@/test/auth";
import { OSTSEE_TEXT, QUOTES, validSubmission } from "@/test/intake-fixture";
import { saveArticleWithForecasts } from "./save-article";

vi.mock("server-only", () => ({}));

const NOW = "2026-11-21";
let ctx: Awaited<ReturnType<typeof seededWithAccounts>>;
let db: DB;
let editor: Actor;
beforeAll(async () => {
  ctx = await seededWithAccounts();
  db = ctx.db;
  editor = ctx.accounts.editor.actor;
});
afterAll(() => ctx.cleanup());

/** Row counts of everything the intake writes: equal before and after a refused submission. */
function counts() {
  const n = (
    t: typeof articles | typeof forecasts | typeof people | typeof outlets | typeof topics | typeof events | typeof auditLog | typeof articleAuthors,
  ) => db.select({ n: count() }).from(t).get()!.n;
  return {
    articles: n(articles),
    forecasts: n(forecasts),
    people: n(people),
    outlets: n(outlets),
    topics: n(topics),
    events: n(events),
    audit: n(auditLog),
    authors: n(articleAuthors),
  };
}

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected the submission to be refused");
}

/** A fresh copy of the valid submission with a unique title (each test makes its own article). */
let serial = 0;
function submission() {
  const s = validSubmission();
  s.article.title = `${s.article.title} (${++serial})`;
  return s;
}

describe("saveArticleWithForecasts", () => {
  it("saves the article, its outlet, authors, forecasters, forecasts, topics and event together, with the audit log", () => {
    const before = counts();
    const saved = saveArticleWithForecasts(db, editor, submission(), { now: NOW });
    expect(saved.article.slug).toMatch(/^der-lange-winter-der-ostsee-haefen-\d+$/);
    expect(saved.article.language).toBe("de"); // detected: the submission gave none
    expect(saved.forecasts.map((f) => f.key)).toEqual([1, 2, 3].map((n) => `intake-${saved.article.slug}-${n}`));

    const after = counts();
    expect(after.articles - before.articles).toBe(1);
    expect(after.forecasts - before.forecasts).toBe(3);
    expect(after.outlets - before.outlets).toBe(1);
    expect(after.people - before.people).toBe(3); // Jana Berger (author and forecaster, once), Anke Sommer, the Verband
    expect(after.topics - before.topics).toBe(1); // "Baltic ports" is new; the second forecast names it by slug
    expect(after.events - before.events).toBe(1);
    expect(after.audit - before.audit).toBe(4);

    const article = db.select().from(articles).where(eq(articles.slug, saved.article.slug)).get()!;
    expect(article.body).toBe(OSTSEE_TEXT.trim());
    expect(article.publishedOn).toBe("2026-11-02");
    expect(article.provenanceNote).toContain(editor.name);
    expect(article.provenanceNote).toContain("detected");

    const items = exportForecasts(db, { article: saved.article.slug });
    expect(items.map((f) => f.quote)).toEqual([QUOTES.terminal, QUOTES.containers, QUOTES.timetable]);
    const [terminal, containers, timetable] = items;
    expect(terminal).toMatchObject({
      forecaster: { name: "Jana Berger", kind: "person" },
      attribution: "own",
      language: "de",
      madeOn: "2026-11-02",
      madeOnBasis: "published",
      deadline: "2030-12-31",
      deadlineBasis: "stated",
      probabilitySource: "lexicon",
      lexiconClass: "NOT_RULED_OUT",
      lexiconVersion: LEXICON_VERSION,
      probability: LEXICON.NOT_RULED_OUT.p,
      probabilityRange: [LEXICON.NOT_RULED_OUT.lo, LEXICON.NOT_RULED_OUT.hi],
      lowInformation: true,
      verbalExpression: "nicht auszuschließen",
      article: { outlet: "Ostsee-Kurier" },
    });
    expect(terminal!.article.authors.map((a) => a.name)).toEqual(["Jana Berger"]);
    expect([...terminal!.topics].sort()).toEqual(["baltic-ports", "energy"]);
    expect(containers).toMatchObject({ forecaster: { name: "Anke Sommer" }, attribution: "reported", probability: 0.7, lowInformation: false });
    expect(containers!.eventId).not.toBeNull();
    expect(timetable).toMatchObject({
      forecaster: { name: "Verband der Ostseehäfen", kind: "institution" },
      polarity: "negative",
      probability: LEXICON.UNLIKELY.p,
    });

    const log = db.select().from(auditLog).where(eq(auditLog.userId, editor.id)).all();
    expect(log.find((e) => e.action === "article.create" && e.entityId === String(saved.article.id))?.detail).toMatchObject({
      via: "intake",
      forecastIds: saved.forecasts.map((f) => f.id),
    });
    expect(log.filter((e) => e.action === "forecast.create" && saved.forecasts.some((f) => String(f.id) === e.entityId))).toHaveLength(3);
  });

  it("uses existing records by slug, and an existing person of the same name instead of a second one", () => {
    const s = submission();
    s.article.outlet = { slug: "kenfm" };
    s.article.language = "de";
    s.forecasts[0]!.forecaster = { slug: "dmitry-peskov" };
    s.forecasts[0]!.attribution = "quoted";
    s.forecasts[1]!.forecaster = { name: "vladimir putin", kind: "person" };
    s.forecasts[2]!.event = { slug: "russia-germany-alliance" };
    const before = counts();
    const saved = saveArticleWithForecasts(db, editor, s, { now: NOW });
    const items = exportForecasts(db, { article: saved.article.slug });
    expect(items.map((f) => f.forecaster.name)).toEqual(["Dmitry Peskov", "Vladimir Putin", "Verband der Ostseehäfen"]);
    expect(items[0]!.article.outlet).toBe("KenFM");
    expect(counts().outlets).toBe(before.outlets);
    expect(counts().people).toBe(before.people); // Jana Berger and the Verband exist since the first test
  });

  it("lists the authors in the order the editor gave them, not by when each person was first stored", () => {
    const s = submission();
    // Jana Berger was created by the first test, after the seed's Richard Palmer.
    s.article.authors = [
      { person: { slug: "jana-berger" }, role: "author" },
      { person: { slug: "richard-palmer" }, role: "translator" },
    ];
    const saved = saveArticleWithForecasts(db, editor, s, { now: NOW });
    const [f] = exportForecasts(db, { article: saved.article.slug });
    expect(f!.article.authors.map((a) => `${a.name} (${a.role})`)).toEqual(["Jana Berger (author)", "Richard Palmer (translator)"]);
  });

  it("takes madeOn from the first-published date when there is one, and a stated number as its own point", () => {
    const s = submission();
    s.article.firstPublishedOn = "2026-10-30";
    s.forecasts = [{ ...s.forecasts[0]!, probability: { source: "stated", value: 0.25, expression: "nicht auszuschließen" } }];
    const saved = saveArticleWithForecasts(db, editor, s, { now: NOW });
    const [f] = exportForecasts(db, { article: saved.article.slug });
    expect(f).toMatchObject({
      madeOn: "2026-10-30",
      madeOnBasis: "first_published",
      probability: 0.25,
      probabilityRange: [0.25, 0.25],
      probabilitySource: "stated",
      lexiconClass: null,
      lowInformation: false,
    });
  });

  it("saves an article without forecasts, and refuses the same article (title and text) twice", () => {
    const s = submission();
    s.forecasts = [];
    expect(saveArticleWithForecasts(db, editor, s, { now: NOW }).forecasts).toEqual([]);
    const before = counts();
    const err = refusal(() => saveArticleWithForecasts(db, editor, s, { now: NOW }));
    expect(err.fields).toContainEqual(expect.objectContaining({ field: "article.title", message: expect.stringContaining("already in the ledger") }));
    expect(counts()).toEqual(before);
  });

  it("refuses a quote that is not verbatim in the text, even while other fields are wrong too", () => {
    const before = counts();
    const s = submission();
    s.forecasts[1]!.quote = QUOTES.containers.replace("Drittel", "Viertel");
    const err = refusal(() => saveArticleWithForecasts(db, editor, s, { now: NOW }));
    expect(err.status).toBe(422);
    expect(err.fields).toEqual([{ field: "forecasts.1.quote", message: expect.stringContaining("not found verbatim") }]);

    s.forecasts[0]!.question = "no question mark";
    const both = refusal(() => saveArticleWithForecasts(db, editor, s, { now: NOW }));
    expect(both.fields?.map((f) => f.field).sort()).toEqual(["forecasts.0.question", "forecasts.1.quote"]);
    expect(counts()).toEqual(before);
  });

  type Mutate = (s: ReturnType<typeof validSubmission>) => void;
  const f0 = (s: ReturnType<typeof validSubmission>) => s.forecasts[0]!;
  const cases: [string, Mutate, string][] = [
    ["an empty title", (s) => void (s.article.title = "  "), "article.title"],
    ["an empty text", (s) => void (s.article.body = ""), "article.body"],
    ["a javascript: URL", (s) => void (s.article.url = "javascript:alert(1)"), "article.url"],
    ["an impossible page date", (s) => void (s.article.publishedOn = "2026-02-30"), "article.publishedOn"],
    ["a page date in the future", (s) => void (s.article.publishedOn = "2027-01-01"), "article.publishedOn"],
    ["a first-published date after the page date", (s) => void (s.article.firstPublishedOn = "2026-11-05"), "article.firstPublishedOn"],
    ["an original outlet without a first-published date", (s) => void (s.article.originalOutlet = { slug: "rt-deutsch" }), "article.originalOutlet"],
    ["a language Hindsight has no lexicon for", (s) => void (s.article.language = "fr"), "article.language"],
    ["a new outlet without a name", (s) => void (s.article.outlet = { site: "x.example" }), "article.outlet.name"],
    ["an unknown outlet", (s) => void (s.article.outlet = { slug: "no-such-outlet" }), "article.outlet.slug"],
    ["a new author without a kind", (s) => void (s.article.authors = [{ person: { name: "Jana Berger" } }]), "article.authors.0.person.kind"],
    ["an unknown author", (s) => void (s.article.authors = [{ person: { slug: "nobody-here" } }]), "article.authors.0.person.slug"],
    ["an unknown article field", (s) => void (s.article.colour = "red"), "article.colour"],
    ["no forecaster", (s) => void (f0(s).forecaster = {}), "forecasts.0.forecaster.name"],
    ["an unknown forecaster", (s) => void (f0(s).forecaster = { slug: "nobody-here" }), "forecasts.0.forecaster.slug"],
    ["an unknown attribution", (s) => void (f0(s).attribution = "hearsay"), "forecasts.0.attribution"],
    ["an empty quote", (s) => void (f0(s).quote = " "), "forecasts.0.quote"],
    ["a question without a question mark", (s) => void (f0(s).question = "The port opens a second terminal by 2030."), "forecasts.0.question"],
    ["no question", (s) => void delete f0(s).question, "forecasts.0.question"],
    ["an unknown polarity", (s) => void (f0(s).polarity = "maybe"), "forecasts.0.polarity"],
    ["resolution criteria too short", (s) => void (f0(s).resolutionCriteria = "YES if"), "forecasts.0.resolutionCriteria"],
    ["an impossible made-on date", (s) => void (f0(s).madeOn = "2026-13-01"), "forecasts.0.madeOn"],
    ["a made-on date in the future", (s) => void Object.assign(f0(s), { madeOn: "2026-12-01", madeOnBasis: "statement" }), "forecasts.0.madeOn"],
    ["a made-on date of unknown basis", (s) => void (f0(s).madeOn = "2026-10-01"), "forecasts.0.madeOnBasis"],
    ["an inferred made-on date without a note", (s) => void Object.assign(f0(s), { madeOn: "2026-10-01", madeOnBasis: "inferred" }), "forecasts.0.madeOnNote"],
    ["no date at all", (s) => void (s.article.publishedOn = null), "forecasts.0.madeOn"],
    ["a stated deadline without a date", (s) => void (f0(s).deadline = null), "forecasts.0.deadline"],
    ["a date with basis none", (s) => void Object.assign(f0(s), { deadlineBasis: "none", deadlineNote: "open-ended" }), "forecasts.0.deadline"],
    ["an inferred deadline without a note", (s) => void (f0(s).deadlineBasis = "inferred"), "forecasts.0.deadlineNote"],
    ["no deadline without a reason", (s) => void Object.assign(f0(s), { deadline: null, deadlineBasis: "none" }), "forecasts.0.deadlineNote"],
    ["a deadline before the forecast was made", (s) => void (f0(s).deadline = "2026-01-01"), "forecasts.0.deadline"],
    ["an unknown deadline basis", (s) => void (f0(s).deadlineBasis = "guessed"), "forecasts.0.deadlineBasis"],
    [
      "an unknown lexicon class",
      (s) => void (f0(s).probability = { source: "lexicon", class: "SOMETIMES", expression: "nicht auszuschließen" }),
      "forecasts.0.probability.class",
    ],
    [
      "a stated probability above 1",
      (s) => void (f0(s).probability = { source: "stated", value: 1.5, expression: "nicht auszuschließen" }),
      "forecasts.0.probability.value",
    ],
    ["a probability without its source", (s) => void (f0(s).probability = { class: "LIKELY" }), "forecasts.0.probability.source"],
    [
      "numbers sent with a lexicon class",
      (s) => void (f0(s).probability = { source: "lexicon", class: "NOT_RULED_OUT", expression: "nicht auszuschließen", p: 0.99 }),
      "forecasts.0.probability.p",
    ],
    [
      "likelihood words that are not in the quote",
      (s) => void (f0(s).probability = { source: "lexicon", class: "LIKELY", expression: "wahrscheinlich" }),
      "forecasts.0.probability.expression",
    ],
    ["no topic", (s) => void (f0(s).topics = []), "forecasts.0.topics"],
    ["an unknown shared event", (s) => void (f0(s).event = { slug: "no-such-event" }), "forecasts.0.event.slug"],
    ["a new event without a title", (s) => void (f0(s).event = {}), "forecasts.0.event.title"],
    [
      "the same quote twice",
      (s) => void (s.forecasts[1] = { ...f0(s), question: "Will Rostock open its second deep-water terminal by 2030?" }),
      "forecasts.1.quote",
    ],
    ["an unknown forecast field", (s) => void (f0(s).score = 0.9), "forecasts.0.score"],
  ];

  it.each(cases)("refuses %s with a 422 naming the field, writing nothing", (_name, mutate, field) => {
    const s = submission();
    mutate(s);
    const before = counts();
    const err = refusal(() => saveArticleWithForecasts(db, editor, s, { now: NOW }));
    expect(err.status).toBe(422);
    expect(err.fields?.map((f) => f.field)).toContain(field);
    expect(err.fields?.find((f) => f.field === field)?.message).toBeTruthy();
    expect(counts()).toEqual(before);
  });

  it("refuses a text whose language cannot be told when none is given", () => {
    const s = submission();
    s.article.body = "1234 5678 — 2030!";
    s.forecasts = [];
    expect(refusal(() => saveArticleWithForecasts(db, editor, s, { now: NOW })).fields).toContainEqual(expect.objectContaining({ field: "article.language" }));
  });

  it("refuses anonymous callers (401) and readers (403); editors and admins may save", () => {
    const before = counts();
    expect(refusal(() => saveArticleWithForecasts(db, null, submission(), { now: NOW })).status).toBe(401);
    expect(refusal(() => saveArticleWithForecasts(db, ctx.accounts.reader.actor, submission(), { now: NOW })).status).toBe(403);
    expect(counts()).toEqual(before);
    expect(saveArticleWithForecasts(db, ctx.accounts.admin.actor, submission(), { now: NOW }).forecasts).toHaveLength(3);
    expect(saveArticleWithForecasts(db, editor, submission(), { now: NOW }).forecasts).toHaveLength(3);
  });
});
