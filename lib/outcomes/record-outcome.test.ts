import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getForecastById } from "@/db/queries/forecasts";
import { getOutcomeHistory } from "@/db/queries/outcomes";
import { auditLog, forecasts, outcomes } from "@/db/schema";
import type { AppError } from "@/lib/http/errors";
import { seededWithAccounts } from "@/test/auth";
import { recordOutcome, resolveEventTogether, retractOutcome } from "./record-outcome";

vi.mock("server-only", () => ({}));

const NOW = "2026-11-21";
// Seed forecasts (ids are stable in a fresh database): 11 is past its deadline (20 Jan 2021) with
// no outcome, made 14 Feb 2017; 13 has a condition and no deadline; 1 already has an outcome.
const DUE = 11;

let ctx: Awaited<ReturnType<typeof seededWithAccounts>>;
beforeAll(async () => {
  ctx = await seededWithAccounts();
});
afterAll(() => ctx.cleanup());

const version = (id: number) => ctx.db.select({ v: forecasts.version }).from(forecasts).where(eq(forecasts.id, id)).get()!.v;
const outcomeCount = () => ctx.db.select({ n: count() }).from(outcomes).get()!.n;
const valid = (id: number, extra: Record<string, unknown> = {}) => ({
  status: "no",
  occurredOn: "2021-01-20",
  evidence: [{ url: "https://example.org/report", citation: "Report of 20 Jan 2021" }],
  note: "Nothing of the kind happened in the term.",
  expectedVersion: version(id),
  ...extra,
});

function caught(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    return err as AppError;
  }
  throw new Error("expected an error");
}

describe("who may record an outcome", () => {
  it("refuses anonymous callers with 401 and readers with 403, writing nothing", () => {
    const before = outcomeCount();
    expect(caught(() => recordOutcome(ctx.db, null, DUE, valid(DUE), { now: NOW })).status).toBe(401);
    expect(caught(() => recordOutcome(ctx.db, ctx.accounts.reader.actor, DUE, valid(DUE), { now: NOW })).status).toBe(403);
    expect(caught(() => retractOutcome(ctx.db, ctx.accounts.reader.actor, 1, { reason: "x", expectedVersion: version(1) })).status).toBe(403);
    expect(caught(() => resolveEventTogether(ctx.db, null, 6, {}, { now: NOW })).status).toBe(401);
    expect(caught(() => resolveEventTogether(ctx.db, ctx.accounts.reader.actor, 6, {}, { now: NOW })).status).toBe(403);
    expect(outcomeCount()).toBe(before);
  });

  it("lets editors and admins record, attributing each record", () => {
    const byEditor = recordOutcome(ctx.db, ctx.accounts.editor.actor, 17, valid(17, { status: "yes", occurredOn: "2017-03-01" }), { now: NOW });
    expect(byEditor.recordedBy.name).toBe("Test editor");
    const byAdmin = recordOutcome(ctx.db, ctx.accounts.admin.actor, 18, valid(18), { now: NOW });
    expect(byAdmin.recordedBy.name).toBe("Test admin");
  });
});

