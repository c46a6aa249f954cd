import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getForecastById } from "@/db/queries/forecasts";
import { getRevisionHistory } from "@/db/queries/revisions";
import { auditLog, forecastRevisions, forecasts } from "@/db/schema";
import type { AppError } from "@/lib/http/errors";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import { seededWithAccounts } from "@/test/auth";
import { correctForecast } from "./correct-forecast";

vi.mock("server-only", () => ({}));

// Seed forecast 36: "Will China give Iran unrestricted military support by 7 Mar 2030?",
// lexicon class UNLIKELY (20%), deadline inferred, made 7 Mar 2025.
const ID = 36;

let ctx: Awaited<ReturnType<typeof seededWithAccounts>>;
beforeAll(async () => {
  ctx = await seededWithAccounts();
});
afterAll(() => ctx.cleanup());

const version = (id = ID) => ctx.db.select({ v: forecasts.version }).from(forecasts).where(eq(forecasts.id, id)).get()!.v;
const revisions = () => ctx.db.select({ n: count() }).from(forecastRevisions).get()!.n;

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    return err as AppError;
  }
  throw new Error("expected an error");
}

describe("who may correct a forecast", () => {
  it("refuses anonymous callers (401) and readers (403), writing nothing", () => {
    const input = { question: "Will China give Iran unlimited military support by 7 Mar 2030?", reason: "typo", expectedVersion: version() };
    expect(caught(() => correctForecast(ctx.db, null, ID, input)).status).toBe(401);
    expect(caught(() => correctForecast(ctx.db, ctx.accounts.reader.actor, ID, input)).status).toBe(403);
    expect(revisions()).toBe(0);
  });

  it("lets an admin correct too", () => {
    const r = correctForecast(ctx.db, ctx.accounts.admin.actor, 39, {
      deadlineNote: "Read as the Trump administration's term, ending 20 Jan 2029.",
      reason: "Clearer note",
      expectedVersion: version(39),
    });
    expect(r.editedBy.name).toBe("Test admin");
  });
});

describe("a correction", () => {
  it("keeps before and after values with the reason, bumps the version and logs it", () => {
    const v0 = version();
    const r = correctForecast(ctx.db, ctx.accounts.editor.actor, ID, {
      deadline: "2029-12-31",
      deadlineBasis: "inferred",
      reason: "The horizon is the end of the decade's plan.",
      expectedVersion: v0,
    });
    expect(r.version).toBe(v0 + 1);
    expect(r.changes).toEqual({ deadline: { from: "2030-03-07", to: "2029-12-31" } });
    expect(getForecastById(ctx.db, ID)!.deadline).toBe("2029-12-31");
    expect(ctx.db.select().from(auditLog).where(eq(auditLog.action, "forecast.correct")).all().at(-1)).toMatchObject({
      userId: ctx.accounts.editor.actor.id,
      entityId: String(ID),
    });
  });

  it("recomputes the lexicon fields when the class changes, and can switch to a stated number", () => {
    correctForecast(ctx.db, ctx.accounts.editor.actor, ID, {
      probability: { source: "lexicon", class: "POSSIBLE" },
      reason: "'keine Anzeichen' read too strongly",
      expectedVersion: version(),
    });
    let f = getForecastById(ctx.db, ID)!;
    expect(f).toMatchObject({
      probability: 0.4,
      probabilityRange: [0.25, 0.5],
      lexiconClass: "POSSIBLE",
      lexiconVersion: "v0",
      lowInformation: true,
      probabilitySource: "lexicon",
    });
    correctForecast(ctx.db, ctx.accounts.editor.actor, ID, {
      probability: { source: "stated", value: 0.15 },
      reason: "The text gives 15%",
      expectedVersion: version(),
    });
    f = getForecastById(ctx.db, ID)!;
    expect(f).toMatchObject({ probability: 0.15, probabilityRange: [0.15, 0.15], lexiconClass: null, lowInformation: false, probabilitySource: "stated" });
    const last = getRevisionHistory(ctx.db, ID)[0]!;
    expect(Object.keys(last.changes).sort()).toEqual(
      ["lexiconClass", "lexiconVersion", "lowInformation", "probability", "probabilityHigh", "probabilityLow", "probabilitySource"].sort(),
    );
  });

  it("shares the version with outcomes: an outcome recorded meanwhile makes the correction stale (409)", () => {
    const seen = version();
    recordOutcome(ctx.db, ctx.accounts.editor2.actor, ID, { status: "ambiguous", evidence: [], expectedVersion: seen }, { now: "2026-11-21" });
    const err = caught(() =>
      correctForecast(ctx.db, ctx.accounts.editor.actor, ID, {
        question: "Will China give Iran full military support by 7 Mar 2030?",
        reason: "wording",
        expectedVersion: seen,
      }),
    );
    expect(err.status).toBe(409);
    expect((err.details!.current as { changes: { summary: string }[] }).changes[0]!.summary).toMatch(/Test editor2 recorded the outcome “ambiguous”/);
  });

  it("refuses to update or delete a revision (append-only)", () => {
    expect(() => ctx.db.delete(forecastRevisions).run()).toThrow(/append-only/);
  });
});

