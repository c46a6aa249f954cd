/**
 * A SQLite ledger with a row of every kind db:copy must carry: the seed corpus, accounts with
 * sessions (better-auth sign-ins), an outcome with evidence, a correction of that outcome, a
 * retraction (a true boolean on an append-only row), a forecast correction (JSON before/after
 * values in forecast_revisions) and the audit log of all of it.
 */

import { eq } from "drizzle-orm";
import { forecasts } from "@/db/schema";
import { correctForecast } from "@/lib/forecasts/correct-forecast";
import { recordOutcome, retractOutcome } from "@/lib/outcomes/record-outcome";
import { seededWithAccounts } from "@/test/auth";

export async function richLedger() {
  const ctx = await seededWithAccounts();
  const { db, accounts } = ctx;
  const version = (id: number) => db.select({ v: forecasts.version }).from(forecasts).where(eq(forecasts.id, id)).get()!.v;
  const evidence = [{ url: "https://example.org/report", citation: "Report of 20 Jan 2021 – „Zusage“ nicht eingehalten" }];
  recordOutcome(
    db,
    accounts.editor.actor,
    11,
    { status: "no", occurredOn: "2021-01-20", evidence, note: "Nichts geschah.", expectedVersion: version(11) },
    { now: "2026-11-21" },
  );
  recordOutcome(
    db,
    accounts.editor2.actor,
    11,
    { status: "yes", occurredOn: "2019-05-01", evidence, reason: "Misread the record.", expectedVersion: version(11) },
    { now: "2026-11-21" },
  );
  retractOutcome(db, accounts.admin.actor, 1, { reason: "Recorded on the wrong forecast.", expectedVersion: version(1) });
  correctForecast(db, accounts.editor.actor, 36, {
    deadline: "2029-12-31",
    deadlineBasis: "inferred",
    reason: "The plan's horizon.",
    expectedVersion: version(36),
  });
  return ctx;
}