describe("recording, correcting and retracting", () => {
  it("appends a record, moves the current outcome and the version, and logs who did it", () => {
    const v0 = version(DUE);
    const record = recordOutcome(ctx.db, ctx.accounts.editor.actor, DUE, valid(DUE), { now: NOW });
    expect(record).toMatchObject({ status: "no", occurredOn: "2021-01-20", version: v0 + 1, supersedesId: null, retraction: false });
    const f = getForecastById(ctx.db, DUE)!;
    expect(f.version).toBe(v0 + 1);
    expect(f.outcome?.status).toBe("no");
    const audit = ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, String(DUE)))
      .all()
      .at(-1)!;
    expect(audit).toMatchObject({ action: "outcome.record", userId: ctx.accounts.editor.actor.id });
  });

  it("requires a reason to supersede, then keeps both records", () => {
    const err = caught(() => recordOutcome(ctx.db, ctx.accounts.editor.actor, DUE, valid(DUE, { status: "yes", occurredOn: "2019-05-01" }), { now: NOW }));
    expect(err.status).toBe(422);
    expect(err.fields).toEqual([expect.objectContaining({ field: "reason" })]);
    const first = getOutcomeHistory(ctx.db, DUE)[0]!;
    const correction = recordOutcome(
      ctx.db,
      ctx.accounts.editor2.actor,
      DUE,
      valid(DUE, { status: "yes", occurredOn: "2019-05-01", reason: "Misread the record: concessions were made in 2019." }),
      { now: NOW },
    );
    expect(correction.supersedesId).toBe(first.id);
    const history = getOutcomeHistory(ctx.db, DUE);
    expect(history.map((h) => h.status)).toEqual(["yes", "no"]);
    expect(getForecastById(ctx.db, DUE)!.outcome?.status).toBe("yes");
  });

  it("retracts: a new record with its reason, and the forecast is unresolved (due) again", () => {
    const rec = retractOutcome(ctx.db, ctx.accounts.editor.actor, DUE, { reason: "Recorded on the wrong forecast.", expectedVersion: version(DUE) });
    expect(rec).toMatchObject({ retraction: true, status: "yes", reason: "Recorded on the wrong forecast." });
    expect(getForecastById(ctx.db, DUE)!.outcome).toBeNull();
    expect(getOutcomeHistory(ctx.db, DUE)).toHaveLength(3);
    const again = caught(() => retractOutcome(ctx.db, ctx.accounts.editor.actor, DUE, { reason: "twice", expectedVersion: version(DUE) }));
    expect(again.status).toBe(422);
    // Recording after a retraction supersedes the retraction, so it needs a reason too.
    const rerecord = recordOutcome(ctx.db, ctx.accounts.editor.actor, DUE, valid(DUE, { reason: "Recorded on the right forecast now." }), { now: NOW });
    expect(rerecord.supersedesId).toBe(rec.id);
    expect(getForecastById(ctx.db, DUE)!.outcome?.status).toBe("no");
  });

  it("refuses to update or delete an outcome record (append-only)", () => {
    expect(() => ctx.db.update(outcomes).set({ status: "yes" }).where(eq(outcomes.forecastId, DUE)).run()).toThrow(/append-only/);
    expect(() => ctx.db.delete(outcomes).where(eq(outcomes.forecastId, DUE)).run()).toThrow(/append-only/);
  });
});

describe("a stale view", () => {
  it("gets 409 with the current record, the version and what changed; nothing is written", () => {
    const seen = version(26);
    recordOutcome(ctx.db, ctx.accounts.editor.actor, 26, valid(26, { status: "no", occurredOn: "2026-02-09" }), { now: NOW });
    const before = outcomeCount();
    const err = caught(() =>
      recordOutcome(ctx.db, ctx.accounts.editor2.actor, 26, { ...valid(26, { status: "yes", occurredOn: "2026-01-01" }), expectedVersion: seen }, { now: NOW }),
    );
    expect(err.status).toBe(409);
    const current = err.details?.current as { version: number; outcome: { status: string; recordedBy: { name: string } }; changes: { summary: string }[] };
    expect(current.version).toBe(seen + 1);
    expect(current.outcome).toMatchObject({ status: "no", recordedBy: { name: "Test editor" } });
    expect(current.changes).toHaveLength(1);
    expect(current.changes[0]!.summary).toMatch(/Test editor recorded the outcome “did not happen”/);
    expect(err.message).toMatch(/you saw version 1, it is now at version 2/);
    expect(outcomeCount()).toBe(before);
  });
});