describe("bad input, field by field", () => {
  const fieldsOf = (input: Record<string, unknown>) =>
    caught(() => correctForecast(ctx.db, ctx.accounts.editor.actor, 32, { reason: "fix", expectedVersion: version(32), ...input })).fields?.map((f) => f.field);

  it("quote: not empty, verbatim in the article", () => {
    expect(fieldsOf({ quote: "  " })).toEqual(["quote"]);
    expect(fieldsOf({ quote: "Diese Worte stehen nicht im Artikel." })).toEqual(["quote"]);
  });
  it("question: a full yes/no question", () => {
    expect(fieldsOf({ question: "Gas?" })).toEqual(["question"]);
    expect(fieldsOf({ question: "Russia's deliveries to China reach 98 bcm by 2030." })).toEqual(["question"]);
  });
  it("deadline, its basis and note agree, and the deadline is not before the forecast", () => {
    expect(fieldsOf({ deadline: "2030-13-01" })).toEqual(["deadline"]);
    expect(fieldsOf({ deadline: "2020-01-01" })).toEqual(["deadline"]);
    expect(fieldsOf({ deadline: null })).toEqual(["deadlineBasis"]);
    expect(fieldsOf({ deadlineBasis: "none" })).toEqual(["deadlineBasis"]);
    expect(fieldsOf({ deadlineBasis: "guessed" })).toEqual(["deadlineBasis"]);
    expect(fieldsOf({ deadlineBasis: "inferred", deadlineNote: "" })).toEqual(["deadlineNote"]);
  });
  it("probability: a lexicon class or a number in [0, 1]", () => {
    expect(fieldsOf({ probability: { source: "lexicon", class: "SOMEWHAT" } })).toEqual(["probability.class"]);
    expect(fieldsOf({ probability: { source: "stated", value: 1.2 } })).toEqual(["probability.value"]);
    expect(fieldsOf({ probability: 0.5 })).toEqual(["probability"]);
  });
  it("verbalExpression, reason, expectedVersion, unknown fields", () => {
    expect(fieldsOf({ verbalExpression: "w".repeat(201) })).toEqual(["verbalExpression"]);
    expect(fieldsOf({ reason: " " })).toEqual(["reason"]);
    expect(fieldsOf({ expectedVersion: "2" })).toEqual(["expectedVersion"]);
    expect(fieldsOf({ madeOn: "2020-01-01" })).toEqual(["madeOn"]);
  });
  it("a correction that changes nothing", () => {
    expect(
      caught(() => correctForecast(ctx.db, ctx.accounts.editor.actor, 32, { deadline: "2030-12-31", reason: "same", expectedVersion: version(32) })).status,
    ).toBe(422);
  });
});