describe("bad input, field by field", () => {
  const fieldsOf = (input: unknown, id = 32) =>
    caught(() => recordOutcome(ctx.db, ctx.accounts.editor.actor, id, input, { now: NOW })).fields?.map((f) => f.field);

  it("status", () => {
    expect(fieldsOf(valid(32, { status: "maybe" }))).toEqual(["status"]);
    expect(fieldsOf({ ...valid(32), status: undefined })).toEqual(["status"]);
  });
  it("occurredOn: format, real date, future, before the forecast, yes after the deadline, required for yes/no", () => {
    expect(fieldsOf(valid(32, { occurredOn: "21/01/2026" }))).toEqual(["occurredOn"]);
    expect(fieldsOf(valid(32, { occurredOn: "2026-02-30" }))).toEqual(["occurredOn"]);
    expect(fieldsOf(valid(32, { occurredOn: "2026-11-22" }))).toEqual(["occurredOn"]);
    expect(fieldsOf(valid(32, { occurredOn: null }))).toEqual(["occurredOn"]);
    expect(fieldsOf(valid(32, { occurredOn: "2020-01-01" }))).toEqual(["occurredOn"]); // made 7 Mar 2025
    expect(fieldsOf(valid(18, { status: "yes", occurredOn: "2021-06-01" }), 18)).toEqual(["reason", "occurredOn"]); // deadline 20 Jan 2021 (and 18 has a record)
  });
  it("evidence: required for yes/no, a list, http(s) URLs, a URL or a citation per source, at most 20", () => {
    expect(fieldsOf(valid(32, { evidence: [] }))).toEqual(["evidence"]);
    expect(fieldsOf(valid(32, { evidence: "https://example.org" }))).toEqual(["evidence"]);
    expect(fieldsOf(valid(32, { evidence: [{ url: "javascript:alert(1)", citation: "x" }] }))).toEqual(["evidence.0.url"]);
    expect(fieldsOf(valid(32, { evidence: [{ url: "not a url" }] }))).toEqual(["evidence.0.url"]);
    expect(fieldsOf(valid(32, { evidence: [{ citation: "ok" }, {}] }))).toEqual(["evidence.1.citation"]);
    expect(fieldsOf(valid(32, { evidence: [{ citation: "ok", source: "x" }] }))).toEqual(["evidence.0.source"]);
    expect(fieldsOf(valid(32, { evidence: Array.from({ length: 21 }, () => ({ citation: "c" })) }))).toEqual(["evidence"]);
  });
  it("note and reason: text of bounded length", () => {
    expect(fieldsOf(valid(32, { note: "n".repeat(2001) }))).toEqual(["note"]);
    expect(fieldsOf(valid(32, { note: 42 }))).toEqual(["note"]);
    expect(fieldsOf(valid(32, { reason: "r".repeat(1001) }))).toEqual(["reason"]);
  });
  it("expectedVersion: a whole number of 1 or more", () => {
    expect(fieldsOf({ ...valid(32), expectedVersion: undefined })).toEqual(["expectedVersion"]);
    expect(fieldsOf(valid(32, { expectedVersion: "1" }))).toEqual(["expectedVersion"]);
    expect(fieldsOf(valid(32, { expectedVersion: 1.5 }))).toEqual(["expectedVersion"]);
    expect(fieldsOf(valid(32, { expectedVersion: 0 }))).toEqual(["expectedVersion"]);
  });
  it("unknown fields and non-objects", () => {
    expect(fieldsOf(valid(32, { colour: "red" }))).toEqual(["colour"]);
    expect(fieldsOf("yes")).toEqual(["input"]);
  });
  it("status that does not fit the forecast: condition not met without a condition", () => {
    expect(fieldsOf(valid(32, { status: "condition_not_met", evidence: [], occurredOn: null }))).toEqual(["status"]);
  });
  it("answers 404 for a forecast that does not exist", () => {
    expect(caught(() => recordOutcome(ctx.db, ctx.accounts.editor.actor, 999_999, valid(32), { now: NOW })).status).toBe(404);
  });
});

describe("resolving a shared event's forecasts together", () => {
  // Event 6: forecasts 43, 47 and 48 (US Article 5 for troops in Ukraine), all open.
  const input = (ids: number[], extra: Record<string, unknown> = {}) => ({
    status: "ambiguous",
    occurredOn: null,
    evidence: [{ citation: "Statement of 1 Jun 2026" }],
    note: null,
    forecasts: ids.map((id) => ({ id, expectedVersion: version(id) })),
    ...extra,
  });

  it("refuses a forecast of another event, and any stale one, writing nothing", () => {
    const before = outcomeCount();
    const other = caught(() => resolveEventTogether(ctx.db, ctx.accounts.editor.actor, 6, input([43, 44]), { now: NOW }));
    expect(other.status).toBe(422);
    expect(other.fields?.map((f) => f.field)).toEqual(["forecasts.1.id"]);
    const stale = caught(() =>
      resolveEventTogether(
        ctx.db,
        ctx.accounts.editor.actor,
        6,
        {
          ...input([43, 47]),
          forecasts: [
            { id: 43, expectedVersion: version(43) },
            { id: 47, expectedVersion: version(47) + 5 },
          ],
        },
        { now: NOW },
      ),
    );
    expect(stale.status).toBe(409);
    expect(outcomeCount()).toBe(before);
  });

  it("gives each selected forecast its own record, in one step", () => {
    const records = resolveEventTogether(ctx.db, ctx.accounts.editor.actor, 6, input([43, 47, 48]), { now: NOW });
    expect(records.map((r) => r.forecastId)).toEqual([43, 47, 48]);
    expect(new Set(records.map((r) => r.id)).size).toBe(3);
    for (const id of [43, 47, 48]) expect(getForecastById(ctx.db, id)!.outcome?.status).toBe("ambiguous");
    expect(ctx.db.select().from(auditLog).where(eq(auditLog.action, "event.resolve")).all()).toHaveLength(1);
  });

  it("checks each forecast's own rules (a yes after one forecast's deadline)", () => {
    // Event 5: 26 (deadline 9 Feb 2026, now resolved above), 37 and 54 (deadline 20 Jan 2029).
    const err = caught(() =>
      resolveEventTogether(ctx.db, ctx.accounts.editor.actor, 5, input([26, 37], { status: "yes", occurredOn: "2026-06-01" }), { now: NOW }),
    );
    expect(err.status).toBe(422);
    expect(err.fields?.map((f) => f.field)).toEqual(["reason", "forecasts.0.occurredOn"]);
  });
});
